import Papa from 'papaparse';
import { headerIndex } from './columns';
import type { Column, FileProblem, RowError } from './types';

/** More rows than this are refused: twice the 10,000 a counter prepares at once; a longer list is split. */
export const MAX_ROWS = 20_000;

/** Excel writes commas, or semicolons in some locales; "Unicode text" is tab-separated. */
const DELIMITERS = [',', '\t', ';'] as const;
/** The header may sit below a title line or two; it is looked for among the first few non-blank rows. */
const HEADER_SEARCH = 10;

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

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** The first few records under one delimiter, and the one among them that names the most columns. */
function headerCandidate(text: string, delimiter: string, fieldOf: (header: string) => string | undefined) {
  const preview = Papa.parse<string[]>(text, { delimiter, preview: HEADER_SEARCH * 3, skipEmptyLines: false });
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
 * Reads a CSV's text into a header and rows, with papaparse. The delimiter and the header row are the ones under
 * which the most of the calculator's columns are found; columns it does not use are kept (a name, an ID), and
 * blank lines are skipped. A whole-file problem (no known column, a missing required column, an unclosed quote)
 * comes back as a problem code; a row's own problem stays with the row.
 */
export function readTable(text: string, columns: readonly Column[]): ReadTable {
  const fieldOf = headerIndex(columns);
  let delimiter: string = DELIMITERS[0];
  let found = { index: -1, score: 0 };
  for (const d of DELIMITERS) {
    const c = headerCandidate(text, d, fieldOf);
    if (c.score > found.score) [delimiter, found] = [d, c];
  }
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const records = parsed.data;
  if (found.index < 0) {
    const first = records.find((r) => !blank(r)) ?? [];
    return { ok: false, problem: { code: 'no-known-columns', params: { found: first.slice(0, 8).join(' | ').slice(0, 200) } } };
  }
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) return { ok: false, problem: { code: 'unclosed-quote', params: { row: String((unclosed.row ?? 0) + 1) } } };

  const headers = records[found.index]!.map((h) => h.trim());
  const fieldAt: (string | null)[] = [];
  const seen = new Map<string, string>();
  for (const h of headers) {
    const field = fieldOf(h) ?? null;
    if (field && seen.has(field)) return { ok: false, problem: { code: 'duplicate-column', params: { first: seen.get(field)!, second: h } } };
    if (field) seen.set(field, h);
    fieldAt.push(field);
  }
  const missing = columns.filter((c) => c.required && !c.when && !seen.has(c.name)).map((c) => c.name);
  if (missing.length) return { ok: false, problem: { code: 'missing-columns', fields: missing } };

  const badQuotes = new Set(parsed.errors.filter((e) => e.code === 'InvalidQuotes').map((e) => e.row));
  const rows: TableRow[] = [];
  for (let i = found.index + 1; i < records.length; i++) {
    const record = records[i]!;
    if (blank(record)) continue;
    const problems: RowError[] = [];
    const extra = record.slice(headers.length);
    if (!blank(extra)) problems.push({ code: 'extra-cells', params: { count: String(record.length), columns: String(headers.length) } });
    if (badQuotes.has(i)) problems.push({ code: 'bad-quotes' });
    const cells = record.slice(0, headers.length);
    while (cells.length < headers.length) cells.push('');
    rows.push({ row: i + 1, cells, problems });
    if (rows.length > MAX_ROWS) return { ok: false, problem: { code: 'too-many-rows', params: { max: String(MAX_ROWS) } } };
  }
  if (!rows.length) return { ok: false, problem: { code: 'no-rows' } };
  const skippedAbove = records.slice(0, found.index).filter((r) => !blank(r)).length;
  return { ok: true, table: { delimiter, headers, headerRow: found.index + 1, fieldAt, skippedAbove, rows } };
}
