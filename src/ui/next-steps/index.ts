import type { NextSteps } from '../../rules/engine/next-steps';
import type { CalculatorId } from '../../rules/registry';

/** Each calculator's next steps (cited data beside its rules, src/rules/<id>/next-steps.ts), loaded with its page. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const nextStepsOf: Record<CalculatorId, () => Promise<NextSteps<any>>> = {
  'unemployment-benefit': () => import('../../rules/unemployment-benefit/next-steps').then((m) => m.nextSteps),
  'pension-adjustment': () => import('../../rules/pension-adjustment/next-steps').then((m) => m.nextSteps),
  'long-term-care': () => import('../../rules/long-term-care/next-steps').then((m) => m.nextSteps),
  'medical-cost-sharing': () => import('../../rules/medical-cost-sharing/next-steps').then((m) => m.nextSteps),
  'retirement-age': () => import('../../rules/retirement-age/next-steps').then((m) => m.nextSteps),
  'pension-estimate': () => import('../../rules/pension-estimate/next-steps').then((m) => m.nextSteps),
  contributions: () => import('../../rules/contributions/next-steps').then((m) => m.nextSteps),
  maternity: () => import('../../rules/maternity/next-steps').then((m) => m.nextSteps),
};

/** A copy of a raw input with `set` applied at dotted paths ("registered", "bill.total"). */
export function withValues(raw: Record<string, unknown>, set: Record<string, string>): Record<string, unknown> {
  const out = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
  for (const [path, value] of Object.entries(set)) {
    const parts = path.split('.');
    let at: Record<string, unknown> = out;
    for (const p of parts.slice(0, -1)) {
      if (typeof at[p] !== 'object' || at[p] === null) at[p] = {};
      at = at[p] as Record<string, unknown>;
    }
    at[parts[parts.length - 1]!] = value;
  }
  return out;
}
