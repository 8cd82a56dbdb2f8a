/**
 * Batch estimates: a CSV of many people in, one result row per person out. Pure: no DOM, no i18next; the page
 * runs it in a Web Worker (worker.ts), the command line in-process (src/cli/csv.ts), both through `run()`.
 */
import type { AnyCalculator } from '../rules/engine';
import { decodeCsv } from './decode';
import { BatchRunner, type Part } from './run';
import { readTable, type Table } from './table';
import type { BatchOutcome, BatchSpec, Encoding, FileProblem } from './types';

export * from './columns';
export * from './decode';
export * from './output';
export * from './readable';
export * from './run';
export * from './table';
export * from './types';

export type Prepared = { ok: true; runner: BatchRunner } | { ok: false; problem: FileProblem };

/** Decodes and reads a file into its table (once, however many workers then run its rows). */
export function readFile(bytes: Uint8Array, spec: BatchSpec): { ok: true; table: Table; encoding: Encoding } | { ok: false; problem: FileProblem } {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return decoded;
  const read = readTable(decoded.text, spec.columns);
  if (!read.ok) return read;
  return { ok: true, table: read.table, encoding: decoded.encoding };
}

/** Decodes and reads a file, ready to run row by row (all rows, or one part of them). */
export function prepare(bytes: Uint8Array, calc: AnyCalculator, spec: BatchSpec, part?: Part): Prepared {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return decoded;
  const read = readTable(decoded.text, spec.columns);
  if (!read.ok) return read;
  return { ok: true, runner: new BatchRunner(calc, read.table, spec.columns, spec.asOf, decoded.encoding, part) };
}

/** The whole batch at once (the command line, the tests). */
export function processBytes(bytes: Uint8Array, calc: AnyCalculator, spec: BatchSpec, onProgress?: (done: number, total: number) => void): { ok: true; outcome: BatchOutcome } | { ok: false; problem: FileProblem } {
  const prepared = prepare(bytes, calc, spec);
  if (!prepared.ok) return prepared;
  const { runner } = prepared;
  while (runner.step()) onProgress?.(runner.done, runner.total);
  onProgress?.(runner.done, runner.total);
  return { ok: true, outcome: runner.outcome() };
}
