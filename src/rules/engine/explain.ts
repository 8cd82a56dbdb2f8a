import type { IsoDate } from './dates';
import type { Rounding } from './money';
import type { CarriedForward, Lookup, Parameter, Unit } from './parameter';
import type { Citation, Source } from './source';

/** A parameter value as an explanation step used it. */
export interface UsedParam {
  id: string;
  unit: Unit;
  from: IsoDate;
  to?: IsoDate;
  /** The value as a string (a table is summarised by the step's own values). */
  value: string;
  source: Source;
  /** The value is carried forward from its document into a later period (see Parameter.carryForward). */
  carriedForward?: CarriedForward;
}

/**
 * One step of an explanation. `key` is "<namespace>:<name>" and names the message `<namespace>:steps.<name>`;
 * `values` are the numbers and codes the message needs, as strings; `formula` is the arithmetic in
 * language-neutral notation with the actual numbers, e.g. "min(2 × 3, 24) = 6".
 */
export interface Step {
  key: string;
  values: Record<string, string>;
  formula?: string;
  params: UsedParam[];
  citations: Citation[];
  rounding?: Rounding;
}

export function used<T>(param: Parameter<T>, lookup: Lookup<T>, show: (v: T) => string = String): UsedParam {
  const u: UsedParam = {
    id: param.id,
    unit: param.unit,
    from: lookup.entry.from,
    value: show(lookup.value),
    source: lookup.entry.source,
  };
  if (lookup.to) u.to = lookup.to;
  if (lookup.carriedForward) u.carriedForward = lookup.carriedForward;
  return u;
}

export function step(key: string, values: Record<string, string | number | boolean> = {}, extra: Partial<Omit<Step, 'key' | 'values'>> = {}): Step {
  const v: Record<string, string> = {};
  for (const [k, x] of Object.entries(values)) v[k] = String(x);
  return { key, values: v, params: extra.params ?? [], citations: extra.citations ?? [], ...(extra.formula ? { formula: extra.formula } : {}), ...(extra.rounding ? { rounding: extra.rounding } : {}) };
}
