/**
 * Batches of any size (the command line, issue 16 item 5): the file is read, its rows computed and the results
 * written piece by piece, in memory that does not grow with the file. Pure like the rest of src/batch: text in,
 * rows and results text out; reading the bytes, the worker threads and stdout are src/cli/csv.ts's.
 *
 * The same reading as `readTable` (the header and delimiter chosen from the first 256 KB, the same header matching,
 * the same whole-file and row problems, papaparse's own parser fed piece by piece as its chunked reading does) and
 * the same results file as `resultsCsvParts`, except that nothing limits the rows or the bytes, and that the result
 * columns are known before the first row: a fixed list per calculator (result-columns.json), so every piece of a
 * file split across machines gets the same header.
 */
import Papa from 'papaparse';
import { headerIndex } from './columns';
import { cellErrorMessage, excelCsv, noticeMessage } from './output';
import resultColumnLists from './result-columns.json';
import { blank, DELIMITERS, HEADER_BYTES, headerCandidate, HEADER_SEARCH, type TableRow } from './table';
import type { Column, FileProblem, RowError, RowOutcome, Translate } from './types';
import type { Notice } from '../rules/engine';

/** A row longer than this (some 16 million characters) is a quote never closed: refused before memory runs out. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** The header row as found: what a worker needs to read the rows after it. */
export interface StreamHeader {
  delimiter: string;
  headers: string[];
  /** The header's row number, as a spreadsheet shows it. */
  headerRow: number;
  fieldAt: (string | null)[];
  /** Non-blank rows above the header (a title line), skipped. */
  skippedAbove: number;
}

/** Papaparse's own guess (ParserHandle.guessLineEndings), made once on the first piece as its chunked reading does. */
export function guessNewline(text: string): '\n' | '\r\n' | '\r' {
  const input = text.substring(0, 1024 * 1024).replace(/"([^]*?)"/gm, '');
  const r = input.split('\r');
  const n = input.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return '\n';
  const withN = r.filter((part) => part[0] === '\n').length;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/**
 * Reads a CSV's text, pushed in pieces, into its header (`onHeader`, once) and rows (`onRow`, in order). `push` and
 * `end` return a whole-file problem (and nothing more is read after one); a row's own problem stays with the row.
 */
export class TableStream {
  private head = '';
  private started = false;
  private parser: Papa.Parser | undefined;
  private partial = '';
  private record = -1;
  private found = -1;
  private header: StreamHeader | undefined;
  private problem: FileProblem | undefined;
  private readonly fieldOf: (header: string) => string | undefined;
  rows = 0;

  constructor(
    private readonly columns: readonly Column[],
    private readonly onHeader: (h: StreamHeader) => void,
    private readonly onRow: (row: TableRow) => void,
  ) {
    this.fieldOf = headerIndex(columns);
  }

  push(text: string): FileProblem | undefined {
    if (this.problem) return this.problem;
    if (!this.started) {
      this.head += text;
      if (this.head.length < HEADER_BYTES) return undefined;
      this.begin();
      if (this.problem) return this.problem;
      text = this.head;
      this.head = '';
    }
    this.feed(text, false);
    return this.problem;
  }

  end(): FileProblem | undefined {
    if (this.problem) return this.problem;
    let text = '';
    if (!this.started) {
      this.begin();
      if (this.problem) return this.problem;
      text = this.head;
      this.head = '';
    }
    this.feed(text, true);
    if (!this.problem && !this.rows) this.problem = { code: 'no-rows' };
    return this.problem;
  }

  /** The delimiter and header row: the ones under which the most of the calculator's columns are found. */
  private begin(): void {
    this.started = true;
    const text = this.head;
    let delimiter: string = DELIMITERS[0];
    let found = { index: -1, score: 0 };
    for (const d of DELIMITERS) {
      const c = headerCandidate(text, d, this.fieldOf);
      if (c.score > found.score) [delimiter, found] = [d, c];
    }
    if (found.index < 0) {
      const first = Papa.parse<string[]>(text.slice(0, HEADER_BYTES), { delimiter, preview: HEADER_SEARCH * 3, skipEmptyLines: false }).data.find((r) => !blank(r)) ?? [];
      this.problem = { code: 'no-known-columns', params: { found: first.slice(0, 8).join(' | ').slice(0, 200) } };
      return;
    }
    this.found = found.index;
    this.header = { delimiter, headers: [], headerRow: found.index + 1, fieldAt: [], skippedAbove: 0 };
    this.parser = new Papa.Parser({ delimiter, newline: guessNewline(text.slice(0, 64 * 1024)) });
  }

  /** Papaparse's chunked reading: the last, perhaps incomplete, record waits for the next piece. */
  private feed(text: string, final: boolean): void {
    const aggregate = this.partial + text;
    const results = this.parser!.parse(aggregate, 0, !final) as Papa.ParseResult<string[]>;
    const errors = new Map<number, string[]>();
    for (const e of results.errors) if (e.row !== undefined) errors.set(e.row, [...(errors.get(e.row) ?? []), e.code]);
    const data = results.data;
    for (let k = 0; k < data.length && !this.problem; k++) this.take(data[k]!, errors.get(k) ?? []);
    this.partial = final ? '' : aggregate.substring(results.meta.cursor);
    if (!this.problem && this.partial.length > MAX_RECORD_CHARS) this.problem = { code: 'unclosed-quote', params: { row: String(this.record + 2) } };
  }

  /** One record, as readTable's step takes it. */
  private take(record: string[], errors: readonly string[]): void {
    const i = ++this.record;
    const header = this.header!;
    if (errors.includes('MissingQuotes')) {
      this.problem = { code: 'unclosed-quote', params: { row: String(i + 1) } };
      return;
    }
    if (i < this.found) {
      if (!blank(record)) header.skippedAbove++;
      return;
    }
    if (i === this.found) {
      header.headers = record.map((h) => h.trim());
      const seen = new Map<string, string>();
      for (const h of header.headers) {
        const field = this.fieldOf(h) ?? null;
        if (field && seen.has(field)) {
          this.problem = { code: 'duplicate-column', params: { first: seen.get(field)!, second: h } };
          return;
        }
        if (field) seen.set(field, h);
        header.fieldAt.push(field);
      }
      const missing = this.columns.filter((c) => c.required && !c.when && !seen.has(c.name)).map((c) => c.name);
      if (missing.length) this.problem = { code: 'missing-columns', fields: missing };
      else this.onHeader(header);
      return;
    }
    if (blank(record)) return;
    const width = header.headers.length;
    const problems: RowError[] = [];
    if (!blank(record.slice(width))) problems.push({ code: 'extra-cells', params: { count: String(record.length), columns: String(width) } });
    if (errors.includes('InvalidQuotes')) problems.push({ code: 'bad-quotes' });
    const cells = record.slice(0, width);
    while (cells.length < width) cells.push('');
    this.rows++;
    this.onRow({ row: i + 1, cells, problems });
  }
}

/** The result columns of a calculator's results file, fixed in advance (see result-columns.json and its test). */
export function resultColumnsOf(calculatorId: string): string[] {
  return [...((resultColumnLists as Record<string, string[]>)[calculatorId] ?? [])];
}

/**
 * A layout of the results file: its header row, and one row's cells (as many), each from one function, so that a
 * layout plugs into the streamed writer as it is. `rawLayout` is the machine form (result.<dotted path>).
 */
export interface ResultsLayout {
  header(): string[];
  cells(r: RowOutcome): string[];
}

/** Translations made once, not once a cell: an i18next lookup per cell would cost more than the estimate. */
function memo<T>(text: (x: T) => string, keyOf: (x: T) => string): (x: T) => string {
  const cache = new Map<string, string>();
  return (x) => {
    const key = keyOf(x);
    let v = cache.get(key);
    if (v === undefined) {
      v = text(x);
      if (cache.size > 10_000) cache.clear();
      cache.set(key, v);
    }
    return v;
  };
}

/**
 * The machine form, as resultsCsvParts writes it: every input column as read, then row, status, errors, the
 * result.* columns and notices. A results file read again keeps its input columns but those named like the
 * appended ones (as resultsCsvParts does), so columns are never doubled.
 */
export function rawLayout(t: Translate, calculatorId: string, headers: readonly string[], resultColumns: readonly string[]): ResultsLayout {
  const sep = t('batch:listSeparator');
  const ok = t('batch:output.ok');
  const error = t('batch:output.error');
  const errorText = memo((e: RowError) => cellErrorMessage(t, calculatorId, e), (e) => JSON.stringify(e));
  const noticeText = memo((n: Notice) => noticeMessage(t, calculatorId, n), (n) => (n.params ? `${n.code} ${JSON.stringify(n.params)}` : n.code));
  const appended = [t('batch:output.row'), t('batch:output.status'), t('batch:output.errors'), ...resultColumns, t('batch:output.notices')];
  const ours = [t('batch:output.row'), t('batch:output.status'), t('batch:output.errors'), t('batch:output.notices')];
  const again = ours.every((h) => headers.includes(h)) && headers.some((h) => h.startsWith('result.'));
  const taken = new Set(again ? appended : []);
  const keep = headers.map((_, i) => i).filter((i) => !taken.has(headers[i]!));
  return {
    header: () => [...keep.map((i) => clean(headers[i]!)), ...appended],
    cells: (r) => {
      // A loop, not spreads of mapped arrays: this runs once per row of files of any size.
      const out: string[] = [];
      for (const i of keep) out.push(clean(r.cells[i] ?? ''));
      out.push(String(r.row), r.ok ? ok : error, r.errors.map(errorText).join(sep));
      for (const c of resultColumns) out.push(r.values[c] ?? '');
      out.push(r.notices.map(noticeText).join(sep));
      return out;
    },
  };
}

/** Control characters (not tab or line breaks): never copied from a file into the results (as output.ts does). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const clean = (s: string) => (HAS_CONTROL.test(s) ? s.replace(CONTROLS, '') : s);

/** output.ts's FORMULA (not exported there): a cell Excel would run as a formula gets a leading apostrophe. */
const FORMULA = /^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/;
const NEEDS_QUOTES = /[\r\n",\uFEFF]|^ | $/;

/**
 * One cell exactly as papaparse's unparse writes it with excelCsv's settings (comma, formulas escaped), without
 * its per-cell overheads: tests/cli/stream.test.ts compares the two on awkward cells.
 */
export function csvCell(s: string): string {
  let quote = false;
  // FORMULA only ever matches on one of these first characters (= + @ tab CR -): the regex is not run on the others.
  const first = s.charCodeAt(0);
  if ((first === 61 || first === 43 || first === 64 || first === 9 || first === 13 || first === 45) && FORMULA.test(s)) {
    s = `'${s}`;
    quote = true;
  }
  if (quote || NEEDS_QUOTES.test(s)) return `"${s.includes('"') ? s.replace(/"/g, '""') : s}"`;
  return s;
}

/**
 * Writes the results file piece by piece: `header()` once, then `rows()` for each run of rows; the pieces joined
 * are the file (UTF-8 BOM, CRLF, formulas defused, as excelCsv).
 */
export class ResultsWriter {
  constructor(private readonly layout: ResultsLayout) {}

  header(): string {
    return excelCsv([this.layout.header()]);
  }

  rows(rows: readonly RowOutcome[]): string {
    let text = '';
    for (const r of rows) {
      let line = '';
      for (const c of this.layout.cells(r)) line += `${csvCell(c)},`;
      text += `${line.slice(0, -1)}\r\n`;
    }
    return text;
  }
}
