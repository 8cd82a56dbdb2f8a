import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMatrix } from '../../src/ui/qr/qr';

/** The matrix drawn as pixels (each module `scale` px, black on white) and read back by an independent decoder. */
function decode(modules: boolean[][], scale = 4): string | undefined {
  const n = modules.length * scale;
  const rgba = new Uint8ClampedArray(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const v = modules[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      rgba.set([v, v, v, 255], (y * n + x) * 4);
    }
  }
  return jsQR(rgba, n, n)?.data;
}

describe('QR code of a share link', () => {
  it('decodes to the same link, Chinese-free query included', () => {
    const link = 'https://example.gov.cn/benefits/#/unemployment-benefit?claimDate=2025-09-15&contributionYears=3.5&involuntary=true&registered=true';
    const qr = qrMatrix(link);
    expect(decode(qr.modules)).toBe(link);
    // Four quiet modules on every side: the first and last four rows and columns are light.
    expect(qr.modules.slice(0, 4).flat().some(Boolean)).toBe(false);
    expect(qr.modules.map((r) => r.slice(-4)).flat().some(Boolean)).toBe(false);
  });

  it('draws one path rectangle per run of dark modules, as many dark cells as the matrix holds', () => {
    const qr = qrMatrix('https://example.org/#/retirement-age?birthDate=1975-03');
    const dark = qr.modules.flat().filter(Boolean).length;
    const widths = [...qr.path.matchAll(/h(\d+)v1/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(widths).toBe(dark);
    expect(qr.size).toBe(qr.modules.length);
  });
});
