import { addMonths, firstDay, monthsBetween, type IsoDate, type IsoMonth, step, type Step, used, valueAt } from '../engine';
import { retirementSchedule, type RetirementCategory } from './parameters';

export interface StatutoryAge {
  /** Statutory age in months. */
  ageMonths: number;
  /** Months added by the 2025 reform. */
  delayMonths: number;
  /** The month the statutory age is reached (出生年月 + 法定退休年龄). */
  retirementMonth: IsoMonth;
  /** Original statutory age in months (60, 55 or 50 years). */
  originalMonths: number;
  /** The month the original age is reached. */
  originalMonth: IsoMonth;
  step: Step;
}

/** A count of months as whole years and months, as the annex tables write ages ("60岁1个月"). */
export function yearsAndMonths(totalMonths: number): { years: number; months: number } {
  return { years: Math.floor(totalMonths / 12), months: totalMonths % 12 };
}

/**
 * 办法 附件1–3: the first cohort of `step` birth months gets one month more, the next two months more, and so on up to the cap;
 * the retirement month is the birth month plus the statutory age.
 * 决定 第五条 / 办法 第一条: the reform applies from 2025-01-01, so the rule that decides is the one in force when the
 * original age is reached (a man born 1964-12 reaches 60 in 2024-12, under the old rule).
 */
export function statutoryAge(birthMonth: IsoMonth, category: RetirementCategory, asOf: IsoDate): StatutoryAge {
  const originalMonths = valueAt(retirementSchedule, asOf, asOf).value[category].originalMonths;
  const originalMonth = addMonths(birthMonth, originalMonths);
  const lookup = valueAt(retirementSchedule, firstDay(originalMonth), asOf);
  const rule = lookup.value[category];
  const d = rule.firstBirthMonth ? monthsBetween(rule.firstBirthMonth, birthMonth) : -1;
  const delayMonths = d < 0 ? 0 : Math.min(Math.floor(d / rule.stepMonths) + 1, rule.capMonths);
  const ageMonths = rule.originalMonths + delayMonths;
  const retirementMonth = addMonths(birthMonth, ageMonths);
  const formula =
    d < 0
      ? `${rule.originalMonths} + 0 = ${ageMonths}`
      : `${rule.originalMonths} + min(floor(${d} / ${rule.stepMonths}) + 1, ${rule.capMonths}) = ${ageMonths}`;
  const { years, months } = yearsAndMonths(ageMonths);
  return {
    ageMonths,
    delayMonths,
    retirementMonth,
    originalMonths: rule.originalMonths,
    originalMonth: addMonths(birthMonth, rule.originalMonths),
    step: step(
      'retirement-age:statutory-age',
      { birthMonth, category, years, months, delayMonths, retirementMonth },
      { formula, params: [used(retirementSchedule, lookup, (s) => JSON.stringify(s[category]))], citations: [lookup.entry.source] },
    ),
  };
}
