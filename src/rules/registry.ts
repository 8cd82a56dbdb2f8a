import type { AnyCalculator, IsoDate } from './engine';

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

export interface LoadOptions {
  /**
   * 'all' (the default): ready for every input, with the calculators it uses (Calculator.uses: the retirement table
   * runs the pension estimate for the award-sheet figures) loaded too: the command line, batches, the tests.
   * 'when-needed': its own rules only, for a page that calls `prepareRun` before each run, so that those are
   * downloaded only for an input that needs them (issue 17).
   */
  uses?: 'all' | 'when-needed';
}

export async function loadCalculator(id: CalculatorId, options: LoadOptions = {}): Promise<AnyCalculator> {
  const calc = await loaders[id]();
  if (options.uses !== 'when-needed') await calc.uses?.lend(calc, load);
  return calc;
}

/** Before `run(calc, raw, asOf)` of a calculator loaded 'when-needed': loads what this input needs (nothing, mostly). */
export async function prepareRun(calc: AnyCalculator, raw: unknown, asOf: IsoDate): Promise<void> {
  await calc.uses?.lend(calc, load, { raw, asOf });
}

const load = (id: string) => loadCalculator(id as CalculatorId);

export async function loadAll(): Promise<AnyCalculator[]> {
  return Promise.all(calculatorIds.map((id) => loadCalculator(id)));
}
