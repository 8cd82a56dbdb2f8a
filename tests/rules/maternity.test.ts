import { describe, expect, it } from 'vitest';
import { run, type FieldError, type Notice, type Step } from '../../src/rules/engine';
import { maternity, type MaternityResult } from '../../src/rules/maternity';

/**
 * Sources (src/rules/maternity/parameters.ts, src/rules/shared/*.ts): 女职工劳动保护特别规定 第七条 (98 / +15 难产 /
 * +15 a baby / 15 or 42 days after a miscarriage, official); 上海市人口与计划生育条例 第三十一条 (60 days, official);
 * 沪府规〔2022〕18号 第二条 and the rsj 《女职工产假一览表》 (calendar days; the 60 days extended over statutory holidays,
 * quoted wording); 沪医保规〔2021〕9号 and 〔2026〕5号 via the norbital register (unit average bounded to 60–300% of the
 * city average, ÷ 30 × days; 12 / 9 months or months ÷ 12; 3600 / 600 / 400 to 2026-06-30). The sheet
 * (contributions-maternity-and-more.md §1.7) has no official worked example, so every figure is computed by hand from
 * those rules; its derived day totals 158 / 173 / 188 / 203 are checked below.
 */
const AS_OF = '2026-11-28';
const BIRTH = { event: 'birth', babies: 1, difficultBirth: false, employerAverageWage: '15000', contributionMonths: 36, consecutiveMonths: 36 };

function estimate(input: Record<string, unknown>, asOf = AS_OF) {
  const out = run(maternity, input, asOf);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as { result: MaternityResult; steps: Step[]; notices: Notice[] };
}
function refused(input: Record<string, unknown>, asOf = AS_OF): FieldError[] {
  const out = run(maternity, input, asOf);
  if (out.ok) throw new Error('accepted');
  return out.errors;
}
const codes = (notices: Notice[]) => notices.map((n) => n.code);
const notice = (notices: Notice[], code: string) => notices.find((n) => n.code === code);
const stepOf = (steps: Step[], name: string) => steps.find((s) => s.key === `maternity:${name}`);

describe('leave days (第七条; 条例第三十一条)', () => {
  it.each([
    [1, false, 158, { national: 98, difficult: 0, extraBabies: 0, shanghai: 60 }],
    [1, true, 173, { national: 98, difficult: 15, extraBabies: 0, shanghai: 60 }],
    [2, false, 173, { national: 98, difficult: 0, extraBabies: 15, shanghai: 60 }],
    [2, true, 188, { national: 98, difficult: 15, extraBabies: 15, shanghai: 60 }],
    [3, false, 188, { national: 98, difficult: 0, extraBabies: 30, shanghai: 60 }],
    [3, true, 203, { national: 98, difficult: 15, extraBabies: 30, shanghai: 60 }],
    [4, false, 203, { national: 98, difficult: 0, extraBabies: 45, shanghai: 60 }],
    [6, true, 248, { national: 98, difficult: 15, extraBabies: 75, shanghai: 60 }],
  ])('%i baby(ies), 难产 %s → %i days', (babies, difficultBirth, days, parts) => {
    // e.g. triplets with 难产: 98 + 15 + 15 × 2 + 60 = 203 (the sheet's derived total)
    const { result, steps } = estimate({ ...BIRTH, eventDate: '2025-03-10', babies, difficultBirth });
    expect(result.leaveDays).toBe(days);
    expect(result.leaveParts).toMatchObject({ ...parts, miscarriage: 0 });
    const variant = `${difficultBirth ? '-difficult' : ''}${babies > 1 ? '-multiple' : ''}`;
    expect(stepOf(steps, `leave-total${variant}`)?.values).toMatchObject({ total: String(days), shanghai: '60' });
  });

  it('the step says the parts in words and the formula adds them', () => {
    const { steps } = estimate({ ...BIRTH, eventDate: '2025-03-10', babies: 2, difficultBirth: true });
    expect(stepOf(steps, 'leave-national-difficult-multiple')?.formula).toBe('98 + 15 + 15 × 1 = 128');
    expect(stepOf(steps, 'leave-total-difficult-multiple')?.formula).toBe('128 + 60 = 188');
    expect(stepOf(steps, 'leave-national-difficult-multiple')?.params[0]?.source.doc).toBe('国务院令第619号');
  });

  it.each([
    [0, 15, 'leave-miscarriage-under4'],
    [3, 15, 'leave-miscarriage-under4'],
    [4, 42, 'leave-miscarriage-4plus'],
    [7, 42, 'leave-miscarriage-4plus'],
  ])('a miscarriage after %i months → %i days, no Shanghai days', (pregnancyMonths, days, key) => {
    const { result, steps } = estimate({ ...BIRTH, event: 'miscarriage', pregnancyMonths, eventDate: '2025-05-10' });
    expect(result.leaveDays).toBe(days);
    expect(result.leaveParts).toMatchObject({ national: 0, shanghai: 0, miscarriage: days });
    expect(stepOf(steps, key)).toBeDefined();
    expect(result.partnerLeaveDays).toBeNull();
    expect(result.childcareSubsidy).toBeNull();
  });
});

describe('dates: the national days in calendar days, the 60 days extended over statutory holidays (沪府规〔2022〕18号 第二条)', () => {
  it('the example: 2026-03-10 → national to 2026-06-15, 端午 2026-06-19 extends the 60 days to 2026-08-15', () => {
    // 2026-03-10 + 98 − 1 = 2026-06-15 (Mar 22 + Apr 30 + May 31 + Jun 15 = 98).
    // 60 days from 2026-06-16 would end 2026-08-14; 1 statutory holiday (2026-06-19, 国办发明电〔2025〕7号) → 2026-08-15.
    const { result, steps, notices } = estimate({ ...BIRTH, eventDate: '2026-03-10' });
    expect(result).toMatchObject({ leaveStart: '2026-03-10', nationalEnds: '2026-06-15', leaveEnds: '2026-08-15', holidaysExtended: ['2026-06-19'] });
    expect(stepOf(steps, 'dates-shanghai-extended')?.formula).toBe('2026-06-16 + 60 + 1 − 1 = 2026-08-15');
    // The wider reading (the whole 6月19日至21日 period): 3 days → 2026-08-17.
    expect(notice(notices, 'holiday-reading')?.params).toEqual({ alt: '2026-08-17', end: '2026-08-15' });
  });

  it('across a New Year: 2025-08-01 → national to 2025-11-06, 2026-01-01 extends to 2026-01-06', () => {
    // Aug 31 + Sep 30 + Oct 31 + Nov 6 = 98 → 2025-11-06. From 2025-11-07: Nov 24 + Dec 31 = 55, Jan 5 = 60; +1 (元旦) → 2026-01-06.
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2025-08-01' });
    expect(result).toMatchObject({ nationalEnds: '2025-11-06', leaveEnds: '2026-01-06', holidaysExtended: ['2026-01-01'] });
    // 元旦 period 1月1日至3日 → +3 → 2026-01-08.
    expect(notice(notices, 'holiday-reading')?.params?.['alt']).toBe('2026-01-08');
  });

  it('across a Spring Festival (4 days from 2025): 2025-10-01 → to 2026-01-06 (元旦 inside the 98 days), then to 2026-03-11', () => {
    // Oct 31 + Nov 30 + Dec 31 + Jan 6 = 98 → 2026-01-06; 元旦 falls inside the calendar-day part and adds nothing.
    // From 2026-01-07: Jan 25 + Feb 28 = 53, Mar 7 = 60; + 除夕 and 初一–初三 (2026-02-16…19) → 2026-03-11.
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2025-10-01' });
    expect(result).toMatchObject({ nationalEnds: '2026-01-06', leaveEnds: '2026-03-11', holidaysExtended: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19'] });
    // The whole 春节 period 2月15日至23日: +9 → 2026-03-16.
    expect(notice(notices, 'holiday-reading')?.params?.['alt']).toBe('2026-03-16');
  });

  it('a New Year and a Spring Festival of the 3-day rule (2023): 2022-09-01 → 2022-12-07, then to 2023-02-09', () => {
    // Sep 30 + Oct 31 + Nov 30 + Dec 7 = 98. From 2022-12-08: Dec 24 + Jan 31 = 55, Feb 5 = 60;
    // + 2023-01-01 and 初一–初三 (2023-01-22…24; 除夕 not a holiday before 2025) → 2023-02-09.
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2022-09-01' });
    expect(result).toMatchObject({ nationalEnds: '2022-12-07', leaveEnds: '2023-02-09', holidaysExtended: ['2023-01-01', '2023-01-22', '2023-01-23', '2023-01-24'] });
    // Periods 2022-12-31…2023-01-02 (3) and 1月21日至27日 (7): +10 → 2023-02-15.
    expect(notice(notices, 'holiday-reading')?.params?.['alt']).toBe('2023-02-15');
  });

  it('National Day and 中秋 of 2023 in the 60 days: 2023-05-15 → 2023-10-23', () => {
    // May 17 + Jun 30 + Jul 31 + Aug 20 = 98 → 2023-08-20. From 2023-08-21: Aug 11 + Sep 30 = 41, Oct 19 = 60; +4 → 2023-10-23.
    const { result } = estimate({ ...BIRTH, eventDate: '2023-05-15' });
    expect(result.leaveEnds).toBe('2023-10-23');
    expect(result.holidaysExtended).toEqual(['2023-09-29', '2023-10-01', '2023-10-02', '2023-10-03']);
  });

  it('leave taken 15 days before the birth counts within the 98 days (第七条: 产前可以休假15天)', () => {
    // 2026-02-23 + 98 − 1 = 2026-05-31 (Feb 6 + Mar 31 + Apr 30 + May 31 = 98). June: 30 days less 2026-06-19 = 29; July 31 → 60 on 2026-07-31.
    const { result, steps } = estimate({ ...BIRTH, eventDate: '2026-03-10', leaveStart: '2026-02-23' });
    expect(result).toMatchObject({ leaveStart: '2026-02-23', nationalEnds: '2026-05-31', leaveEnds: '2026-07-31', leaveDays: 158 });
    expect(stepOf(steps, 'dates-national-prenatal')).toBeDefined();
  });

  it('a miscarriage runs in calendar days from its day: 42 days from 2026-04-01 → 2026-05-12', () => {
    // Apr 30 + May 12 = 42; 劳动节 inside changes nothing.
    const { result } = estimate({ ...BIRTH, event: 'miscarriage', pregnancyMonths: 5, eventDate: '2026-04-01' });
    expect(result).toMatchObject({ nationalEnds: '2026-05-12', leaveEnds: '2026-05-12', holidaysExtended: [] });
  });

  it('past the last sourced holiday notice (2026) the end date is not covered, and the earliest day is said', () => {
    // 2026-09-01 + 98 − 1 = 2026-12-07. From 2026-12-08: 24 days to 2026-12-31, the 2027 notice is missing;
    // with no holiday after it, 36 more days → 2027-02-05 at the earliest.
    const { result, steps, notices } = estimate({ ...BIRTH, eventDate: '2026-09-01' });
    expect(result.leaveEnds).toBeNull();
    expect(result.nationalEnds).toBe('2026-12-07');
    expect(result.leaveDays).toBe(158);
    expect(notice(notices, 'end-not-covered')?.params).toEqual({ earliest: '2027-02-05', year: '2027' });
    expect(stepOf(steps, 'dates-shanghai-not-covered')).toBeDefined();
  });

  it('a holiday notice is not used before it was published (rules as of 2025-11-01: the 2026 notice of 2025-11-04 unknown)', () => {
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2025-08-01' }, '2025-11-01');
    expect(result.leaveEnds).toBeNull();
    expect(codes(notices)).toContain('end-not-covered');
  });
});

describe('the allowance: monthly standard ÷ 30 × days, the standard bounded to 60–300% of the city average', () => {
  it('inside the bounds (2025-07 year, 12434): 15000 ÷ 30 × 158 = 79000.00', () => {
    const { result, steps } = estimate({ ...BIRTH, eventDate: '2026-03-10' });
    expect(result).toMatchObject({ allowance: '79000.00', monthlyStandard: '15000', dailyStandard: '500.00', bound: 'none', cityAverage: '12434', lowerBound: '7460.4', upperBound: '37302' });
    expect(stepOf(steps, 'allowance')?.formula).toBe('15000 ÷ 30 × 158 = 79000.00');
    expect(stepOf(steps, 'standard-none')?.formula).toBe('min(max(15000, 12434 × 0.6 = 7460.4), 12434 × 3 = 37302) = 15000');
  });

  it('at the lower bound: 5000 → 7460.4 ÷ 30 × 158 = 39291.44; the published base floor 7460 would give 39289.33', () => {
    // 7460.4 × 158 = 1178743.2; ÷ 30 = 39291.44. 7460 × 158 = 1178680; ÷ 30 = 39289.333… → 39289.33.
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2026-03-10', employerAverageWage: '5000' });
    expect(result).toMatchObject({ bound: 'lower', monthlyStandard: '7460.4', allowance: '39291.44' });
    expect(notice(notices, 'lower-bound-rounding')?.params).toEqual({ lower: '7460.4', baseFloor: '7460', alt: '39289.33' });
  });

  it('exactly at the lower bound is inside it', () => {
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2026-03-10', employerAverageWage: '7460.40' });
    expect(result).toMatchObject({ bound: 'none', allowance: '39291.44' });
    expect(codes(notices)).not.toContain('lower-bound-rounding');
  });

  it('at the upper bound: 50000 → 37302 ÷ 30 × 158 = 196457.20; the employer pays the part above it', () => {
    // 37302 × 158 = 5893716; ÷ 30 = 196457.2. Above the cap: (50000 − 37302) × 158 ÷ 30 = 2006284 ÷ 30 = 66876.133… → 66876.13.
    const { result, notices, steps } = estimate({ ...BIRTH, eventDate: '2026-03-10', employerAverageWage: '50000' });
    expect(result).toMatchObject({ bound: 'upper', monthlyStandard: '37302', allowance: '196457.20' });
    expect(notice(notices, 'above-cap')?.params).toEqual({ excess: '66876.13', upper: '37302' });
    // The bound decided the figure: the city average is the step's first parameter.
    expect(stepOf(steps, 'standard-upper')?.params[0]?.id).toBe('shanghai.city-average-wage');
  });

  it('exactly at the upper bound is inside it', () => {
    expect(estimate({ ...BIRTH, eventDate: '2026-03-10', employerAverageWage: '37302' }).result).toMatchObject({ bound: 'none', allowance: '196457.20' });
  });

  it('the 2022-07 year: 2023-05-15, unit 6000 → lower bound 11396 × 0.6 = 6837.6 → 36011.36, no base-floor alternative', () => {
    // 6837.6 × 158 = 1080340.8; ÷ 30 = 36011.36. The 2022 base floor (6520) was not 60%, so no alternative is shown.
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2023-05-15', employerAverageWage: '6000' });
    expect(result).toMatchObject({ cityAverage: '11396', bound: 'lower', allowance: '36011.36' });
    expect(codes(notices)).not.toContain('lower-bound-rounding');
  });

  it('the first covered year: 2021-11-25, unit 40000 → upper bound 10338 × 3 = 31014 → 163340.40', () => {
    // 31014 × 158 = 4900212; ÷ 30 = 163340.4.
    expect(estimate({ ...BIRTH, eventDate: '2021-11-25', employerAverageWage: '40000' }).result).toMatchObject({ cityAverage: '10338', bound: 'upper', allowance: '163340.40' });
  });

  it('the rounding is not stated: both ways are shown (12345.67 → 65020.53, or 65020.16 with the daily figure rounded first)', () => {
    // 12345.67 × 158 = 1950615.86; ÷ 30 = 65020.5286… → 65020.53. 12345.67 ÷ 30 = 411.5223… → 411.52; × 158 = 65020.16.
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2026-03-10', employerAverageWage: '12345.67' });
    expect(result).toMatchObject({ allowance: '65020.53', dailyStandard: '411.52' });
    expect(notice(notices, 'rounding-not-stated')?.params).toEqual({ alt: '65020.16', allowance: '65020.53' });
  });

  it('a miscarriage under 4 months: 15 days at the 2024-07 lower bound 7384.2 → 3692.10', () => {
    // 12307 × 0.6 = 7384.2; × 15 ÷ 30 = 3692.1.
    const { result } = estimate({ ...BIRTH, event: 'miscarriage', pregnancyMonths: 3, eventDate: '2025-05-10', employerAverageWage: '5000' });
    expect(result).toMatchObject({ leaveDays: 15, bound: 'lower', allowance: '3692.10', medicalSubsidy: '400.00' });
  });

  it('the agency-assessed allowance is taken as it is, without bounds', () => {
    const { result, steps } = estimate({ ...BIRTH, eventDate: '2026-03-10', employerAverageWage: undefined, assessedAllowance: '60000' });
    expect(result).toMatchObject({ allowance: '60000.00', bound: 'assessed', monthlyStandard: null, dailyStandard: null, cityAverage: null });
    expect(stepOf(steps, 'allowance-assessed')).toBeDefined();
  });
});

describe('the two rule periods around 2026-07-01 (沪医保规〔2021〕9号 to 2026-06-30; 〔2026〕5号 from 2026-07-01)', () => {
  it('2026-06-30: 2021 rules, city average 12434, medical subsidy 3600', () => {
    const { result, steps } = estimate({ ...BIRTH, eventDate: '2026-06-30', employerAverageWage: '50000' });
    // 37302 × 158 ÷ 30 = 196457.20
    expect(result).toMatchObject({ cityAverage: '12434', allowance: '196457.20', medicalSubsidy: '3600.00' });
    expect(stepOf(steps, 'allowance')?.citations[0]?.doc).toBe('沪医保规〔2021〕9号');
  });

  it('2026-08-01: 2026 rules, city average 12577 (published 2026-08-18), medical subsidy left open', () => {
    // 12577 × 3 = 37731; × 158 = 5961498; ÷ 30 = 198716.6.
    const { result, steps, notices } = estimate({ ...BIRTH, eventDate: '2026-08-01', employerAverageWage: '50000' });
    expect(result).toMatchObject({ cityAverage: '12577', upperBound: '37731', allowance: '198716.60', medicalSubsidy: null });
    expect(stepOf(steps, 'allowance')?.citations[0]?.doc).toBe('沪医保规〔2026〕5号');
    expect(codes(notices)).toContain('medical-subsidy-open');
    expect(stepOf(steps, 'medical-subsidy')).toBeUndefined();
  });

  it('2026-08-01 at the lower bound: 7546.2 → 39743.32, or 39742.27 at the published floor 7546', () => {
    // 12577 × 0.6 = 7546.2; × 158 = 1192299.6; ÷ 30 = 39743.32. 7546 × 158 = 1192268; ÷ 30 = 39742.2666… → 39742.27.
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2026-08-01', employerAverageWage: '5000' });
    expect(result.allowance).toBe('39743.32');
    expect(notice(notices, 'lower-bound-rounding')?.params?.['alt']).toBe('39742.27');
  });

  it('rules as of 2026-08-10: the 2026 average is not yet published, so the bounds are not checked (not the 2025 figure)', () => {
    // 50000 × 158 ÷ 30 = 263333.333… → 263333.33
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2026-08-01', employerAverageWage: '50000' }, '2026-08-10');
    expect(result).toMatchObject({ bound: 'not-checked', cityAverage: null, allowance: '263333.33' });
    expect(codes(notices)).toContain('bounds-not-checked');
    expect(estimate({ ...BIRTH, eventDate: '2026-08-01', employerAverageWage: '50000' }, '2026-08-18').result.bound).toBe('upper');
  });
});

describe('who pays: 12 months cumulative or 9 consecutive, otherwise the fund pays months ÷ 12 and the employer advances the rest', () => {
  it.each([
    [12, 0, true],
    [11, 9, true],
    [40, 2, true],
    [11, 8, false],
  ])('%i months cumulative, %i consecutive → test met %s', (contributionMonths, consecutiveMonths, met) => {
    const { result } = estimate({ ...BIRTH, eventDate: '2026-03-10', contributionMonths, consecutiveMonths });
    expect(result.contributionTestMet).toBe(met);
    if (met) expect(result).toMatchObject({ fundPays: '79000.00', employerAdvance: '0.00' });
  });

  it('11 months: the fund pays 79000.00 × 11 ÷ 12 = 72416.67, the employer advances 6583.33', () => {
    // 79000 × 11 = 869000; ÷ 12 = 72416.666… → 72416.67; 79000 − 72416.67 = 6583.33.
    const { result, steps, notices } = estimate({ ...BIRTH, eventDate: '2026-03-10', contributionMonths: 11, consecutiveMonths: 8 });
    expect(result).toMatchObject({ fundPays: '72416.67', employerAdvance: '6583.33' });
    expect(stepOf(steps, 'fund-pays-share')?.formula).toBe('79000.00 × 11 ÷ 12 = 72416.67; 79000.00 − 72416.67 = 6583.33');
    expect(codes(notices)).toContain('share-rounding');
  });

  it('the same test under the 2026 rules: 6 months on 2026-08-01 → 10000.00 × 6 ÷ 12 = 5000.00', () => {
    const { result } = estimate({ ...BIRTH, eventDate: '2026-08-01', employerAverageWage: undefined, assessedAllowance: '10000', contributionMonths: 6, consecutiveMonths: 6 });
    expect(result).toMatchObject({ contributionTestMet: false, fundPays: '5000.00', employerAdvance: '5000.00' });
  });

  it('no contributions: the fund pays nothing and the employer owes it all', () => {
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2026-03-10', contributionMonths: 0, consecutiveMonths: 0 });
    expect(result).toMatchObject({ fundPays: '0.00', employerAdvance: '79000.00' });
    expect(codes(notices)).toContain('employer-owes-all');
  });
});

describe("the employer's top-up (女职工劳动保护特别规定 第八条)", () => {
  it('a wage of 18000: 18000 ÷ 30 × 158 = 94800.00 − 79000.00 = 15800.00', () => {
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2026-03-10', monthlyWage: '18000' });
    expect(result.employerTopUp).toBe('15800.00');
    expect(codes(notices)).toContain('top-up-basis');
  });

  it('a wage below the allowance standard: no top-up', () => {
    // 10000 ÷ 30 × 158 = 52666.67 < 79000.00
    const { result, steps } = estimate({ ...BIRTH, eventDate: '2026-03-10', monthlyWage: '10000' });
    expect(result.employerTopUp).toBe('0.00');
    expect(stepOf(steps, 'no-top-up')).toBeDefined();
  });

  it('without the wage: no top-up figure', () => {
    expect(estimate({ ...BIRTH, eventDate: '2026-03-10' }).result.employerTopUp).toBeNull();
  });
});

describe('the medical-expense subsidy, the parents’ leave, the employer refund and the childcare subsidy', () => {
  it.each([
    ['birth', undefined, '3600.00'],
    ['miscarriage', 4, '600.00'],
    ['miscarriage', 2, '400.00'],
  ])('%s (%s months) → %s', (event, pregnancyMonths, amount) => {
    expect(estimate({ ...BIRTH, event, pregnancyMonths, eventDate: '2025-06-01' }).result.medicalSubsidy).toBe(amount);
  });

  it('a birth before the 2021 rules were published (2022-02-21) says their effective date was not found', () => {
    expect(codes(estimate({ ...BIRTH, eventDate: '2022-01-10' }).notices)).toContain('rules-2021-date');
  });

  it('partner leave 10 days and childcare leave 5 days a year come with every birth', () => {
    const { result, steps } = estimate({ ...BIRTH, eventDate: '2024-05-01' });
    expect(result).toMatchObject({ partnerLeaveDays: 10, childcareLeaveDaysPerYear: 5 });
    expect(stepOf(steps, 'parents-leave')?.params.map((p) => p.id)).toEqual(['maternity.partner-leave', 'maternity.childcare-leave']);
  });

  it('employer refund: a birth on 2025-03-15 → 50% for 2025-03 to 2025-08; none for a birth in 2024', () => {
    expect(estimate({ ...BIRTH, eventDate: '2025-03-15' }).result.employerRefund).toEqual({ sharePercent: 50, months: 6, fromMonth: '2025-03', toMonth: '2025-08' });
    expect(estimate({ ...BIRTH, eventDate: '2024-12-31' }).result.employerRefund).toBeNull();
  });

  it('childcare subsidy: twins born in 2025 → 3600 × 3 × 2 = 21600.00', () => {
    expect(estimate({ ...BIRTH, eventDate: '2025-10-20', babies: 2 }).result.childcareSubsidy).toEqual({ children: 2, months: null, total: '21600.00', altTotal: null });
  });

  it('childcare subsidy: born 2023-05-15 → 16 whole months from 2025-01 to 2026-05-15 = 4800.00, or 5100.00 if the part month counts', () => {
    // (2026 − 2025) × 12 + (5 − 1) = 16 whole months; 300 × 16 = 4800; 300 × 17 = 5100.
    const { result, notices } = estimate({ ...BIRTH, eventDate: '2023-05-15' });
    expect(result.childcareSubsidy).toEqual({ children: 1, months: 16, total: '4800.00', altTotal: '5100.00' });
    expect(notice(notices, 'childcare-part-month')?.params).toEqual({ alt: '5100.00', months: '17' });
  });

  it('childcare subsidy: none for a child 3 by 2025-01-01, and none before the scheme was published', () => {
    expect(estimate({ ...BIRTH, eventDate: '2022-01-01' }).result.childcareSubsidy).toBeNull();
    expect(estimate({ ...BIRTH, eventDate: '2025-03-01' }, '2025-06-30').result.childcareSubsidy).toBeNull();
  });
});

describe('bad input is refused at its field', () => {
  const base = { ...BIRTH, eventDate: '2026-03-10' };
  it.each([
    [{ eventDate: '2021-11-24' }, 'eventDate', 'date-not-covered'],
    [{ eventDate: '2027-07-01' }, 'eventDate', 'date-not-covered'],
    [{ eventDate: '2026-02-30' }, 'eventDate', 'invalid-date'],
    [{ event: 'adoption' }, 'event', 'invalid-choice'],
    [{ babies: '7' }, 'babies', 'invalid-choice'],
    [{ difficultBirth: 'maybe' }, 'difficultBirth', 'invalid-boolean'],
    [{ event: 'miscarriage' }, 'pregnancyMonths', 'required'],
    [{ event: 'miscarriage', pregnancyMonths: 11 }, 'pregnancyMonths', 'out-of-range'],
    [{ leaveStart: '2026-02-22' }, 'leaveStart', 'out-of-range'],
    [{ leaveStart: '2026-03-11' }, 'leaveStart', 'out-of-range'],
    [{ employerAverageWage: undefined }, 'employerAverageWage', 'required'],
    [{ assessedAllowance: '60000' }, 'assessedAllowance', 'inconsistent'],
    [{ employerAverageWage: '-1' }, 'employerAverageWage', 'out-of-range'],
    [{ consecutiveMonths: 37 }, 'consecutiveMonths', 'inconsistent'],
    [{ contributionMonths: '3.5' }, 'contributionMonths', 'not-an-integer'],
    [{ monthlyWage: '1.234' }, 'monthlyWage', 'too-many-decimals'],
  ])('%j → %s: %s', (change, field, code) => {
    const errors = refused({ ...base, ...change });
    expect(errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('fields of the other event are ignored, not refused (babies for a miscarriage)', () => {
    expect(estimate({ ...base, event: 'miscarriage', pregnancyMonths: 2, babies: 'x', difficultBirth: 'y', leaveStart: 'z' }).result.leaveDays).toBe(15);
  });
});

describe('the date the rules do not cover is named with the covered range', () => {
  it('2027-07-01 → covered 2021-11-25 to 2027-06-30, one range', () => {
    const errors = refused({ ...BIRTH, eventDate: '2027-07-01' });
    expect(errors).toContainEqual({ field: 'eventDate', code: 'date-not-covered', params: { ranges: '2021-11-25/2027-06-30' } });
  });
});
