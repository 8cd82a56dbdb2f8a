import { dec } from '../../rules/engine';
import type { LongTermCareResult } from '../../rules/long-term-care';
import { money } from '../format';
import type { SummaryDeclaration, SummaryLine } from './types';

/** 每月自付约 X 元 (服务费用 A 元，长护险支付 B 元) · 每周 N 小时; without a price, the hours and what the price changes. */
export const summary: SummaryDeclaration<LongTermCareResult> = (r) => {
  if (!r.eligible) return { tone: 'warning', lines: [{ key: 'summary.notEligible' }, ...r.reasons.map((code) => ({ key: `reasons.${code}` }))] };
  const lines: SummaryLine[] = [];
  if (r.setting === 'compare' && r.comparison) {
    // Both forms of care on the card: what the family pays at home, and what the fund pays in each institutional band.
    const home = r.comparison.home;
    const pct = home.fundShare === null ? '?' : dec(home.fundShare).times(100).toString();
    if (home.selfPays !== null && home.cost !== null && home.fundPays !== null) lines.push({ key: 'summary.compareHome', values: { amount: money(home.selfPays), cost: money(home.cost), fundPays: money(home.fundPays) } });
    else lines.push({ key: 'summary.compareHomeNoPrice', values: { hours: home.weeklyHours ?? 0, pct } });
    const bands = r.comparison.institution.map((b) => b.result);
    const [first, second, third] = bands;
    if (first && second && third && first.days !== null) {
      const self = first.selfPays !== null && second.selfPays !== null && third.selfPays !== null;
      lines.push(
        self
          ? { key: 'summary.compareInstitutionSelf', values: { days: first.days, first: money(first.selfPays), second: money(second.selfPays), third: money(third.selfPays) } }
          : { key: 'summary.compareInstitution', values: { days: first.days, first: money(first.fundPays), second: money(second.fundPays), third: money(third.fundPays) } },
      );
    } else lines.push({ key: 'summary.institutionNotCovered' });
    lines.push({ key: 'summary.compareOutside' });
    return { tone: 'result', lines };
  }
  if (r.setting === 'home') {
    if (r.selfPays !== null && r.cost !== null && r.fundPays !== null) {
      lines.push({ key: 'summary.selfPays', values: { amount: money(r.selfPays), cost: money(r.cost), fundPays: money(r.fundPays) } });
    }
    lines.push({ key: 'summary.weeklyHours', values: { hours: r.weeklyHours ?? 0, monthly: r.monthlyHours ?? '' } });
    if (r.cashPerMonth !== '0.00') lines.push({ key: 'summary.cash', values: { amount: money(r.cashPerMonth) } });
    if (r.cost === null) lines.push({ key: 'summary.priceMissing', values: { pct: r.fundShare === null ? '?' : dec(r.fundShare).times(100).toString() } });
    return { tone: 'result', lines };
  }
  if (r.fundPays !== null && r.days !== null) {
    if (r.selfPays !== null && r.cost !== null) lines.push({ key: 'summary.institutionSelfPays', values: { amount: money(r.selfPays), cost: money(r.cost), fundPays: money(r.fundPays), days: r.days } });
    else lines.push({ key: 'summary.institutionFundPays', values: { fundPays: money(r.fundPays), days: r.days } });
    if (r.dailyStandard !== null) lines.push({ key: 'summary.dailyStandard', values: { amount: money(r.dailyStandard) } });
    return { tone: 'result', lines };
  }
  if (r.dailyStandards) {
    return { tone: 'result', lines: [{ key: 'summary.dailyStandards', values: { first: money(r.dailyStandards.first), second: money(r.dailyStandards.second), third: money(r.dailyStandards.third) } }, { key: 'summary.bandMissing' }] };
  }
  return { tone: 'warning', lines: [{ key: 'summary.institutionNotCovered' }] };
};
