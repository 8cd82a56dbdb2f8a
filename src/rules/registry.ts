import type { AnyCalculator } from './engine';

/**
 * Every calculator, by id. Each loads on demand, so a page pulls in only its own rules;
 * the command line, the tests and the pages all reach a calculator through here.
 */
const loaders = {
  'unemployment-benefit': () => import('./unemployment-benefit').then((m) => m.unemploymentBenefit),
  'pension-adjustment': () => import('./pension-adjustment').then((m) => m.pensionAdjustment),
  'long-term-care': () => import('./long-term-care').then((m) => m.longTermCare),
  'medical-cost-sharing': () => import('./medical-cost-sharing').then((m) => m.medicalCostSharing),
  'retirement-age': () => import('./retirement-age').then((m) => m.retirementAge),
  'pension-estimate': () => import('./pension-estimate').then((m) => m.pensionEstimate),
  'contributions': () => import('./contributions').then((m) => m.contributions),
  'maternity': () => import('./maternity').then((m) => m.maternity),
} satisfies Record<string, () => Promise<AnyCalculator>>;

export type CalculatorId = keyof typeof loaders;
export const calculatorIds = Object.keys(loaders) as CalculatorId[];

export function isCalculatorId(id: string): id is CalculatorId {
  return Object.prototype.hasOwnProperty.call(loaders, id);
}

export async function loadCalculator(id: CalculatorId): Promise<AnyCalculator> {
  return loaders[id]();
}

export async function loadAll(): Promise<AnyCalculator[]> {
  return Promise.all(calculatorIds.map(loadCalculator));
}
