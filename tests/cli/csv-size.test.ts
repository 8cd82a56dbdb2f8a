// @vitest-environment node
/**
 * The command line has no size limit any more (issue 16, item 5): it streams. A file that is no text is still refused
 * from its first bytes, without the rest being read: a sparse 1 GB file of NUL bytes is refused as binary, never
 * read into memory (readFileSync is never called on it) and the results file stays empty.
 */
import * as fs from 'node:fs';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCalculator } from '../../src/rules/registry';

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return { ...real, readFileSync: vi.fn(real.readFileSync), createReadStream: vi.fn(real.createReadStream) };
});

const { csvMain } = await import('../../src/cli/csv');
const calc = await loadCalculator('unemployment-benefit');
const dir = mkdtempSync(join(tmpdir(), 'csv-size-'));

afterEach(() => vi.restoreAllMocks());

/** A writable that keeps what is written to it. */
function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('no size limit, and no reading of what is not text', () => {
  it('a sparse 1 GB file: refused as binary from its first bytes, streamed (not read whole), nothing written', async () => {
    const path = join(dir, 'huge.csv');
    writeFileSync(path, '');
    truncateSync(path, 1024 ** 3);
    const out = sink();
    const err = sink();
    expect(await csvMain(calc, path, '2026-11-28', { jobs: 1 }, { out: out.stream, err: err.stream })).toBe(2);
    expect(vi.mocked(fs.readFileSync).mock.calls.map((c) => c[0])).not.toContain(path);
    expect(vi.mocked(fs.createReadStream).mock.calls.map((c) => c[0])).toContain(path);
    expect(err.text()).toContain('This is not a CSV text file');
    expect(out.text()).toBe('');
  });

  it('a file that does not exist: "Cannot read" and exit 2', async () => {
    const err = sink();
    expect(await csvMain(calc, join(dir, 'nope.csv'), '2026-11-28', { jobs: 1 }, { out: sink().stream, err: err.stream })).toBe(2);
    expect(err.text()).toMatch(/^Cannot read .*nope\.csv: ENOENT/);
  });
});
