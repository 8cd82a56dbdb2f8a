import type { ContributionsResult } from '../../rules/contributions';
import { money } from '../format';
import { col, type ColumnsDeclaration, type SummaryDeclaration, type SummaryLine } from './types';

/** A base in whole yuan as the notices print it: "7546.00" → "7,546". */
const whole = (s: string) => money(s).replace(/\.00$/, '');

/** 您每月缴 X 元 · 单位每月缴 Y 元 · the base used and why (a flexible worker pays both parts; no employer line). */
export const summary: SummaryDeclaration<ContributionsResult> = (r) => {
  const flexible = r.kind === 'flexible';
  const lines: SummaryLine[] = [{ key: flexible ? 'summary.youPayFlexible' : 'summary.youPay', values: { amount: money(r.monthly.employee) } }];
  if (!flexible && r.monthly.employer !== null) lines.push({ key: 'summary.employerPays', values: { amount: money(r.monthly.employer) } });
  // The base and why, in the result's own words ("您的工资 6,000 元低于缴费基数下限 7,546 元，按下限缴费。").
  const b = r.insuredBase;
  const limit = flexible ? `flexible${b.limit === 'none' ? 'None' : b.limit === 'lower' ? 'Lower' : 'Upper'}` : b.limit;
  lines.push({ key: `result.why.${limit}`, values: { declared: whole(b.declared), lower: whole(b.lower), upper: whole(b.upper) } });
  if (r.minimumWage) lines.push({ key: r.minimumWage.meets ? 'summary.minimumWageMet' : 'summary.minimumWageShort', values: { minimum: money(r.minimumWage.minimum), shortfall: money(r.minimumWage.shortfall) } });
  return { tone: 'result', lines };
};

/** The readable columns of a batch results file (src/batch/readable.ts): the same key figures, one column each. */
export const columns: ColumnsDeclaration<ContributionsResult> = {
  columns: [
    col('employee', 'money', (r) => r.monthly.employee),
    col('employer', 'money', (r) => r.monthly.employer),
    col('base', 'money', (r) => r.insuredBase.amount),
    col('limit', 'text', (r, w) => w.t(`batch:readable.limit.${r.kind === 'flexible' ? `flexible${r.insuredBase.limit[0]!.toUpperCase()}${r.insuredBase.limit.slice(1)}` : r.insuredBase.limit}`)),
    col('minimumWageMet', 'text', (r, w) => (r.minimumWage ? w.yes(r.minimumWage.meets) : '')),
    col('minimumWageShortfall', 'money', (r) => (r.minimumWage && !r.minimumWage.meets ? r.minimumWage.shortfall : '')),
  ],
};
