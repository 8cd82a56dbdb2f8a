import { addMonths, monthsBetween, type IsoDate, type IsoMonth, step, type Step, used, valueAt } from '../engine';
import { retirementSchedule, type RetirementCategory } from './parameters';

export interface StatutoryAge {
  /** Statutory age in months. */
  ageMonths: number;
  /** Months added by the 2025 reform. */
  delayMonths: number;
  /** The month the statutory age is reached (出生年月 + 法定退休年龄). */
  retirementMonth: IsoMonth;
  step: Step;
}

/**
 * 办法 附件1–3: the first cohort of `step` birth months gets one month more, the next two months more, and so on up to the cap;
 * the retirement month is the birth month plus the statutory age.
 */
export function statutoryAge(birthMonth: IsoMonth, category: RetirementCategory, asOf: IsoDate): StatutoryAge {
  const lookup = valueAt(retirementSchedule, asOf, asOf);
  const rule = lookup.value[category];
  const d = rule.firstBirthMonth ? monthsBetween(rule.firstBirthMonth, birthMonth) : -1;
  const delayMonths = d < 0 ? 0 : Math.min(Math.floor(d / rule.stepMonths) + 1, rule.capMonths);
  const ageMonths = rule.originalMonths + delayMonths;
  const retirementMonth = addMonths(birthMonth, ageMonths);
  const formula =
    d < 0
      ? `${rule.originalMonths} + 0 = ${ageMonths}`
      : `${rule.originalMonths} + min(floor(${d} / ${rule.stepMonths}) + 1, ${rule.capMonths}) = ${ageMonths}`;
  return {
    ageMonths,
    delayMonths,
    retirementMonth,
    step: step(
      'retirement-age:statutory-age',
      {
        birthMonth,
        category,
        years: Math.floor(ageMonths / 12),
        months: ageMonths % 12,
        delayMonths,
        retirementMonth,
      },
      { formula, params: [used(retirementSchedule, lookup, (s) => JSON.stringify(s[category]))], citations: [lookup.entry.source] },
    ),
  };
}
