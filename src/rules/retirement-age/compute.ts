import { addMonths, dec, type IsoDate, type IsoMonth, monthsBetween, type Notice, type Outcome, step, type Step, used } from '../engine';
import { FLEXIBLE_MEASURES_2024, flexibleRule, minimumContribution, REFORM_2025_FLEXIBLE, type RetirementCategory } from './parameters';
import type { FlexibleChoice, FlexibleDirection } from './schema';
import { statutoryAge, yearsAndMonths } from './statutory-age';
import { flexibleWindow, minimumYearsFor } from './window';

export interface YearsMonths {
  years: number;
  months: number;
}

/** The answer for one category (see table.ts for the whole result: one or two categories, the table, today). */
export interface CategoryResult {
  birthMonth: IsoMonth;
  category: RetirementCategory;
  statutoryAge: YearsMonths;
  /** The month the statutory age is reached. */
  retirementMonth: IsoMonth;
  delayMonths: number;
  originalAge: YearsMonths;
  /** The month the original age (60, 55, 50) is reached. */
  originalMonth: IsoMonth;
  /** Minimum contribution years for the statutory retirement year, as a decimal string ("16.5"); null where not covered. */
  minimumContributionYears: string | null;
  /** The flexible window; null where the flexible-retirement rules were not in force at the statutory month. */
  earliestMonth: IsoMonth | null;
  latestMonth: IsoMonth | null;
  earliestAge: YearsMonths | null;
  latestAge: YearsMonths | null;
  /** Present when a flexible choice was given. */
  flexible?: { direction: FlexibleDirection; months: number };
  /** The chosen retirement month; null when the choice is not possible (see the notices). */
  chosenMonth?: IsoMonth | null;
  chosenAge?: YearsMonths | null;
  /** Minimum contribution years that apply to the choice (人社部发〔2024〕94号 第七条). */
  chosenMinimumContributionYears?: string | null;
}

// In window.ts with the other parts the pension estimate uses, so that its page does not carry this module (issue 17).
export { minimumYearsFor };

function minimumStep(name: string, month: IsoMonth, asOf: IsoDate, notices: Notice[], extra: Record<string, string> = {}): { value: string | null; step: Step } {
  const lookup = minimumYearsFor(month, asOf);
  if (!lookup) {
    notices.push({ code: 'minimum-not-covered', params: { month } });
    return { value: null, step: step(`retirement-age:${name}-not-covered`, { month, year: month.slice(0, 4), ...extra }) };
  }
  const years = dec(lookup.value).floor();
  const months = dec(lookup.value).minus(years).times(12).toNumber();
  return {
    value: lookup.value,
    step: step(`retirement-age:${name}`, { month, year: month.slice(0, 4), minimumYears: lookup.value, years: years.toNumber(), months, ...extra }, { params: [used(minimumContribution, lookup)], citations: name === 'chosen-minimum' ? [FLEXIBLE_MEASURES_2024] : [] }),
  };
}

/** One category's input: the schema's category choice resolved to one category. */
export interface CategoryInput {
  birthMonth: IsoMonth;
  category: RetirementCategory;
  flexible?: FlexibleChoice;
}

export function computeCategory(input: CategoryInput, asOf: IsoDate): Outcome<CategoryResult> {
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const age = statutoryAge(input.birthMonth, input.category, asOf);
  steps.push(age.step);

  // 办法 第二条 / 社会保险法 第十六条: the minimum of the statutory retirement year.
  const minimum = minimumStep('minimum-contribution', age.retirementMonth, asOf, notices);
  steps.push(minimum.step);

  const result: CategoryResult = {
    birthMonth: input.birthMonth,
    category: input.category,
    statutoryAge: yearsAndMonths(age.ageMonths),
    retirementMonth: age.retirementMonth,
    delayMonths: age.delayMonths,
    originalAge: yearsAndMonths(age.originalMonths),
    originalMonth: age.originalMonth,
    minimumContributionYears: minimum.value,
    earliestMonth: null,
    latestMonth: null,
    earliestAge: null,
    latestAge: null,
  };

  // 办法 第三条: the flexible window around the statutory month.
  const window = flexibleWindow(age, asOf);
  if (window) {
    result.earliestMonth = window.earliestMonth;
    result.latestMonth = window.latestMonth;
    result.earliestAge = yearsAndMonths(age.ageMonths - window.maxEarly);
    result.latestAge = yearsAndMonths(age.ageMonths + window.maxLate);
    steps.push(
      step(
        'retirement-age:flexible-window',
        { earliestMonth: window.earliestMonth, latestMonth: window.latestMonth, retirementMonth: age.retirementMonth, originalMonth: age.originalMonth, maxEarly: window.maxEarly, maxLate: window.maxLate },
        {
          formula: `max(${age.originalMonth}, ${age.retirementMonth} − ${window.lookup.value.maxEarlyMonths}) = ${window.earliestMonth}; ${age.retirementMonth} + ${window.maxLate} = ${window.latestMonth}`,
          params: [used(flexibleRule, window.lookup, (r) => `${r.maxEarlyMonths}/${r.maxLateMonths}`)],
        },
      ),
    );
    if (window.maxEarly === 0) notices.push({ code: 'early-not-possible', params: { originalMonth: age.originalMonth } });
  } else {
    notices.push({ code: 'flexible-not-covered', params: { retirementMonth: age.retirementMonth } });
  }

  if (input.flexible) {
    const { direction, months } = input.flexible;
    result.flexible = { direction, months };
    result.chosenMonth = null;
    result.chosenAge = null;
    result.chosenMinimumContributionYears = null;
    const allowed = window ? (direction === 'early' ? window.maxEarly : window.maxLate) : 0;
    if (window && months <= allowed) {
      const chosenMonth = addMonths(age.retirementMonth, direction === 'early' ? -months : months);
      result.chosenMonth = chosenMonth;
      result.chosenAge = yearsAndMonths(monthsBetween(input.birthMonth, chosenMonth));
      steps.push(
        step('retirement-age:flexible-choice', { direction, months, chosenMonth, retirementMonth: age.retirementMonth, years: result.chosenAge.years, ageMonths: result.chosenAge.months }, { formula: `${age.retirementMonth} ${direction === 'early' ? '−' : '+'} ${months} = ${chosenMonth}`, citations: [REFORM_2025_FLEXIBLE] }),
      );
      // 人社部发〔2024〕94号 第七条: 弹性提前退休的，按本人选择的退休时间所在年份确定最低缴费年限；弹性延迟退休的，按法定退休年龄所在年份确定。
      const chosen = minimumStep('chosen-minimum', direction === 'early' ? chosenMonth : age.retirementMonth, asOf, notices, { direction });
      result.chosenMinimumContributionYears = chosen.value;
      steps.push(chosen.step);
      // 办法 第三条: 职工达到最低缴费年限，可以自愿选择弹性提前退休；…所在单位与职工协商一致的，可以弹性延迟退休。
      notices.push(direction === 'early' ? { code: 'early-needs-minimum', params: { years: chosen.value ?? '' } } : { code: 'late-needs-agreement' });
    } else if (window && direction === 'early') {
      // allowed is 0 here: the schema refuses a positive window that is too short.
      notices.push({ code: 'early-choice-not-possible' });
    } else if (!window) {
      notices.push({ code: 'flexible-choice-not-covered' });
    }
  }

  notices.push({ code: 'special-categories' });
  return { result, steps, notices };
}
