import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/ui/card-image/card-image';

/** One unit per character: a stand-in for canvas measureText, so the breaks can be counted by hand. */
const chars = (s: string) => [...s].length;

describe('the card image wraps its lines as the card reads', () => {
  it('breaks Chinese between characters, never inside a figure or a month', () => {
    // "合计约 42,951.00 元" at 8 units: "合计约" (3) + " " + "42,951.00" (9) would be 13 > 8, so the figure starts a line.
    expect(wrap(chars, '合计约 42,951.00 元', 8)).toEqual(['合计约', '42,951.00', '元']);
    expect(wrap(chars, '测算结果仅供参考，以经办机构核定为准', 9)).toEqual(['测算结果仅供参考，', '以经办机构核定为准']);
  });

  it('keeps a line that fits whole, and drops no text', () => {
    const text = '2026-07 至 2027-03 每月 2,340.00 元';
    expect(wrap(chars, text, 100)).toEqual([text]);
    expect(wrap(chars, text, 12).join(' ').replace(/\s+/g, ' ')).toBe(text);
  });
});
