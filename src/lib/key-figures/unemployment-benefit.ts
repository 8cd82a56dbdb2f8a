import type { UnemploymentResult } from '../../rules/unemployment-benefit';
import { money, yearMonth } from '../format';
import { col, reasonsOf, type ColumnsDeclaration, type SummaryDeclaration, type SummaryLine } from './types';

const NS = 'unemployment-benefit';

/** The monthly amounts, each once in order (months the rules do not cover left out): one when the standard never changes. */
const amountsOf = (r: UnemploymentResult) => [...new Set(r.payments.map((p) => p.amount).filter((a): a is string => a !== null))];

/** 每月 X 元 · N 个月 · 首次发放 YYYY 年 M 月 · 合计 Y 元; each run of months at one standard when they differ. */
export const summary: SummaryDeclaration<UnemploymentResult> = (r, { steps }) => {
  if (!r.eligible) return { tone: 'warning', lines: [{ key: 'summary.notEligible' }, ...r.reasons.map((code) => ({ key: `reasons.${code}` }))] };
  const runs = steps.filter((s) => s.key === `${NS}:standard`);
  const amounts = amountsOf(r);
  const lines: SummaryLine[] = [];
  if (amounts.length === 1) lines.push({ key: 'summary.monthly', values: { amount: money(amounts[0]!) } });
  else for (const s of runs) lines.push({ key: 'summary.phase', values: { from: s.values['from']!, to: s.values['to']!, amount: money(s.values['amount']!) } });
  lines.push({ key: 'summary.months', values: { count: r.months } });
  if (r.extendedMonths > 0) lines.push({ key: 'summary.extended', values: { count: r.extendedMonths } });
  if (r.payments[0]) lines.push({ key: 'summary.firstPayment', values: yearMonth(r.payments[0].month) });
  lines.push({ key: r.notCoveredMonths.length ? 'summary.totalPartial' : 'summary.total', values: { total: money(r.total), count: r.notCoveredMonths.length } });
  return { tone: 'result', lines };
};

/** The readable columns of a batch results file (src/batch/readable.ts): the same key figures, one column each. */
export const columns: ColumnsDeclaration<UnemploymentResult> = {
  columns: [
    col('eligible', 'text', (r, w) => w.yes(r.eligible)),
    col('reasons', 'text', (r, w) => reasonsOf(r.reasons, w)),
    col('months', 'number', (r) => r.months),
    col('extendedMonths', 'number', (r) => r.extendedMonths),
    // One amount when every covered month has the same; the amounts in order where the standard changes.
    col('monthly', 'money', (r) => amountsOf(r).join(' / ')),
    col('firstPayment', 'text', (r, w) => w.month(r.payments[0]?.month)),
    col('total', 'money', (r) => (r.eligible ? r.total : '')),
    col('notCoveredMonths', 'text', (r, w) => w.list(r.notCoveredMonths.map((m) => w.month(m)))),
  ],
  records: (r, w) => r.payments.map((p) => ({ id: p.month, heading: w.month(p.month), amount: p.amount, sort: p.month })),
};
