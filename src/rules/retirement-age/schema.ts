import type Decimal from 'decimal.js';
import { coveredRanges, type FieldSpec, InputReader, type IsoDate, type IsoMonth, type Parsed } from '../engine';
import { INDEX_BOUNDS } from '../pension-estimate/index-bounds';
import { RETIREMENT_CATEGORIES, retirementSchedule, type RetirementCategory } from './parameters';
import { RETIREMENT_CATEGORY_ALIASES } from '../shared/aliases';
import { BIRTH_MONTH_RANGE, flexibleWindow, tryStatutoryAge } from './window';

export type FlexibleDirection = 'early' | 'late';
export const FLEXIBLE_DIRECTIONS: readonly FlexibleDirection[] = ['early', 'late'];

export interface FlexibleChoice {
  direction: FlexibleDirection;
  /** 1–36 months before or after the statutory retirement month. */
  months: number;
}

/**
 * A woman who does not know whether she counts as 工人 (original age 50) or 干部 (55) answers `female-unsure`: the
 * result then works out both categories side by side (issue 20).
 */
export type CategoryChoice = RetirementCategory | 'female-unsure';
export const CATEGORY_CHOICES: readonly CategoryChoice[] = [...RETIREMENT_CATEGORIES, 'female-unsure'];
/** The categories a choice stands for, the earlier retirement first. */
export function categoriesOf(choice: CategoryChoice): RetirementCategory[] {
  return choice === 'female-unsure' ? ['female-50', 'female-55'] : [choice];
}

/** The award-sheet figures of the pension estimate (optional): with them each month of the window gets its first pension. */
export interface AwardFigures {
  contribution: { years: number; months: number };
  averageIndex: Decimal;
  accountBalance: Decimal;
}

export interface RetirementAgeInput {
  birthMonth: IsoMonth;
  category: CategoryChoice;
  flexible?: FlexibleChoice;
  award?: AwardFigures;
}

/** The award-sheet fields, named as the pension estimate names them so that the figures carry over unchanged. */
export const AWARD_FIELDS = ['contribution.years', 'contribution.months', 'averageIndex', 'accountBalance'] as const;

export const fields: readonly FieldSpec[] = [
  { name: 'birthMonth', kind: 'month', required: true },
  { name: 'category', kind: 'choice', required: true, options: CATEGORY_CHOICES, aliases: RETIREMENT_CATEGORY_ALIASES },
  { name: 'flexible.direction', kind: 'choice', required: false, options: FLEXIBLE_DIRECTIONS, aliases: { early: ['提前', '提前退休', '弹性提前'], late: ['推迟', '延迟', '推迟退休', '延迟退休', '弹性延迟'] }, group: 'flexible' },
  { name: 'flexible.months', kind: 'integer', required: false, duration: 'months', group: 'flexible' },
  { name: 'contribution.years', kind: 'integer', required: false, duration: 'years', group: 'award' },
  { name: 'contribution.months', kind: 'integer', required: false, duration: 'months', group: 'award' },
  { name: 'averageIndex', kind: 'decimal', required: false, group: 'award' },
  { name: 'accountBalance', kind: 'money', required: false, group: 'award' },
];

export { BIRTH_MONTH_RANGE };

export function parse(raw: unknown, asOf: IsoDate): Parsed<RetirementAgeInput> {
  const r = new InputReader(raw);
  const birthMonth = r.month('birthMonth', BIRTH_MONTH_RANGE);
  const category = r.choice('category', CATEGORY_CHOICES);
  const direction = r.optionalChoice('flexible.direction', FLEXIBLE_DIRECTIONS);
  // 办法 第三条: 提前时间最长不超过三年 / 延迟时间最长不超过三年.
  const months = r.optionalInteger('flexible.months', { min: 1, max: 36 });
  if (direction && months === undefined && !r.errors.some((e) => e.field === 'flexible.months')) r.problem('flexible.months', 'required');
  if (months !== undefined && !direction && !r.errors.some((e) => e.field === 'flexible.direction')) r.problem('flexible.direction', 'required');

  if (!r.errors.some((e) => e.field === 'birthMonth' || e.field === 'category')) {
    const ages = categoriesOf(category).map((c) => tryStatutoryAge(birthMonth, c, asOf));
    if (ages.some((a) => !a)) {
      const range = coveredRanges(retirementSchedule, asOf)[0];
      r.problem('birthMonth', 'date-not-covered', { from: range?.from ?? '', to: range?.to ?? '' });
    } else if (direction === 'early' && months !== undefined && !r.errors.some((e) => e.field === 'flexible.months')) {
      // 办法 第三条: 退休年龄不得低于…原法定退休年龄. A window of 0 months is explained by a notice, not an error.
      // Not sure of the category: the choice must fit both (the shorter window).
      const early = ages.map((a) => flexibleWindow(a!, asOf)?.maxEarly ?? 0).filter((m) => m > 0);
      const maxEarly = early.length ? Math.min(...early) : 0;
      if (maxEarly > 0 && months > maxEarly) {
        r.problem('flexible.months', 'out-of-range', { min: '1', max: String(maxEarly) });
      }
    }
  }

  // The award-sheet figures, read as the pension estimate reads them; all three or none.
  const years = r.optionalInteger('contribution.years', { min: 0, max: 60 });
  const extraMonths = r.optionalInteger('contribution.months', { min: 0, max: 11 });
  const averageIndex = r.optionalDecimal('averageIndex', { min: 0, max: INDEX_BOUNDS.max, places: 4 });
  const accountBalance = r.optionalDecimal('accountBalance', { min: 0, max: 10_000_000, places: 2 });
  const failed = (name: string) => r.errors.some((e) => e.field === name);
  const anyAward = years !== undefined || extraMonths !== undefined || averageIndex !== undefined || accountBalance !== undefined || AWARD_FIELDS.some(failed);
  if (anyAward) {
    if (years === undefined && !failed('contribution.years')) r.problem('contribution.years', 'required');
    if (averageIndex === undefined && !failed('averageIndex')) r.problem('averageIndex', 'required');
    if (accountBalance === undefined && !failed('accountBalance')) r.problem('accountBalance', 'required');
  }

  const input: RetirementAgeInput = { birthMonth, category };
  if (direction && months !== undefined) input.flexible = { direction, months };
  if (years !== undefined && averageIndex !== undefined && accountBalance !== undefined) {
    input.award = { contribution: { years, months: extraMonths ?? 0 }, averageIndex, accountBalance };
  }
  return r.done(input);
}
