import { describe, expect, it } from 'vitest';
import { run, type Notice, type Step } from '../../src/rules/engine';
import { longTermCare, type LongTermCareResult } from '../../src/rules/long-term-care';

/**
 * Sources (see src/rules/long-term-care/parameters.ts): 沪府发〔2017〕97号 第三条 (official English) for who is insured;
 * Q&A pages repeating 第十四条 of the 办法 for 3/3/5/7/7 hours a week, the level 5–6 bonus and the fund's 90% (secondary);
 * the 医保局 reply cited by a research registry for 25/35/45 元 a day from 2025-09-01 (secondary).
 * No official worked example could be read, so every figure here is computed by hand from those rules.
 * A month of home care is counted as weekly hours × days in the month ÷ 7 (this tool's stated assumption).
 */
const AS_OF = '2026-11-28';
const HOME = { scheme: 'employee', drawingPension: true, age: 80, setting: 'home' };
const INSTITUTION = { scheme: 'resident', age: 85, setting: 'institution' };

function estimate(input: Record<string, unknown>, asOf = AS_OF) {
  const out = run(longTermCare, input, asOf);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as { result: LongTermCareResult; steps: Step[]; notices: Notice[] };
}
const codes = (notices: Notice[]) => notices.map((n) => n.code);
const keys = (steps: Step[]) => steps.map((s) => s.key.replace('long-term-care:', ''));

describe('home care: weekly hours by level (第十四条 as repeated by the Q&A pages)', () => {
  // February 2025 has 28 days = exactly 4 weeks, so a month is weekly hours × 4.
  it.each([
    [2, 3, '12.00', '600.00', '540.00', '60.00'],
    [3, 3, '12.00', '600.00', '540.00', '60.00'],
    [4, 5, '20.00', '1000.00', '900.00', '100.00'],
    [5, 7, '28.00', '1400.00', '1260.00', '140.00'],
    [6, 7, '28.00', '1400.00', '1260.00', '140.00'],
  ])('level %i: %i h a week → %s h in Feb 2025; at 50 元/h cost %s, fund %s (90%), self %s', (level, weekly, hours, cost, fund, self) => {
    // e.g. level 4: 5 × 28 ÷ 7 = 20 h; 20 × 50 = 1000; 1000 × 0.90 = 900; 1000 − 900 = 100
    const { result } = estimate({ ...HOME, careDate: '2025-02-10', level, hourlyPrice: '50' });
    expect(result).toMatchObject({ eligible: true, weeklyHours: weekly, monthlyHours: hours, fundShare: '0.90', cost, fundPays: fund, selfPays: self });
  });

  it('a 30-day month: level 2 at 40 元/h in September 2025 → 12.86 h, 514.29 / 462.86 / 51.43', () => {
    // 3 × 30 ÷ 7 = 12.857142… h; × 40 = 514.2857… → 514.29 (fen, half up); × 0.90 = 462.861 → 462.86; 514.29 − 462.86 = 51.43
    const { result, steps, notices } = estimate({ ...HOME, careDate: '2025-09-10', level: 2, hourlyPrice: '40' });
    expect(result).toMatchObject({ monthlyHours: '12.86', cost: '514.29', fundPays: '462.86', selfPays: '51.43', daysInMonth: 30 });
    expect(steps.find((s) => s.key === 'long-term-care:weeks-in-month')?.values).toMatchObject({ days: '30', weeks: '4.29' });
    expect(notices).toContainEqual({ code: 'weeks-assumption', params: { month: '2025-09', days: '30', weeks: '4.29' } });
  });

  it('the fund share is rounded to the fen: 12 h × 40.01 = 480.12; × 0.90 = 432.108 → 432.11; self 48.01', () => {
    const { result } = estimate({ ...HOME, careDate: '2025-02-10', level: 3, hourlyPrice: '40.01' });
    expect(result).toMatchObject({ cost: '480.12', fundPays: '432.11', selfPays: '48.01' });
  });

  it('without a price only the hours are given, and the price is asked for', () => {
    const { result, notices, steps } = estimate({ ...HOME, careDate: '2025-10-10', level: 4 });
    // 5 × 31 ÷ 7 = 22.142857… → 22.14
    expect(result).toMatchObject({ monthlyHours: '22.14', fundShare: '0.90', cost: null, fundPays: null, selfPays: null });
    expect(codes(notices)).toContain('hourly-price-needed');
    expect(keys(steps)).toContain('price-needed'); // no tiers known for 2025-10
  });

  it('from 2026-07-15 the three reference prices 40 / 65 / 80 元 are shown (never applied)', () => {
    const { result, steps } = estimate({ ...HOME, careDate: '2026-08-10', level: 2 });
    expect(result.cost).toBeNull();
    const s = steps.find((x) => x.key === 'long-term-care:price-needed-tiers');
    expect(s?.values['tiers']).toBe('40 / 65 / 80');
    expect(s?.params[0]).toMatchObject({ id: 'ltc.home.hourly-price-tiers', from: '2026-07-15' });
    expect(keys(estimate({ ...HOME, careDate: '2026-07-14', level: 2 }).steps)).toContain('price-needed');
  });
});

describe('continuity bonus for levels 5–6 (1个月以上6个月(含)以下: +1 h or 40 元; 6个月以上: +2 h or 80 元)', () => {
  // October 2025: 31 days → 7 × 31 ÷ 7 = 31 h before any bonus; price 65 元/h.
  const oct = (level: number, months: number | undefined, bonusChoice?: string) =>
    estimate({ ...HOME, careDate: '2025-10-15', level, hourlyPrice: '65', ...(months === undefined ? {} : { continuousHomeCareMonths: months }), ...(bonusChoice ? { bonusChoice } : {}) });

  it('the example: level 5, 8 months, extra hours → 31 + 2 = 33 h; 33 × 65 = 2145.00; fund 1930.50; self 214.50', () => {
    const { result } = oct(5, 8, 'hours');
    expect(result).toMatchObject({ weeklyHours: 7, monthlyHours: '33.00', extraHoursPerMonth: 2, cashPerMonth: '0.00', cost: '2145.00', fundPays: '1930.50', selfPays: '214.50' });
    expect(run(longTermCare, longTermCare.example, AS_OF)).toMatchObject({ ok: true, result: { cost: '2145.00', fundPays: '1930.50', selfPays: '214.50' } });
  });

  it('level 5, 8 months, cash → 80 元 a month; hours stay 31: 31 × 65 = 2015.00; fund 1813.50; self 201.50', () => {
    const { result, notices } = oct(5, 8, 'cash');
    expect(result).toMatchObject({ monthlyHours: '31.00', extraHoursPerMonth: 0, cashPerMonth: '80.00', cost: '2015.00', fundPays: '1813.50', selfPays: '201.50' });
    expect(notices).toContainEqual({ code: 'cash-paid-separately', params: { cash: '80.00' } });
  });

  // fund = (31 + extra) × 65 × 0.90: 31 × 65 = 2015 → 1813.50; 32 × 65 = 2080 → 1872.00; 33 × 65 = 2145 → 1930.50
  it.each([
    [0, 0, '31.00', '1813.50', '0.00', 'no-bonus'],
    [1, 1, '32.00', '1872.00', '40.00', 'bonus-lower'], // 民法典 第一千二百五十九条: “1个月以上” includes 1 month
    [6, 1, '32.00', '1872.00', '40.00', 'bonus-lower'], // “6个月(含)以下” includes 6 months
    [7, 2, '33.00', '1930.50', '80.00', 'bonus-upper'], // more than 6 months
  ])('level 6 after %i months: +%i h (%s h, fund %s) with hours, %s 元 with cash (%s)', (months, extra, hours, fund, cash, stepName) => {
    const withHours = oct(6, months, 'hours');
    expect(withHours.result.extraHoursPerMonth).toBe(extra);
    expect(withHours.result.monthlyHours).toBe(hours);
    expect(withHours.result.fundPays).toBe(fund);
    expect(keys(withHours.steps)).toContain(stepName);
    expect(oct(6, months, 'cash').result.cashPerMonth).toBe(cash);
  });

  it('level 4 gets no bonus whatever the months', () => {
    const { result, steps } = oct(4, 8, 'hours');
    // 5 × 31 ÷ 7 = 22.142857… h; × 65 = 1439.2857… → 1439.29
    expect(result).toMatchObject({ extraHoursPerMonth: 0, cashPerMonth: '0.00', monthlyHours: '22.14', cost: '1439.29' });
    expect(keys(steps).some((k) => k.startsWith('bonus') || k === 'no-bonus')).toBe(false);
  });

  it('level 5 without the months: no bonus, and a notice says what to enter', () => {
    const { result, notices } = oct(5, undefined);
    expect(result.extraHoursPerMonth).toBe(0);
    expect(codes(notices)).toContain('bonus-needs-months');
  });
});

describe('eligibility (沪府发〔2017〕97号 第三条; the four claim conditions)', () => {
  const base = { ...HOME, careDate: '2025-10-15', level: 3 };

  it('59 vs 60 (employee drawing a pension)', () => {
    expect(estimate({ ...base, age: 59 }).result).toMatchObject({ eligible: false, reasons: ['under-60'], fundPays: '0.00', cost: null });
    expect(estimate({ ...base, age: 60 }).result.eligible).toBe(true);
  });

  it('level 1 vs 2, and 0 (其他情况)', () => {
    expect(estimate({ ...base, level: 1 }).result).toMatchObject({ eligible: false, reasons: ['level-not-entitled'] });
    expect(estimate({ ...base, level: 0 }).result).toMatchObject({ eligible: false, reasons: ['level-not-entitled'] });
    expect(estimate({ ...base, level: 2 }).result).toMatchObject({ eligible: true, weeklyHours: 3 });
  });

  it('an employee not yet drawing the basic pension', () => {
    const { result, steps } = estimate({ ...base, drawingPension: false });
    expect(result).toMatchObject({ eligible: false, reasons: ['pension-not-drawn'] });
    expect(keys(steps)).toContain('pension-not-drawn');
  });

  it('a resident under 60 is not yet insured (第二类人员 = 60+); at 60 the resident is', () => {
    const young = estimate({ ...base, scheme: 'resident', drawingPension: undefined, age: 59 });
    expect(young.result).toMatchObject({ eligible: false, reasons: ['under-60'] });
    expect(keys(young.steps)[0]).toBe('not-insured-resident');
    const sixty = estimate({ ...base, scheme: 'resident', drawingPension: undefined, age: 60 });
    expect(sixty.result.eligible).toBe(true);
    expect(keys(sixty.steps)[0]).toBe('insured-resident');
    expect(sixty.steps[0]?.params[0]).toMatchObject({ id: 'ltc.insured-resident-min-age', value: '60' });
  });

  it('in neither scheme: not insured; at 60+ a notice says the assessment is still open (沪府办发〔2018〕2号 第三条)', () => {
    const old = estimate({ ...base, scheme: 'none', age: 75 });
    expect(old.result).toMatchObject({ eligible: false, reasons: ['not-insured'] });
    expect(codes(old.notices)).toContain('assessment-without-insurance');
    const young = estimate({ ...base, scheme: 'none', age: 50 });
    expect(young.result.reasons).toEqual(['not-insured', 'under-60']);
    expect(codes(young.notices)).not.toContain('assessment-without-insurance');
  });

  it('every failed condition is listed', () => {
    expect(estimate({ ...base, age: 58, drawingPension: false, level: 1 }).result.reasons).toEqual(['under-60', 'pension-not-drawn', 'level-not-entitled']);
  });
});

describe('assessment validity: at most 2 years (trial measures), counted as 民法典 第二百零二条 counts periods', () => {
  const base = { ...HOME, level: 3, assessmentDate: '2024-03-01' };
  it('assessed 2024-03-01 → valid through 2026-03-01; expired on 2026-03-02', () => {
    const valid = estimate({ ...base, careDate: '2026-03-01' });
    expect(valid.result.eligible).toBe(true);
    expect(valid.steps.find((s) => s.key === 'long-term-care:assessment-valid')?.values['validUntil']).toBe('2026-03-01');
    expect(estimate({ ...base, careDate: '2026-03-02' }).result).toMatchObject({ eligible: false, reasons: ['assessment-expired'] });
  });
  it('assessed 2024-02-29 → no 29 February in 2026, so the month end 2026-02-28 is the last day', () => {
    expect(estimate({ ...base, assessmentDate: '2024-02-29', careDate: '2026-02-28' }).result.eligible).toBe(true);
    expect(estimate({ ...base, assessmentDate: '2024-02-29', careDate: '2026-03-01' }).result.reasons).toEqual(['assessment-expired']);
  });
  it('without an assessment date a notice reminds of the 2-year validity', () => {
    expect(estimate({ ...HOME, level: 3, careDate: '2025-10-01' }).notices).toContainEqual({ code: 'assessment-validity', params: { years: '2' } });
  });
});

describe('institutional care: 25 / 35 / 45 元 a day from 2025-09-01 (band chosen by the person)', () => {
  const sept = { ...INSTITUTION, careDate: '2025-09-15', level: 3, days: 30, dailyCharge: '200' };
  it.each([
    ['first', '25.00', '750.00', '5250.00'], // 25 × 30 = 750; 200 × 30 = 6000; 6000 − 750 = 5250
    ['second', '35.00', '1050.00', '4950.00'], // 35 × 30 = 1050; 6000 − 1050 = 4950
    ['third', '45.00', '1350.00', '4650.00'], // 45 × 30 = 1350; 6000 − 1350 = 4650
  ])('%s band: %s a day; fund %s, self %s of a 6000.00 bill', (band, daily, fund, self) => {
    const { result, notices } = estimate({ ...sept, institutionBand: band });
    expect(result).toMatchObject({ eligible: true, dailyStandard: daily, days: 30, cost: '6000.00', fundPays: fund, selfPays: self, fundShare: null, weeklyHours: null });
    expect(codes(notices)).toContain('institution-payment-mode');
  });

  it('without a band: the three standards, no amount, and a request to choose', () => {
    const { result, notices } = estimate(sept);
    expect(result).toMatchObject({ dailyStandards: { first: '25', second: '35', third: '45' }, dailyStandard: null, fundPays: null, cost: '6000.00', selfPays: null });
    expect(codes(notices)).toContain('institution-band-needed');
  });

  it('without a daily charge: what the fund pays at most (45 × 30 = 1350.00), no self-pay', () => {
    const { result, notices } = estimate({ ...INSTITUTION, careDate: '2025-09-15', level: 6, days: 30, institutionBand: 'third' });
    expect(result).toMatchObject({ fundPays: '1350.00', cost: null, selfPays: null });
    expect(codes(notices)).toContain('daily-charge-needed');
  });

  it('days default to the whole month: November 2025 has 30 days → 35 × 30 = 1050.00', () => {
    const { result, notices } = estimate({ ...INSTITUTION, careDate: '2025-11-03', level: 4, institutionBand: 'second' });
    expect(result).toMatchObject({ days: 30, fundPays: '1050.00' });
    expect(notices).toContainEqual({ code: 'days-assumed', params: { days: '30', month: '2025-11' } });
  });

  it('a charge below the standard caps the payment: min(45, 20) × 10 = 200.00, self 0.00', () => {
    const { result, notices } = estimate({ ...INSTITUTION, careDate: '2025-09-15', level: 6, days: 10, institutionBand: 'third', dailyCharge: '20' });
    expect(result).toMatchObject({ fundPays: '200.00', cost: '200.00', selfPays: '0.00' });
    expect(codes(notices)).toContain('charge-below-standard');
  });

  it('before 2025-09-01 the standard is not covered; the old 20 / 25 / 30 is named, not applied', () => {
    const { result, notices } = estimate({ ...INSTITUTION, careDate: '2025-08-31', level: 6, institutionBand: 'third', dailyCharge: '150' });
    // 150 × 31 = 4650 (August has 31 days)
    expect(result).toMatchObject({ eligible: true, dailyStandard: null, dailyStandards: null, fundPays: null, cost: '4650.00', selfPays: null });
    expect(notices).toContainEqual({ code: 'institution-not-covered', params: { date: '2025-08-31', from: '2025-09-01', previous: '20 / 25 / 30' } });
  });

  it('rules read as of 2025-08-31 do not yet know the 2025-09-01 standard', () => {
    const { result } = estimate({ ...INSTITUTION, careDate: '2025-09-15', level: 6, institutionBand: 'third' }, '2025-08-31');
    expect(result.fundPays).toBeNull();
  });
});

describe('the 2026 version of the 办法 (content not seen)', () => {
  it('care from its page date 2026-01-22 carries a notice; care the day before does not', () => {
    expect(codes(estimate({ ...HOME, level: 2, careDate: '2026-01-22' }).notices)).toContain('version-2026-not-seen');
    expect(codes(estimate({ ...HOME, level: 2, careDate: '2026-01-21' }).notices)).not.toContain('version-2026-not-seen');
    // read as of a date before it was published, nothing is said about it
    expect(codes(estimate({ ...HOME, level: 2, careDate: '2026-03-01' }, '2026-01-01').notices)).not.toContain('version-2026-not-seen');
  });
});

describe('bad input gives field errors, never exceptions', () => {
  const ok = { ...HOME, careDate: '2025-10-15', level: 3 };
  it.each([
    [{ ...ok, careDate: '' }, 'careDate', 'required'],
    [{ ...ok, careDate: '2025-02-30' }, 'careDate', 'invalid-date'],
    [{ ...ok, careDate: '2017-06-01' }, 'careDate', 'date-not-covered'],
    [{ ...ok, careDate: undefined, asOf: '2017-06-01' }, 'careDate', 'date-not-covered'],
    [{ ...ok, age: -1 }, 'age', 'out-of-range'],
    [{ ...ok, age: 'eighty' }, 'age', 'not-a-number'],
    [{ ...ok, age: '80.5' }, 'age', 'not-an-integer'],
    [{ ...ok, scheme: 'private' }, 'scheme', 'invalid-choice'],
    [{ ...ok, drawingPension: undefined }, 'drawingPension', 'required'],
    [{ ...ok, drawingPension: 'maybe' }, 'drawingPension', 'invalid-boolean'],
    [{ ...ok, level: 7 }, 'level', 'invalid-choice'],
    [{ ...ok, level: '2.5' }, 'level', 'invalid-choice'],
    [{ ...ok, setting: 'hospital' }, 'setting', 'invalid-choice'],
    [{ ...ok, hourlyPrice: '65.005' }, 'hourlyPrice', 'too-many-decimals'],
    [{ ...ok, hourlyPrice: '-5' }, 'hourlyPrice', 'out-of-range'],
    [{ ...ok, hourlyPrice: 'NaN' }, 'hourlyPrice', 'not-a-number'],
    [{ ...ok, hourlyPrice: Infinity }, 'hourlyPrice', 'not-a-number'],
    [{ ...ok, continuousHomeCareMonths: -1 }, 'continuousHomeCareMonths', 'out-of-range'],
    [{ ...ok, level: 5, continuousHomeCareMonths: 3 }, 'bonusChoice', 'required'],
    [{ ...ok, level: 5, continuousHomeCareMonths: 3, bonusChoice: 'both' }, 'bonusChoice', 'invalid-choice'],
    [{ ...ok, assessmentDate: '2025-10-16' }, 'assessmentDate', 'inconsistent'],
    [{ ...INSTITUTION, careDate: '2025-02-10', level: 3, days: 29 }, 'days', 'out-of-range'],
    [{ ...INSTITUTION, careDate: '2025-09-10', level: 3, days: 0 }, 'days', 'out-of-range'],
    [{ ...INSTITUTION, careDate: '2025-09-10', level: 3, dailyCharge: 'abc' }, 'dailyCharge', 'not-a-number'],
    [{ ...INSTITUTION, careDate: '2025-09-10', level: 3, institutionBand: 'fourth' }, 'institutionBand', 'invalid-choice'],
  ])('%j → %s %s', (input, field, code) => {
    const out = run(longTermCare, input, AS_OF);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('accepts what people type: full-width digits, 年月日 dates, 元, 是', () => {
    const { result } = estimate({ scheme: 'employee', drawingPension: '是', age: '８０', setting: 'home', careDate: '２０２５年１０月１５日', level: '５', hourlyPrice: '65元', continuousHomeCareMonths: '８', bonusChoice: 'hours' });
    expect(result.cost).toBe('2145.00');
  });

  it('JSON callers may name the date of care asOf, as the issue does; careDate wins when both are given', () => {
    const { careDate: _omit, ...noDate } = ok;
    expect(estimate({ ...noDate, asOf: '2025-02-10', hourlyPrice: '50' }).result).toMatchObject({ month: '2025-02', cost: '600.00' });
    expect(estimate({ ...ok, asOf: '2025-02-10', hourlyPrice: '50' }).result.month).toBe('2025-10');
  });

  it('fields of the other setting are ignored', () => {
    const { result } = estimate({ ...ok, days: 99, institutionBand: 'nope', dailyCharge: 'x', hourlyPrice: '50' });
    expect(result.setting).toBe('home');
  });
});

describe('every step and notice has words in both languages, with every value filled in', () => {
  const inputs: Record<string, unknown>[] = [
    longTermCare.example,
    { ...HOME, careDate: '2025-10-15', level: 6, continuousHomeCareMonths: 3, bonusChoice: 'cash', hourlyPrice: '80', assessmentDate: '2025-01-01' },
    { ...HOME, careDate: '2026-08-10', level: 5, continuousHomeCareMonths: 0 },
    { ...HOME, careDate: '2025-10-10', level: 5 },
    { ...HOME, careDate: '2026-03-02', level: 1, age: 59, drawingPension: false, assessmentDate: '2024-03-01' },
    { ...HOME, careDate: '2025-10-10', level: 3, scheme: 'resident', age: 59 },
    { ...HOME, careDate: '2025-10-10', level: 3, scheme: 'none', age: 70 },
    { ...INSTITUTION, careDate: '2025-09-15', level: 3, dailyCharge: '20', institutionBand: 'third', days: 3 },
    { ...INSTITUTION, careDate: '2025-09-15', level: 3, institutionBand: 'first' },
    { ...INSTITUTION, careDate: '2025-09-15', level: 3 },
    { ...INSTITUTION, careDate: '2025-08-15', level: 3 },
  ];
  for (const lng of ['zh-CN', 'en']) {
    it(`${lng}`, async () => {
      const { readFileSync } = await import('node:fs');
      const i18next = (await import('i18next')).default;
      const read = (ns: string) => JSON.parse(readFileSync(`src/i18n/locales/${lng}/${ns}.json`, 'utf8'));
      const t = i18next.createInstance();
      await t.init({ lng, resources: { [lng]: { common: read('common'), 'long-term-care': read('long-term-care') } }, interpolation: { escapeValue: false } });
      for (const input of inputs) {
        const { steps, notices } = estimate(input);
        for (const s of steps) {
          const [ns, name] = s.key.split(':') as [string, string];
          for (const part of ['title', 'text']) {
            const key = `${ns}:steps.${name}.${part}`;
            expect(t.exists(key), key).toBe(true);
            expect(t.t(key, s.values), key).not.toMatch(/\{\{/);
          }
        }
        for (const n of notices) {
          const key = `long-term-care:notices.${n.code}`;
          expect(t.exists(key), key).toBe(true);
          expect(t.t(key, n.params ?? {}), key).not.toMatch(/\{\{/);
        }
      }
    });
  }
});

describe('compare: home care and institutional care for the same person in one result (issue 20)', () => {
  // The daughter's case: 照护四级, her father 84, 职工医保 and drawing a pension, November 2025 (30 days).
  const FATHER = { careDate: '2025-11-10', age: 84, scheme: 'employee', drawingPension: true, level: 4, hourlyPrice: '65', dailyCharge: '120' };

  it('the home column is a run with setting home; each band is a run with setting institution and that band', () => {
    const { result } = estimate({ ...FATHER, setting: 'compare' });
    const home = estimate({ ...FATHER, setting: 'home' }).result;
    expect(result.setting).toBe('compare');
    expect(result.comparison?.home).toEqual(home);
    expect(result.comparison?.institution.map((b) => b.band)).toEqual(['first', 'second', 'third']);
    for (const { band, result: inst } of result.comparison!.institution) {
      expect(inst).toEqual(estimate({ ...FATHER, setting: 'institution', institutionBand: band }).result);
    }
  });

  it('level 4, November 2025, 65 元/h, 120 元 a day for care: home 1392.86 / 1253.57 / 139.29; institution fund 750 / 1050 / 1350', () => {
    const { result, notices } = estimate({ ...FATHER, setting: 'compare' });
    const c = result.comparison!;
    // Home: 5 h a week × 30 ÷ 7 = 21.428571… h (shown 21.43); × 65 = 1392.857… → 1392.86; × 0.90 = 1253.574 → 1253.57;
    // 1392.86 − 1253.57 = 139.29 for the family.
    expect(c.home).toMatchObject({ weeklyHours: 5, monthlyHours: '21.43', cost: '1392.86', fundPays: '1253.57', selfPays: '139.29' });
    // Institution, 30 days (the whole month, not given): charge 120 × 30 = 3600.00; the fund pays min(standard, 120) × 30:
    // 25 × 30 = 750.00 → family 2850.00; 35 × 30 = 1050.00 → 2550.00; 45 × 30 = 1350.00 → 2250.00.
    expect(c.institution.map((b) => [b.result.dailyStandard, b.result.days, b.result.cost, b.result.fundPays, b.result.selfPays])).toEqual([
      ['25.00', 30, '3600.00', '750.00', '2850.00'],
      ['35.00', 30, '3600.00', '1050.00', '2550.00'],
      ['45.00', 30, '3600.00', '1350.00', '2250.00'],
    ]);
    // The band is never asked in the comparison, so its notice does not appear; each notice appears once.
    expect(codes(notices)).not.toContain('institution-band-needed');
    expect(new Set(codes(notices)).size).toBe(codes(notices).length);
  });

  it('without a price or a charge: the hours and the fund payments by band, no family figure invented', () => {
    const { result } = estimate({ careDate: '2025-11-10', age: 84, scheme: 'employee', drawingPension: true, level: 4, setting: 'compare' });
    const c = result.comparison!;
    expect(c.home).toMatchObject({ weeklyHours: 5, cost: null, selfPays: null });
    // 25 / 35 / 45 × 30 days
    expect(c.institution.map((b) => [b.result.fundPays, b.result.selfPays])).toEqual([['750.00', null], ['1050.00', null], ['1350.00', null]]);
  });

  it('the band is not read in the comparison even if a link carries one', () => {
    const { result } = estimate({ ...FATHER, setting: 'compare', institutionBand: 'third' });
    expect(result.comparison?.institution).toHaveLength(3);
  });

  it('not eligible (level 1): the reasons, no columns', () => {
    const { result } = estimate({ ...FATHER, level: 1, setting: 'compare' });
    expect(result).toMatchObject({ eligible: false, reasons: ['level-not-entitled'], setting: 'compare' });
    expect(result.comparison?.institution).toEqual([]);
  });

  it('before 2025-09-01 the institutional column is not covered; the home column still is', () => {
    const { result } = estimate({ ...FATHER, careDate: '2025-08-10', setting: 'compare' });
    // Home, August (31 days): 5 × 31 ÷ 7 = 22.142857… × 65 = 1439.2857… → 1439.29; × 0.90 = 1295.361 → 1295.36; 143.93
    expect(result.comparison?.home).toMatchObject({ cost: '1439.29', fundPays: '1295.36', selfPays: '143.93' });
    expect(result.comparison?.institution).toEqual([]);
  });
});
