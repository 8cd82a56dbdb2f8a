import type Decimal from 'decimal.js';
import { isIsoDate, isIsoMonth, type IsoDate, type IsoMonth } from './dates';
import type { FieldError, FieldErrorCode, Parsed } from './errors';
import { D, dec } from './money';

/** Turns what a person types into plain ASCII: full-width digits and signs, ideographic spaces, 元/¥ marks. */
export function normalizeText(raw: string): string {
  // Text with none of the characters below (most cells of a batch) comes out as it went in: no four passes over it.
  if (!NEEDS_NORMALIZING.test(raw)) return raw;
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\s]+/g, ' ')
    .replace(/[。]/g, '.')
    .replace(/[、]/g, ',')
    .trim();
}

/** What normalizeText changes: full-width ASCII, spaces of any kind (\s is also exactly what trim() removes), 。 and 、. */
const NEEDS_NORMALIZING = /[\uFF01-\uFF5E\u3000\s。、]/;
const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_RE = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const MAX_TEXT = 40;
/** The most characters a form field takes (its `maxlength`) and a share link's value may have. */
export const MAX_INPUT_LENGTH = 64;
/** Raw text longer than this is refused before it is normalised (a 1 MB string costs nothing). */
const MAX_RAW = 200;
const overLong = (raw: string) => raw.length > MAX_RAW;

/** A decimal from a person's text ("1,234.5", "１２３", "2305元") or a JSON number; an error code when it is none. */
export function parseDecimalText(raw: unknown): Decimal | FieldErrorCode {
  if (raw === undefined || raw === null) return 'required';
  if (typeof raw === 'number') return Number.isFinite(raw) ? dec(String(raw)) : 'not-a-number';
  if (typeof raw !== 'string') return 'not-a-number';
  if (overLong(raw)) return 'too-long';
  let s = normalizeText(raw).replace(/^[¥￥]\s*/, '').replace(/\s*(元|yuan|CNY)$/i, '');
  if (s === '') return 'required';
  if (s.length > MAX_TEXT) return 'too-long';
  if (GROUPED_RE.test(s)) s = s.replace(/,/g, '');
  if (!NUMBER_RE.test(s)) return 'not-a-number';
  return dec(s);
}

function pad2(n: string): string {
  return n.padStart(2, '0');
}

/** YYYY-MM-DD from "2025-09-15", "2025/9/15", "2025.9.15", "2025年9月15日", with any digits. */
export function parseDateText(raw: unknown): IsoDate | FieldErrorCode {
  if (raw === undefined || raw === null) return 'required';
  if (typeof raw !== 'string') return 'invalid-date';
  if (overLong(raw)) return 'too-long';
  const s = normalizeText(raw);
  if (s === '') return 'required';
  if (s.length > MAX_TEXT) return 'too-long';
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return 'invalid-date';
  const iso = `${m[1]}-${pad2(m[2]!)}-${pad2(m[3]!)}`;
  return isIsoDate(iso) ? iso : 'invalid-date';
}

/** YYYY-MM from "2025-09", "2025/9", "2025年9月". */
export function parseMonthText(raw: unknown): IsoMonth | FieldErrorCode {
  if (raw === undefined || raw === null) return 'required';
  if (typeof raw !== 'string') return 'invalid-month';
  if (overLong(raw)) return 'too-long';
  const s = normalizeText(raw);
  if (s === '') return 'required';
  if (s.length > MAX_TEXT) return 'too-long';
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s);
  if (!m) return 'invalid-month';
  const iso = `${m[1]}-${pad2(m[2]!)}`;
  return isIsoMonth(iso) ? iso : 'invalid-month';
}

// "是/否", "Y/N", and the ticks and crosses of a paper form.
const TRUE = new Set(['true', 'yes', 'y', '1', '是', '是的', '√', '✓', '✔']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '不是', '×', '✗', '✘']);

export function parseBooleanText(raw: unknown): boolean | FieldErrorCode {
  if (raw === undefined || raw === null || raw === '') return 'required';
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return raw === 1 ? true : raw === 0 ? false : 'invalid-boolean';
  if (typeof raw !== 'string' || overLong(raw)) return 'invalid-boolean';
  const s = normalizeText(raw).toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return 'invalid-boolean';
}

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && !overLong(raw) && normalizeText(raw) === '');
}

/**
 * Reads `a.b.c` from a plain object: own properties only, so a path never reaches a prototype's member (`toString`,
 * `constructor`), and an array on the way is no object of fields.
 */
export function getPath(raw: unknown, path: string): unknown {
  let cur: unknown = raw;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Keys no input field can have: those of Object.prototype, which a copy must not shadow (String(x) must still work). */
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype).concat('toJSON'));
/** Deeper than any calculator's input (bill.total is two levels); more is cut off rather than walked. */
const MAX_DEPTH = 8;
/** More keys or items in one object than any input has; the rest is dropped. */
const MAX_KEYS = 200;

/**
 * A copy of a raw input made only of what JSON can hold (plain objects, arrays, strings, finite or not numbers,
 * booleans, null), with ordinary prototypes: keys named like Object.prototype's members (`toString`, `valueOf`, …),
 * functions, symbols, getters, class instances and anything deeper than MAX_DEPTH are left out. Whatever a caller
 * sends, a schema can then read and stringify every value without an exception.
 */
export function plainInput(raw: unknown, depth = 0): unknown {
  if (raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw !== 'object' || depth >= MAX_DEPTH) return undefined;
  try {
    if (Array.isArray(raw)) return raw.slice(0, MAX_KEYS).map((v) => plainInput(v, depth + 1) ?? null);
    const proto: unknown = Object.getPrototypeOf(raw);
    if (proto !== Object.prototype && proto !== null) return undefined;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(raw).slice(0, MAX_KEYS)) {
      if (PROTOTYPE_KEYS.has(key)) continue;
      const d = Object.getOwnPropertyDescriptor(raw, key);
      if (!d || !('value' in d)) continue;
      const v = plainInput(d.value, depth + 1);
      if (v !== undefined) out[key] = v;
    }
    return out;
  } catch {
    // A proxy that throws on every look: nothing readable in it.
    return undefined;
  }
}

export interface DecimalRule {
  min?: Decimal.Value;
  max?: Decimal.Value;
  /** Most decimal places accepted (money: 2). */
  places?: number;
  integer?: boolean;
}

export interface DateRule {
  min?: IsoDate;
  max?: IsoDate;
}

export interface MonthRule {
  min?: IsoMonth;
  max?: IsoMonth;
}

/**
 * Reads one calculator's raw input field by field and collects every problem, so the form can show all of them
 * at once. Each reader returns a placeholder on error; `done()` then refuses to build the input.
 */
export class InputReader {
  readonly errors: FieldError[] = [];
  constructor(private readonly raw: unknown) {}

  private fail(field: string, code: FieldErrorCode, params?: Record<string, string>): void {
    this.errors.push(params ? { field, code, params } : { field, code });
  }

  has(field: string): boolean {
    return !isBlank(getPath(this.raw, field));
  }

  decimal(field: string, rule: DecimalRule = {}): Decimal {
    const v = parseDecimalText(getPath(this.raw, field));
    if (typeof v === 'string') {
      this.fail(field, v);
      return new D(0);
    }
    return this.checkDecimal(field, v, rule);
  }

  optionalDecimal(field: string, rule: DecimalRule = {}): Decimal | undefined {
    return this.has(field) ? this.decimal(field, rule) : undefined;
  }

  private checkDecimal(field: string, v: Decimal, rule: DecimalRule): Decimal {
    if (rule.integer && !v.isInteger()) {
      this.fail(field, 'not-an-integer');
    } else if (rule.places !== undefined && v.decimalPlaces() > rule.places) {
      this.fail(field, 'too-many-decimals', { places: String(rule.places) });
    } else if ((rule.min !== undefined && v.lessThan(rule.min)) || (rule.max !== undefined && v.greaterThan(rule.max))) {
      this.fail(field, 'out-of-range', { min: String(rule.min ?? ''), max: String(rule.max ?? '') });
    }
    return v;
  }

  integer(field: string, rule: Omit<DecimalRule, 'integer' | 'places'> = {}): number {
    return this.decimal(field, { ...rule, integer: true }).toNumber();
  }

  optionalInteger(field: string, rule: Omit<DecimalRule, 'integer' | 'places'> = {}): number | undefined {
    return this.has(field) ? this.integer(field, rule) : undefined;
  }

  date(field: string, rule: DateRule = {}): IsoDate {
    const v = parseDateText(getPath(this.raw, field));
    if (v === 'required' || v === 'invalid-date' || v === 'too-long') {
      this.fail(field, v);
      return '1970-01-01';
    }
    if ((rule.min && v < rule.min) || (rule.max && v > rule.max)) {
      this.fail(field, 'out-of-range', { min: rule.min ?? '', max: rule.max ?? '' });
    }
    return v;
  }

  /** A date, or a month alone ("2026-11", "2026年11月") read as its first day, where the rules need no more than the month. */
  dateOrMonth(field: string, rule: DateRule = {}): IsoDate {
    const raw = getPath(this.raw, field);
    const month = parseDateText(raw) === 'invalid-date' ? parseMonthText(raw) : undefined;
    if (month === undefined || !/^\d{4}-\d{2}$/.test(month)) return this.date(field, rule);
    const v = `${month}-01`;
    if ((rule.min && v < rule.min) || (rule.max && v > rule.max)) this.fail(field, 'out-of-range', { min: rule.min ?? '', max: rule.max ?? '' });
    return v;
  }

  optionalDate(field: string, rule: DateRule = {}): IsoDate | undefined {
    return this.has(field) ? this.date(field, rule) : undefined;
  }

  month(field: string, rule: MonthRule = {}): IsoMonth {
    const v = parseMonthText(getPath(this.raw, field));
    if (v === 'required' || v === 'invalid-month' || v === 'too-long') {
      this.fail(field, v);
      return '1970-01';
    }
    if ((rule.min && v < rule.min) || (rule.max && v > rule.max)) {
      this.fail(field, 'out-of-range', { min: rule.min ?? '', max: rule.max ?? '' });
    }
    return v;
  }

  optionalMonth(field: string, rule: MonthRule = {}): IsoMonth | undefined {
    return this.has(field) ? this.month(field, rule) : undefined;
  }

  boolean(field: string): boolean {
    const v = parseBooleanText(getPath(this.raw, field));
    if (typeof v === 'string') {
      this.fail(field, v);
      return false;
    }
    return v;
  }

  optionalBoolean(field: string): boolean | undefined {
    return this.has(field) ? this.boolean(field) : undefined;
  }

  /**
   * Free text (machine input such as a medical-year label), normalised; at most `maxLength` characters (else
   * 'too-long'), a string or a number only (else `invalid`).
   */
  text(field: string, options: { maxLength?: number; invalid?: FieldErrorCode } = {}): string {
    const raw = getPath(this.raw, field);
    if (isBlank(raw)) {
      this.fail(field, 'required');
      return '';
    }
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      this.fail(field, options.invalid ?? 'invalid-choice');
      return '';
    }
    const max = options.maxLength ?? MAX_TEXT;
    // Cut before normalising: a megabyte of text costs no more than `max` characters of it.
    const s = String(raw);
    if (s.length > max * 4 || overLong(s)) {
      this.fail(field, 'too-long');
      return '';
    }
    const text = normalizeText(s);
    if (text.length > max) {
      this.fail(field, 'too-long');
      return '';
    }
    return text;
  }

  optionalText(field: string, options: { maxLength?: number; invalid?: FieldErrorCode } = {}): string | undefined {
    return this.has(field) ? this.text(field, options) : undefined;
  }

  choice<T extends string>(field: string, options: readonly T[]): T {
    const raw = getPath(this.raw, field);
    if (isBlank(raw)) {
      this.fail(field, 'required');
      return options[0]!;
    }
    const s = (typeof raw === 'string' && !overLong(raw)) || typeof raw === 'number' ? normalizeText(String(raw)) : '';
    if (!(options as readonly string[]).includes(s)) {
      this.fail(field, 'invalid-choice', { options: options.join(', ') });
      return options[0]!;
    }
    return s as T;
  }

  optionalChoice<T extends string>(field: string, options: readonly T[]): T | undefined {
    return this.has(field) ? this.choice(field, options) : undefined;
  }

  /** A problem that involves more than one field, reported at `field`. */
  problem(field: string, code: FieldErrorCode, params?: Record<string, string>): void {
    this.fail(field, code, params);
  }

  done<T>(value: T): Parsed<T> {
    return this.errors.length ? { ok: false, errors: this.errors } : { ok: true, value };
  }
}
