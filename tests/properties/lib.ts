/**
 * Shared pieces of the property suite (tests/properties/registry.test.ts): the shape of a calculator's generators,
 * invariants, and helpers that turn a value into the many ways a person types it.
 *
 * Each calculator in src/rules/registry.ts has its generators in tests/properties/arbitraries/<id>.ts, whose default
 * export is a `CalculatorArbitraries`. Those files also feed `npm run bench` (scripts/bench.ts, outside Vitest): use
 * node:assert in invariants, not Vitest's expect.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AnyCalculator, IsoDate, IsoMonth, RunResult } from '../../src/rules/engine';
import { dec, monthFromIndex, monthIndex, run } from '../../src/rules/engine';

/** A raw input as the form, a JSON caller or the command line gives it. */
export type Raw = Record<string, unknown>;

/** The "rules as of" date the suite runs with unless a calculator's file says otherwise (fixed, so runs repeat). */
export const AS_OF: IsoDate = '2026-11-28';

export interface Context {
  calc: AnyCalculator;
  /** The calculator's as-of date for this suite. */
  asOf: IsoDate;
  /** `run()` through the registry's calculator. */
  estimate(raw: Raw, asOf?: IsoDate): RunResult;
}

/** Run settings the suite passes to every invariant. */
export interface RunSettings {
  /** Multiplies every invariant's `runs` (PROPERTY_SCALE). */
  scale: number;
  seed?: number;
}

/** A rule the calculator must keep for every generated input. Build one with `invariant()`. */
export interface Invariant {
  name: string;
  /** Generated cases per run of the suite (before PROPERTY_SCALE). */
  runs: number;
  /** Calculator runs per case (a pair comparison runs it twice), for the per-calculator count of inputs. */
  inputsPerRun: number;
  check(ctx: Context, settings: RunSettings): void;
}

export interface CalculatorArbitraries {
  /** Inputs that must parse: `run()` answers ok, with no exception, NaN, Infinity or bad money. */
  valid: fc.Arbitrary<Raw>;
  /** Inputs that must be refused with field errors (never an exception). */
  invalid: fc.Arbitrary<Raw>;
  invariants?: readonly Invariant[];
  /** The as-of date for `valid` and `invalid` (default AS_OF). */
  asOf?: IsoDate;
  /**
   * Keys of the result whose decimal strings are not money (a ratio such as "0.035", a signed difference): the money
   * check (at most two decimals, not negative) skips strings under these keys. NaN/Infinity are still refused.
   */
  notMoney?: readonly string[];
  /**
   * Input paths that are no form field (machine input, e.g. a figure carried from an earlier result) on which errors may
   * still be reported. Errors on any other path than the calculator's `fields` fail the suite.
   */
  machineFields?: readonly string[];
}

/**
 * An invariant over generated values. `predicate` returns false or throws (e.g. with `expect`) when the rule is broken;
 * fast-check then shrinks the case and reports it with its seed.
 */
export function invariant<T>(
  name: string,
  arb: fc.Arbitrary<T>,
  predicate: (value: T, ctx: Context) => boolean | void,
  options: { runs?: number; inputsPerRun?: number } = {},
): Invariant {
  const runs = options.runs ?? 500;
  return {
    name,
    runs,
    inputsPerRun: options.inputsPerRun ?? 1,
    check(ctx, settings) {
      fc.assert(
        fc.property(arb, (v) => predicate(v, ctx)),
        { numRuns: Math.max(1, Math.round(runs * settings.scale)), ...(settings.seed !== undefined ? { seed: settings.seed } : {}) },
      );
    },
  };
}

export function contextFor(calc: AnyCalculator, asOf: IsoDate): Context {
  return { calc, asOf, estimate: (raw, at = asOf) => run(calc, raw, at) };
}

// ---------------------------------------------------------------- dates and months

const DAY_MS = 86_400_000;
const dayNumber = (iso: IsoDate): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const fromDayNumber = (n: number): IsoDate => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Any calendar day in [min, max] as YYYY-MM-DD. */
export function isoDate(min: IsoDate, max: IsoDate): fc.Arbitrary<IsoDate> {
  return fc.integer({ min: dayNumber(min), max: dayNumber(max) }).map(fromDayNumber);
}

/** Any month in [min, max] as YYYY-MM. */
export function isoMonth(min: IsoMonth, max: IsoMonth): fc.Arbitrary<IsoMonth> {
  return fc.integer({ min: monthIndex(min), max: monthIndex(max) }).map(monthFromIndex);
}

/** The day `n` days after an ISO date. */
export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(iso) + n);
}

const FULL_WIDTH: Record<string, string> = { '-': '－', '.': '．', '/': '／', ',': '，', ' ': '\u3000' };

/** ASCII digits (and - . / , space) as a Chinese keyboard in full-width mode types them. */
export function fullWidth(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/[-./, ]/g, (c) => FULL_WIDTH[c] ?? c);
}

/** Only the digits full-width (the usual mix when an IME is on). */
export function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

/** The ways a person writes a date: 2025-09-15, 2025/9/15, 2025.9.15, 2025年9月15日, full-width, padded with spaces. */
export function dateText(iso: IsoDate): fc.Arbitrary<string> {
  const [y, m, d] = [iso.slice(0, 4), String(Number(iso.slice(5, 7))), String(Number(iso.slice(8, 10)))];
  return fc.constantFrom(
    iso,
    iso,
    `${y}/${m}/${d}`,
    `${y}.${m}.${d}`,
    `${y}年${m}月${d}日`,
    `${y}年${m}月${d}`,
    fullWidth(iso),
    fullWidthDigits(`${y}年${m}月${d}日`),
    ` ${iso}\u3000`,
  );
}

/** The ways a person writes a month: 2025-09, 2025/9, 2025年9月, full-width. */
export function monthText(month: IsoMonth): fc.Arbitrary<string> {
  const [y, m] = [month.slice(0, 4), String(Number(month.slice(5, 7)))];
  return fc.constantFrom(month, month, `${y}/${m}`, `${y}.${m}`, `${y}年${m}月`, `${y}年${m}`, fullWidth(month), fullWidthDigits(`${y}年${m}月`));
}

// ---------------------------------------------------------------- numbers

/** A non-negative amount in hundredths as a two-place decimal string ("1234.50"). */
export function fromHundredths(n: number): string {
  return `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
}

/**
 * The ways a person or a JSON caller gives a decimal with at most two places: "3.5", "3.50", "3", a JSON number,
 * full-width digits, "3.5元", "¥3.5", grouped thousands when `grouped`.
 */
export function decimalText(value: string, options: { money?: boolean } = {}): fc.Arbitrary<string | number> {
  const trimmed = value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
  const [int = '0', frac] = trimmed.split('.');
  const grouped = `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
  const forms: (string | number)[] = [trimmed, value, Number(trimmed), fullWidthDigits(trimmed), fullWidth(trimmed), ` ${trimmed} `];
  if (options.money) forms.push(`${trimmed}元`, `¥${trimmed}`, `￥${trimmed}`, grouped, fullWidth(grouped));
  return fc.constantFrom(...forms);
}

/** An integer as a JSON number, a string or full-width digits. */
export function integerText(n: number): fc.Arbitrary<string | number> {
  return fc.constantFrom(n, String(n), fullWidthDigits(String(n)));
}

/** The ways a yes/no answer arrives: a JSON boolean, the form's "true"/"false", 是/否, yes/no, 1/0. */
export function booleanText(b: boolean): fc.Arbitrary<boolean | string | number> {
  return b ? fc.constantFrom(true, true, 'true', '是', 'yes', 'Y', 1, '1', '１') : fc.constantFrom(false, false, 'false', '否', 'no', 'N', 0, '0', '０');
}

// ---------------------------------------------------------------- bad values

/** Text that is no date at all, or no date of the calendar. */
export const notADate: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('abc', '2025-02-30', '2025-13-01', '2025-00-10', '20250915', '2025-9', '九月', '2025年', 'null', '2025-09-15T00:00', 20250915, true, '1'.repeat(41)),
  fc.constant({}),
  fc.constant([]),
);

/** Text that is no number: letters, two points, an exponent, NaN/Infinity as JSON numbers, objects. */
export const notANumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('abc', '1.2.3', '1e3', '--1', '1,2,3', '三', 'NaN', 'Infinity', '1 2', Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, true, '9'.repeat(41)),
  fc.constant({}),
  fc.constant([1]),
);

/** An answer that is neither yes nor no. */
export const notABoolean: fc.Arbitrary<unknown> = fc.constantFrom('maybe', '2', 2, -1, 'yes!', '对', {}, [], 'truee');

/** A blank answer: absent, null or empty. */
export const blank: fc.Arbitrary<unknown> = fc.constantFrom(undefined, null, '', '  ', '\u3000');

/** Sets `a.b.c` in a plain object, creating the objects on the way; `undefined` deletes the key. */
export function setPath(raw: Raw, path: string, value: unknown): Raw {
  const parts = path.split('.');
  let cur: Record<string, unknown> = raw;
  for (const part of parts.slice(0, -1)) {
    const next = cur[part];
    if (next === null || typeof next !== 'object') cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1]!;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return raw;
}

/** A copy of `raw` with full-width digits in every string (keys kept). */
export function withFullWidthDigits<T>(raw: T): T {
  if (typeof raw === 'string') return fullWidthDigits(raw) as T;
  if (Array.isArray(raw)) return raw.map(withFullWidthDigits) as T;
  if (raw !== null && typeof raw === 'object') {
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, withFullWidthDigits(v)])) as T;
  }
  return raw;
}

// ---------------------------------------------------------------- spoilt inputs

/** One way to spoil a valid input, and the field whose error must then be reported. */
export interface Corruption {
  /** Corruptions that share a slot never combine (they touch the same fields, or one would hide the other's error). */
  slots: readonly string[];
  field: string;
  apply(raw: Raw): Raw;
}

/** `field` set to a value of `values`. */
export function corrupt(field: string, values: fc.Arbitrary<unknown>, slots: readonly string[] = [field]): fc.Arbitrary<Corruption> {
  return values.map((v) => ({ slots, field, apply: (raw: Raw) => setPath(raw, field, v) }));
}

/** A valid input spoilt by one to `max` corruptions that do not share a slot, with the fields that must be named. */
export function spoil(base: fc.Arbitrary<Raw>, corruption: fc.Arbitrary<Corruption>, max = 3): fc.Arbitrary<{ raw: Raw; fields: string[] }> {
  return fc.tuple(base, fc.array(corruption, { minLength: 1, maxLength: max })).map(([raw, all]) => {
    const cs = all.filter((c, i) => !all.slice(0, i).some((d) => d.slots.some((s) => c.slots.includes(s))));
    return { raw: cs.reduce((r, c) => c.apply(r), structuredClone(raw)), fields: cs.map((c) => c.field) };
  });
}

/** The invariant that each spoilt field is named among the errors (the form shows the error at that field). */
export function reportedOnItsField(spoilt: fc.Arbitrary<{ raw: Raw; fields: string[] }>, runs = 800): Invariant {
  return invariant(
    'each spoilt field is reported on that field',
    spoilt,
    ({ raw, fields }, { estimate }) => {
      const out = estimate(raw);
      if (out.ok) throw new Error('spoilt input accepted');
      const named = new Set(out.errors.map((e) => e.field));
      for (const f of fields) assert.ok(named.has(f), `${f} not among the fields with errors: ${[...named].join(', ')}`);
    },
    { runs },
  );
}

/** The outcome of an input the property expects to be accepted; a refusal fails the property with its errors. */
export function accepted<R>(out: RunResult): Extract<RunResult<R>, { ok: true }> {
  if (!out.ok) throw new Error(`refused: ${JSON.stringify(out.errors)}`);
  return out as Extract<RunResult<R>, { ok: true }>;
}

/** A money string as whole fen, exactly (decimal arithmetic, never a float); null or absent is 0. */
export function fenOf(s: string | null | undefined): number {
  return s === null || s === undefined ? 0 : dec(s).times(100).toNumber();
}

/** The invariant every calculator shares: an input spoilt in some fields is refused, with an error on each of them. */
export function spoiltFieldsReported(spoilt: fc.Arbitrary<{ raw: Raw; fields: string[] }>, options: { runs?: number } = {}): Invariant {
  return invariant(
    'each spoilt field is reported on that field',
    spoilt,
    ({ raw, fields }, { estimate }) => {
      const out = estimate(raw);
      if (out.ok) throw new Error('spoilt input accepted');
      const named = new Set(out.errors.map((e) => e.field));
      for (const f of fields) assert.ok(named.has(f), `${f} not among ${[...named].join(', ')}`);
    },
    options,
  );
}

// ---------------------------------------------------------------- hostile shapes

/** An object whose `toString`/`valueOf` are no functions: String(x), `${x}` and x + '' throw on it. */
const oddObject: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>({ toString: 1 }, { valueOf: 1, toString: {} }, { toString: null, valueOf: null }, { toString: 'x' }, { constructor: 1 }, { toJSON: 1 }),
  fc.record({ toString: fc.anything({ maxDepth: 1 }), valueOf: fc.anything({ maxDepth: 1 }) }),
  fc.constant(null).map(() => Object.create(null) as unknown),
);

/** A megabyte of text: digits, a date-like run or letters (a field must refuse it at once, not scan it for long). */
const megabyte: fc.Arbitrary<string> = fc.constantFrom('9', '2025-09-15', 'a', '是', ' ').map((s) => s.repeat(Math.ceil(1_048_576 / s.length)));

/**
 * Shapes no form sends but a JSON caller can: objects with odd `toString`/`valueOf`, null-prototype objects, arrays
 * (of those too), array-likes, 1 MB strings, NaN/-0/huge numbers. Any of them in any field must give field errors
 * (or, where the shape happens to be acceptable, an answer), never an exception.
 */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  oddObject,
  fc.array(oddObject, { maxLength: 2 }),
  fc.constantFrom<unknown>([], [[]], ['2025-09-15'], [1], { length: 1, 0: 'x' }, Number.NaN, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, '\u0000', '\uD800'),
  megabyte,
);

/**
 * Every path a hostile value can go to in a calculator's input: its fields, its date field, its machine fields, the
 * objects that hold dotted fields ("bill" for "bill.total"), and every path of its example. A calculator added later
 * is covered by the same list.
 */
export function inputPaths(calc: AnyCalculator, machineFields: readonly string[] = []): string[] {
  const paths = new Set<string>([...calc.fields.map((f) => f.name), calc.dateField, ...machineFields]);
  const walk = (v: unknown, prefix: string) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, prefix ? `${prefix}.${k}` : k);
    else if (prefix) paths.add(prefix);
  };
  walk(calc.example, '');
  for (const p of [...paths]) {
    const parts = p.split('.');
    for (let i = 1; i < parts.length; i++) paths.add(parts.slice(0, i).join('.'));
  }
  return [...paths].sort();
}
