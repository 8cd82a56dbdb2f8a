import { dec, type Dec, type IsoDate, type Lookup, round, tryValueAt, type UsedParam, used } from '../engine';
import { type MonthlyPayoutRule, PAYOUT_ROUNDING, payoutMonthsByMonth, payoutMonthsTable, type PayoutTable } from './parameters';

export interface PayoutMonths {
  value: Dec;
  /** The sum as shown in the explanation, e.g. "139 − (139 − 132) × 3 ÷ 12 = 137.25 → 137.3". */
  formula: string;
  params: UsedParam[];
  /** 'by-month': between two whole-year rows (from 2025); 'whole-years': the completed-years row of an age with extra months (before 2025). */
  how: 'table' | 'by-month' | 'whole-years';
}

/**
 * 国发〔2005〕38号 附件: 计发月数 by whole age. An age with extra months: before 2025 the row of the completed years
 * (周岁); from 2025-01-01 the month-level table, linear between whole years and rounded half-up to 0.1 month
 * (济南 12345 answer, award sheets).
 * Undefined where the rules do not give a figure: outside 40–70 (or 70 with extra months from 2025), age 47 (sources disagree).
 */
export function payoutMonthsFor(ageMonths: number, day: IsoDate, asOf: IsoDate): PayoutMonths | undefined {
  const table = tryValueAt(payoutMonthsTable, day, asOf);
  if (!table) return undefined;
  const years = Math.floor(ageMonths / 12);
  const k = ageMonths % 12;
  const here = table.value[years];
  if (here === undefined || here === null) return undefined;
  const tableUsed = used(payoutMonthsTable, table as Lookup<PayoutTable>, () => here);
  if (k === 0) return { value: dec(here), formula: `${years} → ${here}`, params: [tableUsed], how: 'table' };
  const rule = tryValueAt(payoutMonthsByMonth, day, asOf);
  if (!rule) return undefined;
  const ruleUsed = used(payoutMonthsByMonth, rule as Lookup<MonthlyPayoutRule>, (r) => (r.byMonth ? `${r.places}` : '⌊Y + k/12⌋'));
  if (!rule.value.byMonth) return { value: dec(here), formula: `⌊${years} + ${k}/12⌋ = ${years} → ${here}`, params: [ruleUsed, tableUsed], how: 'whole-years' };
  const next = table.value[years + 1];
  if (next === undefined || next === null) return undefined;
  const exact = dec(here).minus(dec(here).minus(next).times(k).dividedBy(12));
  const value = round(exact, { ...PAYOUT_ROUNDING, places: rule.value.places });
  return {
    value,
    formula: `${here} − (${here} − ${next}) × ${k} ÷ 12 = ${show(exact)} → ${value.toString()}`,
    params: [ruleUsed, { ...tableUsed, value: `${here}/${next}` }],
    how: 'by-month',
  };
}

/** A value for a formula line: up to four decimals, with "…" when it has more. */
export function show(d: Dec): string {
  const cut = d.toDecimalPlaces(4, 1);
  return cut.equals(d) ? cut.toString() : `${cut.toFixed(4)}…`;
}
