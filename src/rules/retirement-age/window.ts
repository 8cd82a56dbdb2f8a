import { addMonths, firstDay, type IsoDate, type IsoMonth, monthIndex, monthFromIndex, type Lookup, NotCoveredError, tryValueAt } from '../engine';
import { flexibleRule, type FlexibleRule, minimumContribution, type RetirementCategory } from './parameters';
import { statutoryAge, type StatutoryAge } from './statutory-age';

/**
 * The parts of these rules the pension estimate uses too (the window, the statutory age, the minimum years, the birth
 * months a form accepts): here rather than in compute.ts or schema.ts, so that each page carries only its own code.
 */

/** The birth months the forms accept. */
export const BIRTH_MONTH_RANGE = { min: '1920-01', max: '2030-12' } as const;

/** Minimum contribution years for a retirement in `month`: the value in force on the month's first day. */
export function minimumYearsFor(month: IsoMonth, asOf: IsoDate) {
  return tryValueAt(minimumContribution, firstDay(month), asOf);
}

export interface FlexibleWindow {
  /** Earliest month a person may choose: never below the original age, at most `maxEarlyMonths` early. */
  earliestMonth: IsoMonth;
  /** Latest month: at most `maxLateMonths` after the statutory month. */
  latestMonth: IsoMonth;
  /** Months earlier than the statutory month that may be chosen (0 when the statutory age is the original age). */
  maxEarly: number;
  maxLate: number;
  lookup: Lookup<FlexibleRule>;
}

/**
 * 办法 第三条: 提前时间最长不超过三年，且退休年龄不得低于…原法定退休年龄；弹性延迟退休，延迟时间最长不超过三年。
 * The rule in force on the first day of the statutory retirement month decides; undefined where it is not in force.
 */
export function flexibleWindow(age: StatutoryAge, asOf: IsoDate): FlexibleWindow | undefined {
  const lookup = tryValueAt(flexibleRule, firstDay(age.retirementMonth), asOf);
  if (!lookup) return undefined;
  const earliest = Math.max(monthIndex(age.originalMonth), monthIndex(age.retirementMonth) - lookup.value.maxEarlyMonths);
  const maxEarly = monthIndex(age.retirementMonth) - earliest;
  return {
    earliestMonth: monthFromIndex(earliest),
    latestMonth: addMonths(age.retirementMonth, lookup.value.maxLateMonths),
    maxEarly,
    maxLate: lookup.value.maxLateMonths,
    lookup,
  };
}

/** The statutory age, or undefined when the rules known on `asOf` do not cover this birth month. */
export function tryStatutoryAge(birthMonth: IsoMonth, category: RetirementCategory, asOf: IsoDate): StatutoryAge | undefined {
  try {
    return statutoryAge(birthMonth, category, asOf);
  } catch (e) {
    if (e instanceof NotCoveredError) return undefined;
    throw e;
  }
}
