import { dec, type Dec, firstDay, type IsoDate, type IsoMonth, monthIndex, monthsBetween, type Notice, type Outcome, round, step, type Step, sum, used, valueAt, yuan } from '../engine';
import { minimumContribution } from '../retirement-age/parameters';
import { yearsAndMonths, statutoryAge } from '../retirement-age/statutory-age';
import { flexibleWindow, minimumYearsFor } from '../retirement-age/window';
import { basicRate, FEN, indexBounds, JIAO_UP, NATIONAL_2005, PAYOUT_ROUNDING, pensionBase, SH_AWARD_SHEETS, SH_BASIC_2021, SH_JIAO_UP, SH_TRANSITIONAL_2021, transitionalRule } from './parameters';
import { payoutMonthsFor, show } from './payout-months';
import { projectFromSalary, type SalaryProjection } from './salary';
import type { PensionEstimateInput } from './schema';

export interface PensionBaseUsed {
  /** The 计发基数, yuan a month, two decimals. */
  amount: string;
  /** The retirement year whose base it is (null when the person gave the base). */
  year: number | null;
  /** The year of the average wage it equals (Shanghai's award sheets name a base by this year). */
  wageYear: number | null;
  /** The retirement year of this estimate. */
  forYear: number;
  /** True when the base of `forYear` was not yet published and the latest published one stands in for it. */
  provisional: boolean;
  /** True when the person gave the base. */
  given: boolean;
  /** True on the estimate from a wage when the base of `forYear` is not published: the latest grown by the assumed city-average growth. */
  projected?: boolean;
}

export interface PensionEstimateResult {
  retirementMonth: IsoMonth;
  ageAtRetirement: { years: number; months: number };
  /** 基础养老金, 个人账户养老金, 过渡性养老金 and their sum, yuan a month, each to the fen and then 见分进角 to 0.1 yuan. */
  basic: string;
  account: string;
  transitional: string;
  total: string;
  /** The two parts of the transitional pension, to the fen: service before 1993, and the 1993–1997 notional account. */
  transitionalParts: { service: string; notional: string };
  base: PensionBaseUsed;
  /** 计发月数 used, e.g. "139" or "137.3". */
  payoutMonths: string;
  /** Minimum contribution years for the retirement year; null where not covered. */
  minimumContributionYears: string | null;
  belowMinimum: boolean;
  /** Present on the estimate from a wage: the projected index, account and contribution, with the assumptions used. */
  projection?: SalaryProjection;
}

export function compute(input: PensionEstimateInput, asOf: IsoDate): Outcome<PensionEstimateResult> {
  if (!input.salary) return fromSheet(input, asOf, [], []);
  // From a wage: project the award sheet's figures, then the same formula on them.
  if (!input.retirementMonth) throw new Error('pension-estimate: the schema resolves the retirement month');
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const projection = projectFromSalary(input.salary, input.retirementMonth, asOf, steps, notices);
  const { salary: _salary, ...sheet } = input;
  const projected: PensionEstimateInput = { ...sheet, contribution: projection.contribution, averageIndex: dec(projection.averageIndex), accountBalance: dec(projection.accountBalance) };
  if (projection.projectedBase) projected.base = dec(projection.projectedBase);
  const out = fromSheet(projected, asOf, steps, notices);
  if (projection.projectedBase) out.result.base = { ...out.result.base, year: projection.baseYear, wageYear: projection.baseYear - 1, given: false, provisional: false, projected: true };
  return { ...out, result: { ...out.result, projection } };
}

/** The formula on the award sheet's figures (given, or projected from a wage). */
function fromSheet(input: PensionEstimateInput, asOf: IsoDate, steps: Step[], notices: Notice[]): Outcome<PensionEstimateResult> {

  // The age when the pension starts: from the birth month where it is given (the schema resolved the month).
  let retirementMonth = input.retirementMonth;
  let ageMonths = input.ageAtRetirement ? input.ageAtRetirement.years * 12 + input.ageAtRetirement.months : 0;
  if (input.birthMonth && input.category) {
    const age = statutoryAge(input.birthMonth, input.category, asOf);
    steps.push(age.step);
    retirementMonth ??= age.retirementMonth;
    ageMonths = monthsBetween(input.birthMonth, retirementMonth);
    const { years, months } = yearsAndMonths(ageMonths);
    steps.push(step('pension-estimate:age-from-birth', { birthMonth: input.birthMonth, retirementMonth, years, months, statutoryMonth: age.retirementMonth }, { formula: `${retirementMonth} − ${input.birthMonth} = ${ageMonths}` }));
    // 办法 第三条: a month outside the flexible window is not a flexible retirement (special early retirement, 第八条, is not modelled).
    const window = flexibleWindow(age, asOf);
    if (retirementMonth !== age.retirementMonth && (!window || monthIndex(retirementMonth) < monthIndex(window.earliestMonth) || monthIndex(retirementMonth) > monthIndex(window.latestMonth))) {
      notices.push({ code: 'outside-flexible-window', params: { statutoryMonth: age.retirementMonth, earliest: window?.earliestMonth ?? age.retirementMonth, latest: window?.latestMonth ?? age.retirementMonth } });
    }
  }
  if (!retirementMonth) throw new Error('pension-estimate: the schema guarantees a retirement month');
  const day = firstDay(retirementMonth);
  const forYear = Number(retirementMonth.slice(0, 4));

  // 计发基数: the base of the retirement year; before it is published the latest published one, provisionally (预核定).
  let base: Dec;
  let baseUsed: PensionBaseUsed;
  const baseParams = [];
  if (input.base) {
    base = input.base;
    baseUsed = { amount: yuan(base), year: null, wageYear: null, forYear, provisional: false, given: true };
    steps.push(step('pension-estimate:base-given', { base: base.toString(), forYear }));
  } else {
    const lookup = valueAt(pensionBase, day, asOf);
    const year = Number(lookup.entry.from.slice(0, 4));
    base = dec(lookup.value);
    const provisional = year < forYear;
    baseUsed = { amount: yuan(base), year, wageYear: year - 1, forYear, provisional, given: false };
    const baseParam = used(pensionBase, lookup);
    baseParams.push(baseParam);
    steps.push(
      step(provisional ? 'pension-estimate:base-provisional' : 'pension-estimate:base', { base: lookup.value, year, wageYear: year - 1, forYear }, { params: [baseParam], citations: provisional ? [SH_AWARD_SHEETS] : [] }),
    );
    if (provisional) notices.push({ code: 'base-provisional', params: { forYear: String(forYear), year: String(year), base: lookup.value } });
  }

  // 国发〔2005〕38号: 基础养老金 = (C + C × Ī) ÷ 2 × N × 1%; 沪人社规〔2021〕27号: 不满1年的月数每月 0.083%, 分进角 (见分进角).
  const rate = valueAt(basicRate, day, asOf);
  const { years: cYears, months: cMonths } = input.contribution;
  const credit = dec(cYears).times(rate.value.perYear).plus(dec(cMonths).times(rate.value.perMonth));
  const basicExact = base.times(dec(1).plus(input.averageIndex)).dividedBy(2).times(credit);
  const basic = jiaoUp(basicExact);
  steps.push(
    step(
      'pension-estimate:basic',
      { base: base.toString(), index: input.averageIndex.toString(), years: cYears, months: cMonths, credit: credit.times(100).toString(), amount: basic.toFixed(1) },
      {
        formula: `${base.toString()} × (1 + ${input.averageIndex.toString()}) ÷ 2 × (${cYears} × ${pct(rate.value.perYear)} + ${cMonths} × ${pct(rate.value.perMonth)}) = ${show(basicExact)} → ${round(basicExact, FEN).toFixed(2)} → ${basic.toFixed(1)}`,
        params: [...baseParams, used(basicRate, rate, (r) => `${pct(r.perYear)} / ${pct(r.perMonth)}`)],
        citations: [NATIONAL_2005, SH_BASIC_2021, SH_JIAO_UP],
        rounding: JIAO_UP,
      },
    ),
  );
  // The 300% cap on the contribution base bounds the usual index (国办发〔2019〕13号); real sheets show more.
  const bounds = valueAt(indexBounds, day, asOf);
  if (input.averageIndex.greaterThan(bounds.value.usualMax)) {
    notices.push({ code: 'index-above-usual', params: { index: input.averageIndex.toString(), usualMax: bounds.value.usualMax } });
  }

  // 国发〔2005〕38号: 个人账户养老金 = 个人账户储存额 ÷ 计发月数 (month-level 计发月数 from 2025).
  const { years: ageYears, months: ageExtra } = yearsAndMonths(ageMonths);
  let payout: Dec;
  const payoutFromTable = input.payoutMonths ? undefined : payoutMonthsFor(ageMonths, day, asOf);
  if (input.payoutMonths) {
    payout = input.payoutMonths;
    steps.push(step('pension-estimate:payout-months-given', { payoutMonths: payout.toString(), years: ageYears, months: ageExtra }));
  } else {
    if (!payoutFromTable) throw new Error('pension-estimate: the schema asks for the payout months the table lacks');
    payout = payoutFromTable.value;
    const key = { table: 'payout-months', 'by-month': 'payout-months-by-month', 'whole-years': 'payout-months-whole-years' }[payoutFromTable.how];
    steps.push(step(`pension-estimate:${key}`, { payoutMonths: payout.toString(), years: ageYears, months: ageExtra }, { formula: payoutFromTable.formula, params: payoutFromTable.params, ...(payoutFromTable.how === 'by-month' ? { rounding: PAYOUT_ROUNDING } : {}) }));
  }
  const accountExact = input.accountBalance.dividedBy(payout);
  const account = jiaoUp(accountExact);
  steps.push(
    step('pension-estimate:account', { balance: input.accountBalance.toFixed(2), payoutMonths: payout.toString(), amount: account.toFixed(1) }, { formula: `${input.accountBalance.toFixed(2)} ÷ ${payout.toString()} = ${show(accountExact)} → ${round(accountExact, FEN).toFixed(2)} → ${account.toFixed(1)}`, params: [...(payoutFromTable?.params ?? [])], citations: [NATIONAL_2005, SH_BASIC_2021, SH_JIAO_UP], rounding: JIAO_UP }),
  );

  // 沪人社规〔2021〕32号: 过渡性养老金 = C × 1.0 × 1992年底前连续工龄 × 1.2% + 虚账实记总额 ÷ 120; the sum 见分进角 (sheets).
  const service = input.serviceBefore1993 ?? dec(0);
  const notional = input.notionalAccount1993to1997 ?? dec(0);
  let servicePart = dec(0);
  let notionalPart = dec(0);
  let transitional = dec(0);
  if (service.isZero() && notional.isZero()) {
    steps.push(step('pension-estimate:no-transitional'));
  } else {
    const rule = valueAt(transitionalRule, day, asOf);
    const serviceExact = base.times(rule.value.serviceIndex).times(service).times(rule.value.serviceRate);
    const notionalExact = notional.dividedBy(rule.value.notionalDivisor);
    servicePart = round(serviceExact, FEN);
    notionalPart = round(notionalExact, FEN);
    transitional = round(servicePart.plus(notionalPart), JIAO_UP);
    steps.push(
      step(
        'pension-estimate:transitional',
        { base: base.toString(), service: service.toString(), notional: notional.toFixed(2), servicePart: servicePart.toFixed(2), notionalPart: notionalPart.toFixed(2), amount: transitional.toFixed(1) },
        {
          formula: `${base.toString()} × ${rule.value.serviceIndex} × ${service.toString()} × ${pct(rule.value.serviceRate)} = ${show(serviceExact)} → ${servicePart.toFixed(2)}; ${notional.toFixed(2)} ÷ ${rule.value.notionalDivisor} = ${show(notionalExact)} → ${notionalPart.toFixed(2)}; ${servicePart.toFixed(2)} + ${notionalPart.toFixed(2)} = ${servicePart.plus(notionalPart).toFixed(2)} → ${transitional.toFixed(1)}`,
          params: [used(transitionalRule, rule, (r) => `${pct(r.serviceRate)} / ÷${r.notionalDivisor}`), ...baseParams],
          citations: [SH_TRANSITIONAL_2021, SH_JIAO_UP],
          rounding: JIAO_UP,
        },
      ),
    );
  }
  const total = sum([basic, account, transitional]);
  steps.push(step('pension-estimate:total', { basic: basic.toFixed(1), account: account.toFixed(1), transitional: transitional.toFixed(1), total: total.toFixed(1) }, { formula: `${basic.toFixed(1)} + ${account.toFixed(1)} + ${transitional.toFixed(1)} = ${total.toFixed(1)}` }));

  // 办法 第二条 / 社会保险法 第十六条: the minimum contribution years of the retirement year.
  const minimum = minimumYearsFor(retirementMonth, asOf);
  const contributed = dec(cYears).plus(dec(cMonths).dividedBy(12));
  const belowMinimum = minimum ? contributed.lessThan(minimum.value) : false;
  if (minimum) {
    steps.push(step(belowMinimum ? 'pension-estimate:below-minimum' : 'pension-estimate:minimum', { minimumYears: minimum.value, years: cYears, months: cMonths, year: forYear }, { params: [used(minimumContribution, minimum)] }));
    if (belowMinimum) notices.push({ code: 'below-minimum', params: { minimumYears: minimum.value } });
  }

  if (forYear >= 2026) notices.push({ code: 'method-2026-not-read' });
  notices.push({ code: 'not-included' });

  return {
    result: {
      retirementMonth,
      ageAtRetirement: { years: ageYears, months: ageExtra },
      basic: yuan(basic),
      account: yuan(account),
      transitional: yuan(transitional),
      total: yuan(total),
      transitionalParts: { service: yuan(servicePart), notional: yuan(notionalPart) },
      base: baseUsed,
      payoutMonths: payout.toString(),
      minimumContributionYears: minimum?.value ?? null,
      belowMinimum,
    },
    steps,
    notices,
  };
}

/** 计算到分，见分进角: to the fen half up, then a fen tail up to the next jiao (SH_JIAO_UP). */
function jiaoUp(exact: Dec): Dec {
  return round(round(exact, FEN), JIAO_UP);
}

/** A rate as a percentage for the formula line: 0.00083 → "0.083%". */
function pct(rate: string): string {
  return `${dec(rate).times(100).toString()}%`;
}
