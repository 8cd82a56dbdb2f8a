import {
  dec,
  type Dec,
  firstDay,
  type IsoDate,
  type IsoMonth,
  type Lookup,
  max,
  min,
  type Notice,
  type Outcome,
  type Parameter,
  round,
  type Rounding,
  step,
  type Step,
  sum,
  tryValueAt,
  used,
  valueAt,
  yuan,
} from '../engine';
import { cityAverageWage, contributionBaseLimits } from '../shared/contribution-base';
import { minimumWage } from '../shared/wage-floors';
import {
  employeeMedical,
  employeePension,
  employeeUnemployment,
  employerMedical,
  employerPension,
  employerUnemployment,
  FLEX_QA_2024,
  flexibleMedical,
  flexiblePension,
  housingFundLimits,
  MIN_WAGE_EXCLUSIONS,
  RATES_QA_2025,
  ROUNDING_FEN,
  ROUNDING_JIAO,
  WORK_INJURY_CLASSES,
  workInjuryClassRates,
} from './parameters';
import type { ContributionsInput, Kind } from './schema';

export type Limit = 'lower' | 'upper' | 'none';

export interface InsuredBase {
  /** The base after the limits. */
  amount: string;
  /** The base the person gave. */
  declared: string;
  limit: Limit;
  lower: string;
  upper: string;
  /** The contribution year (July–June) of the limits. */
  yearFrom: IsoDate;
  yearTo: IsoDate;
}

export interface EmployeeShares {
  pension: string;
  medical: string;
  /** null for a flexible worker, who pays no unemployment insurance. */
  unemployment: string | null;
  total: string;
}

export interface EmployerShares {
  pension: string;
  medical: string;
  unemployment: string;
  /** null when neither the industry class nor the employer's rate was given (left out, never guessed). */
  workInjury: string | null;
  total: string;
}

export interface HousingFund {
  base: string;
  limit: Limit;
  /** Percent, each side. */
  rate: string;
  employee: string;
  employer: string;
  total: string;
}

export interface MinimumWageCheck {
  gross: string;
  excluded: string;
  /** The worker's own social insurance and housing fund. */
  deductions: string;
  remaining: string;
  minimum: string;
  meets: boolean;
  /** How much is missing to reach the minimum (0.00 when it is met). */
  shortfall: string;
}

export interface ContributionsResult {
  kind: Kind;
  month: IsoMonth;
  insuredBase: InsuredBase;
  /** What the person pays (a flexible worker: both parts, all here). */
  employee: EmployeeShares;
  /** What the employer pays; absent for a flexible worker. */
  employer?: EmployerShares;
  /** The rates used, in percent. */
  rates: {
    employee: { pension: string; medical: string; unemployment: string | null };
    employer?: { pension: string; medical: string; unemployment: string; workInjury: string | null };
  };
  /** 住房公积金 when asked (not social insurance). */
  housingFund?: HousingFund;
  /** Each side's monthly total: social insurance plus the housing fund when asked. */
  monthly: { employee: string; employer: string | null };
  minimumWage?: MinimumWageCheck;
  /** The totals under 见分进角 where that rounding gives a different figure (see the rounding notice). */
  jianFenJinJiao?: { employee: string; employer: string | null };
}

/** Social insurance to the fen, half-up, on each line (see ROUNDING_FEN; the sources conflict, see ROUNDING_JIAO). */
export const FEN: Rounding = { places: 2, mode: 'half-up' };
/** 见分进角: up to the next jiao. */
export const JIAO: Rounding = { places: 1, mode: 'up' };
/** Housing fund: each side's share to the whole yuan, half-up (沪公积金管委会〔2025〕8号, as the register reads it). */
export const YUAN: Rounding = { places: 0, mode: 'half-up' };

/** 1234567.5 → "1,234,567.50"; whole numbers without decimals ("6,000") unless `money`. */
export function grouped(d: Dec, money = true): string {
  const s = money || !d.isInteger() ? d.toFixed(2) : d.toFixed(0);
  const [int, frac] = s.split('.');
  const g = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${g}.${frac}` : g;
}

/** A ratio as percent text: 0.005 → "0.5". */
export function percent(ratio: Dec): string {
  return ratio.times(100).toString();
}

interface Line {
  insurance: 'pension' | 'medical' | 'unemployment' | 'workInjury';
  amount: Dec;
  /** 见分进角 applies to pension, medical and unemployment (as the source states it). */
  jiao?: Dec;
}

export function compute(input: ContributionsInput, asOf: IsoDate): Outcome<ContributionsResult> {
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const day = firstDay(input.month);
  const flexible = input.kind === 'flexible';

  // The base: the person's own figure, within the limits of the contribution year (rsj Q&A 2026-08-24; flexible: 60%–300%, rsj Q&A 2024-03-07).
  const limits = valueAt(contributionBaseLimits, day, asOf);
  const average = tryValueAt(cityAverageWage, day, asOf);
  const lower = dec(limits.value.lower);
  const upper = dec(limits.value.upper);
  const insured = min(max(input.base, lower), upper);
  const limit: Limit = input.base.lessThan(lower) ? 'lower' : input.base.greaterThan(upper) ? 'upper' : 'none';
  const yearFrom = limits.entry.from;
  const yearTo = limits.to ?? limits.entry.from;
  const limitParams = [used(contributionBaseLimits, limits, (v) => `${v.lower}–${v.upper}`), ...(average ? [used(cityAverageWage, average)] : [])];
  steps.push(
    step(
      `contributions:${flexible ? 'flexible-' : ''}base-${limit === 'none' ? 'inside' : limit}`,
      { declared: grouped(input.base, false), lower: grouped(lower, false), upper: grouped(upper, false), insured: grouped(insured, false), yearFrom, yearTo, average: average ? grouped(dec(average.value), false) : '' },
      {
        formula: `min(max(${input.base.toString()}, ${lower.toString()}), ${upper.toString()}) = ${insured.toString()}`,
        params: limitParams,
        citations: flexible ? [FLEX_QA_2024] : [],
      },
    ),
  );

  const line = (side: 'employee' | 'employer' | 'flexible', insurance: Line['insurance'], param: Parameter<string>, lookup: Lookup<string>): Line => {
    const ratio = dec(lookup.value);
    const exact = insured.times(ratio);
    const amount = round(exact, FEN);
    steps.push(
      step(
        'contributions:line',
        { side, insurance, base: grouped(insured, false), rate: percent(ratio), amount: grouped(amount) },
        { formula: `${insured.toString()} × ${percent(ratio)}% = ${exact.toString()} → ${yuan(amount)}`, params: [used(param, lookup, (v) => `${percent(dec(v))}%`)], rounding: FEN },
      ),
    );
    return insurance === 'workInjury' ? { insurance, amount } : { insurance, amount, jiao: round(exact, JIAO) };
  };

  let employeeLines: Line[];
  let employerLines: Line[] | undefined;
  const rates: ContributionsResult['rates'] = { employee: { pension: '', medical: '', unemployment: null } };
  let workInjuryRate: string | null = null;

  if (flexible) {
    // rsj Q&A 2024-03-07: from 2024-03-01, 20% pension and 10% medical of the chosen base; no unemployment insurance.
    const p = valueAt(flexiblePension, day, asOf);
    const m = valueAt(flexibleMedical, day, asOf);
    employeeLines = [line('flexible', 'pension', flexiblePension, p), line('flexible', 'medical', flexibleMedical, m)];
    rates.employee = { pension: percent(dec(p.value)), medical: percent(dec(m.value)), unemployment: null };
    notices.push({ code: 'flexible-no-unemployment' });
  } else {
    const ep = valueAt(employeePension, day, asOf);
    const em = valueAt(employeeMedical, day, asOf);
    const eu = valueAt(employeeUnemployment, day, asOf);
    const rp = valueAt(employerPension, day, asOf);
    const rm = valueAt(employerMedical, day, asOf);
    const ru = valueAt(employerUnemployment, day, asOf);
    employeeLines = [line('employee', 'pension', employeePension, ep), line('employee', 'medical', employeeMedical, em), line('employee', 'unemployment', employeeUnemployment, eu)];
    employerLines = [line('employer', 'pension', employerPension, rp), line('employer', 'medical', employerMedical, rm), line('employer', 'unemployment', employerUnemployment, ru)];
    rates.employee = { pension: percent(dec(ep.value)), medical: percent(dec(em.value)), unemployment: percent(dec(eu.value)) };

    // 工伤保险: the employer alone pays, at the class base rate plus its floating part; without either figure it is left out.
    const wi = workInjury(input, insured, day, asOf, steps, notices);
    if (wi) {
      employerLines.push({ insurance: 'workInjury', amount: wi.amount });
      workInjuryRate = wi.rate;
    }
    rates.employer = { pension: percent(dec(rp.value)), medical: percent(dec(rm.value)), unemployment: percent(dec(ru.value)), workInjury: workInjuryRate };
  }

  const shares = (lines: Line[]) => Object.fromEntries(lines.map((l) => [l.insurance, yuan(l.amount)])) as Record<Line['insurance'], string | undefined>;
  const employeeTotal = sum(employeeLines.map((l) => l.amount));
  const e = shares(employeeLines);
  const employee: EmployeeShares = { pension: e.pension!, medical: e.medical!, unemployment: e.unemployment ?? null, total: yuan(employeeTotal) };
  steps.push(totalStep(flexible ? 'flexible' : 'employee', employeeLines, employeeTotal));

  let employer: EmployerShares | undefined;
  let employerTotal: Dec | undefined;
  if (employerLines) {
    employerTotal = sum(employerLines.map((l) => l.amount));
    const r = shares(employerLines);
    employer = { pension: r.pension!, medical: r.medical!, unemployment: r.unemployment!, workInjury: r.workInjury ?? null, total: yuan(employerTotal) };
    steps.push(totalStep('employer', employerLines, employerTotal));
  }

  const result: ContributionsResult = {
    kind: input.kind,
    month: input.month,
    insuredBase: { amount: yuan(insured), declared: yuan(round(input.base, FEN)), limit, lower: yuan(lower), upper: yuan(upper), yearFrom, yearTo },
    employee,
    rates,
    monthly: { employee: yuan(employeeTotal), employer: employerTotal ? yuan(employerTotal) : null },
  };
  if (employer) result.employer = employer;

  // 住房公积金 (not social insurance): its own limits, each side to the whole yuan.
  const hf = housingFund(input, day, asOf, steps, notices);
  if (hf) {
    result.housingFund = hf.result;
    result.monthly.employee = yuan(employeeTotal.plus(hf.side));
    if (employerTotal) result.monthly.employer = yuan(employerTotal.plus(hf.side));
    steps.push(
      step(
        'contributions:monthly',
        { employee: grouped(dec(result.monthly.employee)), employer: grouped(dec(result.monthly.employer ?? '0')) },
        { formula: `${yuan(employeeTotal)} + ${yuan(hf.side)} = ${result.monthly.employee}; ${employerTotal ? yuan(employerTotal) : '0'} + ${yuan(hf.side)} = ${result.monthly.employer ?? ''}` },
      ),
    );
  }

  // The rounding conflict (fact sheet §4.4): fen half-up here; 见分进角 shown where it differs.
  const jiaoDiff = (lines: Line[]) => lines.some((l) => l.jiao && !l.jiao.equals(l.amount));
  const jiaoTotal = (lines: Line[]) => sum(lines.map((l) => l.jiao ?? l.amount));
  const lineDiffs = (lines: Line[]) => lines.filter((l) => l.jiao && !l.jiao.equals(l.amount)).map((l) => `${yuan(l.amount)} → ${l.jiao!.toFixed(2)}`).join(', ');
  const employeeDiffers = jiaoDiff(employeeLines);
  const employerDiffers = !!employerLines && jiaoDiff(employerLines);
  if (employeeDiffers || employerDiffers) {
    result.jianFenJinJiao = { employee: jiaoTotal(employeeLines).toFixed(2), employer: employerLines ? jiaoTotal(employerLines).toFixed(2) : null };
    notices.push({
      code: employerLines ? 'rounding-conflict' : 'rounding-conflict-flexible',
      params: {
        employeeFen: grouped(employeeTotal),
        employeeJiao: grouped(jiaoTotal(employeeLines)),
        employerFen: employerTotal ? grouped(employerTotal) : '',
        employerJiao: employerLines ? grouped(jiaoTotal(employerLines)) : '',
        lines: [lineDiffs(employeeLines), employerLines ? lineDiffs(employerLines) : ''].filter(Boolean).join(', '),
        fenSource: ROUNDING_FEN.doc,
        jiaoSource: ROUNDING_JIAO.doc,
      },
    });
  }

  // 沪人社规〔2025〕10号 第一条: the minimum wage is compared after the items it excludes.
  if (input.grossWage) {
    const mw = minimumWageCheck(input.grossWage, input.excludedPay, employeeTotal, hf?.side, day, asOf, steps, notices);
    if (mw) result.minimumWage = mw;
  }

  // A carried-forward rate gets its `carried-forward` notice from run(), as in every calculator.
  const inferred = inferredNotice(steps);
  if (inferred) notices.push(inferred);

  return { result, steps, notices };
}

function totalStep(side: 'employee' | 'employer' | 'flexible', lines: Line[], total: Dec): Step {
  return step('contributions:total', { side, total: grouped(total), count: lines.length }, { formula: `${lines.map((l) => yuan(l.amount)).join(' + ')} = ${yuan(total)}` });
}

function workInjury(input: ContributionsInput, insured: Dec, day: IsoDate, asOf: IsoDate, steps: Step[], notices: Notice[]): { amount: Dec; rate: string } | undefined {
  const classes = tryValueAt(workInjuryClassRates, day, asOf);
  if (input.workInjuryRate) {
    // The employer's own rate (base rate with its floating part), as its notice of assessment gives it.
    const ratio = input.workInjuryRate.dividedBy(100);
    const exact = insured.times(ratio);
    const amount = round(exact, FEN);
    steps.push(
      step(
        'contributions:work-injury-rate',
        { base: grouped(insured, false), rate: input.workInjuryRate.toString(), amount: grouped(amount) },
        { formula: `${insured.toString()} × ${input.workInjuryRate.toString()}% = ${exact.toString()} → ${yuan(amount)}`, rounding: FEN, citations: [classes ? classes.entry.source : RATES_QA_2025] },
      ),
    );
    if (input.workInjuryClass) notices.push({ code: 'work-injury-rate-over-class' });
    return { amount, rate: input.workInjuryRate.toString() };
  }
  if (!input.workInjuryClass) {
    notices.push({ code: 'work-injury-left-out' });
    return undefined;
  }
  if (!classes) {
    notices.push({ code: 'work-injury-not-covered' });
    return undefined;
  }
  const i = WORK_INJURY_CLASSES.indexOf(input.workInjuryClass);
  const ratio = dec(classes.value[i]!);
  const exact = insured.times(ratio);
  const amount = round(exact, FEN);
  steps.push(
    step(
      'contributions:work-injury-class',
      { workInjuryClass: input.workInjuryClass, base: grouped(insured, false), rate: percent(ratio), amount: grouped(amount) },
      { formula: `${insured.toString()} × ${percent(ratio)}% = ${exact.toString()} → ${yuan(amount)}`, params: [used(workInjuryClassRates, classes, (v) => `${percent(dec(v[i]!))}%`)], rounding: FEN },
    ),
  );
  notices.push({ code: 'work-injury-base-rate' });
  return { amount, rate: percent(ratio) };
}

function housingFund(input: ContributionsInput, day: IsoDate, asOf: IsoDate, steps: Step[], notices: Notice[]): { result: HousingFund; side: Dec } | undefined {
  if (!input.housingFundRate) return undefined;
  const limits = tryValueAt(housingFundLimits, day, asOf);
  if (!limits) {
    notices.push({ code: 'housing-fund-not-covered' });
    return undefined;
  }
  const declared = input.housingFundBase ?? input.base;
  const lower = dec(limits.value.lower);
  const upper = dec(limits.value.upper);
  const base = min(max(declared, lower), upper);
  const limit: Limit = declared.lessThan(lower) ? 'lower' : declared.greaterThan(upper) ? 'upper' : 'none';
  const ratio = input.housingFundRate.dividedBy(100);
  const exact = base.times(ratio);
  const side = round(exact, YUAN);
  steps.push(
    step(
      'contributions:housing-fund',
      {
        declared: grouped(declared, false),
        fromBase: input.housingFundBase ? 'own' : 'social',
        limit,
        lower: grouped(lower, false),
        upper: grouped(upper, false),
        base: grouped(base, false),
        rate: input.housingFundRate.toString(),
        amount: grouped(side),
        total: grouped(side.times(2)),
      },
      {
        formula: `min(max(${declared.toString()}, ${lower.toString()}), ${upper.toString()}) × ${input.housingFundRate.toString()}% = ${exact.toString()} → ${yuan(side)}`,
        params: [used(housingFundLimits, limits, (v) => `${v.lower}–${v.upper}`)],
        rounding: YUAN,
      },
    ),
  );
  notices.push({ code: 'housing-fund-not-social-insurance' });
  return { result: { base: yuan(base), limit, rate: input.housingFundRate.toString(), employee: yuan(side), employer: yuan(side), total: yuan(side.times(2)) }, side };
}

function minimumWageCheck(gross: Dec, excludedPay: Dec | undefined, employeeTotal: Dec, housingFundSide: Dec | undefined, day: IsoDate, asOf: IsoDate, steps: Step[], notices: Notice[]): MinimumWageCheck | undefined {
  const mw = tryValueAt(minimumWage, day, asOf);
  if (!mw) {
    notices.push({ code: 'minimum-wage-not-covered' });
    return undefined;
  }
  const excluded = excludedPay ?? dec(0);
  const deductions = employeeTotal.plus(housingFundSide ?? 0);
  const remaining = gross.minus(excluded).minus(deductions);
  const minimum = dec(mw.value);
  const meets = remaining.greaterThanOrEqualTo(minimum);
  const shortfall = meets ? dec(0) : minimum.minus(remaining);
  steps.push(
    step(
      meets ? 'contributions:minimum-wage-met' : 'contributions:minimum-wage-not-met',
      { gross: grouped(gross), excluded: grouped(excluded), deductions: grouped(deductions), remaining: grouped(remaining.abs()), negative: remaining.isNegative(), minimum: grouped(minimum, false), shortfall: grouped(shortfall) },
      {
        formula: `${yuan(round(gross, FEN))} − ${yuan(round(excluded, FEN))} − ${yuan(deductions)} = ${remaining.toFixed(2)} ${meets ? '≥' : '<'} ${minimum.toString()}`,
        params: [used(minimumWage, mw)],
        citations: [MIN_WAGE_EXCLUSIONS],
      },
    ),
  );
  // A remaining amount below zero is shown as a shortfall; the result keeps non-negative money.
  return { gross: yuan(round(gross, FEN)), excluded: yuan(round(excluded, FEN)), deductions: yuan(deductions), remaining: yuan(max(remaining, dec(0))), minimum: yuan(minimum), meets, shortfall: yuan(shortfall) };
}

/** A figure whose start date (or value) is worked out rather than read from a text. */
function inferredNotice(steps: readonly Step[]): Notice | undefined {
  const ids = [...new Set(steps.flatMap((s) => s.params.filter((p) => p.source.inferred).map((p) => p.id)))];
  return ids.length ? { code: 'inferred-figure', params: { parameter: ids[0]!, count: String(ids.length) } } : undefined;
}
