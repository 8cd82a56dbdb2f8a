import Papa from 'papaparse';
import { cellErrorMessage, clean, noticeMessage } from './messages';
import { type OutputFormat, readableHeader, readableLayout, readableRow, recordColumns } from './readable';
import type { BatchOutcome, Column, FileProblem, Lang, RowError, RowOutcome, Translate } from './types';

/**
 * A cell Excel would run as a formula (=, +, @, a tab, or a minus that does not start a plain number) gets a
 * leading apostrophe, so an opened results file never runs what someone typed into a name column.
 */
const FORMULA = /^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/;

export * from './messages';

/** CSV as Excel opens it without asking: UTF-8 with a BOM, CRLF line ends, every row the same width. */
export function excelCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse(rows as string[][], { newline: '\r\n', escapeFormulae: FORMULA })}\r\n`;
}

/** A whole-file problem in words; missing columns are named by their header in the reader's language. */
export function problemMessage(t: Translate, p: FileProblem, columns: readonly Column[], lng: Lang): string {
  const names = (p.fields ?? []).map((f) => columns.find((c) => c.name === f)?.headers[lng] ?? f);
  const expected = columns.map((c) => c.headers[lng]);
  const sep = t('batch:listSeparator');
  return t(`batch:problems.${p.code}`, { ...p.params, columns: names.join(sep), expected: expected.join(sep) });
}

/** The appended columns' headers: status, errors, notices (translated), then the result's own dotted names. */
function appendedHeaders(t: Translate, outcome: BatchOutcome): string[] {
  return [t('batch:output.row'), t('batch:output.status'), t('batch:output.errors'), ...outcome.resultColumns.map((c) => c.name), t('batch:output.notices')];
}

function rowCells(t: Translate, outcome: BatchOutcome, r: RowOutcome, keep: readonly number[]): string[] {
  const sep = t('batch:listSeparator');
  return [
    ...keep.map((i) => clean(r.cells[i] ?? '')),
    String(r.row),
    t(r.ok ? 'batch:output.ok' : 'batch:output.error'),
    r.errors.map((e) => cellErrorMessage(t, outcome.calculatorId, e)).join(sep),
    ...outcome.resultColumns.map((c) => r.values[c.name] ?? ''),
    r.notices.map((n) => noticeMessage(t, outcome.calculatorId, n)).join(sep),
  ];
}

export interface ResultsOptions {
  /**
   * 'readable': the clerk's columns in `t`'s language (the page; the command line's default); 'raw' (the default here,
   * for scripts that read today's columns): every result value under its dotted name.
   */
  format?: OutputFormat;
}

/**
 * The results file, in pieces of `chunk` rows, so the page can yield between them; the pieces joined are the file.
 * Readable (see readable.ts): the name column, the status and key figures first, money as plain numbers, one column
 * per record (a month's payment). Raw: every input column as read (a column the calculator does not use too), then
 * the row number, the status, the errors, one column per result value (dotted names) and the notices. In a results
 * file uploaded again the input columns named like appended ones are left out, so columns are never doubled; in any
 * other file every input column is kept.
 */
export function* resultsCsvParts(t: Translate, outcome: BatchOutcome, chunk = 1000, options: ResultsOptions = {}): Generator<string> {
  if (options.format === 'readable') {
    const layout = readableLayout(t, outcome.calculatorId, outcome.headers, outcome.fieldAt, recordColumns(t, outcome.calculatorId, outcome.rows));
    yield excelCsv([readableHeader(t, layout).map(clean)]);
    for (let i = 0; i < outcome.rows.length; i += chunk) {
      const rows = outcome.rows.slice(i, i + chunk).map((r) => readableRow(t, layout, r));
      yield `${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA })}\r\n`;
    }
    return;
  }
  const appended = appendedHeaders(t, outcome);
  // A results file uploaded again has all four of our own columns and result.* columns; only then are same-named
  // input columns ours to replace. A person's own "Status", "Notices", "状态" or "错误" column is kept.
  const ours = [t('batch:output.row'), t('batch:output.status'), t('batch:output.errors'), t('batch:output.notices')];
  const again = ours.every((h) => outcome.headers.includes(h)) && outcome.headers.some((h) => h.startsWith('result.'));
  const taken = new Set(again ? appended : []);
  const keep = outcome.headers.map((h, i) => i).filter((i) => !taken.has(outcome.headers[i]!));
  yield excelCsv([[...keep.map((i) => clean(outcome.headers[i]!)), ...appended]]);
  for (let i = 0; i < outcome.rows.length; i += chunk) {
    const rows = outcome.rows.slice(i, i + chunk).map((r) => rowCells(t, outcome, r, keep));
    yield `${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA })}\r\n`;
  }
}

/** The whole results file at once; `format` as for resultsCsvParts. */
export function resultsCsv(t: Translate, outcome: BatchOutcome, options: ResultsOptions = {}): string {
  return [...resultsCsvParts(t, outcome, 1000, options)].join('');
}
