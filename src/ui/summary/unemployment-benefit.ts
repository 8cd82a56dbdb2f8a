import type { UnemploymentResult } from '../../rules/unemployment-benefit';
import { money, yearMonth } from '../format';
import type { SummaryDeclaration, SummaryLine } from './types';

const NS = 'unemployment-benefit';

/** 每月 X 元 · N 个月 · 首次发放 YYYY 年 M 月 · 合计 Y 元; each run of months at one standard when they differ. */
export const summary: SummaryDeclaration<UnemploymentResult> = (r, { steps }) => {
  if (!r.eligible) return { tone: 'warning', lines: [{ key: 'summary.notEligible' }, ...r.reasons.map((code) => ({ key: `reasons.${code}` }))] };
  const runs = steps.filter((s) => s.key === `${NS}:standard`);
  const amounts = new Set(r.payments.map((p) => p.amount).filter((a): a is string => a !== null));
  const lines: SummaryLine[] = [];
  if (amounts.size === 1) lines.push({ key: 'summary.monthly', values: { amount: money([...amounts][0]!) } });
  else for (const s of runs) lines.push({ key: 'summary.phase', values: { from: s.values['from']!, to: s.values['to']!, amount: money(s.values['amount']!) } });
  lines.push({ key: 'summary.months', values: { count: r.months } });
  if (r.extendedMonths > 0) lines.push({ key: 'summary.extended', values: { count: r.extendedMonths } });
  if (r.payments[0]) lines.push({ key: 'summary.firstPayment', values: yearMonth(r.payments[0].month) });
  lines.push({ key: r.notCoveredMonths.length ? 'summary.totalPartial' : 'summary.total', values: { total: money(r.total), count: r.notCoveredMonths.length } });
  return { tone: 'result', lines };
};
