import Papa from 'papaparse';
import { headerIndex } from './columns';
import type { Column, FileProblem, RowError } from './types';

/** More rows than this are refused: twice the 10,000 a counter prepares at once; a longer list is split. */
export const MAX_ROWS = 20_000;

/** Excel writes commas, or semicolons in some locales; "Unicode text" is tab-separated. */
export const DELIMITERS = [',', '\t', ';'] as const;
/** The header may sit below a title line or two; it is looked for among the first few non-blank rows. */
export const HEADER_SEARCH = 10;

export interface TableRow {
  /** The row number as a spreadsheet shows it: records are counted from 1, blank lines included. */
  row: number;
  cells: string[];
  /** Problems of the row itself (not of a field): too many cells, a broken quote. */
  problems: RowError[];
}

export interface Table {
  delimiter: string;
  headers: string[];
  headerRow: number;
  fieldAt: (string | null)[];
  skippedAbove: number;
  rows: TableRow[];
}

export type ReadTable = { ok: true; table: Table } | { ok: false; problem: FileProblem };

export const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** The header is looked for in the file's first 256 KB (papaparse would otherwise split the whole text to preview it). */
export const HEADER_BYTES = 256 * 1024;
/** The text is parsed in pieces of this size, so no array of every line is ever built. */
const CHUNK_CHARS = 64 * 1024;

/** The first few records under one delimiter, and the one among them that names the most columns. */
export function headerCandidate(text: string, delimiter: string, fieldOf: (header: string) => string | undefined) {
  const preview = Papa.parse<string[]>(text.slice(0, HEADER_BYTES), { delimiter, preview: HEADER_SEARCH * 3, skipEmptyLines: false });
  let seen = 0;
  let best = { index: -1, score: 0 };
  for (let i = 0; i < preview.data.length && seen < HEADER_SEARCH; i++) {
    const cells = preview.data[i]!;
    if (blank(cells)) continue;
    seen++;
    const score = new Set(cells.map(fieldOf).filter(Boolean)).size;
    if (score > best.score) best = { index: i, score };
  }
  return best;
}

/**
 * Lines read at most, blank ones included: five times the rows allowed. A file of one row and ten million blank lines
 * is refused when this count is passed, while it is parsed, never after an array of ten million records is built.
 */
export const MAX_RECORDS = MAX_ROWS * 5;

/**
 * Reads a CSV's text into a header and rows, with papaparse, in one streaming pass (one record at a time: blank lines
 * are counted, not kept). The delimiter and the header row are the ones under which the most of the calculator's
 * columns are found; columns it does not use are kept (a name, an ID), and blank lines are skipped. A whole-file
 * problem (no known column, a missing required column, an unclosed quote, too many lines or rows) comes back as a
 * problem code; a row's own problem stays with the row.
 */
export function readTable(text: string, columns: readonly Column[]): ReadTable {
  const fieldOf = headerIndex(columns);
  let delimiter: string = DELIMITERS[0];
  let found = { index: -1, score: 0 };
  for (const d of DELIMITERS) {
    const c = headerCandidate(text, d, fieldOf);
    if (c.score > found.score) [delimiter, found] = [d, c];
  }
  if (found.index < 0) {
    const first = Papa.parse<string[]>(text.slice(0, HEADER_BYTES), { delimiter, preview: HEADER_SEARCH * 3, skipEmptyLines: false }).data.find((r) => !blank(r)) ?? [];
    return { ok: false, problem: { code: 'no-known-columns', params: { found: first.slice(0, 8).join(' | ').slice(0, 200) } } };
  }

  let headers: string[] = [];
  const fieldAt: (string | null)[] = [];
  const rows: TableRow[] = [];
  let skippedAbove = 0;
  let problem: FileProblem | undefined;
  let i = -1;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    step: (step, parser) => {
      i++;
      const fail = (p: FileProblem) => {
        problem = p;
        parser.abort();
      };
      if (i >= MAX_RECORDS) return fail({ code: 'too-many-lines', params: { max: String(MAX_RECORDS) } });
      if (step.errors.some((e) => e.code === 'MissingQuotes')) return fail({ code: 'unclosed-quote', params: { row: String(i + 1) } });
      const record = step.data;
      if (i < found.index) {
        if (!blank(record)) skippedAbove++;
        return;
      }
      if (i === found.index) {
        headers = record.map((h) => h.trim());
        const seen = new Map<string, string>();
        for (const h of headers) {
          const field = fieldOf(h) ?? null;
          if (field && seen.has(field)) return fail({ code: 'duplicate-column', params: { first: seen.get(field)!, second: h } });
          if (field) seen.set(field, h);
          fieldAt.push(field);
        }
        const missing = columns.filter((c) => c.required && !c.when && !seen.has(c.name)).map((c) => c.name);
        if (missing.length) fail({ code: 'missing-columns', fields: missing });
        return;
      }
      if (blank(record)) return;
      const problems: RowError[] = [];
      const extra = record.slice(headers.length);
      if (!blank(extra)) problems.push({ code: 'extra-cells', params: { count: String(record.length), columns: String(headers.length) } });
      if (step.errors.some((e) => e.code === 'InvalidQuotes')) problems.push({ code: 'bad-quotes' });
      const cells = record.slice(0, headers.length);
      while (cells.length < headers.length) cells.push('');
      rows.push({ row: i + 1, cells, problems });
      if (rows.length > MAX_ROWS) fail({ code: 'too-many-rows', params: { max: String(MAX_ROWS) } });
    },
  });
  if (problem) return { ok: false, problem };
  if (!rows.length) return { ok: false, problem: { code: 'no-rows' } };
  return { ok: true, table: { delimiter, headers, headerRow: found.index + 1, fieldAt, skippedAbove, rows } };
}
