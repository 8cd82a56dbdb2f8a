import type { IsoDate } from './dates';
import type { FieldError, Parsed } from './errors';
import type { Step } from './explain';
import { NotCoveredError, type Parameter } from './parameter';
import { withCarriedForward } from './carried';
import { withAliases } from './input';
import { parseDateText, plainInput } from './parse';
import type { Citation } from './source';
import type { Uses } from './uses';

export type FieldKind = 'date' | 'month' | 'decimal' | 'money' | 'integer' | 'boolean' | 'choice';

/** What a door (form, CSV, command line) needs to know of one input field. Labels live in the locale files. */
export interface FieldSpec {
  /** Path in the raw input, e.g. "claimDate" or "bill.total". */
  name: string;
  kind: FieldKind;
  required: boolean;
  options?: readonly string[];
  /** Shown and read only when another field's value meets the condition (see `fieldApplies`). */
  when?: FieldCondition;
  /** Choice options that depend on another field's value (e.g. the categories of the chosen scheme); `options` lists them all. */
  optionsWhen?: { field: string; options: Readonly<Record<string, readonly string[]>> };
  /** Fields of one group are shown together under one legend (`fields.<group>.legend`). */
  group?: string;
  /** The value the form starts with (e.g. the latest covered year); a door that reads raw input does not assume it. */
  default?: string;
  /**
   * Short forms people write, by the value they stand for: a choice's option code, or "true" / "false" for a yes/no
   * field (e.g. `{ male: ['男', '男职工'], 'female-50': ['女50', '女工人'] }`). Matched with full-width forms, case
   * and spaces ignored; read by `run()` (see input.ts), so every door accepts them, and listed in the batch guide.
   */
  aliases?: Readonly<Record<string, readonly string[]>>;
  /** A count that may be written with its unit: years ("6年", "3年6个月" = 3.5), months ("1年3个月" = 15) or an age ("45岁"). */
  duration?: 'years' | 'months' | 'age';
  /**
   * How a blank choice is read, as the schema reads it: `present` when any of `fields` has a value, else `absent`
   * (e.g. a link or file made before the choice existed). Conditions on the choice (`when`) then hold as the parse
   * reads the input, so an old link's fields are not dropped.
   */
  blankReads?: { fields: readonly string[]; present: string; absent: string };
}

/**
 * When a field applies, by another field's value: `equals` one value, is `oneOf` several, or (a date or month field)
 * is `before` a date. Exactly one of the three is given.
 */
export interface FieldCondition {
  field: string;
  equals?: string;
  oneOf?: readonly string[];
  before?: IsoDate;
  /** A second condition that must hold too (e.g. home care and level 5–6). */
  and?: FieldCondition;
}

/** The fields a condition reads, its own first. */
export function conditionFields(c: FieldCondition): string[] {
  return [c.field, ...(c.and ? conditionFields(c.and) : [])];
}

/** The values with each blank choice read as its `blankReads` says (the others as they are). */
export function readBlankChoices<V extends Readonly<Record<string, string | undefined>>>(fields: readonly Pick<FieldSpec, 'name' | 'blankReads'>[], values: V): V {
  let out: Record<string, string | undefined> | undefined;
  for (const f of fields) {
    if (!f.blankReads || (values[f.name] ?? '').trim() !== '') continue;
    const present = f.blankReads.fields.some((n) => (values[n] ?? '').trim() !== '');
    out ??= { ...values };
    out[f.name] = present ? f.blankReads.present : f.blankReads.absent;
  }
  return (out ?? values) as V;
}

/** Whether a field applies, given the raw values typed so far (form drafts, CSV cells, share links). */
export function fieldApplies(spec: Pick<FieldSpec, 'when'>, values: Readonly<Record<string, string | undefined>>): boolean {
  return !spec.when || holds(spec.when, values);
}

function holds(c: FieldCondition, values: Readonly<Record<string, string | undefined>>): boolean {
  if (c.and && !holds(c.and, values)) return false;
  const v = values[c.field];
  if (v === undefined || v.trim() === '') return false;
  if (c.equals !== undefined) return v === c.equals;
  if (c.oneOf !== undefined) return c.oneOf.includes(v);
  if (c.before !== undefined) {
    const text = /^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*月?\s*$/.test(v) ? `${v.trim().replace(/月$/, '')}-01` : v;
    const d = parseDateText(text);
    return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && d < c.before;
  }
  return true;
}

/** The options of a choice field for the values typed so far: `optionsWhen` narrows them, else all of them. */
export function optionsFor(spec: Pick<FieldSpec, 'options' | 'optionsWhen'>, values: Readonly<Record<string, string | undefined>>): readonly string[] {
  const all = spec.options ?? [];
  if (!spec.optionsWhen) return all;
  const v = values[spec.optionsWhen.field];
  return (v !== undefined && spec.optionsWhen.options[v]) || all;
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
