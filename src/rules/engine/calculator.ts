import type { IsoDate } from './dates';
import type { FieldError, Parsed } from './errors';
import type { Step } from './explain';
import { NotCoveredError, type Parameter } from './parameter';
import type { Citation } from './source';

export type FieldKind = 'date' | 'month' | 'decimal' | 'money' | 'integer' | 'boolean' | 'choice';

/** What a door (form, CSV, command line) needs to know of one input field. Labels live in the locale files. */
export interface FieldSpec {
  /** Path in the raw input, e.g. "claimDate" or "bill.total". */
  name: string;
  kind: FieldKind;
  required: boolean;
  options?: readonly string[];
  /** Shown and read only when another field has this value. */
  when?: { field: string; equals: string };
  /** Fields of one group are shown together under one legend (`fields.<group>.legend`). */
  group?: string;
}

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
  compute(input: I, asOf: IsoDate): Outcome<R>;
  parameters: readonly Parameter<unknown>[];
  /** Clauses cited by the steps that are not parameters. */
  citations: readonly Citation[];
  /** The day these rules were last checked against their sources. */
  checkedOn: IsoDate;
  /** A typical input, in the raw form a person or a JSON caller would give it. */
  example: Record<string, unknown>;
}

export type RunResult<R = unknown> =
  | ({ ok: true } & Outcome<R>)
  | { ok: false; errors: FieldError[] };

/** Every door runs a calculator through here: parse, compute, and no exception out for a date the rules lack. */
export function run<I, R>(calc: Calculator<I, R>, raw: unknown, asOf: IsoDate): RunResult<R> {
  const parsed = calc.parse(raw, asOf);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, ...calc.compute(parsed.value, asOf) };
  } catch (e) {
    if (e instanceof NotCoveredError) {
      return { ok: false, errors: [notCoveredError(calc.dateField, e)] };
    }
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
