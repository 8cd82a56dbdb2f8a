/**
 * What a form needs of a calculator's fields, without decimal.js (the portal embed draws its form before the engine
 * arrives, issue 17): the field specs and when a field applies. calculator.ts re-exports it.
 */
import type { IsoDate } from './dates';
import type { Parameter } from './parameter';
import { parseDateText } from './text';

/**
 * What a form draws and checks before the rules themselves are there: a Calculator without parse and compute. The
 * portal embed gets one from the build (src/embed/forms.ts: only the dates of the parameters its coverage line and
 * defaults read); the app passes the calculator itself.
 */
export interface FormCalculator {
  id: string;
  fields: readonly FieldSpec[];
  dateField: string;
  checkedOn: IsoDate;
  parameters: readonly Parameter<unknown>[];
}

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

