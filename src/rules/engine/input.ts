import type { FieldSpec } from './calculator';
import { D } from './money';

/**
 * The short forms people write, as a calculator's field specs declare them (FieldSpec.aliases, FieldSpec.duration),
 * turned into the values the schema reads, before it reads them: "男职工" → "male", "女50" → "female-50", "6年" → "6",
 * "3年6个月" → "3.5". Every door (form, share link, CSV, command line) goes through `run()`, which does this, so all of
 * them accept the same words. Anything else is left as it is, for the schema to accept or refuse at the field.
 */

/** A word as it is matched: full-width forms folded, case ignored, every space dropped ("女 50" = "女50"). */
export function aliasKey(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000]+/g, '').toLowerCase();
}

/** Longer text is no short form (and is not normalised at all, so a long cell costs nothing). */
const MAX_ALIAS = 40;

const maps = new WeakMap<FieldSpec, Map<string, string>>();

/** A field's alias words → the value they stand for (an option code, or "true" / "false" for a yes/no field). */
function aliasMap(f: FieldSpec): Map<string, string> {
  let m = maps.get(f);
  if (!m) {
    m = new Map();
    for (const [value, words] of Object.entries(f.aliases ?? {})) for (const w of words) if (!m.has(aliasKey(w))) m.set(aliasKey(w), value);
    maps.set(f, m);
  }
  return m;
}

/** Chinese numerals a person may write for a small count ("三年六个月"). */
const NUMERALS: Record<string, string> = { 零: '0', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10', 十一: '11' };
const count = (s: string) => NUMERALS[s] ?? s;
const NUM = '(\\d+(?:\\.\\d+)?|十一|[零一二两三四五六七八九十])';
const YEARS_MONTHS = new RegExp(`^${NUM}(?:年|周年)(?:零?${NUM}个?月)?整?$`);
const MONTHS_ONLY = new RegExp(`^${NUM}个?月$`);
const AGE = /^(\d+)(?:周岁|岁)$/;

/**
 * "6年" / "3年6个月" / "6个月" as a count in the field's unit. Years: months as twelfths, kept to 2 decimals and
 * rounded down ("3年5个月" → 3.41), so a count never reaches a full year it has not (the rules count full years);
 * months: years × 12 + months. undefined where the text is no such count.
 */
export function durationValue(text: string, unit: NonNullable<FieldSpec['duration']>): string | undefined {
  const s = aliasKey(text);
  if (unit === 'age') return AGE.exec(s)?.[1];
  const ym = YEARS_MONTHS.exec(s);
  const mo = ym ? undefined : MONTHS_ONLY.exec(s);
  if (!ym && !mo) return undefined;
  const years = new D(ym ? count(ym[1]!) : 0);
  const months = new D(ym ? count(ym[2] ?? '0') : count(mo![1]!));
  if (!months.isInteger() || (ym && months.greaterThanOrEqualTo(12))) return undefined;
  if (unit === 'months') return years.isInteger() ? years.times(12).plus(months).toString() : undefined;
  return years.plus(months.div(12)).toDecimalPlaces(2, D.ROUND_DOWN).toString();
}

function setPath(obj: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const copy = { ...obj };
  if (rest.length === 0) copy[head!] = value;
  else {
    const inner = copy[head!];
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) copy[head!] = setPath(inner as Record<string, unknown>, rest.join('.'), value);
  }
  return copy;
}

function getOwn(raw: unknown, path: string): unknown {
  let cur: unknown = raw;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * The raw input with each field's short form replaced by what it stands for (see above); a new object, the input is
 * not changed. Expects a plain input (`plainInput`); anything that is not a plain object is returned as it is.
 */
export function withAliases(fields: readonly FieldSpec[], raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let out = raw as Record<string, unknown>;
  for (const f of fields) {
    if (!f.aliases && !f.duration) continue;
    const v = getOwn(out, f.name);
    if (typeof v !== 'string' || v.length > MAX_ALIAS) continue;
    const key = aliasKey(v);
    if (key === '') continue;
    const value = aliasMap(f).get(key) ?? (f.duration ? durationValue(v, f.duration) : undefined);
    if (value !== undefined) out = setPath(out, f.name, value);
  }
  return out;
}
