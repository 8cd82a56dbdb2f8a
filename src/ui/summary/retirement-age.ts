import type { RetirementAgeResult } from '../../rules/retirement-age';
import { yearMonth } from '../format';
import type { SummaryDeclaration, SummaryLine } from './types';

/** 法定退休 YYYY 年 M 月 (N 岁 M 个月) · 最早 … · 最晚 … · 最低缴费 N 年; in words when a month is already past today. */
export const summary: SummaryDeclaration<RetirementAgeResult> = (r, { today }) => {
  const thisMonth = today.slice(0, 7);
  const past = (m: string) => (m < thisMonth ? 'Past' : '');
  const lines: SummaryLine[] = [{ key: `summary.statutory${past(r.retirementMonth)}`, values: { ...yearMonth(r.retirementMonth), years: r.statutoryAge.years, months: r.statutoryAge.months } }];
  if (r.earliestMonth && r.earliestMonth !== r.retirementMonth) lines.push({ key: `summary.earliest${past(r.earliestMonth)}`, values: yearMonth(r.earliestMonth) });
  if (r.latestMonth) lines.push({ key: `summary.latest${past(r.latestMonth)}`, values: yearMonth(r.latestMonth) });
  if (r.chosenMonth) lines.push({ key: 'summary.chosen', values: yearMonth(r.chosenMonth) });
  if (r.minimumContributionYears !== null) lines.push({ key: 'summary.minimum', values: { years: r.minimumContributionYears } });
  return { tone: 'result', lines };
};
