import type { ContributionsResult } from '../../rules/contributions';
import { money } from '../format';
import type { SummaryDeclaration, SummaryLine } from './types';

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
