import type { AnyCalculator, Calculator } from './calculator';
import type { IsoDate } from './dates';
import { withAliases } from './input';
import { plainInput } from './parse';

/**
 * A calculator that runs others for some inputs (Calculator.uses; issue 17: the retirement table's first pensions are
 * single runs of the pension estimate when the award-sheet figures are given). Its module never imports them, so its
 * page does not carry them; the registry lends them (`lend`) before a run that needs them, and compute takes them
 * with `get`. Only a calculator that declares uses imports this module (from here, not from the engine's index, which
 * would put it in the shared engine chunk).
 */
export interface Uses<I> {
  /** The registry ids of the calculators it may run. They must not form a cycle. */
  readonly calculators: readonly string[];
  /**
   * Loads them with `load` (the registry's) and lends them to compute: all of them, or (given `input`) those a run of
   * that raw input needs, read as run() reads it (nothing when the input is refused or does not need them).
   */
  lend(calc: Calculator<I, unknown>, load: (id: string) => Promise<AnyCalculator>, input?: { raw: unknown; asOf: IsoDate }): Promise<void>;
  /** A lent calculator. Missing, a door ran this calculator without the registry's loading: a bug, never an answer with cells left out. */
  get(id: string): AnyCalculator;
}

/** Declares the calculators a calculator runs, and which (parsed) inputs need them. */
export function defineUses<I>(calculators: readonly string[], when: (input: I) => boolean): Uses<I> {
  const lent: Record<string, AnyCalculator> = {};
  return {
    calculators,
    async lend(calc, load, input) {
      if (input) {
        const parsed = calc.parse(withAliases(calc.fields, plainInput(input.raw)), input.asOf);
        if (!parsed.ok || !when(parsed.value)) return;
      }
      for (const id of calculators) lent[id] ??= await load(id);
    },
    get(id) {
      const calc = lent[id];
      if (!calc) throw new Error(`${id} rules not loaded: get the calculator from the registry (loadCalculator, or prepareRun before run)`);
      return calc;
    },
  };
}
