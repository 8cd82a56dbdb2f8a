import type Decimal from 'decimal.js';
import { coveredRanges, dec, type FieldSpec, firstDay, InputReader, type IsoDate, type IsoMonth, monthsBetween, type Parsed } from '../engine';
import { RETIREMENT_CATEGORIES, retirementSchedule, type RetirementCategory } from '../retirement-age/parameters';
import { RETIREMENT_CATEGORY_ALIASES } from '../shared/aliases';
import { BIRTH_MONTH_RANGE, tryStatutoryAge } from '../retirement-age/window';
import { basicRate, INDEX_BOUNDS } from './parameters';
import { payoutMonthsFor } from './payout-months';
import { cityAverageOn, latestAccountRate, recentCityGrowth, type SalaryInput } from './salary';

export interface PensionEstimateInput {
  /** The month the pension starts; when absent it is the statutory retirement month from `birthMonth` and `category`. */
  retirementMonth?: IsoMonth;
  /** Age when the pension starts, in months; from `ageAtRetirement` or from the birth month. */
  ageAtRetirement?: { years: number; months: number };
  birthMonth?: IsoMonth;
  category?: RetirementCategory;
  /** Total contribution, deemed years included. */
  contribution: { years: number; months: number };
  averageIndex: Decimal;
  accountBalance: Decimal;
  serviceBefore1993?: Decimal;
  notionalAccount1993to1997?: Decimal;
  /** A 计发基数 given by the person, in place of the published one. */
  base?: Decimal;
  /** 计发月数 given by the person, where the table gives none (or to follow an award sheet). */
  payoutMonths?: Decimal;
  /**
   * The estimate from a wage: when present, `contribution` is the time so far and `averageIndex` / `accountBalance` are
   * placeholders (0) that the compute replaces by their projection.
   */
  salary?: SalaryInput;
}

/** Which figures the person has: her award sheet's, or her wage (an estimate). */
export const BASES = ['salary', 'sheet'] as const;
export type Basis = (typeof BASES)[number];
const SALARY = { field: 'basis', equals: 'salary' } as const;
const SHEET = { field: 'basis', equals: 'sheet' } as const;

/** The form's defaults of the assumptions, from every figure held (parse takes them again as of its rules date). */
const LATEST: IsoDate = '9999-12-31';
export const ASSUMPTION_DEFAULTS = { wageGrowth: recentCityGrowth(LATEST)?.percent ?? '0', cityGrowth: recentCityGrowth(LATEST)?.percent ?? '0', accountInterest: latestAccountRate(LATEST)?.percent ?? '0' };

export const fields: readonly FieldSpec[] = [
  // Read as "salary" where not given but a wage is, else as "sheet" (links, files and callers made before it).
  { name: 'basis', kind: 'choice', required: false, options: BASES, default: 'salary', blankReads: { fields: ['wage', 'wageShare'], present: 'salary', absent: 'sheet' } },
  { name: 'birthMonth', kind: 'month', required: false, group: 'fromBirth' },
  { name: 'category', kind: 'choice', required: false, options: RETIREMENT_CATEGORIES, aliases: RETIREMENT_CATEGORY_ALIASES, group: 'fromBirth' },
  { name: 'retirementMonth', kind: 'month', required: false },
  { name: 'ageAtRetirement.years', kind: 'integer', required: false, duration: 'age', group: 'ageAtRetirement' },
  { name: 'ageAtRetirement.months', kind: 'integer', required: false, group: 'ageAtRetirement' },
  { name: 'wage', kind: 'money', required: false, group: 'salary', when: SALARY },
  { name: 'wageShare', kind: 'decimal', required: false, group: 'salary', when: SALARY },
  { name: 'soFar.years', kind: 'integer', required: true, duration: 'years', group: 'soFar', when: SALARY },
  { name: 'soFar.months', kind: 'integer', required: false, duration: 'months', group: 'soFar', when: SALARY },
  { name: 'accountSoFar', kind: 'money', required: false, when: SALARY },
  { name: 'wageGrowth', kind: 'decimal', required: false, when: SALARY, default: ASSUMPTION_DEFAULTS.wageGrowth },
  { name: 'cityGrowth', kind: 'decimal', required: false, when: SALARY, default: ASSUMPTION_DEFAULTS.cityGrowth },
  { name: 'accountInterest', kind: 'decimal', required: false, when: SALARY, default: ASSUMPTION_DEFAULTS.accountInterest },
  { name: 'contribution.years', kind: 'integer', required: true, duration: 'years', group: 'contribution', when: SHEET },
  { name: 'contribution.months', kind: 'integer', required: false, duration: 'months', group: 'contribution', when: SHEET },
  { name: 'averageIndex', kind: 'decimal', required: true, when: SHEET },
  { name: 'accountBalance', kind: 'money', required: true, when: SHEET },
  { name: 'serviceBefore1993', kind: 'decimal', required: false, group: 'transitional' },
  { name: 'notionalAccount1993to1997', kind: 'money', required: false, group: 'transitional' },
  { name: 'base', kind: 'money', required: false, group: 'overrides', when: SHEET },
  { name: 'payoutMonths', kind: 'decimal', required: false, group: 'overrides' },
];

const failed = (r: InputReader, ...names: string[]) => r.errors.some((e) => names.includes(e.field));

export function parse(raw: unknown, asOf: IsoDate): Parsed<PensionEstimateInput> {
  const r = new InputReader(raw);
  const birthMonth = r.optionalMonth('birthMonth', BIRTH_MONTH_RANGE);
  const category = r.optionalChoice('category', RETIREMENT_CATEGORIES);
  let retirementMonth = r.optionalMonth('retirementMonth', { min: '2000-01', max: '2100-12' });
  const ageYears = r.optionalInteger('ageAtRetirement.years', { min: 16, max: 80 });
  const ageMonthsPart = r.optionalInteger('ageAtRetirement.months', { min: 0, max: 11 });
  const basis: Basis = r.optionalChoice('basis', BASES) ?? (r.has('wage') || r.has('wageShare') ? 'salary' : 'sheet');
  let contribution: { years: number; months: number };
  let averageIndex = dec(0);
  let accountBalance = dec(0);
  let salary: SalaryInput | undefined;
  if (basis === 'salary') {
    contribution = { years: r.integer('soFar.years', { min: 0, max: 60 }), months: r.optionalInteger('soFar.months', { min: 0, max: 11 }) ?? 0 };
    salary = readSalary(r, contribution, asOf);
  } else {
    contribution = { years: r.integer('contribution.years', { min: 0, max: 60 }), months: r.optionalInteger('contribution.months', { min: 0, max: 11 }) ?? 0 };
    // A real sheet can show an index above 3 (warned in compute); above INDEX_BOUNDS.max no sheet can (see indexBounds).
    averageIndex = r.decimal('averageIndex', { min: 0, max: INDEX_BOUNDS.max, places: 4 });
    accountBalance = r.decimal('accountBalance', { min: 0, max: 10_000_000, places: 2 });
  }
  const serviceBefore1993 = r.optionalDecimal('serviceBefore1993', { min: 0, max: 50, places: 2 });
  const notional = r.optionalDecimal('notionalAccount1993to1997', { min: 0, max: 10_000_000, places: 2 });
  const base = basis === 'sheet' ? r.optionalDecimal('base', { min: 1000, max: 100_000, places: 2 }) : undefined;
  const payoutMonths = r.optionalDecimal('payoutMonths', { min: 1, max: 300, places: 1 });

  if (birthMonth && !category && !failed(r, 'category')) r.problem('category', 'required');
  if (category && !birthMonth && !failed(r, 'birthMonth')) r.problem('birthMonth', 'required');
  if (ageMonthsPart !== undefined && ageYears === undefined && !failed(r, 'ageAtRetirement.years')) r.problem('ageAtRetirement.years', 'required');

  // The age: given, or counted from the birth month (the statutory month when no retirement month is given).
  let ageMonths: number | undefined = ageYears !== undefined ? ageYears * 12 + (ageMonthsPart ?? 0) : undefined;
  if (birthMonth && category && !failed(r, 'birthMonth', 'category')) {
    const age = tryStatutoryAge(birthMonth, category, asOf);
    if (!age) {
      const range = coveredRanges(retirementSchedule, asOf)[0];
      r.problem('birthMonth', 'date-not-covered', { from: range?.from ?? '', to: range?.to ?? '' });
    } else if (!failed(r, 'retirementMonth')) {
      retirementMonth ??= age.retirementMonth;
      const fromBirth = monthsBetween(birthMonth, retirementMonth);
      if (ageMonths !== undefined && ageMonths !== fromBirth && !failed(r, 'ageAtRetirement.years', 'ageAtRetirement.months')) {
        r.problem('ageAtRetirement.years', 'inconsistent');
      } else if (fromBirth < 16 * 12 || fromBirth > 80 * 12) {
        r.problem('retirementMonth', 'out-of-range', { min: addYears(birthMonth, 16), max: addYears(birthMonth, 80) });
      }
      ageMonths = fromBirth;
    }
  } else if (ageMonths === undefined && !failed(r, 'ageAtRetirement.years', 'ageAtRetirement.months', 'birthMonth', 'category')) {
    r.problem('ageAtRetirement.years', 'required');
  }
  if (!retirementMonth && !failed(r, 'retirementMonth', 'birthMonth', 'category')) r.problem('retirementMonth', 'required');

  if (retirementMonth && !failed(r, 'retirementMonth')) {
    // The Shanghai formula is held from its first covered date only.
    const range = coveredRanges(basicRate, asOf)[0];
    if (!range || firstDay(retirementMonth) < range.from) r.problem('retirementMonth', 'date-not-covered', { from: range?.from ?? '', to: range?.to ?? '' });
    else if (ageMonths !== undefined && !payoutMonths && !failed(r, 'payoutMonths', 'ageAtRetirement.years', 'ageAtRetirement.months', 'birthMonth', 'category') && !payoutMonthsFor(ageMonths, firstDay(retirementMonth), asOf)) {
      // 计发月数 the table does not give (age 47, outside 40–70, 70 with extra months from 2025): the award sheet prints it.
      r.problem('payoutMonths', 'required');
    }
  }
  if (salary && retirementMonth && !failed(r, 'retirementMonth', 'soFar.years', 'soFar.months')) {
    // Contribution so far and to come (every month from now to retirement) within the months lived before retirement.
    const toCome = Math.max(0, monthsBetween(asOf.slice(0, 7), retirementMonth));
    if (ageMonths !== undefined && contribution.years * 12 + contribution.months + toCome > ageMonths - 16 * 12) r.problem('soFar.years', 'inconsistent');
  }
  if (serviceBefore1993 && !failed(r, 'contribution.years', 'contribution.months', 'soFar.years', 'soFar.months') && serviceBefore1993.greaterThan(dec(contribution.years).plus(dec(contribution.months).dividedBy(12)))) {
    r.problem('serviceBefore1993', 'inconsistent');
  }

  const input: PensionEstimateInput = { contribution, averageIndex, accountBalance };
  if (retirementMonth) input.retirementMonth = retirementMonth;
  if (ageYears !== undefined) input.ageAtRetirement = { years: ageYears, months: ageMonthsPart ?? 0 };
  if (birthMonth && category) {
    input.birthMonth = birthMonth;
    input.category = category;
  }
  if (serviceBefore1993) input.serviceBefore1993 = serviceBefore1993;
  if (notional) input.notionalAccount1993to1997 = notional;
  if (base) input.base = base;
  if (payoutMonths) input.payoutMonths = payoutMonths;
  if (salary) input.salary = salary;
  return r.done(input);
}

/** The wage path's own fields: a wage or a share of the city average, the account now, and the three assumptions. */
function readSalary(r: InputReader, soFar: { years: number; months: number }, asOf: IsoDate): SalaryInput {
  const wage = r.optionalDecimal('wage', { min: 1, max: 1_000_000, places: 2 });
  const wageShare = r.optionalDecimal('wageShare', { min: 1, max: 1000, places: 2 });
  if (!wage && !wageShare && !failed(r, 'wage', 'wageShare')) r.problem('wage', 'required');
  if (wage && wageShare) r.problem('wageShare', 'inconsistent');
  const accountSoFar = r.optionalDecimal('accountSoFar', { min: 0, max: 10_000_000, places: 2 });
  // The tool's assumptions, as of the rules date where a field is left blank (the result states each).
  const wageGrowth = r.optionalDecimal('wageGrowth', { min: -20, max: 30, places: 2 }) ?? dec(recentCityGrowth(asOf)?.percent ?? '0');
  const cityGrowth = r.optionalDecimal('cityGrowth', { min: -20, max: 30, places: 2 }) ?? dec(recentCityGrowth(asOf)?.percent ?? '0');
  const accountInterest = r.optionalDecimal('accountInterest', { min: -5, max: 20, places: 2 }) ?? dec(latestAccountRate(asOf)?.percent ?? '0');
  if (!cityAverageOn(asOf) && !failed(r, 'wage')) r.problem('wage', 'date-not-covered', { from: '', to: '' });
  const s: SalaryInput = { soFar, wageGrowth, cityGrowth, accountInterest };
  if (wage) s.wage = wage;
  else if (wageShare) s.wageShare = wageShare;
  if (accountSoFar) s.accountSoFar = accountSoFar;
  return s;
}

function addYears(month: IsoMonth, years: number): IsoMonth {
  return `${String(Number(month.slice(0, 4)) + years).padStart(4, '0')}${month.slice(4)}`;
}
