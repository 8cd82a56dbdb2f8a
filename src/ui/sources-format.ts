import Decimal from 'decimal.js';
import type { AnyCalculator, Parameter } from '../rules/engine';

type T = (key: string, params?: Record<string, unknown>) => string;
type Exists = (key: string) => boolean;

/** One line of a parameter's value as the notices write it: a tier, a category or an item, and its figure. */
export interface ValueRow {
  label?: string;
  value: string;
}

const isSource = (v: unknown): boolean => !!v && typeof v === 'object' && 'doc' in v && 'confidence' in v;
const pct = (r: string | number): string => `${new Decimal(r).times(100).toString()}%`;

/**
 * A parameter's value in words and rows: amounts with units, tiers and categories as rows, never a dump of field names.
 * Known shapes are worded as their notices word them; other tables fall back to rows of key words and figures.
 */
export function valueRows(t: T, exists: Exists, calc: AnyCalculator, param: Parameter<unknown>, value: unknown): ValueRow[] {
  const f = (key: string, p?: Record<string, unknown>) => t(`sources:fmt.${key}`, p);
  const unit = exists(`common:units.${param.unit}`) ? t(`common:units.${param.unit}`) : '';
  const money = (v: string | number | null | undefined, u = unit) => (v === null || v === undefined ? f('none') : `${v} ${u}`.trim());
  const v = value as Record<string, unknown>;
  const catWord = (k: string) => optionWord(t, exists, calc, k) ?? k;

  switch (param.id) {
    case 'unemployment.standard': {
      const phases = (r: Record<string, string | null>) =>
        f('unemploymentPhases', { a: money(r['months1to12']), b: money(r['months13to24']), c: money(r['extended']) });
      if (v['kind'] === 'flat') return [{ value: phases(v as Record<string, string>) }];
      return (v['rows'] as Record<string, number | string | null>[]).map((r) => ({
        label: [
          r['maxYears'] !== undefined ? f('yearsBetween', { min: r['minYears'], max: r['maxYears'] }) : f('yearsFrom', { min: r['minYears'] }),
          r['maxAge'] !== undefined ? f('ageUnder', { age: r['maxAge'] }) : r['minAge'] !== undefined ? f('ageFrom', { age: r['minAge'] }) : '',
        ]
          .filter(Boolean)
          .join(f('and')),
        value: phases(r as Record<string, string | null>),
      }));
    }
    case 'unemployment.duration':
      return [{ value: f('duration', { per: v['monthsPerYear'], max: v['maxMonths'] }) }];
    case 'unemployment.extension-to-retirement':
      return [{ value: f('extension', { months: v['withinMonths'] }) }];
    case 'retirement-age.schedule':
      return Object.entries(v).map(([cat, r]) => {
        const s = r as { originalMonths: number; stepMonths: number; capMonths: number; firstBirthMonth?: string };
        const original = f('age', { years: Math.floor(s.originalMonths / 12), months: s.originalMonths % 12 });
        return {
          label: catWord(cat),
          value: s.capMonths === 0 ? f('scheduleFixed', { original }) : f('scheduleRising', { original, from: s.firstBirthMonth, step: s.stepMonths, cap: s.capMonths }),
        };
      });
    case 'retirement-age.flexible':
      return [{ value: f('flexible', { early: v['maxEarlyMonths'], late: v['maxLateMonths'] }) }];
    case 'pension-adjustment.payment-date':
      return Object.entries(v).map(([k, d]) => ({ label: f(`paidBy.${k}`), value: String(d) }));
    case 'pension-adjustment.rules':
      return adjustmentRows(f, v);
    case 'ltc.entitled-levels':
      return [{ value: f('levelsRange', { min: catWord(String(v['min'])), max: catWord(String(v['max'])) }) }];
    case 'ltc.home.continuity-bonus': {
      const lo = v['lower'] as Record<string, number | string>;
      const up = v['upper'] as Record<string, number | string>;
      const levels = (v['levels'] as number[]).map((l) => catWord(String(l))).join(t('common:rules.separator'));
      return [
        { label: f('bonusLower', { levels, from: lo['fromMonths'], to: lo['toMonths'] }), value: f('bonusValue', { hours: lo['extraHours'], cash: lo['cash'] }) },
        { label: f('bonusUpper', { levels, over: up['overMonths'] }), value: f('bonusValue', { hours: up['extraHours'], cash: up['cash'] }) },
      ];
    }
    case 'ltc.insured-resident-min-age':
    case 'ltc.claim-min-age':
      return [{ value: f('ageValue', { age: String(value) }) }];
    case 'pension.basic-rate':
      return [{ value: f('basicRate', { year: pct(v['perYear'] as string), month: pct(v['perMonth'] as string) }) }];
    case 'pension.transitional':
      return [{ value: f('transitional', { rate: pct(v['serviceRate'] as string), index: v['serviceIndex'], divisor: v['notionalDivisor'] }) }];
    case 'pension.payout-months':
      return Object.entries(v).map(([age, m]) => ({ label: f('ageYears', { age }), value: m === null ? f('none') : f('months', { months: m }) }));
    case 'pension.payout-months-by-month':
      return [{ value: f('payoutByMonth', { places: v['places'] }) }];
  }
  return generic(t, exists, calc, param, value, f, money);
}

function adjustmentRows(f: (key: string, p?: Record<string, unknown>) => string, v: Record<string, unknown>): ValueRow[] {
  const rows: ValueRow[] = [];
  const flat = v['flat'] as { amount: string };
  rows.push({ label: f('adj.flat'), value: f('adj.flatValue', { amount: flat.amount }) });
  const years = v['years'] as { perYear?: string; floor?: string | null; absent?: true };
  rows.push({ label: f('adj.years'), value: years.absent ? f('adj.absent') : years.floor ? f('adj.yearsFloor', { per: years.perYear, floor: years.floor }) : f('adj.yearsValue', { per: years.perYear }) });
  const percent = v['percent'] as { rate: string };
  rows.push({ label: f('adj.percent'), value: f('adj.percentValue', { rate: pct(percent.rate) }) });
  const age = v['age'] as { kind: string; bands?: { minAge: number; amount: string }[]; female?: number; male?: number; amount?: string };
  if (age.kind === 'bands') {
    const bands = age.bands ?? [];
    bands.forEach((b, i) => {
      const next = bands[i + 1];
      rows.push({ label: next ? f('adj.band', { from: b.minAge, to: next.minAge - 1 }) : f('adj.bandFrom', { from: b.minAge }), value: f('adj.flatValue', { amount: b.amount }) });
    });
  } else {
    rows.push({ label: f('adj.ageTilt', { female: age.female, male: age.male }), value: f('adj.flatValue', { amount: age.amount }) });
  }
  for (const x of v['extras'] as { kind: string; female?: number; male?: number; ages?: number[]; amount: string }[]) {
    const label =
      x.kind === 'reached-pension-age' ? f('adj.reached', { female: x.female, male: x.male }) : x.kind === 'milestone-age' ? f('adj.milestone', { ages: (x.ages ?? []).join(f('listSep')) }) : f('adj.special');
    rows.push({ label, value: f('adj.flatValue', { amount: x.amount }) });
  }
  if (v['fullTextSeen'] === false) rows.push({ value: f('adj.partial') });
  return rows;
}

/** The word for a key that is an option of one of the calculator's fields (a level, a category, a band). */
function optionWord(t: T, exists: Exists, calc: AnyCalculator, k: string): string | undefined {
  for (const field of calc.fields) {
    if (field.options?.includes(k)) {
      const key = `${calc.id}:fields.${field.name}.options.${k}`;
      if (exists(key)) return t(key);
    }
  }
  return undefined;
}

function generic(t: T, exists: Exists, calc: AnyCalculator, param: Parameter<unknown>, value: unknown, f: (key: string, p?: Record<string, unknown>) => string, money: (v: string | number | null | undefined) => string): ValueRow[] {
  const figure = (x: unknown): string => {
    if (x === null || x === undefined) return f('none');
    if (typeof x === 'boolean') return t(x ? 'common:form.yes' : 'common:form.no');
    if (param.unit === 'ratio' && (typeof x === 'string' || typeof x === 'number') && /^\d+(\.\d+)?$/.test(String(x))) return pct(x as string);
    if (param.unit === 'table') return f(`words.${String(x)}`, { defaultValue: String(x) });
    return money(x as string);
  };
  const keyWord = (k: string): string => {
    if (exists(`sources:keys.${k}`)) return t(`sources:keys.${k}`);
    const band = /^(\d+)-(\d+)$/.exec(k);
    if (band) return f('ageBand', { from: band[1], to: band[2] });
    const plus = /^(\d+)\+$/.exec(k);
    if (plus) return f('ageBandFrom', { from: plus[1] });
    return optionWord(t, exists, calc, k) ?? k;
  };
  if (value === null || typeof value !== 'object') return [{ value: figure(value) }];
  if (Array.isArray(value) && value.every((x) => x === null || typeof x !== 'object')) return [{ value: value.map(figure).join(t('common:rules.separator')) }];
  const rows: ValueRow[] = [];
  const walk = (x: unknown, path: string[]) => {
    if (isSource(x)) return;
    if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
      for (const [k, y] of Object.entries(x)) walk(y, [...path, keyWord(k)]);
    } else if (Array.isArray(x) && x.some((y) => y !== null && typeof y === 'object')) {
      x.forEach((y, i) => walk(y, [...path, String(i + 1)]));
    } else {
      rows.push({ label: path.join(' · '), value: Array.isArray(x) ? x.map(figure).join(t('common:rules.separator')) : figure(x) });
    }
  };
  walk(value, []);
  return rows;
}
