import { type Calculator, type IsoDate, type IsoMonth, monthOf, monthsBetween, type Notice, type Outcome, run, step, type Step } from '../engine';
import { defineUses } from '../engine/uses';
import type { PensionEstimateResult } from '../pension-estimate';
import { computeCategory, type CategoryResult, minimumYearsFor, type YearsMonths } from './compute';
import { FLEXIBLE_MEASURES_2024, type RetirementCategory } from './parameters';
import { type AwardFigures, categoriesOf, type CategoryChoice, type RetirementAgeInput } from './schema';
import { yearsAndMonths } from './statutory-age';

/**
 * Issue 20: the earliest, statutory and latest retirement month in one table, for one category or (a woman not sure
 * whether she counts as 工人 or 干部) for both; each month with its minimum contribution years, the first pension where
 * the award-sheet figures were given (a single run of the pension estimate for that month), and where it stands today.
 * "Today" is the rules-as-of date the calculator is given: these rules never read the clock.
 */

export type RowKind = 'earliest' | 'statutory' | 'latest';
/** Where a month stands against the month of the as-of date. */
export type WhenStatus = 'past' | 'this-month' | 'future';
/**
 * Where today stands in the window, which says what the person may do now (办法 第三条; 社会保险法 第十六条):
 * before the earliest month, inside the early window, at or past the statutory month (until the latest), past the latest.
 */
export type Phase = 'before-window' | 'early-open' | 'statutory-reached' | 'late-over';

export interface FirstPension {
  /** Yuan a month, as the pension estimate gives it for this month. */
  total: string;
  basic: string;
  account: string;
  /** 计发月数 for the age at this month. */
  payoutMonths: string;
  /** The 计发基数 used, and whether it is the latest published one standing in for the retirement year's. */
  base: string;
  baseYear: number | null;
  provisional: boolean;
  /** The contribution given is below this month's minimum (no monthly pension on these figures). */
  belowMinimum: boolean;
}

export interface WindowRow {
  kind: RowKind;
  month: IsoMonth;
  age: YearsMonths;
  /** The earliest month is cut at the original statutory age (50, 55, 60) rather than three years early. */
  atOriginalAge: boolean;
  /** 人社部发〔2024〕94号 第七条: early → the chosen year's minimum; statutory and late → the statutory year's. */
  minimumContributionYears: string | null;
  status: WhenStatus;
  /** Months from the as-of month to this month: negative when past. */
  monthsFromToday: number;
  /** Present when the award-sheet figures were given and the pension estimate could work this month out. */
  pension: FirstPension | null;
  /** The pension estimate's error code for this month (figures given, month not worked out), else null. */
  pensionProblem: string | null;
}

/**
 * The flexible choice worked out for one category (issue 20: not sure of the category, the same choice is checked and
 * worked out for both). `month` null: this category's window does not allow it, `problem` says why.
 */
export interface CategoryChoiceResult {
  month: IsoMonth | null;
  age: YearsMonths | null;
  /** 人社部发〔2024〕94号 第七条: early → the chosen year's minimum; late → the statutory year's. */
  minimumContributionYears: string | null;
  /**
   * Why there is no month: `early-not-possible`, the statutory age is the original age (no early window, 办法 第三条);
   * `not-covered`, the statutory month is before the flexible-retirement rules; `beyond-window`, more months than this
   * category's window holds. null when there is a month.
   */
  problem: 'early-not-possible' | 'not-covered' | 'beyond-window' | null;
}

export interface CategoryTable {
  category: RetirementCategory;
  statutoryAge: YearsMonths;
  retirementMonth: IsoMonth;
  earliestMonth: IsoMonth | null;
  latestMonth: IsoMonth | null;
  minimumContributionYears: string | null;
  rows: WindowRow[];
  phase: Phase;
  /** false where the statutory month falls before the flexible-retirement rules (no early or late choice). */
  hasWindow: boolean;
  /** Present when a flexible choice was given: its month for this category, or why there is none. */
  chosen?: CategoryChoiceResult;
}

export interface RetirementAgeResult extends CategoryResult {
  /** The answer given: a category, or `female-unsure` (the top-level figures are then those of the first table, 50). */
  categoryChoice: CategoryChoice;
  /** The as-of date, read as today. */
  today: IsoDate;
  /** One table per category: one, or two (50 then 55) when the person is not sure. */
  tables: CategoryTable[];
  /** Not sure: months from the 50 category's statutory month to the 55 category's. */
  categoryGapMonths: number | null;
}

const NS = 'retirement-age';

/**
 * The award-sheet figures are run through the pension estimate, which this module never imports: the calculator
 * declares it (`uses`), the registry lends it when an input has the figures, so that it loads with this page only then
 * (issue 17).
 */
export const PENSION_ESTIMATE = 'pension-estimate';
export const USES = defineUses<RetirementAgeInput>([PENSION_ESTIMATE], (input) => input.award !== undefined);

export function compute(input: RetirementAgeInput, asOf: IsoDate): Outcome<RetirementAgeResult> {
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const seenSteps = new Set<string>();
  const seenNotices = new Set<string>();
  const addStep = (s: Step) => {
    const id = JSON.stringify([s.key, s.values]);
    if (!seenSteps.has(id)) {
      seenSteps.add(id);
      steps.push(s);
    }
  };
  const addNotice = (n: Notice) => {
    const id = JSON.stringify([n.code, n.params ?? {}]);
    if (!seenNotices.has(id)) {
      seenNotices.add(id);
      notices.push(n);
    }
  };

  const categories = categoriesOf(input.category);
  const outcomes = categories.map((category) => computeCategory({ birthMonth: input.birthMonth, category, ...(input.flexible ? { flexible: input.flexible } : {}) }, asOf));
  const tables: CategoryTable[] = [];
  outcomes.forEach((out, i) => {
    out.steps.forEach(addStep);
    const table = tableFor(out.result, categories[i]!, input.award, asOf, addStep, addNotice);
    tables.push(table);
  });
  // The category's own notices after the table's, so that "today" comes first; special-categories stays last.
  for (const out of outcomes) out.notices.filter((n) => n.code !== 'special-categories').forEach(addNotice);
  if (input.category === 'female-unsure') addNotice({ code: 'category-unsure' });
  if (input.award) addNotice({ code: 'award-same-figures' });
  addNotice({ code: 'special-categories' });

  const first = outcomes[0]!.result;
  const gap = tables.length === 2 ? monthsBetween(tables[0]!.retirementMonth, tables[1]!.retirementMonth) : null;
  return { result: { ...first, categoryChoice: input.category, today: asOf, tables, categoryGapMonths: gap }, steps, notices };
}

function tableFor(r: CategoryResult, category: RetirementCategory, award: AwardFigures | undefined, asOf: IsoDate, addStep: (s: Step) => void, addNotice: (n: Notice) => void): CategoryTable {
  const thisMonth = monthOf(asOf);
  const rows: WindowRow[] = [];
  const row = (kind: RowKind, month: IsoMonth, minimum: string | null, atOriginalAge = false): WindowRow => {
    const fromToday = monthsBetween(thisMonth, month);
    return {
      kind,
      month,
      age: yearsAndMonths(monthsBetween(r.birthMonth, month)),
      atOriginalAge,
      minimumContributionYears: minimum,
      status: fromToday < 0 ? 'past' : fromToday === 0 ? 'this-month' : 'future',
      monthsFromToday: fromToday,
      pension: null,
      pensionProblem: null,
    };
  };

  const hasWindow = r.earliestMonth !== null && r.latestMonth !== null;
  if (hasWindow && r.earliestMonth !== r.retirementMonth) {
    // 人社部发〔2024〕94号 第七条: 弹性提前退休的，按本人选择的退休时间所在年份确定最低缴费年限.
    const early = minimumYearsFor(r.earliestMonth!, asOf);
    rows.push(row('earliest', r.earliestMonth!, early?.value ?? null, r.earliestMonth === r.originalMonth));
    addStep(
      step(`${NS}:window-minimum`, { earliestMonth: r.earliestMonth!, earliestYear: r.earliestMonth!.slice(0, 4), earliestYears: early?.value ?? '—', statutoryYear: r.retirementMonth.slice(0, 4), statutoryYears: r.minimumContributionYears ?? '—', category }, { citations: [FLEXIBLE_MEASURES_2024] }),
    );
  }
  rows.push(row('statutory', r.retirementMonth, r.minimumContributionYears));
  // 第七条: 弹性延迟退休的，按法定退休年龄所在年份确定最低缴费年限.
  if (hasWindow) rows.push(row('latest', r.latestMonth!, r.minimumContributionYears));

  if (award) {
    const pensionEstimate = USES.get(PENSION_ESTIMATE) as Calculator<unknown, PensionEstimateResult>;
    for (const w of rows) {
      // A single run of the pension estimate for this month, with the same figures: its figure, unchanged.
      const raw = {
        birthMonth: r.birthMonth,
        category,
        retirementMonth: w.month,
        contribution: { years: String(award.contribution.years), months: String(award.contribution.months) },
        averageIndex: award.averageIndex.toString(),
        accountBalance: award.accountBalance.toFixed(2),
      };
      const out = run(pensionEstimate, raw, asOf);
      if (!out.ok) {
        w.pensionProblem = out.errors[0]?.code ?? 'invalid';
        continue;
      }
      const p = out.result;
      w.pension = { total: p.total, basic: p.basic, account: p.account, payoutMonths: p.payoutMonths, base: p.base.amount, baseYear: p.base.year, provisional: p.base.provisional, belowMinimum: p.belowMinimum };
      addStep(
        step(`${NS}:first-pension`, { month: w.month, kind: w.kind, category, total: p.total, basic: p.basic, account: p.account, payoutMonths: p.payoutMonths, base: p.base.amount }, { formula: `${p.basic} + ${p.account} + ${p.transitional} = ${p.total}` }),
      );
      if (p.base.provisional && p.base.year !== null) addNotice({ code: 'pension-base-provisional', params: { year: String(p.base.year) } });
    }
  }

  const statutory = r.retirementMonth;
  const firstMonth = rows[0]!.month;
  const phase: Phase =
    monthsBetween(thisMonth, firstMonth) > 0
      ? 'before-window'
      : monthsBetween(thisMonth, statutory) > 0
        ? 'early-open'
        : r.latestMonth !== null && monthsBetween(r.latestMonth, thisMonth) > 0
          ? 'late-over'
          : 'statutory-reached';
  addStep(step(`${NS}:today`, { today: asOf, phase, category, earliestMonth: r.earliestMonth ?? statutory, retirementMonth: statutory, latestMonth: r.latestMonth ?? statutory }));

  const chosen: CategoryChoiceResult | undefined = r.flexible && {
    month: r.chosenMonth ?? null,
    age: r.chosenAge ?? null,
    minimumContributionYears: r.chosenMinimumContributionYears ?? null,
    // compute.ts: no window → not covered; an early choice in a window of 0 months early → not possible (the schema
    // refuses one longer than a window that has early months); a longer choice than the window holds otherwise.
    problem: r.chosenMonth ? null : !hasWindow ? 'not-covered' : r.flexible.direction === 'early' && r.earliestMonth === r.retirementMonth ? 'early-not-possible' : 'beyond-window',
  };
  return {
    category,
    statutoryAge: r.statutoryAge,
    retirementMonth: statutory,
    earliestMonth: r.earliestMonth,
    latestMonth: r.latestMonth,
    minimumContributionYears: r.minimumContributionYears,
    rows,
    phase,
    hasWindow,
    ...(chosen ? { chosen } : {}),
  };
}
