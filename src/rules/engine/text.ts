/**
 * Reading what a person types, without decimal.js: dates, months, yes/no, paths and plain copies of an input. The form
 * needs these before the rules arrive (the portal embed shows its form before it loads the engine, issue 17);
 * parse.ts adds the decimals and the InputReader and re-exports all of this.
 */
import { isIsoDate, isIsoMonth, type IsoDate, type IsoMonth } from './dates';
import type { FieldErrorCode } from './errors';

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
export const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
export const GROUPED_RE = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
export const MAX_TEXT = 40;
/** The most characters a form field takes (its `maxlength`) and a share link's value may have. */
export const MAX_INPUT_LENGTH = 64;
/** Raw text longer than this is refused before it is normalised (a 1 MB string costs nothing). */
const MAX_RAW = 200;
export const overLong = (raw: string) => raw.length > MAX_RAW;

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

export function isBlank(raw: unknown): boolean {
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

