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
import type { ContributionsResult } from '../rules/contributions';
import type { LongTermCareResult } from '../rules/long-term-care';
import type { MaternityResult } from '../rules/maternity';
import type { MedicalCostResult } from '../rules/medical-cost-sharing';
import type { PensionAdjustmentResult } from '../rules/pension-adjustment';
import type { PensionEstimateResult } from '../rules/pension-estimate';
import type { RetirementAgeResult } from '../rules/retirement-age';
import type { UnemploymentResult } from '../rules/unemployment-benefit';
import { normalizeHeader } from './columns';
import { cellErrorMessage, clean, noticeMessage } from './messages';
import type { RowOutcome, Translate } from './types';

/** 'readable': the clerk's columns (the default of the page); 'raw': every result value under its dotted name. */
export type OutputFormat = 'readable' | 'raw';

/** How a cell is shown: money grouped on screen ("2,340.00") and plain in a file; numbers right-aligned. */
export type CellKind = 'money' | 'number' | 'text';

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

/** What a column's value is made from: the result, and words from the locale files. */
interface Words {
  t: Translate;
  ns: string;
  yes(b: boolean): string;
  month(m: string | null | undefined): string;
  list(items: readonly string[]): string;
}

interface KeyColumn<R> {
  /** `batch:readable.columns.<calculator>.<key>` is the heading. */
  key: string;
  kind: CellKind;
  value(r: R, w: Words): string | number | null | undefined;
}

interface Declaration<R> {
  columns: readonly KeyColumn<R>[];
  /** The result's list of records, one entry each; `sort` orders the columns (an ISO month, an item's rank). */
  records?(r: R, w: Words): { id: string; heading: string; amount: string | null; sort: string }[];
}

const col = <R>(key: string, kind: CellKind, value: KeyColumn<R>['value']): KeyColumn<R> => ({ key, kind, value });
const ym = (m: { years: number; months: number } | null | undefined, w: Words) => (m ? w.t('batch:readable.yearsMonths', { years: m.years, months: m.months }) : '');
/** A reason sentence without its full stop, so that several join into one cell with the list separator. */
const sentence = (s: string) => s.replace(/[。.]\s*$/, '');
const reasonsOf = (codes: readonly string[], w: Words) => w.list(codes.map((c) => sentence(w.t(`${w.ns}:reasons.${c}`, { defaultValue: c }))));

const unemployment: Declaration<UnemploymentResult> = {
  columns: [
    col('eligible', 'text', (r, w) => w.yes(r.eligible)),
    col('reasons', 'text', (r, w) => reasonsOf(r.reasons, w)),
    col('months', 'number', (r) => r.months),
    col('extendedMonths', 'number', (r) => r.extendedMonths),
    // One amount when every covered month has the same; the amounts in order where the standard changes.
    col('monthly', 'money', (r) => [...new Set(r.payments.map((p) => p.amount).filter((a): a is string => a !== null))].join(' / ')),
    col('firstPayment', 'text', (r, w) => w.month(r.payments[0]?.month)),
    col('total', 'money', (r) => (r.eligible ? r.total : '')),
    col('notCoveredMonths', 'text', (r, w) => w.list(r.notCoveredMonths.map((m) => w.month(m)))),
  ],
  records: (r, w) => r.payments.map((p) => ({ id: p.month, heading: w.month(p.month), amount: p.amount, sort: p.month })),
};

const ITEMS = ['flat', 'years', 'percent', 'age-tilt', 'reached-pension-age', 'milestone-age', 'special-group'];
const pensionAdjustment: Declaration<PensionAdjustmentResult> = {
  columns: [
    col('year', 'number', (r) => r.year),
    col('eligible', 'text', (r, w) => w.yes(r.eligible)),
    col('reasons', 'text', (r, w) => reasonsOf(r.reasons, w)),
    col('increase', 'money', (r) => (r.eligible ? r.increase : '')),
    col('newPension', 'money', (r) => (r.eligible ? r.newPension : '')),
    col('backPayMonths', 'number', (r) => r.backPay?.months),
    col('backPay', 'money', (r) => r.backPay?.amount),
    col('paidOn', 'text', (r) => r.backPay?.paidOn),
  ],
  records: (r, w) =>
    r.components.map((c) => ({ id: c.item, heading: w.t(`${w.ns}:result.items.${c.item}`, { defaultValue: c.item }), amount: c.amount, sort: String(ITEMS.indexOf(c.item)).padStart(2, '0') })),
};

const longTermCare: Declaration<LongTermCareResult> = {
  columns: [
    col('eligible', 'text', (r, w) => w.yes(r.eligible)),
    col('reasons', 'text', (r, w) => reasonsOf(r.reasons, w)),
    col('selfPays', 'money', (r) => r.selfPays),
    col('fundPays', 'money', (r) => r.fundPays),
    col('cost', 'money', (r) => r.cost),
    col('weeklyHours', 'number', (r) => r.weeklyHours),
    col('monthlyHours', 'number', (r) => r.monthlyHours),
    col('cashPerMonth', 'money', (r) => (r.eligible && r.cashPerMonth !== '0.00' ? r.cashPerMonth : '')),
    col('days', 'number', (r) => r.days),
    col('dailyStandard', 'money', (r) => r.dailyStandard),
  ],
};

const medical: Declaration<MedicalCostResult> = {
  columns: [
    col('covered', 'text', (r, w) => w.yes(r.covered)),
    col('fundPays', 'money', (r) => r.fundPays),
    col('accountPays', 'money', (r) => (r.scheme === 'employee' ? r.accountPays : '')),
    col('patientPays', 'money', (r) => r.patientPays),
  ],
};

const retirementAge: Declaration<RetirementAgeResult> = {
  columns: [
    col('retirementMonth', 'text', (r, w) => w.month(r.retirementMonth)),
    col('statutoryAge', 'text', (r, w) => ym(r.statutoryAge, w)),
    col('earliestMonth', 'text', (r, w) => (r.earliestMonth && r.earliestMonth !== r.retirementMonth ? w.month(r.earliestMonth) : '')),
    col('latestMonth', 'text', (r, w) => w.month(r.latestMonth)),
    col('chosenMonth', 'text', (r, w) => w.month(r.chosenMonth)),
    col('minimumContributionYears', 'number', (r) => r.minimumContributionYears),
  ],
};

const pensionEstimate: Declaration<PensionEstimateResult> = {
  columns: [
    col('total', 'money', (r) => r.total),
    col('basic', 'money', (r) => r.basic),
    col('account', 'money', (r) => r.account),
    col('transitional', 'money', (r) => r.transitional),
    col('retirementMonth', 'text', (r, w) => w.month(r.retirementMonth)),
    col('ageAtRetirement', 'text', (r, w) => ym(r.ageAtRetirement, w)),
    col('minimumContributionYears', 'number', (r) => r.minimumContributionYears),
    col('belowMinimum', 'text', (r, w) => w.yes(r.belowMinimum)),
  ],
};

const contributions: Declaration<ContributionsResult> = {
  columns: [
    col('employee', 'money', (r) => r.monthly.employee),
    col('employer', 'money', (r) => r.monthly.employer),
    col('base', 'money', (r) => r.insuredBase.amount),
    col('limit', 'text', (r, w) => w.t(`batch:readable.limit.${r.kind === 'flexible' ? `flexible${r.insuredBase.limit[0]!.toUpperCase()}${r.insuredBase.limit.slice(1)}` : r.insuredBase.limit}`)),
    col('minimumWageMet', 'text', (r, w) => (r.minimumWage ? w.yes(r.minimumWage.meets) : '')),
    col('minimumWageShortfall', 'money', (r) => (r.minimumWage && !r.minimumWage.meets ? r.minimumWage.shortfall : '')),
  ],
};

const maternity: Declaration<MaternityResult> = {
  columns: [
    col('leaveDays', 'number', (r) => r.leaveDays),
    col('leaveEnds', 'text', (r) => r.leaveEnds),
    col('allowance', 'money', (r) => r.allowance),
    col('fundPays', 'money', (r) => r.fundPays),
    col('employerAdvance', 'money', (r) => (r.contributionTestMet ? '' : r.employerAdvance)),
    col('employerTopUp', 'money', (r) => r.employerTopUp),
  ],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const DECLARATIONS: Record<string, Declaration<any>> = {
  'unemployment-benefit': unemployment,
  'pension-adjustment': pensionAdjustment,
  'long-term-care': longTermCare,
  'medical-cost-sharing': medical,
  'retirement-age': retirementAge,
  'pension-estimate': pensionEstimate,
  contributions,
  maternity,
};

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
