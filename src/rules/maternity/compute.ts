import {
  addMonths,
  dec,
  type Dec,
  type IsoDate,
  type IsoMonth,
  max,
  monthOf,
  type Notice,
  type Outcome,
  round,
  type Rounding,
  step,
  type Step,
  tryValueAt,
  type UsedParam,
  used,
  valueAt,
  yuan,
} from '../engine';
import { cityAverageWage, contributionBaseLimits } from '../shared/contribution-base';
import { holidayYear, inHolidayPeriod, isStatutoryHoliday, statutoryHolidays } from '../shared/holidays';
import { addDays, addYears } from './dates';
import {
  allowanceRule,
  childcareLeave,
  childcareSubsidy,
  contributionTest,
  COUNTING_2022,
  employerRefund,
  medicalSubsidy,
  NATIONAL_619,
  nationalLeave,
  partnerLeave,
  RSJ_LEAVE_TABLE,
  RULES_2021,
  RULES_2026,
  shanghaiBirthLeave,
  SOCIAL_INSURANCE_LAW,
} from './parameters';
import type { MaternityInput } from './schema';

export interface LeaveParts {
  national: number;
  difficult: number;
  extraBabies: number;
  shanghai: number;
  miscarriage: number;
}

/** How the monthly standard was reached: inside the bounds, at one of them, without them (city average not yet published), or the agency's figure. */
export type Bound = 'none' | 'lower' | 'upper' | 'not-checked' | 'assessed';

export interface ChildcareSubsidyResult {
  children: number;
  /** Whole months at the monthly rate, for a child born before 2025; null for a child born from 2025 (whole years). */
  months: number | null;
  total: string;
  /** The total if a part month counted as a whole one (the rules do not say); null when there is no part month. */
  altTotal: string | null;
}

export interface MaternityResult {
  event: 'birth' | 'miscarriage';
  /** Days the allowance is paid for (and the leave lasts, holidays extending the Shanghai part aside). */
  leaveDays: number;
  leaveParts: LeaveParts;
  leaveStart: IsoDate;
  /** Last day of the national part (calendar days, holidays included). */
  nationalEnds: IsoDate;
  /** Last day of the leave; null where the holiday table does not reach. */
  leaveEnds: IsoDate | null;
  /** Statutory holidays over which the Shanghai part was extended. */
  holidaysExtended: IsoDate[];
  allowance: string;
  monthlyStandard: string | null;
  /** monthlyStandard ÷ 30, rounded to the fen for display (the allowance is worked out from the unrounded figure). */
  dailyStandard: string | null;
  bound: Bound;
  cityAverage: string | null;
  lowerBound: string | null;
  upperBound: string | null;
  contributionTestMet: boolean;
  fundPays: string;
  employerAdvance: string;
  /** With the monthly wage: what the employer adds so that the leave is paid at her wage. */
  employerTopUp: string | null;
  /** null where not sourced for the date (after 2026-07-01: open). */
  medicalSubsidy: string | null;
  partnerLeaveDays: number | null;
  childcareLeaveDaysPerYear: number | null;
  employerRefund: { sharePercent: number; months: number; fromMonth: IsoMonth; toMonth: IsoMonth } | null;
  childcareSubsidy: ChildcareSubsidyResult | null;
}

const FEN: Rounding = { places: 2, mode: 'half-up' };
const ns = 'maternity';
const k = (name: string) => `${ns}:${name}`;

export function compute(input: MaternityInput, asOf: IsoDate): Outcome<MaternityResult> {
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const date = input.eventDate;
  const rules2026 = date >= '2026-07-01';
  const rulesDoc = rules2026 ? RULES_2026 : RULES_2021;
  const isBirth = input.event === 'birth';

  // ---------------------------------------------------------------- leave days
  const national = valueAt(nationalLeave, date, asOf);
  const parts: LeaveParts = { national: 0, difficult: 0, extraBabies: 0, shanghai: 0, miscarriage: 0 };
  const leaveStart = isBirth ? (input.leaveStart ?? date) : date;
  let nationalDays: number;
  if (isBirth) {
    const babies = input.babies ?? 1;
    // 女职工劳动保护特别规定 第七条第一款: 98 days; 难产 +15; each further baby +15.
    parts.national = national.value.base;
    parts.difficult = input.difficultBirth ? national.value.difficult : 0;
    parts.extraBabies = (babies - 1) * national.value.perExtraBaby;
    nationalDays = parts.national + parts.difficult + parts.extraBabies;
    const variant = `${input.difficultBirth ? '-difficult' : ''}${babies > 1 ? '-multiple' : ''}`;
    const terms = [String(parts.national), ...(parts.difficult ? [String(parts.difficult)] : []), ...(parts.extraBabies ? [`${national.value.perExtraBaby} × ${babies - 1}`] : [])];
    steps.push(
      step(k(`leave-national${variant}`), { base: parts.national, difficult: parts.difficult, extraBabies: babies - 1, extraDays: parts.extraBabies, national: nationalDays }, {
        formula: terms.length > 1 ? `${terms.join(' + ')} = ${nationalDays}` : `${nationalDays}`,
        params: [used(nationalLeave, national, (r) => `${r.base}/${r.difficult}/${r.perExtraBaby}`)],
        citations: input.difficultBirth ? [RSJ_LEAVE_TABLE] : [],
      }),
    );
    // 上海市人口与计划生育条例 第三十一条第二款: 生育假 60 days on top of the national leave.
    const sh = valueAt(shanghaiBirthLeave, date, asOf);
    parts.shanghai = sh.value;
    steps.push(
      step(k(`leave-total${variant}`), { national: nationalDays, shanghai: parts.shanghai, total: nationalDays + parts.shanghai, base: parts.national, difficult: parts.difficult, extraDays: parts.extraBabies }, {
        formula: `${nationalDays} + ${parts.shanghai} = ${nationalDays + parts.shanghai}`,
        params: [used(shanghaiBirthLeave, sh)],
      }),
    );
  } else {
    // 第七条第二款: under 4 months 15 days; 4 months or more 42 days.
    const months = input.pregnancyMonths ?? 0;
    const four = months >= national.value.miscarriageMonths;
    parts.miscarriage = four ? national.value.miscarriage4Plus : national.value.miscarriageUnder4;
    nationalDays = parts.miscarriage;
    steps.push(
      step(k(four ? 'leave-miscarriage-4plus' : 'leave-miscarriage-under4'), { months, days: parts.miscarriage }, {
        formula: `${months} ${four ? '≥' : '<'} ${national.value.miscarriageMonths} → ${parts.miscarriage}`,
        params: [used(nationalLeave, national, (r) => `${r.miscarriageUnder4}/${r.miscarriage4Plus}`)],
      }),
    );
  }
  const leaveDays = nationalDays + parts.shanghai;

  // ---------------------------------------------------------------- dates
  // rsj《女职工产假一览表》: the national days run in calendar days, rest days and statutory holidays included.
  const nationalEnds = addDays(leaveStart, nationalDays - 1);
  steps.push(
    step(k(isBirth ? (input.leaveStart && input.leaveStart < date ? 'dates-national-prenatal' : 'dates-national') : 'dates-miscarriage'), { start: leaveStart, days: nationalDays, end: nationalEnds, eventDate: date }, {
      formula: `${leaveStart} + ${nationalDays} − 1 = ${nationalEnds}`,
      citations: [RSJ_LEAVE_TABLE, ...(input.leaveStart && input.leaveStart < date ? [NATIONAL_619] : [])],
    }),
  );
  let leaveEnds: IsoDate | null = nationalEnds;
  const holidaysExtended: IsoDate[] = [];
  if (isBirth) {
    // 沪府规〔2022〕18号 第二条: the 生育假 follows the maternity leave and is extended over statutory holidays.
    const from = addDays(nationalEnds, 1);
    const run = extend(from, parts.shanghai, (d) => isStatutoryHoliday(d, asOf));
    const tables = usedHolidayTables(from, run.kind === 'end' ? run.end : run.stoppedAt, asOf);
    if (run.kind === 'end') {
      leaveEnds = run.end;
      holidaysExtended.push(...run.skipped);
      steps.push(
        step(k(run.skipped.length ? 'dates-shanghai-extended' : 'dates-shanghai'), { from, days: parts.shanghai, holidays: run.skipped.length, holidayList: run.skipped.join('、'), end: run.end }, {
          formula: `${from} + ${parts.shanghai}${run.skipped.length ? ` + ${run.skipped.length}` : ''} − 1 = ${run.end}`,
          params: tables,
          citations: [COUNTING_2022],
        }),
      );
      const wide = extend(from, parts.shanghai, (d) => inHolidayPeriod(d, asOf));
      if (wide.kind === 'end') {
        if (wide.end !== run.end) notices.push({ code: 'holiday-reading', params: { alt: wide.end, end: run.end } });
      } else notices.push({ code: 'holiday-reading-open', params: { end: run.end } });
    } else {
      leaveEnds = null;
      holidaysExtended.push(...run.skipped);
      const earliest = addDays(run.stoppedAt, parts.shanghai - run.counted - 1);
      steps.push(step(k('dates-shanghai-not-covered'), { from, days: parts.shanghai, earliest, uncovered: run.stoppedAt }, { params: tables, citations: [COUNTING_2022] }));
      notices.push({ code: 'end-not-covered', params: { earliest, year: run.stoppedAt.slice(0, 4) } });
    }
  }

  // ---------------------------------------------------------------- the allowance
  const rule = valueAt(allowanceRule, date, asOf);
  let allowance: Dec;
  let monthlyStandard: Dec | null = null;
  let bound: Bound;
  let cityAverage: string | null = null;
  let lowerBound: Dec | null = null;
  let upperBound: Dec | null = null;
  if (input.employerAverageWage !== undefined) {
    const unit = input.employerAverageWage;
    const avg = tryValueAt(cityAverageWage, date, asOf);
    // The published base floor of the same July–June year, where it is 60% of the average rounded to the yuan (from
    // 2023-07 on; the earlier floors were set below 60%): it shows the other reading of the allowance's lower bound.
    const limits = tryValueAt(contributionBaseLimits, date, asOf);
    const baseFloor = avg && limits && dec(limits.value.lower).minus(dec(avg.value).times('0.6')).abs().lessThan(1) ? limits.value.lower : null;
    const ruleUsed = used(allowanceRule, rule, (r) => `${r.lowerShare}–${r.upperShare} × · ÷ ${r.divisor}`);
    if (avg) {
      cityAverage = avg.value;
      lowerBound = dec(avg.value).times(rule.value.lowerShare);
      upperBound = dec(avg.value).times(rule.value.upperShare);
      monthlyStandard = unit;
      bound = 'none';
      // The unit's previous-year average wage, bounded to 60%–300% of the city average.
      if (unit.lessThan(lowerBound)) {
        monthlyStandard = lowerBound;
        bound = 'lower';
      } else if (unit.greaterThan(upperBound)) {
        monthlyStandard = upperBound;
        bound = 'upper';
      }
      const avgUsed = used(cityAverageWage, avg);
      steps.push(
        step(k(`standard-${bound}`), { unitAverage: unit.toString(), cityAverage: avg.value, lower: lowerBound.toString(), upper: upperBound.toString(), standard: monthlyStandard.toString() }, {
          formula: `min(max(${unit.toString()}, ${avg.value} × ${rule.value.lowerShare} = ${lowerBound.toString()}), ${avg.value} × ${rule.value.upperShare} = ${upperBound.toString()}) = ${monthlyStandard.toString()}`,
          params: bound === 'none' ? [ruleUsed, avgUsed] : [avgUsed, ruleUsed],
          citations: [rulesDoc],
        }),
      );
    } else {
      monthlyStandard = unit;
      bound = 'not-checked';
      steps.push(step(k('standard-not-checked'), { unitAverage: unit.toString(), eventDate: date }, { params: [ruleUsed], citations: [rulesDoc] }));
      notices.push({ code: 'bounds-not-checked', params: { eventDate: date } });
    }
    // monthly standard ÷ 30 × leave days.
    allowance = round(monthlyStandard.times(leaveDays).dividedBy(rule.value.divisor), FEN);
    const daily = round(monthlyStandard.dividedBy(rule.value.divisor), FEN);
    steps.push(
      step(k('allowance'), { standard: monthlyStandard.toString(), divisor: rule.value.divisor, days: leaveDays, daily: yuan(daily), allowance: yuan(allowance) }, {
        formula: `${monthlyStandard.toString()} ÷ ${rule.value.divisor} × ${leaveDays} = ${yuan(allowance)}`,
        params: [used(allowanceRule, rule, (r) => `÷ ${r.divisor}`)],
        citations: [rulesDoc],
        rounding: FEN,
      }),
    );
    const alt = round(daily.times(leaveDays), FEN);
    notices.push({ code: 'rounding-not-stated', params: { alt: yuan(alt), allowance: yuan(allowance) } });
    if (bound === 'lower' && baseFloor && !dec(baseFloor).equals(lowerBound!)) {
      const altFloor = round(dec(baseFloor).times(leaveDays).dividedBy(rule.value.divisor), FEN);
      notices.push({ code: 'lower-bound-rounding', params: { lower: lowerBound!.toString(), baseFloor, alt: yuan(altFloor) } });
    }
    if (bound === 'upper') {
      const excess = round(unit.minus(upperBound!).times(leaveDays).dividedBy(rule.value.divisor), FEN);
      notices.push({ code: 'above-cap', params: { excess: yuan(excess), upper: upperBound!.toString() } });
    }
  } else {
    allowance = input.assessedAllowance!;
    bound = 'assessed';
    steps.push(step(k('allowance-assessed'), { allowance: yuan(allowance), days: leaveDays }, { citations: [rulesDoc] }));
  }

  // ---------------------------------------------------------------- who pays
  const test = valueAt(contributionTest, date, asOf);
  const testUsed = used(contributionTest, test, (t) => `${t.cumulativeMonths}/${t.consecutiveMonths}`);
  // 12 months cumulative or 9 consecutive at the month of the event: the fund pays it all; otherwise months ÷ 12, the employer advancing the rest.
  const met = input.contributionMonths >= test.value.cumulativeMonths || input.consecutiveMonths >= test.value.consecutiveMonths;
  let fundPays: Dec;
  if (met) {
    fundPays = allowance;
    steps.push(
      step(k('fund-pays-all'), { cumulative: input.contributionMonths, consecutive: input.consecutiveMonths, needCumulative: test.value.cumulativeMonths, needConsecutive: test.value.consecutiveMonths, allowance: yuan(allowance) }, {
        formula: `${input.contributionMonths} ≥ ${test.value.cumulativeMonths} ∨ ${input.consecutiveMonths} ≥ ${test.value.consecutiveMonths}`,
        params: [testUsed],
        citations: [SOCIAL_INSURANCE_LAW],
      }),
    );
  } else {
    fundPays = round(allowance.times(input.contributionMonths).dividedBy(12), FEN);
    const advance = allowance.minus(fundPays);
    steps.push(
      step(k('fund-pays-share'), { cumulative: input.contributionMonths, consecutive: input.consecutiveMonths, needCumulative: test.value.cumulativeMonths, needConsecutive: test.value.consecutiveMonths, allowance: yuan(allowance), fundPays: yuan(fundPays), employerAdvance: yuan(advance) }, {
        formula: `${yuan(allowance)} × ${input.contributionMonths} ÷ 12 = ${yuan(fundPays)}; ${yuan(allowance)} − ${yuan(fundPays)} = ${yuan(advance)}`,
        params: [testUsed],
        citations: [SOCIAL_INSURANCE_LAW],
        rounding: FEN,
      }),
    );
    if (input.contributionMonths === 0) notices.push({ code: 'employer-owes-all' });
    else notices.push({ code: 'share-rounding' });
  }
  const employerAdvance = allowance.minus(fundPays);

  // ---------------------------------------------------------------- the employer's top-up
  let employerTopUp: Dec | null = null;
  if (input.monthlyWage !== undefined) {
    // 女职工劳动保护特别规定 第八条: an allowance below her pre-leave wage is topped up by the employer.
    const wageForLeave = round(input.monthlyWage.times(leaveDays).dividedBy(rule.value.divisor), FEN);
    employerTopUp = max(wageForLeave.minus(allowance), dec(0));
    steps.push(
      step(k(employerTopUp.isZero() ? 'no-top-up' : 'top-up'), { monthlyWage: input.monthlyWage.toString(), days: leaveDays, wageForLeave: yuan(wageForLeave), allowance: yuan(allowance), topUp: yuan(employerTopUp) }, {
        formula: `${input.monthlyWage.toString()} ÷ ${rule.value.divisor} × ${leaveDays} = ${yuan(wageForLeave)}; max(${yuan(wageForLeave)} − ${yuan(allowance)}, 0) = ${yuan(employerTopUp)}`,
        citations: [{ ...NATIONAL_619, article: '第八条' }],
        rounding: FEN,
      }),
    );
    notices.push({ code: 'top-up-basis' });
  }

  // ---------------------------------------------------------------- medical-expense subsidy
  let medical: string | null = null;
  const sub = tryValueAt(medicalSubsidy, date, asOf);
  if (sub) {
    const kind = isBirth ? 'birth' : (input.pregnancyMonths ?? 0) >= national.value.miscarriageMonths ? 'miscarriage4Plus' : 'miscarriageUnder4';
    medical = yuan(dec(sub.value[kind]));
    steps.push(step(k('medical-subsidy'), { kind, amount: medical }, { params: [used(medicalSubsidy, sub, (v) => v[kind])], citations: [rulesDoc] }));
    if (date < '2022-02-21') notices.push({ code: 'rules-2021-date' });
  } else if (rules2026) {
    notices.push({ code: 'medical-subsidy-open' });
  }

  // ---------------------------------------------------------------- births only: leave of the parents, employer refund, childcare subsidy
  let partnerLeaveDays: number | null = null;
  let childcareLeaveDaysPerYear: number | null = null;
  let refund: MaternityResult['employerRefund'] = null;
  let childcare: ChildcareSubsidyResult | null = null;
  if (isBirth) {
    const pl = valueAt(partnerLeave, date, asOf);
    const cl = valueAt(childcareLeave, date, asOf);
    partnerLeaveDays = pl.value;
    childcareLeaveDaysPerYear = cl.value;
    steps.push(step(k('parents-leave'), { partner: pl.value, childcare: cl.value }, { params: [used(partnerLeave, pl), used(childcareLeave, cl)] }));

    const er = tryValueAt(employerRefund, date, asOf);
    if (er) {
      const fromMonth = monthOf(date);
      const toMonth = addMonths(fromMonth, er.value.months - 1);
      refund = { sharePercent: er.value.sharePercent, months: er.value.months, fromMonth, toMonth };
      steps.push(step(k('employer-refund'), { sharePercent: er.value.sharePercent, months: er.value.months, fromMonth, toMonth, leaveEnds: leaveEnds ?? '—' }, { params: [used(employerRefund, er, (v) => `${v.sharePercent}% × ${v.months}`)] }));
    }

    childcare = childcareSubsidyFor(date, input.babies ?? 1, asOf, steps, notices);
  }

  return {
    result: {
      event: input.event,
      leaveDays,
      leaveParts: parts,
      leaveStart,
      nationalEnds,
      leaveEnds,
      holidaysExtended,
      allowance: yuan(allowance),
      monthlyStandard: monthlyStandard ? monthlyStandard.toString() : null,
      dailyStandard: monthlyStandard ? yuan(round(monthlyStandard.dividedBy(rule.value.divisor), FEN)) : null,
      bound,
      cityAverage,
      lowerBound: lowerBound ? lowerBound.toString() : null,
      upperBound: upperBound ? upperBound.toString() : null,
      contributionTestMet: met,
      fundPays: yuan(fundPays),
      employerAdvance: yuan(employerAdvance),
      employerTopUp: employerTopUp ? yuan(employerTopUp) : null,
      medicalSubsidy: medical,
      partnerLeaveDays,
      childcareLeaveDaysPerYear,
      employerRefund: refund,
      childcareSubsidy: childcare,
    },
    steps,
    notices,
  };
}

type Extension = { kind: 'end'; end: IsoDate; skipped: IsoDate[] } | { kind: 'not-covered'; stoppedAt: IsoDate; counted: number; skipped: IsoDate[] };

/** `days` days from `from`, a holiday not counted; stops at the first day the holiday table does not cover. */
function extend(from: IsoDate, days: number, isHoliday: (d: IsoDate) => boolean | undefined): Extension {
  const skipped: IsoDate[] = [];
  let counted = 0;
  let d = from;
  // At most `days` counted days plus the holidays between them; each loop step moves one day on.
  for (;;) {
    const h = isHoliday(d);
    if (h === undefined) return { kind: 'not-covered', stoppedAt: d, counted, skipped };
    if (h) skipped.push(d);
    else if (++counted === days) return { kind: 'end', end: d, skipped };
    d = addDays(d, 1);
  }
}

/** The yearly holiday tables a run of days looked at, as used parameters. */
function usedHolidayTables(from: IsoDate, to: IsoDate, asOf: IsoDate): UsedParam[] {
  const out: UsedParam[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const l = tryValueAt(statutoryHolidays, `${y}-06-30`, asOf);
    if (l && holidayYear(y, asOf)) out.push(used(statutoryHolidays, l, (v) => `${v.year}: ${v.statutory.length}`));
  }
  return out;
}

/** 育儿补贴制度实施方案: 3600 a year per child under 3 from 2025-01-01; a child born before 2025 by the months due, 300 a month. */
function childcareSubsidyFor(birth: IsoDate, children: number, asOf: IsoDate, steps: Step[], notices: Notice[]): ChildcareSubsidyResult | null {
  const start = birth > '2025-01-01' ? birth : '2025-01-01';
  const third = addYears(birth, 3);
  if (third <= '2025-01-01') return null;
  const sub = tryValueAt(childcareSubsidy, start, asOf);
  if (!sub) return null;
  const p = [used(childcareSubsidy, sub, (v) => `${v.perYear}/${v.perMonth}`)];
  if (birth >= '2025-01-01') {
    const total = dec(sub.value.perYear).times(sub.value.untilAge).times(children);
    steps.push(step(k('childcare-subsidy'), { perYear: sub.value.perYear, years: sub.value.untilAge, children, total: yuan(total), third }, { formula: `${sub.value.perYear} × ${sub.value.untilAge} × ${children} = ${yuan(total)}`, params: p }));
    return { children, months: null, total: yuan(total), altTotal: null };
  }
  // Whole months from 2025-01-01 to the third birthday; whether a part month counts is not stated.
  const months = (Number(third.slice(0, 4)) - 2025) * 12 + Number(third.slice(5, 7)) - 1;
  const part = third.slice(8) !== '01';
  const total = dec(sub.value.perMonth).times(months).times(children);
  const altTotal = part ? dec(sub.value.perMonth).times(months + 1).times(children) : null;
  steps.push(step(k('childcare-subsidy-months'), { perMonth: sub.value.perMonth, months, children, total: yuan(total), third }, { formula: `${sub.value.perMonth} × ${months} × ${children} = ${yuan(total)}`, params: p }));
  if (altTotal) notices.push({ code: 'childcare-part-month', params: { alt: yuan(altTotal), months: String(months + 1) } });
  return { children, months, total: yuan(total), altTotal: altTotal ? yuan(altTotal) : null };
}
