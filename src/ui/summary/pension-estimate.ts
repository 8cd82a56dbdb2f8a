import type { PensionEstimateResult } from '../../rules/pension-estimate';
import { money, yearMonth } from '../format';
import type { SummaryDeclaration, SummaryLine } from './types';

/** 每月约 X 元 (基础养老金 A + 个人账户 B + 过渡性 C). */
export const summary: SummaryDeclaration<PensionEstimateResult> = (r) => ({
  tone: 'result',
  lines: <SummaryLine[]>[
    // from a salary the card says first that it is an estimate, and the projected sheet figures it rests on
    { key: r.projection ? 'summary.totalFromSalary' : 'summary.total', values: { total: money(r.total) } },
    { key: 'summary.parts', values: { basic: money(r.basic), account: money(r.account), transitional: money(r.transitional) } },
    { key: 'summary.from', values: { ...yearMonth(r.retirementMonth), years: r.ageAtRetirement.years, months: r.ageAtRetirement.months } },
    ...(r.projection ? [{ key: 'summary.projected', values: { index: r.projection.averageIndex, balance: money(r.projection.accountBalance) } }] : []),
  ],
});
