import type { PensionAdjustmentResult } from '../../rules/pension-adjustment';
import { money } from '../format';
import type { SummaryDeclaration, SummaryLine } from './types';

/** 每月增加 X 元 → 调整后 Y 元 · 补发 Z 元 (发放日). */
export const summary: SummaryDeclaration<PensionAdjustmentResult> = (r) => {
  if (!r.eligible) return { tone: 'warning', lines: [{ key: 'summary.notEligible', values: { year: r.year } }, ...r.reasons.map((code) => ({ key: `reasons.${code}`, values: { year: r.year } }))] };
  const lines: SummaryLine[] = [
    { key: 'summary.increase', values: { amount: money(r.increase), year: r.year } },
    { key: 'summary.newPension', values: { amount: money(r.newPension) } },
  ];
  // the payment day comes from news reports where no notice gave it: the card says so in words
  if (r.backPay) lines.push({ key: r.backPay.confidence === 'secondary' ? 'summary.backPaySecondary' : 'summary.backPay', values: { amount: money(r.backPay.amount), months: r.backPay.months, paidOn: r.backPay.paidOn } });
  return { tone: 'result', lines };
};
