import type Decimal from 'decimal.js';
import type { IsoDate, IsoMonth } from './dates';
import type { FieldError, FieldErrorCode, Parsed } from './errors';
import { D, dec } from './money';
import { getPath, GROUPED_RE, isBlank, MAX_TEXT, normalizeText, NUMBER_RE, overLong, parseBooleanText, parseDateText, parseMonthText } from './text';

export * from './text';

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
