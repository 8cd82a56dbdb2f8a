import Papa from 'papaparse';
import { errorText as fieldErrorText } from '../i18n/messages';
import type { FieldError, Notice } from '../rules/engine';
import type { BatchOutcome, Column, FileProblem, Lang, RowError, RowOutcome, Translate } from './types';
import { ROW_CODES } from './types';

/**
 * A cell Excel would run as a formula (=, +, @, a tab, or a minus that does not start a plain number) gets a
 * leading apostrophe, so an opened results file never runs what someone typed into a name column.
 */
const FORMULA = /^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/;

/** Control characters (not tab or line breaks): never copied from a file into the results. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const clean = (s: string) => s.replace(CONTROLS, '');

/** CSV as Excel opens it without asking: UTF-8 with a BOM, CRLF line ends, every row the same width. */
export function excelCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse(rows as string[][], { newline: '\r\n', escapeFormulae: FORMULA })}\r\n`;
}

const isRowCode = (code: string) => (ROW_CODES as readonly string[]).includes(code);

/** The column a row error is about, as the file names it, else the field's label, else nothing. */
export function errorColumn(t: Translate, calculatorId: string, e: RowError): string | undefined {
  if (e.column) return e.column;
  if (e.field) return t(`${calculatorId}:fields.${e.field}.label`, { defaultValue: e.field });
  return undefined;
}

/** What is wrong with a cell, in words ("Enter a date …"): the batch's own codes, else the form's field messages. */
export function errorText(t: Translate, e: RowError): string {
  return isRowCode(e.code) ? t(`batch:rowErrors.${e.code}`, { ...e.params }) : fieldErrorText(t, e as FieldError);
}

/** "Row 4, column “Claim date”: Enter this" — for lists outside the row itself. */
export function rowErrorMessage(t: Translate, calculatorId: string, row: number, e: RowError): string {
  const column = errorColumn(t, calculatorId, e);
  const message = errorText(t, e);
  return column ? t('batch:errors.rowColumn', { row, column, message }) : t('batch:errors.row', { row, message });
}

/** "“Claim date”: Enter this" — for the row's own error cell. */
export function cellErrorMessage(t: Translate, calculatorId: string, e: RowError): string {
  const column = errorColumn(t, calculatorId, e);
  const message = errorText(t, e);
  return column ? t('batch:errors.column', { column, message }) : message;
}

export function noticeMessage(t: Translate, calculatorId: string, n: Notice): string {
  return t(`${calculatorId}:notices.${n.code}`, { ...n.params });
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

/**
 * The results file: every input column as read (a column the calculator does not use too), then the row number,
 * the status, the errors, one column per result value and the notices. In a results file uploaded again (it has
 * all four of the row, status, errors and notices columns, and result.* columns) the input columns named like appended ones are left out,
 * so columns are never doubled; in any other file every input column is kept. In pieces of `chunk` rows, so
 * the page can yield between them; the pieces joined are the file.
 */
export function* resultsCsvParts(t: Translate, outcome: BatchOutcome, chunk = 1000): Generator<string> {
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

export function resultsCsv(t: Translate, outcome: BatchOutcome): string {
  return [...resultsCsvParts(t, outcome)].join('');
}
