import {
  type Citation,
  daysInMonth,
  dec,
  type Dec,
  type IsoDate,
  type IsoMonth,
  min,
  monthOf,
  type Notice,
  type Outcome,
  round,
  type Rounding,
  step,
  type Step,
  tryValueAt,
  used,
  valueAt,
  yuan,
} from '../engine';
import {
  assessmentValidity,
  ASSESSMENT_MEASURES_2018,
  CIVIL_CODE_1259,
  CIVIL_CODE_PERIODS,
  CLAIM_CONDITIONS,
  claimMinAge,
  continuityBonus,
  entitledLevels,
  fundShare,
  hourlyPriceTiers,
  INSTITUTION_STANDARD_BEFORE_2025_09,
  type InstitutionBands,
  institutionDailyStandard,
  insuredResidentMinAge,
  MEASURES_2017,
  MEASURES_2026_PUBLISHED,
  weeklyHours,
} from './parameters';
import type { Band, LongTermCareInput, Setting } from './schema';

export type IneligibleReason = 'not-insured' | 'under-60' | 'pension-not-drawn' | 'level-not-entitled' | 'assessment-expired';

export interface LongTermCareResult {
  eligible: boolean;
  reasons: IneligibleReason[];
  setting: Setting;
  level: number;
  /** The month of care (the month of `careDate`) and its length. */
  month: IsoMonth;
  daysInMonth: number;
  /** Home care: hours a week for the level. */
  weeklyHours: number | null;
  /** Home care: hours in the month (weekly hours × days ÷ 7, plus extra hours), two decimals. */
  monthlyHours: string | null;
  extraHoursPerMonth: number;
  cashPerMonth: string;
  /** Home care: the fund's share of the cost, e.g. "0.90"; null for institutional care (no share was sourced). */
  fundShare: string | null;
  /** Yuan, two decimals; null where an input the rules do not fix (price, charge, band) was not given. */
  cost: string | null;
  fundPays: string | null;
  selfPays: string | null;
  /** Institutional care: the days counted, the daily standard applied and the three standards in force. */
  days: number | null;
  dailyStandard: string | null;
  dailyStandards: InstitutionBands | null;
  /** `setting: 'compare'` only: each setting worked out by this same calculator, as a single run of it would. */
  comparison?: LongTermCareComparison;
}

/** Home care and institutional care for the same person, side by side (issue 20). */
export interface LongTermCareComparison {
  /** A run with `setting: 'home'` and the same answers. */
  home: LongTermCareResult;
  /**
   * One run with `setting: 'institution'` per daily band, lowest first: no source maps the level to a band, so all
   * three are shown instead of asking. Empty where the institutional standard is not covered on the date.
   */
  institution: { band: Band; result: LongTermCareResult }[];
}

const NS = 'long-term-care';
/** This tool's rounding of money to the fen: no rounding rule was found in the sources. */
export const FEN: Rounding = { places: 2, mode: 'half-up' };
/** Hours are shown to two decimals; the money uses the unrounded hours. */
export const HOURS_SHOWN: Rounding = { places: 2, mode: 'half-up' };

/** `date` plus whole years, the day clamped to the month's end (29 Feb → 28 Feb). */
function addYears(date: IsoDate, years: number): IsoDate {
  const y = Number(date.slice(0, 4)) + years;
  const m = Number(date.slice(5, 7));
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${date.slice(5, 7)}-${String(d).padStart(2, '0')}`;
}

/** `careDate` picks the values in force; `rulesAsOf` is the date the rules are read as of (values published later are unknown). */
export function compute(input: LongTermCareInput, rulesAsOf: IsoDate): Outcome<LongTermCareResult> {
  if (input.setting === 'compare') return compare(input, rulesAsOf);
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const careDate = input.careDate;
  const month = monthOf(careDate);
  const dim = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  const reasons: IneligibleReason[] = [];
  const base: LongTermCareResult = {
    eligible: false,
    reasons,
    setting: input.setting,
    level: input.level,
    month,
    daysInMonth: dim,
    weeklyHours: null,
    monthlyHours: null,
    extraHoursPerMonth: 0,
    cashPerMonth: '0.00',
    fundShare: null,
    cost: null,
    fundPays: null,
    selfPays: null,
    days: null,
    dailyStandard: null,
    dailyStandards: null,
  };

  if (careDate >= MEASURES_2026_PUBLISHED && rulesAsOf >= MEASURES_2026_PUBLISHED) {
    notices.push({ code: 'version-2026-not-seen', params: { published: MEASURES_2026_PUBLISHED } });
  }

  // 沪府发〔2017〕97号 第三条: 第一类人员 = 职工医保参保人员 (any age); 第二类人员 = 60 岁以上的居民医保参保人员.
  const residentAge = valueAt(insuredResidentMinAge, careDate, rulesAsOf);
  const art3: Citation = { ...MEASURES_2017, article: '第三条' };
  if (input.scheme === 'employee') {
    steps.push(step(`${NS}:insured-employee`, { scheme: input.scheme }, { citations: [art3] }));
  } else if (input.scheme === 'resident' && input.age >= residentAge.value) {
    steps.push(step(`${NS}:insured-resident`, { age: input.age, minAge: residentAge.value }, { formula: `${input.age} ≥ ${residentAge.value}`, params: [used(insuredResidentMinAge, residentAge)], citations: [art3] }));
  } else if (input.scheme === 'resident') {
    steps.push(step(`${NS}:not-insured-resident`, { age: input.age, minAge: residentAge.value }, { formula: `${input.age} < ${residentAge.value}`, params: [used(insuredResidentMinAge, residentAge)], citations: [art3] }));
  } else {
    reasons.push('not-insured');
    steps.push(step(`${NS}:not-insured`, {}, { citations: [art3] }));
    // 沪府办发〔2018〕2号 第三条: 60+ with Shanghai 户籍 but in neither scheme may still be assessed (for care subsidies).
    if (input.age >= residentAge.value) notices.push({ code: 'assessment-without-insurance' });
  }

  // Claim conditions (secondary): 60 or older; a 职工医保 participant must draw the basic pension.
  const minAge = valueAt(claimMinAge, careDate, rulesAsOf);
  if (input.age < minAge.value) reasons.push('under-60');
  steps.push(
    step(input.age >= minAge.value ? `${NS}:claim-age` : `${NS}:claim-age-not-met`, { age: input.age, minAge: minAge.value }, { formula: `${input.age} ${input.age >= minAge.value ? '≥' : '<'} ${minAge.value}`, params: [used(claimMinAge, minAge)] }),
  );
  if (input.scheme === 'employee') {
    if (!input.drawingPension) reasons.push('pension-not-drawn');
    steps.push(step(input.drawingPension ? `${NS}:pension` : `${NS}:pension-not-drawn`, {}, { citations: [CLAIM_CONDITIONS] }));
  }

  // 沪府办发〔2018〕2号 第二条: the assessed level is the premise and basis of benefits; levels 2–6 are entitled (secondary).
  const levels = valueAt(entitledLevels, careDate, rulesAsOf);
  const levelOk = input.level >= levels.value.min && input.level <= levels.value.max;
  if (!levelOk) reasons.push('level-not-entitled');
  steps.push(
    step(levelOk ? `${NS}:level` : `${NS}:level-not-entitled`, { level: input.level, minLevel: levels.value.min, maxLevel: levels.value.max }, {
      params: [used(entitledLevels, levels, (v) => `${v.min}-${v.max}`)],
      citations: [{ ...ASSESSMENT_MEASURES_2018, article: '第二条' }],
    }),
  );

  // Trial measures (2016): an assessment is valid for at most 2 years.
  const validity = valueAt(assessmentValidity, careDate, rulesAsOf);
  if (input.assessmentDate) {
    // 民法典 第二百零一条、第二百零二条: the period ends on the corresponding day of the last year (or that month's end).
    const validUntil = addYears(input.assessmentDate, validity.value);
    const valid = careDate <= validUntil;
    if (!valid) reasons.push('assessment-expired');
    steps.push(
      step(valid ? `${NS}:assessment-valid` : `${NS}:assessment-expired`, { assessmentDate: input.assessmentDate, validUntil, years: validity.value, careDate }, {
        formula: `${input.assessmentDate} + ${validity.value} → ${validUntil} ${valid ? '≥' : '<'} ${careDate}`,
        params: [used(assessmentValidity, validity)],
        citations: [CIVIL_CODE_PERIODS],
      }),
    );
  } else {
    notices.push({ code: 'assessment-validity', params: { years: String(validity.value) } });
  }

  if (reasons.length) {
    return { result: { ...base, fundPays: '0.00' }, steps, notices };
  }
  const eligible: LongTermCareResult = { ...base, eligible: true };
  return input.setting === 'home' ? homeCare(input, rulesAsOf, eligible, steps, notices) : institutionalCare(input, rulesAsOf, eligible, steps, notices);
}

/** 社区居家照护 (第十四条 as the Q&A pages repeat it): weekly hours by level, the level 5–6 bonus, the fund's 90%. */
function homeCare(input: LongTermCareInput, rulesAsOf: IsoDate, result: LongTermCareResult, steps: Step[], notices: Notice[]): Outcome<LongTermCareResult> {
  const careDate = input.careDate;
  const dim = result.daysInMonth;

  // 第十四条: 二级、三级 ≤ 3 小时/周; 四级 ≤ 5 小时/周; 五级、六级 ≤ 7 小时/周.
  const hoursLookup = valueAt(weeklyHours, careDate, rulesAsOf);
  const weekly = hoursLookup.value[input.level];
  if (weekly === undefined) throw new Error(`ltc.home.weekly-hours: no hours for level ${input.level}`);
  steps.push(step(`${NS}:weekly-hours`, { level: input.level, weeklyHours: weekly }, { params: [used(weeklyHours, hoursLookup, (v) => String(v[input.level]))] }));

  // No source says how the weekly cap adds up over a calendar month: this tool counts days in the month ÷ 7 weeks.
  const weeks = dec(dim).div(7);
  const weeksShown = round(weeks, HOURS_SHOWN).toFixed(2);
  steps.push(step(`${NS}:weeks-in-month`, { month: result.month, days: dim, weeks: weeksShown }, { formula: `${dim} ÷ 7 = ${weeksShown}`, rounding: HOURS_SHOWN }));
  notices.push({ code: 'weeks-assumption', params: { month: result.month, days: String(dim), weeks: weeksShown } });

  // 第十四条: levels 5–6 in continuous home care 1个月以上6个月(含)以下 → +1 h a month or 40 元; 6个月以上 → +2 h or 80 元.
  let extraHours = 0;
  let cash = dec(0);
  const bonusLookup = valueAt(continuityBonus, careDate, rulesAsOf);
  const bonus = bonusLookup.value;
  if (bonus.levels.includes(input.level)) {
    const months = input.continuousHomeCareMonths;
    const bonusParams = [used(continuityBonus, bonusLookup, () => `${bonus.lower.extraHours}h/${bonus.lower.cash}, ${bonus.upper.extraHours}h/${bonus.upper.cash}`)];
    if (months === undefined) {
      notices.push({ code: 'bonus-needs-months' });
      steps.push(step(`${NS}:bonus-months-unknown`, { level: input.level }, { params: bonusParams }));
    } else {
      // 民法典 第一千二百五十九条: “以上” includes the number, so 1 month is in the lower tier; “(含)” puts 6 months there too.
      const tier = months > bonus.upper.overMonths ? bonus.upper : months >= bonus.lower.fromMonths && months <= bonus.lower.toMonths ? bonus.lower : undefined;
      if (!tier) {
        steps.push(step(`${NS}:no-bonus`, { months, fromMonths: bonus.lower.fromMonths }, { formula: `${months} < ${bonus.lower.fromMonths}`, params: bonusParams, citations: [CIVIL_CODE_1259] }));
      } else {
        const choice = input.bonusChoice ?? 'hours';
        if (choice === 'hours') extraHours = tier.extraHours;
        else cash = dec(tier.cash);
        const upper = tier === bonus.upper;
        steps.push(
          step(`${NS}:${upper ? 'bonus-upper' : 'bonus-lower'}`, { months, choice, extraHours: tier.extraHours, cash: tier.cash, overMonths: bonus.upper.overMonths, fromMonths: bonus.lower.fromMonths, toMonths: bonus.lower.toMonths }, {
            formula: upper ? `${months} > ${bonus.upper.overMonths}` : `${bonus.lower.fromMonths} ≤ ${months} ≤ ${bonus.lower.toMonths}`,
            params: bonusParams,
            citations: [CIVIL_CODE_1259],
          }),
        );
      }
    }
  }

  const hoursExact = dec(weekly).times(dim).div(7).plus(extraHours);
  const hoursShown = round(hoursExact, HOURS_SHOWN).toFixed(2);
  steps.push(
    step(`${NS}:monthly-hours`, { weeklyHours: weekly, days: dim, extraHours, monthlyHours: hoursShown }, {
      formula: `${weekly} × ${dim} ÷ 7 + ${extraHours} = ${hoursShown}`,
      params: [used(weeklyHours, hoursLookup, (v) => String(v[input.level]))],
      rounding: HOURS_SHOWN,
    }),
  );

  // The fund pays 90% of the home-care cost; the person pays the rest.
  const shareLookup = valueAt(fundShare, careDate, rulesAsOf);
  const share = dec(shareLookup.value);
  const selfShare = dec(1).minus(share);
  const out: LongTermCareResult = {
    ...result,
    weeklyHours: weekly,
    monthlyHours: hoursShown,
    extraHoursPerMonth: extraHours,
    cashPerMonth: yuan(cash),
    fundShare: share.toFixed(2),
  };

  if (!input.hourlyPrice) {
    // 第十四条 (lwstw.com): the price is set in the service agreements between the 市医保中心 and the provider.
    const tiers = tryValueAt(hourlyPriceTiers, careDate, rulesAsOf);
    notices.push({ code: 'hourly-price-needed' });
    steps.push(
      tiers
        ? step(`${NS}:price-needed-tiers`, { tiers: tiers.value.join(' / ') }, { params: [used(hourlyPriceTiers, tiers, (v) => v.join(' / '))] })
        : step(`${NS}:price-needed`, {}),
    );
    steps.push(step(`${NS}:fund-share`, { share: share.toFixed(2), selfShare: selfShare.toFixed(2), sharePct: share.times(100).toString(), selfPct: selfShare.times(100).toString() }, { params: [used(fundShare, shareLookup)] }));
    return { result: out, steps, notices };
  }

  const price = input.hourlyPrice;
  const cost = round(hoursExact.times(price), FEN);
  steps.push(
    step(`${NS}:cost`, { monthlyHours: hoursShown, price: price.toFixed(2), cost: yuan(cost) }, {
      formula: `${extraHours ? `(${weekly} × ${dim} ÷ 7 + ${extraHours})` : `${weekly} × ${dim} ÷ 7`} × ${price.toFixed(2)} → ${yuan(cost)}`,
      rounding: FEN,
    }),
  );
  const fundPays = round(cost.times(share), FEN);
  const selfPays = cost.minus(fundPays);
  steps.push(
    step(`${NS}:fund-pays`, { share: share.toFixed(2), selfShare: selfShare.toFixed(2), sharePct: share.times(100).toString(), selfPct: selfShare.times(100).toString(), cost: yuan(cost), fundPays: yuan(fundPays), selfPays: yuan(selfPays) }, {
      formula: `${yuan(cost)} × ${share.toFixed(2)} = ${yuan(fundPays)}; ${yuan(cost)} − ${yuan(fundPays)} = ${yuan(selfPays)}`,
      params: [used(fundShare, shareLookup)],
      rounding: FEN,
    }),
  );
  if (cash.greaterThan(0)) notices.push({ code: 'cash-paid-separately', params: { cash: yuan(cash) } });
  return { result: { ...out, cost: yuan(cost), fundPays: yuan(fundPays), selfPays: yuan(selfPays) }, steps, notices };
}

/** 养老机构照护: the daily payment standard in force on the day (25/35/45 元 from 2025-09-01), for the days given. */
function institutionalCare(input: LongTermCareInput, rulesAsOf: IsoDate, result: LongTermCareResult, steps: Step[], notices: Notice[]): Outcome<LongTermCareResult> {
  const careDate = input.careDate;
  const days = input.days ?? result.daysInMonth;
  const charge: Dec | undefined = input.dailyCharge;
  const cost = charge ? charge.times(days) : undefined;
  const out: LongTermCareResult = { ...result, days, cost: cost ? yuan(cost) : null };

  steps.push(step(`${NS}:${input.days === undefined ? 'days-assumed' : 'days'}`, { days, month: result.month }));
  if (input.days === undefined) notices.push({ code: 'days-assumed', params: { days: String(days), month: result.month } });

  const lookup = tryValueAt(institutionDailyStandard, careDate, rulesAsOf);
  if (!lookup) {
    const before = INSTITUTION_STANDARD_BEFORE_2025_09;
    const covered = institutionDailyStandard.values.find((v) => v.value !== null)?.from ?? '';
    const previous = `${before.bands.first} / ${before.bands.second} / ${before.bands.third}`;
    notices.push({ code: 'institution-not-covered', params: { date: careDate, from: covered, previous } });
    steps.push(step(`${NS}:institution-not-covered`, { date: careDate, from: covered, previous }, { citations: [before.source] }));
    return { result: out, steps, notices };
  }

  const bands = lookup.value;
  const all = `${bands.first} / ${bands.second} / ${bands.third}`;
  out.dailyStandards = bands;
  notices.push({ code: 'institution-payment-mode' });
  if (!input.institutionBand) {
    notices.push({ code: 'institution-band-needed' });
    steps.push(step(`${NS}:institution-bands`, { standards: all }, { params: [used(institutionDailyStandard, lookup, () => all)] }));
    return { result: out, steps, notices };
  }

  const band: Band = input.institutionBand;
  const daily = dec(bands[band]);
  steps.push(step(`${NS}:institution-standard`, { band, daily: bands[band], standards: all }, { params: [used(institutionDailyStandard, lookup, (v) => v[band])] }));

  // The fund pays the daily standard; this tool never lets it pay more than the institution charged for the day.
  const perDay = charge ? min(daily, charge) : daily;
  if (charge && charge.lessThan(daily)) notices.push({ code: 'charge-below-standard', params: { charge: yuan(charge), daily: daily.toFixed(2) } });
  const fundPays = perDay.times(days);
  out.dailyStandard = yuan(daily);
  out.fundPays = yuan(fundPays);
  if (cost) {
    const selfPays = cost.minus(fundPays);
    out.selfPays = yuan(selfPays);
    steps.push(
      step(`${NS}:institution-payment`, { daily: yuan(daily), charge: yuan(charge!), days, cost: yuan(cost), fundPays: yuan(fundPays), selfPays: yuan(selfPays) }, {
        formula: `min(${yuan(daily)}, ${yuan(charge!)}) × ${days} = ${yuan(fundPays)}; ${yuan(charge!)} × ${days} − ${yuan(fundPays)} = ${yuan(selfPays)}`,
        params: [used(institutionDailyStandard, lookup, (v) => v[band])],
      }),
    );
  } else {
    notices.push({ code: 'daily-charge-needed' });
    steps.push(
      step(`${NS}:institution-payment-no-charge`, { daily: yuan(daily), days, fundPays: yuan(fundPays) }, {
        formula: `${yuan(daily)} × ${days} = ${yuan(fundPays)}`,
        params: [used(institutionDailyStandard, lookup, (v) => v[band])],
      }),
    );
  }
  return { result: out, steps, notices };
}


/**
 * 社区居家照护 against 养老机构照护 for the same answers: this calculator run once for home care and once per
 * institutional band, so every figure is the one a single run gives. The steps and notices are merged, each once.
 */
function compare(input: LongTermCareInput, rulesAsOf: IsoDate): Outcome<LongTermCareResult> {
  const home = compute({ ...input, setting: 'home' }, rulesAsOf);
  const { institutionBand: _band, ...rest } = input;
  const listing = compute({ ...rest, setting: 'institution' }, rulesAsOf);
  const bands = listing.result.dailyStandards;
  const institution = bands && listing.result.eligible ? BANDS_IN_ORDER.map((band) => ({ band, run: compute({ ...rest, setting: 'institution', institutionBand: band }, rulesAsOf) })) : [];

  const steps: Step[] = [];
  const seenSteps = new Set<string>();
  const notices: Notice[] = [];
  const seenNotices = new Set<string>();
  for (const out of [home, listing, ...institution.map((i) => i.run)]) {
    for (const s of out.steps) {
      const id = JSON.stringify([s.key, s.values]);
      if (!seenSteps.has(id)) {
        seenSteps.add(id);
        steps.push(s);
      }
    }
    for (const n of out.notices) {
      // The band is never asked here: its notice does not apply.
      if (n.code === 'institution-band-needed') continue;
      const id = JSON.stringify([n.code, n.params ?? {}]);
      if (!seenNotices.has(id)) {
        seenNotices.add(id);
        notices.push(n);
      }
    }
  }
  const comparison: LongTermCareComparison = { home: home.result, institution: institution.map((i) => ({ band: i.band, result: i.run.result })) };
  return { result: { ...home.result, setting: 'compare', comparison }, steps, notices };
}

const BANDS_IN_ORDER: readonly Band[] = ['first', 'second', 'third'];
