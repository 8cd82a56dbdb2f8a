import type Decimal from 'decimal.js';
import { coveredRanges, type FieldSpec, InputReader, type IsoDate, type IsoMonth, monthsBetween, type Parsed, tryValueAt } from '../engine';
import { adjustmentRules } from './parameters';

export type Sex = 'male' | 'female';
export const SEXES: readonly Sex[] = ['male', 'female'];

export interface PensionAdjustmentInput {
  /** The adjustment year: its notice applies from 1 January of this year. */
  year: number;
  /** The month the basic pension started. */
  retiredBy: IsoMonth;
  /** The person's own monthly basic pension for December of the previous year (the December path). */
  decemberPension?: Decimal;
  /** The pension she receives now, after the increase of `year`, the year it last changed (the path from today's pension). */
  currentPension?: Decimal;
  /** Contribution years, deemed years included. */
  contributionYears: { years: number; months: number };
  birthMonth: IsoMonth;
  sex: Sex;
  /** Pre-1949 revolutionary old worker on 100% pay, 两航 or 招商局 uprising personnel; not asked = undefined. */
  specialGroup?: boolean;
}

/** One year's figures: the December pension before the year's increase is known. */
export type YearInput = Omit<PensionAdjustmentInput, 'currentPension'> & { decemberPension: Decimal };

/** What the person knows: the pension she receives now (the default), or her December pension before the year's increase. */
export const KNOWN = ['current', 'december'] as const;
export type KnownPension = (typeof KNOWN)[number];
const CURRENT = { field: 'knownPension', equals: 'current' } as const;
const DECEMBER = { field: 'knownPension', equals: 'december' } as const;

/** The adjustment years the rules cover, as the form offers them (all known values; parse checks the as-of date). */
export const YEAR_OPTIONS: readonly string[] = coveredYears().map(String);

export const fields: readonly FieldSpec[] = [
  // Read as "current" where not given but a current pension is, else as "december" (links and files made before it).
  { name: 'knownPension', kind: 'choice', required: false, options: KNOWN, default: 'current', blankReads: { fields: ['currentPension'], present: 'current', absent: 'december' } },
  { name: 'currentPension', kind: 'money', required: true, when: CURRENT },
  // A choice of the covered years, the latest first chosen; read as an integer, so a year outside them is "not covered".
  // On the path from today's pension it is the year the pension last changed.
  { name: 'year', kind: 'choice', required: true, options: YEAR_OPTIONS, aliases: Object.fromEntries(YEAR_OPTIONS.map((y) => [y, [`${y}年`, `${y}年度`]])), default: YEAR_OPTIONS[YEAR_OPTIONS.length - 1]! },
  { name: 'decemberPension', kind: 'money', required: true, when: DECEMBER },
  { name: 'retiredBy', kind: 'month', required: true },
  { name: 'contributionYears.years', kind: 'integer', required: true, duration: 'years', group: 'contributionYears' },
  { name: 'contributionYears.months', kind: 'integer', required: false, duration: 'months', group: 'contributionYears' },
  { name: 'birthMonth', kind: 'month', required: true },
  { name: 'sex', kind: 'choice', required: true, options: SEXES, aliases: { male: ['男性', '男职工', 'm'], female: ['女性', '女职工', 'f'] } },
  { name: 'specialGroup', kind: 'boolean', required: false },
];

/** The adjustment years the rules cover, as known on `asOf` (each rule set runs 1 January – 31 December). */
export function coveredYears(asOf?: IsoDate): number[] {
  const years: number[] = [];
  for (const r of coveredRanges(adjustmentRules, asOf)) {
    const last = r.to ? Number(r.to.slice(0, 4)) : Number(r.from.slice(0, 4));
    for (let y = Number(r.from.slice(0, 4)); y <= last; y++) years.push(y);
  }
  return years;
}

export function parse(raw: unknown, asOf: IsoDate): Parsed<PensionAdjustmentInput> {
  const r = new InputReader(raw);
  const year = r.integer('year', { min: 1990, max: 2100 });
  const retiredBy = r.month('retiredBy', { min: '1950-01', max: '2100-12' });
  const known = r.optionalChoice('knownPension', KNOWN) ?? (r.has('currentPension') ? 'current' : 'december');
  const pension = known === 'current' ? r.decimal('currentPension', { min: '0.01', max: '100000', places: 2 }) : r.decimal('decemberPension', { min: '0.01', max: '100000', places: 2 });
  const years = r.integer('contributionYears.years', { min: 0, max: 70 });
  const months = r.optionalInteger('contributionYears.months', { min: 0, max: 11 }) ?? 0;
  const birthMonth = r.month('birthMonth', { min: '1900-01', max: '2015-12' });
  const sex = r.choice('sex', SEXES);
  const specialGroup = r.optionalBoolean('specialGroup');

  const bad = (field: string) => r.errors.some((e) => e.field === field);
  if (!bad('year') && !tryValueAt(adjustmentRules, `${year}-01-01`, asOf)) {
    const covered = coveredYears(asOf);
    r.problem('year', 'date-not-covered', { from: String(covered[0] ?? ''), to: String(covered[covered.length - 1] ?? '') });
  }
  if (!bad('retiredBy') && !bad('birthMonth')) {
    if (retiredBy <= birthMonth) {
      r.problem('retiredBy', 'inconsistent');
    } else if (!bad('contributionYears.years') && !bad('contributionYears.months') && years * 12 + months > monthsBetween(birthMonth, retiredBy)) {
      // More contribution time than the person had lived when the pension started.
      r.problem('contributionYears.years', 'inconsistent');
    }
  }

  const input: PensionAdjustmentInput = { year, retiredBy, ...(known === 'current' ? { currentPension: pension } : { decemberPension: pension }), contributionYears: { years, months }, birthMonth, sex };
  if (specialGroup !== undefined) input.specialGroup = specialGroup;
  return r.done(input);
}
