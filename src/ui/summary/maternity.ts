import type { MaternityResult } from '../../rules/maternity';
import { money } from '../format';
import type { SummaryDeclaration, SummaryLine } from './types';

const NS = 'maternity';

/** 产假共 N 天，休到 YYYY-MM-DD · 生育津贴 X 元 · 谁支付、谁垫付 · 单位补足工资差额 (with her wage), in the result's own words. */
export const summary: SummaryDeclaration<MaternityResult> = (r, { steps }) => {
  const lines: SummaryLine[] = [];
  if (r.leaveEnds) lines.push({ key: 'result.leaveHeadline', values: { days: r.leaveDays, date: r.leaveEnds } });
  else {
    const gap = steps.find((s) => s.key === `${NS}:dates-shanghai-not-covered`);
    lines.push({ key: 'result.leaveHeadlineUnknown', values: { days: r.leaveDays, year: gap?.values['uncovered']?.slice(0, 4) ?? '', earliest: gap?.values['earliest'] ?? '' } });
  }
  lines.push({ key: 'result.allowance', values: { amount: money(r.allowance) } });
  lines.push(r.contributionTestMet ? { key: 'result.fundPaysAll' } : { key: 'result.fundPaysShare', values: { fund: money(r.fundPays), advance: money(r.employerAdvance) } });
  if (r.employerTopUp !== null) lines.push(r.employerTopUp === '0.00' ? { key: 'result.noTopUp' } : { key: 'result.topUp', values: { amount: money(r.employerTopUp) } });
  return { tone: 'result', lines };
};
