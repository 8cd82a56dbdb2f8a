import type { IsoDate } from './dates';
import { dayBefore } from './dates';
import type { Source } from './source';

export type Unit = 'CNY/month' | 'CNY/day' | 'CNY/hour' | 'CNY' | 'ratio' | 'months' | 'years' | 'hours/week' | 'table';

/**
 * One dated value of a parameter. It applies from `from` until the next value's `from`,
 * or until `until` (the end of the notice's validity) when that comes first.
 * `value: null` ends the rule: from then on the parameter is not covered (a gap we could not source, or a repeal).
 */
export interface ParamValue<T> {
  from: IsoDate;
  value: T | null;
  until?: IsoDate;
  /** The day the value was published, when it differs from `from` (a notice published before it takes effect, or after, when it applies back to an earlier date). */
  published?: IsoDate;
  source: Source;
}

/** The period a yearly figure is issued for: 1 July – 30 June medical year, calendar year, or a July–June year (unemployment, bases). */
export type CarryPeriod = 'medical-year' | 'calendar-year' | 'july-june';

export interface Parameter<T> {
  id: string;
  unit: Unit;
  values: readonly ParamValue<T>[];
  /**
   * A figure the rules re-issue every period and usually leave unchanged: after its last sourced value ends, that value
   * carries forward for at most one further period, marked as carried forward (Lookup.carriedForward). Never for
   * figures that change every year by design.
   */
  carryForward?: { period: CarryPeriod };
}

export interface CoveredRange {
  from: IsoDate;
  /** Last day covered; absent when open-ended. */
  to?: IsoDate;
}

/** A date the rules do not cover. Carries the ranges that are covered, so the message can name them. */
export class NotCoveredError extends Error {
  readonly parameterId: string;
  readonly date: IsoDate;
  readonly covered: CoveredRange[];
  constructor(parameterId: string, date: IsoDate, covered: CoveredRange[]) {
    super(`${parameterId}: not covered on ${date}`);
    this.name = 'NotCoveredError';
    this.parameterId = parameterId;
    this.date = date;
    this.covered = covered;
  }
}

export interface Lookup<T> {
  value: T;
  entry: ParamValue<T>;
  /** Last day this value is in force, as far as the rules known on the as-of date say. */
  to?: IsoDate;
  /** Set when the value is the last sourced one carried into the next period (Parameter.carryForward). */
  carriedForward?: CarriedForward;
}

/** A value used beyond its own period: the period asked for, and the document the value is carried from. */
export interface CarriedForward {
  period: CarryPeriod;
  /** First and last day of the period the value is carried into. */
  from: IsoDate;
  to: IsoDate;
  /** The sourced value's own last day. */
  sourcedTo: IsoDate;
}

export function defineParameter<T>(p: Parameter<T>): Parameter<T> {
  return p;
}

const knownCache = new WeakMap<Parameter<unknown>, Map<string, ParamValue<unknown>[]>>();

/** The values known on `asOf`: a value published after the as-of date was not yet law to anyone reading then. */
function known<T>(param: Parameter<T>, asOf?: IsoDate): ParamValue<T>[] {
  let byDate = knownCache.get(param as Parameter<unknown>);
  if (!byDate) knownCache.set(param as Parameter<unknown>, (byDate = new Map()));
  const key = asOf ?? '';
  let values = byDate.get(key) as ParamValue<T>[] | undefined;
  if (!values) {
    values = param.values.filter((v) => !asOf || (v.published ?? v.from) <= asOf);
    byDate.set(key, values as ParamValue<unknown>[]);
  }
  return values;
}

/** The value's last day: the day before the next value starts, or its own `until`, whichever is first. */
function endOf<T>(values: ParamValue<T>[], i: number): IsoDate | undefined {
  const next = values[i + 1];
  const beforeNext = next ? dayBefore(next.from) : undefined;
  const own = values[i]!.until;
  if (beforeNext && own) return beforeNext < own ? beforeNext : own;
  return beforeNext ?? own;
}

/**
 * The dates the rules answer for: the sourced ranges, and the carried-forward window where the parameter declares one
 * (a lookup there succeeds, marked). `sourcedRanges` gives the sourced ranges alone.
 */
export function coveredRanges<T>(param: Parameter<T>, asOf?: IsoDate): CoveredRange[] {
  const ranges = sourcedRanges(param, asOf);
  const w = carryForwardWindow(param, asOf);
  if (!w) return ranges;
  const last = ranges[ranges.length - 1];
  if (last && last.to && dayAfterIs(last.to, w.from)) last.to = w.to;
  else ranges.push({ from: w.from, to: w.to });
  return ranges;
}

/** The ranges of sourced values only (no carried-forward window). */
export function sourcedRanges<T>(param: Parameter<T>, asOf?: IsoDate): CoveredRange[] {
  const values = known(param, asOf);
  const ranges: CoveredRange[] = [];
  values.forEach((v, i) => {
    if (v.value === null) return;
    const to = endOf(values, i);
    const last = ranges[ranges.length - 1];
    if (last && last.to && dayAfterIs(last.to, v.from)) {
      if (to) last.to = to;
      else delete last.to;
    } else {
      ranges.push(to ? { from: v.from, to } : { from: v.from });
    }
  });
  return ranges;
}

function dayAfterIs(a: IsoDate, b: IsoDate): boolean {
  return dayBefore(b) === a;
}

/** The first and last day of the period of the given kind that contains `date`. */
export function periodOf(period: CarryPeriod, date: IsoDate): { from: IsoDate; to: IsoDate } {
  const y = Number(date.slice(0, 4));
  if (period === 'calendar-year') return { from: `${y}-01-01`, to: `${y}-12-31` };
  // 'medical-year' (职工医保 since 2020) and 'july-june': 1 July to 30 June.
  const start = Number(date.slice(5, 7)) >= 7 ? y : y - 1;
  return { from: `${start}-07-01`, to: `${start + 1}-06-30` };
}

function dayAfter(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Where the last sourced value of a carry-forward parameter is carried: the one period after its own end. */
export interface CarryWindow<T> extends CarriedForward {
  entry: ParamValue<T>;
  value: T;
}

const windowCache = new WeakMap<Parameter<unknown>, Map<string, CarryWindow<unknown> | null>>();

/** The carried-forward window of a parameter under the rules known on `asOf`, or undefined (none declared, or the last value is open-ended). */
export function carryForwardWindow<T>(param: Parameter<T>, asOf?: IsoDate): CarryWindow<T> | undefined {
  if (!param.carryForward) return undefined;
  let byDate = windowCache.get(param as Parameter<unknown>);
  if (!byDate) windowCache.set(param as Parameter<unknown>, (byDate = new Map()));
  const key = asOf ?? '';
  if (byDate.has(key)) return (byDate.get(key) ?? undefined) as CarryWindow<T> | undefined;
  const values = known(param, asOf);
  let i = values.length - 1;
  while (i >= 0 && values[i]!.value === null) i--;
  const entry = values[i];
  const sourcedTo = i >= 0 ? endOf(values, i) : undefined;
  let w: CarryWindow<T> | null = null;
  if (entry && entry.value !== null && sourcedTo) {
    const next = periodOf(param.carryForward.period, dayAfter(sourcedTo));
    // Only a whole further period: a value that ends mid-period carries into the rest of that period and no more.
    w = { entry, value: entry.value, period: param.carryForward.period, from: dayAfter(sourcedTo), to: next.to, sourcedTo };
  }
  byDate.set(key, w as CarryWindow<unknown> | null);
  return w ?? undefined;
}

/** The value in force on `date` under the rules known on `asOf`, or undefined where the rules do not cover it. */
function find<T>(param: Parameter<T>, date: IsoDate, asOf?: IsoDate): Lookup<T> | undefined {
  const values = known(param, asOf);
  let i = -1;
  for (let k = 0; k < values.length; k++) if (values[k]!.from <= date) i = k;
  const entry = values[i];
  const to = i >= 0 ? endOf(values, i) : undefined;
  if (!entry || entry.value === null || (to !== undefined && date > to)) {
    const w = carryForwardWindow(param, asOf);
    if (w && date >= w.from && date <= w.to) {
      return { value: w.value, entry: w.entry, to: w.to, carriedForward: { period: w.period, from: w.from, to: w.to, sourcedTo: w.sourcedTo } };
    }
    return undefined;
  }
  return to ? { value: entry.value, entry, to } : { value: entry.value, entry };
}

/** The value in force on `date`, under the rules known on `asOf`. Throws NotCoveredError. */
export function valueAt<T>(param: Parameter<T>, date: IsoDate, asOf?: IsoDate): Lookup<T> {
  const found = find(param, date, asOf);
  if (!found) throw new NotCoveredError(param.id, date, coveredRanges(param, asOf));
  return found;
}

/** Like valueAt, but answers undefined instead of throwing (and costs no exception). */
export function tryValueAt<T>(param: Parameter<T>, date: IsoDate, asOf?: IsoDate): Lookup<T> | undefined {
  return find(param, date, asOf);
}
