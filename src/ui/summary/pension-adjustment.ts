import type { PensionAdjustmentResult } from '../../rules/pension-adjustment';
import { money } from '../format';
import type { SummaryDeclaration, SummaryLine } from './types';

/** 每月增加 X 元 → 调整后 Y 元 · 补发 Z 元 (发放日). */
export const summary: SummaryDeclaration<PensionAdjustmentResult> = (r) => {
  if (!r.eligible) return { tone: 'warning', lines: [{ key: 'summary.notEligible', values: { year: r.year } }, ...r.reasons.map((code) => ({ key: `reasons.${code}`, values: { year: r.year } }))] };
  const lines: SummaryLine[] = [{ key: 'summary.increase', values: { amount: money(r.increase), year: r.year } }];
  const first = r.history[0];
  const last = r.history[r.history.length - 1];
  if (r.known === 'current' && first && last) {
    // from today's pension: the December pension before the year's increase, and how it grew since the history starts
    lines.push(last.high ? { key: 'summary.beforeRange', values: { low: money(last.before), high: money(last.high.before), month: `${r.year - 1}-12` } } : { key: 'summary.before', values: { amount: money(last.before), month: `${r.year - 1}-12` } });
    if (r.history.length > 1 && r.start) lines.push({ key: r.start.high ? 'summary.sinceRange' : 'summary.since', values: { from: first.year, month: r.start.month, start: money(r.start.pension), amount: money(r.start.growth) } });
  } else {
    lines.push({ key: 'summary.newPension', values: { amount: money(r.newPension) } });
  }
  // the payment day comes from news reports where no notice gave it: the card says so in words
  if (r.backPay) lines.push({ key: r.backPay.confidence === 'secondary' ? 'summary.backPaySecondary' : 'summary.backPay', values: { amount: money(r.backPay.amount), months: r.backPay.months, paidOn: r.backPay.paidOn } });
  return { tone: 'result', lines };
};
