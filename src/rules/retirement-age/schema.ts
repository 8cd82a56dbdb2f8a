import { coveredRanges, type FieldSpec, InputReader, type IsoDate, type IsoMonth, type Parsed } from '../engine';
import { RETIREMENT_CATEGORIES, retirementSchedule, type RetirementCategory } from './parameters';
import { RETIREMENT_CATEGORY_ALIASES } from '../shared/aliases';
import { flexibleWindow, tryStatutoryAge } from './window';

export type FlexibleDirection = 'early' | 'late';
export const FLEXIBLE_DIRECTIONS: readonly FlexibleDirection[] = ['early', 'late'];

export interface FlexibleChoice {
  direction: FlexibleDirection;
  /** 1–36 months before or after the statutory retirement month. */
  months: number;
}

export interface RetirementAgeInput {
  birthMonth: IsoMonth;
  category: RetirementCategory;
  flexible?: FlexibleChoice;
}

export const fields: readonly FieldSpec[] = [
  { name: 'birthMonth', kind: 'month', required: true },
  { name: 'category', kind: 'choice', required: true, options: RETIREMENT_CATEGORIES, aliases: RETIREMENT_CATEGORY_ALIASES },
  { name: 'flexible.direction', kind: 'choice', required: false, options: FLEXIBLE_DIRECTIONS, aliases: { early: ['提前', '提前退休', '弹性提前'], late: ['推迟', '延迟', '推迟退休', '延迟退休', '弹性延迟'] }, group: 'flexible' },
  { name: 'flexible.months', kind: 'integer', required: false, duration: 'months', group: 'flexible' },
];

export const BIRTH_MONTH_RANGE = { min: '1920-01', max: '2030-12' } as const;

export function parse(raw: unknown, asOf: IsoDate): Parsed<RetirementAgeInput> {
  const r = new InputReader(raw);
  const birthMonth = r.month('birthMonth', BIRTH_MONTH_RANGE);
  const category = r.choice('category', RETIREMENT_CATEGORIES);
  const direction = r.optionalChoice('flexible.direction', FLEXIBLE_DIRECTIONS);
  // 办法 第三条: 提前时间最长不超过三年 / 延迟时间最长不超过三年.
  const months = r.optionalInteger('flexible.months', { min: 1, max: 36 });
  if (direction && months === undefined && !r.errors.some((e) => e.field === 'flexible.months')) r.problem('flexible.months', 'required');
  if (months !== undefined && !direction && !r.errors.some((e) => e.field === 'flexible.direction')) r.problem('flexible.direction', 'required');

  if (!r.errors.some((e) => e.field === 'birthMonth' || e.field === 'category')) {
    const age = tryStatutoryAge(birthMonth, category, asOf);
    if (!age) {
      const range = coveredRanges(retirementSchedule, asOf)[0];
      r.problem('birthMonth', 'date-not-covered', { from: range?.from ?? '', to: range?.to ?? '' });
    } else if (direction === 'early' && months !== undefined && !r.errors.some((e) => e.field === 'flexible.months')) {
      // 办法 第三条: 退休年龄不得低于…原法定退休年龄. A window of 0 months is explained by a notice, not an error.
      const window = flexibleWindow(age, asOf);
      if (window && window.maxEarly > 0 && months > window.maxEarly) {
        r.problem('flexible.months', 'out-of-range', { min: '1', max: String(window.maxEarly) });
      }
    }
  }

  const input: RetirementAgeInput = { birthMonth, category };
  if (direction && months !== undefined) input.flexible = { direction, months };
  return r.done(input);
}
