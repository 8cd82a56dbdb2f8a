/**
 * Results a clerk can read: the key figures of each calculator (the summary card's figures) as columns headed and
 * worded in the reader's language, from the locale files (`batch:readable.*`, the calculators' own `reasons.*` and
 * `result.items.*`). Money stays a plain number ("2340.00", so a spreadsheet can sum it); the page groups it on
 * screen. A list of records (unemployment payments, the parts of a pension increase) becomes one column per record
 * (a month, an item) with its amount, or, where the columns cannot be known before the rows (a stream), one line per
 * record in a second file. Pure: no DOM, no i18next; `t` is the caller's, already bound to one language.
 *
 * Row-level, so a stream can use it: `readableLayout` once from the header row, then `readableHeader` and
 * `readableRow` for each row as it comes (and `recordsHeader` / `recordRows` for the second file).
 */
import { keyColumns } from '../lib/key-figures';
import type { CellKind, ColumnsDeclaration, Words } from '../lib/key-figures/types';
import { normalizeHeader } from './columns';
import { cellErrorMessage, clean, noticeMessage } from './messages';
import type { RowOutcome, Translate } from './types';

/** 'readable': the clerk's columns (the default of the page); 'raw': every result value under its dotted name. */
export type OutputFormat = 'readable' | 'raw';

export type { CellKind } from '../lib/key-figures/types';

export interface ReadableCell {
  /** The cell as a file holds it: words in the reader's language, money as a plain two-decimal number. */
  text: string;
  kind: CellKind;
}

/** One column of a list of records: a month of payments ("2025-10"), an item of a pension increase ("flat"). */
export interface RecordColumn {
  id: string;
  heading: string;
}

// The key figures of each calculator are declared with its summary card, in src/lib/key-figures/<id>.ts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const DECLARATIONS: Record<string, ColumnsDeclaration<any>> = keyColumns;

function words(t: Translate, ns: string): Words {
  const sep = t('batch:listSeparator');
  return {
    t,
    ns,
    yes: (b) => t(b ? 'batch:readable.yes' : 'batch:readable.no'),
    month: (m) => (m && /^\d{4}-\d{2}$/.test(m) ? t('batch:readable.month', { year: m.slice(0, 4), month: Number(m.slice(5, 7)), mm: m.slice(5, 7) }) : ''),
    list: (items) => items.filter((s) => s !== '').join(sep),
  };
}

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The headings of a calculator's key result columns, in `t`'s language. */
export function keyHeaders(t: Translate, calculatorId: string): string[] {
  return (DECLARATIONS[calculatorId]?.columns ?? []).map((c) => t(`batch:readable.columns.${calculatorId}.${c.key}`));
}

/** The key result cells of one row (blank cells for a row in error), as many as `keyHeaders`. */
export function keyCells(t: Translate, calculatorId: string, row: RowOutcome): ReadableCell[] {
  const d = DECLARATIONS[calculatorId];
  if (!d) return [];
  if (!row.ok || row.result === undefined) return d.columns.map((c) => ({ text: '', kind: c.kind }));
  const w = words(t, calculatorId);
  return d.columns.map((c) => ({ text: text(c.value(row.result, w)), kind: c.kind }));
}

/** Whether a calculator's result has a list of records (columns per record, or the second file). */
export function hasRecords(calculatorId: string): boolean {
  return DECLARATIONS[calculatorId]?.records !== undefined;
}

function recordsOf(t: Translate, calculatorId: string, row: RowOutcome) {
  const d = DECLARATIONS[calculatorId];
  if (!d?.records || !row.ok || row.result === undefined) return [];
  return d.records(row.result, words(t, calculatorId));
}

/** The record columns of all rows (the months of every payment, …), each once, in order: for a file read whole. */
export function recordColumns(t: Translate, calculatorId: string, rows: Iterable<RowOutcome>): RecordColumn[] {
  const seen = new Map<string, { heading: string; sort: string }>();
  for (const row of rows) for (const r of recordsOf(t, calculatorId, row)) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen].sort(([, a], [, b]) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0)).map(([id, { heading }]) => ({ id, heading }));
}

/** Headers a person uses for the person's name (matched as headers are: case, width and spaces ignored). */
const NAME_HEADERS = new Set(['姓名', '名字', '居民姓名', '申请人', '申请人姓名', '姓名（必填）', 'name', 'full name', 'resident', 'resident name'].map(normalizeHeader));

/** The column holding the person's name: a column the calculator does not use, headed 姓名 / name; -1 when none. */
export function findNameColumn(headers: readonly string[], fieldAt: readonly (string | null)[]): number {
  return headers.findIndex((h, i) => fieldAt[i] === null && NAME_HEADERS.has(normalizeHeader(h)));
}

/** Where each part of a readable results row goes; fixed by the header row, so known before the first row. */
export interface ReadableLayout {
  calculatorId: string;
  /** The input headers as written in the file. */
  headers: readonly string[];
  /** The input columns written, by index into `headers`, in order (a results file uploaded again loses its own result columns). */
  keep: readonly number[];
  /** The person's name column (index into `headers`), or -1. */
  nameColumn: number;
  /** How many of the kept columns come before the key results: up to the name column, else the first kept column. */
  before: number;
  /** One column per record, after the inputs; [] when the records go to a second file (a stream). */
  records: readonly RecordColumn[];
}

/** The appended headings that are not key figures: status and errors after the key figures, notices and row at the end. */
function ownHeaders(t: Translate): { status: string; errors: string; notices: string; row: string } {
  return { status: t('batch:output.status'), errors: t('batch:output.errors'), notices: t('batch:output.notices'), row: t('batch:output.row') };
}

/**
 * The layout of a readable results file for a header row. `records`: the record columns (from `recordColumns` when
 * every row is known; leave it out to stream, and write the records to a second file with `recordRows`). A results
 * file uploaded again (it has the status, errors, notices and row columns) loses its old result columns, so none is doubled.
 */
export function readableLayout(t: Translate, calculatorId: string, headers: readonly string[], fieldAt: readonly (string | null)[], records: readonly RecordColumn[] = []): ReadableLayout {
  const own = ownHeaders(t);
  const again = [own.status, own.errors, own.notices, own.row].every((h) => headers.includes(h));
  const ours = new Set(again ? [...Object.values(own), ...keyHeaders(t, calculatorId)] : []);
  // Old record columns: a month heading ("2025年10月") or an item's, after the row column of a results file.
  const rowAt = again ? headers.indexOf(own.row) : -1;
  const keep = headers.map((_, i) => i).filter((i) => !ours.has(headers[i]!) && !(again && hasRecords(calculatorId) && rowAt >= 0 && i > rowAt));
  const nameColumn = findNameColumn(headers, fieldAt);
  const at = nameColumn >= 0 ? keep.indexOf(nameColumn) : -1;
  return { calculatorId, headers, keep, nameColumn: at >= 0 ? nameColumn : -1, before: at >= 0 ? at + 1 : Math.min(1, keep.length), records };
}

/**
 * The header row of a readable results file: the name (or first) column, status, the key figures, errors, the other
 * input columns, notices, the row number, then one column per record.
 */
export function readableHeader(t: Translate, layout: ReadableLayout): string[] {
  const own = ownHeaders(t);
  const input = layout.keep.map((i) => layout.headers[i]!);
  return [
    ...input.slice(0, layout.before),
    own.status,
    ...keyHeaders(t, layout.calculatorId),
    own.errors,
    ...input.slice(layout.before),
    own.notices,
    own.row,
    ...layout.records.map((r) => r.heading),
  ];
}

/**
 * The cells of one row, as many as `readableHeader`: the input cells as read (control characters dropped), the key
 * figures, the errors and notices in words, the record amounts.
 */
export function readableRow(t: Translate, layout: ReadableLayout, row: RowOutcome): string[] {
  const sep = t('batch:listSeparator');
  const input = layout.keep.map((i) => clean(row.cells[i] ?? ''));
  const amounts = new Map(recordsOf(t, layout.calculatorId, row).map((r) => [r.id, r.amount === null ? t('batch:readable.notCovered') : r.amount]));
  return [
    ...input.slice(0, layout.before),
    t(row.ok ? 'batch:output.ok' : 'batch:output.error'),
    ...keyCells(t, layout.calculatorId, row).map((c) => c.text),
    row.errors.map((e) => cellErrorMessage(t, layout.calculatorId, e)).join(sep),
    ...input.slice(layout.before),
    row.notices.map((n) => noticeMessage(t, layout.calculatorId, n)).join(sep),
    String(row.row),
    ...layout.records.map((r) => amounts.get(r.id) ?? ''),
  ];
}

/** The second file's header (one line per record, for a stream): row, name, record (month or item), amount. */
export function recordsHeader(t: Translate): string[] {
  return [t('batch:output.row'), t('batch:readable.name'), t('batch:readable.record'), t('batch:readable.amount')];
}

/** The second file's lines for one row: one per record; an amount the rules do not cover says so in words. */
export function recordRows(t: Translate, layout: ReadableLayout, row: RowOutcome): string[][] {
  const name = layout.nameColumn >= 0 ? (row.cells[layout.nameColumn] ?? '') : '';
  return recordsOf(t, layout.calculatorId, row).map((r) => [String(row.row), name, r.heading, r.amount === null ? t('batch:readable.notCovered') : r.amount]);
}
