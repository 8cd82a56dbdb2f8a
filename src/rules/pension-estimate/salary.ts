import type Decimal from 'decimal.js';
import { cityAverageWage } from '../shared/contribution-base';
import { addMonths, dec, type Dec, firstDay, type IsoDate, type IsoMonth, max, min, monthsBetween, type Notice, round, step, type Step, tryValueAt, used, valueAt, yuan } from '../engine';
import { ACCOUNT_SHARE, ACCOUNT_SHARE_SOURCE, accountRate, BASE_BAND, BASE_BAND_2019, FEN, pensionBase } from './parameters';

/**
 * An estimate from the person's wage, before she has an award sheet: her average contribution-wage index and her
 * personal account at retirement, projected month by month with stated, editable assumptions. An estimate only.
 */
export interface SalaryInput {
  /** Her monthly wage now, or (`wageShare`) her wage as a percentage of the city average. */
  wage?: Decimal;
  wageShare?: Decimal;
  /** Contribution time up to last month (deemed years included). */
  soFar: { years: number; months: number };
  /** Her personal account now, from the yearly statement (个人权益记录); estimated when not given. */
  accountSoFar?: Decimal;
  /** Percent a year: her wage, the city average wage, the account's interest. */
  wageGrowth: Decimal;
  cityGrowth: Decimal;
  accountInterest: Decimal;
}

export interface SalaryProjection {
  /** The month the projection starts (today's month) and the months from it to retirement. */
  from: IsoMonth;
  monthsToCome: number;
  monthsSoFar: number;
  wage: string;
  /** Her wage as a percentage of the city average now, two decimals. */
  share: string;
  cityAverage: string;
  accountSoFar: string;
  accountSoFarEstimated: boolean;
  /** Projected: the average index (4 decimals, as a sheet prints it), the account at retirement, total contribution. */
  averageIndex: string;
  accountBalance: string;
  contribution: { years: number; months: number };
  /** The 计发基数 projected for the retirement year; null when it is published (then the published one is used). */
  projectedBase: string | null;
  baseYear: number;
  assumptions: { wageGrowth: string; cityGrowth: string; accountInterest: string };
  /** Contributions to come and the interest on them (yuan), for the explanation. */
  contributionsToCome: string;
  interestToCome: string;
}

/** The city average wage behind the contribution year in force on `asOf`, or the latest known before it. */
export function cityAverageOn(asOf: IsoDate): { value: string; from: IsoDate } | undefined {
  const l = tryValueAt(cityAverageWage, asOf, asOf);
  if (l) return { value: l.value, from: l.entry.from };
  const known = cityAverageWage.values.filter((v) => v.from <= asOf && v.value !== null && (!v.published || v.published <= asOf));
  const last = known[known.length - 1];
  return last && last.value !== null ? { value: last.value, from: last.from } : undefined;
}

/**
 * Average yearly growth of the cited city averages over the last five contribution years known on `asOf`, to 0.1 %:
 * the default of the city-average growth (a figure derived from the table, not a forecast).
 */
export function recentCityGrowth(asOf: IsoDate): { percent: string; from: string; to: string; fromYear: string; toYear: string } | undefined {
  const now = cityAverageOn(asOf);
  if (!now) return undefined;
  const fiveBefore = `${Number(now.from.slice(0, 4)) - 5}${now.from.slice(4)}`;
  const then = tryValueAt(cityAverageWage, fiveBefore, asOf);
  if (!then) return undefined;
  const growth = dec(now.value).dividedBy(then.value).pow(dec(1).dividedBy(5)).minus(1).times(100);
  return { percent: round(growth, { places: 1, mode: 'half-up' }).toFixed(1), from: then.value, to: now.value, fromYear: then.entry.from.slice(0, 4), toYear: now.from.slice(0, 4) };
}

/** The latest account crediting rate known on `asOf`, as a percentage (the default interest). */
export function latestAccountRate(asOf: IsoDate): { percent: string; year: number } | undefined {
  const known = accountRate.values.filter((v) => v.from <= asOf && v.value !== null);
  const last = known[known.length - 1];
  return last && last.value !== null ? { percent: dec(last.value).times(100).toString(), year: Number(last.from.slice(0, 4)) } : undefined;
}

const pct = (p: Decimal) => p.dividedBy(100);

/**
 * The projection, month by month from today's month to the month before retirement. Each contribution year (from July)
 * her wage and the city average grow by their rates; the month's base is her wage bounded by 60 %–300 % of the city
 * average (国办发〔2019〕13号), 8 % of it goes to the account; the account earns the interest rate once a year, on its
 * balance at the end of December (a month's contribution earns nothing in its own year: the tool's simplification).
 */
export function projectFromSalary(s: SalaryInput, retirementMonth: IsoMonth, asOf: IsoDate, steps: Step[], notices: Notice[]): SalaryProjection {
  const city = cityAverageOn(asOf);
  if (!city) throw new Error('pension-estimate: the schema checks a city average is known');
  const avg0 = dec(city.value);
  const wage0 = s.wage ?? round(avg0.times(pct(s.wageShare ?? dec(100))), FEN);
  const lower = dec(BASE_BAND.lower);
  const upper = dec(BASE_BAND.upper);
  const clampIndex = (i: Dec) => min(max(i, lower), upper);
  const share0 = wage0.dividedBy(avg0);
  const gw = pct(s.wageGrowth).plus(1);
  const gc = pct(s.cityGrowth).plus(1);
  const interest = pct(s.accountInterest);

  const from: IsoMonth = asOf.slice(0, 7);
  const monthsToCome = Math.max(0, monthsBetween(from, retirementMonth));
  const monthsSoFar = s.soFar.years * 12 + s.soFar.months;

  // The account now: given, or the months so far at today's base, without interest (the statement gives the real one).
  const base0 = avg0.times(clampIndex(share0));
  const accountSoFar = s.accountSoFar ?? round(base0.times(ACCOUNT_SHARE).times(monthsSoFar), FEN);
  let balance = accountSoFar;
  let indexSum = clampIndex(share0).times(monthsSoFar);
  let contributions = dec(0);
  let interestSum = dec(0);
  let years = 0;
  for (let k = 0; k < monthsToCome; k++) {
    const month = addMonths(from, k);
    if (k > 0 && month.endsWith('-07')) years++;
    if (k > 0 && month.endsWith('-01')) {
      const credited = round(balance.times(interest), FEN);
      balance = balance.plus(credited);
      interestSum = interestSum.plus(credited);
    }
    const avg = avg0.times(gc.pow(years));
    const wage = wage0.times(gw.pow(years));
    const base = min(max(wage, avg.times(lower)), avg.times(upper));
    indexSum = indexSum.plus(base.dividedBy(avg));
    const paid = round(base.times(ACCOUNT_SHARE), FEN);
    balance = balance.plus(paid);
    contributions = contributions.plus(paid);
  }
  const totalMonths = monthsSoFar + monthsToCome;
  const averageIndex = totalMonths ? round(indexSum.dividedBy(totalMonths), { places: 4, mode: 'half-up' }) : clampIndex(share0);

  // The 计发基数 of the retirement year: published, or the latest published grown by the city-average growth, to the yuan.
  const day = firstDay(retirementMonth);
  const baseLookup = valueAt(pensionBase, day, asOf);
  const baseFrom = Number(baseLookup.entry.from.slice(0, 4));
  const baseYear = Number(retirementMonth.slice(0, 4));
  const projectedBase = baseFrom < baseYear ? round(dec(baseLookup.value).times(gc.pow(baseYear - baseFrom)), { places: 0, mode: 'half-up' }) : null;

  const projection: SalaryProjection = {
    from,
    monthsToCome,
    monthsSoFar,
    wage: yuan(wage0),
    share: round(share0.times(100), FEN).toFixed(2),
    cityAverage: city.value,
    accountSoFar: yuan(accountSoFar),
    accountSoFarEstimated: s.accountSoFar === undefined,
    averageIndex: averageIndex.toFixed(4),
    accountBalance: yuan(balance),
    contribution: { years: Math.floor(totalMonths / 12), months: totalMonths % 12 },
    projectedBase: projectedBase ? projectedBase.toFixed(0) : null,
    baseYear,
    assumptions: { wageGrowth: s.wageGrowth.toString(), cityGrowth: s.cityGrowth.toString(), accountInterest: s.accountInterest.toString() },
    contributionsToCome: yuan(contributions),
    interestToCome: yuan(interestSum),
  };

  const cityParam = used(cityAverageWage, tryValueAt(cityAverageWage, city.from, asOf)!);
  steps.push(
    step('pension-estimate:salary-wage', { wage: projection.wage, share: projection.share, cityAverage: city.value, given: s.wage ? 'wage' : 'share' }, { formula: s.wage ? `${projection.wage} ÷ ${city.value} = ${projection.share}%` : `${city.value} × ${s.wageShare!.toString()}% = ${projection.wage}`, params: [cityParam] }),
    step('pension-estimate:salary-index', { monthsSoFar, monthsToCome, index: projection.averageIndex, wageGrowth: projection.assumptions.wageGrowth, cityGrowth: projection.assumptions.cityGrowth }, { citations: [BASE_BAND_2019], rounding: { places: 4, mode: 'half-up' } }),
    step(projection.accountSoFarEstimated ? 'pension-estimate:salary-account-estimated' : 'pension-estimate:salary-account', { accountSoFar: projection.accountSoFar, monthsSoFar, contributions: projection.contributionsToCome, interest: projection.interestToCome, rate: projection.assumptions.accountInterest, balance: projection.accountBalance }, {
      formula: `${projection.accountSoFar} + ${projection.contributionsToCome} + ${projection.interestToCome} = ${projection.accountBalance}`,
      citations: [ACCOUNT_SHARE_SOURCE],
    }),
  );
  if (projectedBase) {
    steps.push(step('pension-estimate:salary-base', { base: baseLookup.value, baseFrom, baseYear, growth: projection.assumptions.cityGrowth, projected: projection.projectedBase! }, { formula: `${baseLookup.value} × (1 + ${projection.assumptions.cityGrowth}%)^${baseYear - baseFrom} = ${projection.projectedBase}`, params: [used(pensionBase, baseLookup)], rounding: { places: 0, mode: 'half-up' } }));
  }
  notices.push({ code: 'salary-estimate' });
  if (projection.accountSoFarEstimated) notices.push({ code: 'salary-account-estimated' });
  if (share0.lessThan(lower) || share0.greaterThan(upper)) notices.push({ code: 'salary-share-bounded', params: { share: projection.share } });
  return projection;
}
