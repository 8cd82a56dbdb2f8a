import type { RetirementAgeResult } from '../../rules/retirement-age';
import { money, yearMonth } from '../format';
import type { SummaryDeclaration, SummaryLine } from './types';

/**
 * 法定退休 YYYY 年 M 月 (N 岁 M 个月) · 最早 … · 最晚 … · 最低缴费 N 年; in words when a month is already past on the
 * result's as-of date (the table's "today"). Not sure of the category: both statutory months and the gap between them.
 */
export const summary: SummaryDeclaration<RetirementAgeResult> = (r, { today }) => {
  const thisMonth = (r.today ?? today).slice(0, 7);
  const past = (m: string) => (m < thisMonth ? 'Past' : '');
  const tables = r.tables ?? [];
  if (tables.length === 2) {
    const lines: SummaryLine[] = tables.map((tb) => ({ key: `summary.both.${tb.category}${past(tb.retirementMonth)}`, values: { ...yearMonth(tb.retirementMonth), years: tb.statutoryAge.years, months: tb.statutoryAge.months } }));
    if (r.categoryGapMonths !== null) lines.push({ key: 'summary.gap', values: { years: Math.floor(r.categoryGapMonths / 12), months: r.categoryGapMonths % 12 } });
    return { tone: 'result', lines };
  }
  const lines: SummaryLine[] = [{ key: `summary.statutory${past(r.retirementMonth)}`, values: { ...yearMonth(r.retirementMonth), years: r.statutoryAge.years, months: r.statutoryAge.months } }];
  const table = tables[0];
  if (table && table.phase !== 'before-window') lines.push({ key: `summary.phase.${table.phase}` });
  if (r.earliestMonth && r.earliestMonth !== r.retirementMonth) lines.push({ key: `summary.earliest${past(r.earliestMonth)}`, values: yearMonth(r.earliestMonth) });
  if (r.latestMonth) lines.push({ key: `summary.latest${past(r.latestMonth)}`, values: yearMonth(r.latestMonth) });
  if (r.chosenMonth) lines.push({ key: 'summary.chosen', values: yearMonth(r.chosenMonth) });
  if (r.minimumContributionYears !== null) lines.push({ key: 'summary.minimum', values: { years: r.minimumContributionYears } });
  // The first pension of each month, where the award-sheet figures were given.
  const pensionOf = (kind: string) => table?.rows.find((w) => w.kind === kind)?.pension?.total;
  const [earliest, statutory, latest] = [pensionOf('earliest'), pensionOf('statutory'), pensionOf('latest')];
  if (earliest && statutory && latest) lines.push({ key: 'summary.pensionRange', values: { earliest: money(earliest), statutory: money(statutory), latest: money(latest) } });
  else if (statutory) lines.push({ key: 'summary.pension', values: { total: money(statutory) } });
  return { tone: 'result', lines };
};
