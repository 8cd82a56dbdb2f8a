import type { IsoDate } from './dates';
import type { FieldError, Parsed } from './errors';
import type { Step } from './explain';
import { NotCoveredError, type Parameter } from './parameter';
import { withCarriedForward } from './carried';
import { withAliases } from './input';
import type { FieldSpec } from './fields';
import { plainInput } from './text';
import type { Citation } from './source';
import type { Uses } from './uses';

export * from './fields';

/** Something the result rests on that the person must see: a period not covered, a rule not modelled, … */
export interface Notice {
  code: string;
  params?: Record<string, string>;
}

export interface Outcome<R> {
  result: R;
  steps: Step[];
  notices: Notice[];
}

export interface Calculator<I = unknown, R = unknown> {
  id: string;
  fields: readonly FieldSpec[];
  /** The input field whose date picks the rules (for messages about dates the rules do not cover). */
  dateField: string;
  parse(raw: unknown, asOf: IsoDate): Parsed<I>;
  /** `options.explain === false` (a batch that writes no explanation): see ComputeOptions. */
  compute(input: I, asOf: IsoDate, options?: ComputeOptions): Outcome<R>;
  parameters: readonly Parameter<unknown>[];
  /** Clauses cited by the steps that are not parameters. */
  citations: readonly Citation[];
  /** The day these rules were last checked against their sources. */
  checkedOn: IsoDate;
  /** A typical input, in the raw form a person or a JSON caller would give it. */
  example: Record<string, unknown>;
  /**
   * Other calculators this one runs for some inputs (issue 17: the retirement table's first-pension cells are single
   * runs of the pension estimate, only when the award-sheet figures are given), declared with `defineUses` (uses.ts).
   * The registry loads them before a run that needs them: `loadCalculator`, or `prepareRun` for a page that loads
   * them only then, so that a page whose input never needs them never downloads them.
   */
  uses?: Uses<I>;
}

/**
 * `explain: false` asks for the result and the notices only, for a door that shows no explanation (the command
 * line's streamed batch, where building a million explanations costs more than the estimates). A calculator may
 * ignore it. One that honours it returns the same result and notices, and steps that keep at least every `params`
 * entry the full run's steps hold, in the same order (run() reads the carried-forward notices from them); their
 * values, formulas and citations may be left out. tests/properties/fast-path.test.ts compares both runs.
 */
export interface ComputeOptions {
  explain?: boolean;
}

export type RunResult<R = unknown> =
  | ({ ok: true } & Outcome<R>)
  | { ok: false; errors: FieldError[] };

/**
 * Every door runs a calculator through here (`options.explain: false`: no steps, see ComputeOptions): parse, compute (plus the carried-forward notices), and no exception out
 * for a date the rules lack. The schema sees a plain copy of the input (`plainInput`), so no shape a caller sends (an
 * object whose `toString` is no function, a getter, a proxy) can make it throw, with the short forms the field specs
 * declare ("男职工", "6年") read as what they stand for (`withAliases`).
 */
export function run<I, R>(calc: Calculator<I, R>, raw: unknown, asOf: IsoDate, options: ComputeOptions = {}): RunResult<R> {
  const parsed = calc.parse(withAliases(calc.fields, plainInput(raw)), asOf);
  if (!parsed.ok) return parsed;
  try {
    if (options.explain === false) {
      // No explanation asked: the steps the calculator kept serve the notices only, and are not passed on.
      const out = calc.compute(parsed.value, asOf, { explain: false });
      return { ok: true, result: out.result, steps: [], notices: withCarriedForward(out.steps, out.notices) };
    }
    const out = calc.compute(parsed.value, asOf);
    // A result resting on a carried-forward value says so, once per parameter (whatever the calculator).
    return { ok: true, ...out, notices: withCarriedForward(out.steps, out.notices) };
  } catch (e) {
    if (e instanceof NotCoveredError) {
      return { ok: false, errors: [notCoveredError(blamed.get(e) ?? calc.dateField, e)] };
    }
    throw e;
  }
}

/** The input field a rules gap found inside a calculation comes from, where it is not the calculator's date field. */
const blamed = new WeakMap<NotCoveredError, string>();

/**
 * Runs `fn`, a part of a calculation that looks rules up by a date derived from `field` (a birth month → the
 * retirement schedule): a date the rules do not cover is then reported at `field`, not at the calculator's date field.
 */
export function blameOn<T>(field: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof NotCoveredError && !blamed.has(e)) blamed.set(e, field);
    throw e;
  }
}

export function notCoveredError(field: string, e: NotCoveredError): FieldError {
  return {
    field,
    code: 'date-not-covered',
    params: {
      date: e.date,
      parameter: e.parameterId,
      // "from/to" for each covered range, "from/" when open-ended
      ranges: e.covered.map((r) => `${r.from}/${r.to ?? ''}`).join(','),
    },
  };
}

/** A calculator of any input and result type, as the registry holds them (input and result are invariant). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCalculator = Calculator<any, any>;
