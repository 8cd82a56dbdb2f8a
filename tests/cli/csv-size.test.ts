// @vitest-environment node
/** The command line checks a file's size before reading it (issue 15, item 8): a 1 GB file is never read into memory. */
import * as fs from 'node:fs';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCalculator } from '../../src/rules/registry';

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return { ...real, readFileSync: vi.fn(real.readFileSync) };
});

const { csvMain } = await import('../../src/cli/csv');
const calc = await loadCalculator('unemployment-benefit');
const dir = mkdtempSync(join(tmpdir(), 'csv-size-'));

afterEach(() => vi.restoreAllMocks());

describe('the size before the bytes', () => {
  it('a sparse 1 GB file: refused with its size, and readFileSync never called on it', () => {
    const path = join(dir, 'huge.csv');
    writeFileSync(path, '');
    truncateSync(path, 1024 ** 3);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(csvMain(calc, path, '2026-11-28')).toBe(2);
    expect(vi.mocked(fs.readFileSync).mock.calls.map((c) => c[0])).not.toContain(path);
    expect(String(stderr.mock.calls[0]?.[0])).toContain('The file is too large (1024.0 MB); the limit is 10.0 MB');
  });
});
