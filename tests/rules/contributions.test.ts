// @vitest-environment node
/**
 * Contributions (社保缴费). No official worked example was found (fact sheet §4.6): every figure below is computed by
 * hand from the cited rule, with its arithmetic in a comment. Rounding: fen half-up on each line (see the notice).
 */
import { describe, expect, it } from 'vitest';
import { contributions } from '../../src/rules/contributions';
import type { ContributionsResult } from '../../src/rules/contributions';
import {
  employeeMedical,
  employeePension,
  employeeUnemployment,
  employerMedical,
  employerPension,
  employerUnemployment,
  flexibleMedical,
  flexiblePension,
  heatAllowance,
  housingFundLimits,
  workInjuryClassRates,
} from '../../src/rules/contributions/parameters';
import { type Parameter, run, tryValueAt, valueAt } from '../../src/rules/engine';
import { cityAverageWage, contributionBaseLimits } from '../../src/rules/shared/contribution-base';

const AS_OF = '2026-11-28';

function ok(raw: Record<string, unknown>, asOf = AS_OF) {
  const out = run(contributions, raw, asOf);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return { ...out, result: out.result as ContributionsResult, codes: out.notices.map((n) => n.code) };
}

function errors(raw: Record<string, unknown>, asOf = AS_OF) {
  const out = run(contributions, raw, asOf);
  if (out.ok) throw new Error('accepted');
  return out.errors.map((e) => `${e.field}:${e.code}`);
}

describe('contribution base limits (July–June since 2020), every row', () => {
  it.each([
    // [month, lower, upper, average behind it]
    ['2016-04-01', '3563', '17817', '5939'],
    ['2017-03-31', '3563', '17817', '5939'],
    ['2017-04-01', '3902', '19512', '6504'],
    ['2018-04-01', '4279', '21396', '7132'],
    ['2019-04-01', '4699', '23496', '7832'],
    ['2019-05-01', '4927', '24633', '8211'],
    ['2020-06-30', '4927', '24633', '8211'],
    ['2020-07-01', '4927', '28017', '9339'],
    ['2021-07-01', '5975', '31014', '10338'],
    ['2022-07-01', '6520', '34188', '11396'],
    ['2023-07-01', '7310', '36549', '12183'],
    ['2024-07-01', '7384', '36921', '12307'],
    ['2025-07-01', '7460', '37302', '12434'],
    ['2026-07-01', '7546', '37731', '12577'],
    ['2027-06-30', '7546', '37731', '12577'],
  ])('%s: %s – %s (average %s)', (date, lower, upper, average) => {
    expect(valueAt(contributionBaseLimits, date, AS_OF).value).toEqual({ lower, upper });
    expect(valueAt(cityAverageWage, date, AS_OF).value).toBe(average);
  });

  it('is not covered before 2016-04 nor after 2027-06, and carries nothing forward (the limits change every year)', () => {
    expect(tryValueAt(contributionBaseLimits, '2016-03-31', AS_OF)).toBeUndefined();
    expect(tryValueAt(contributionBaseLimits, '2027-07-01', AS_OF)).toBeUndefined();
  });

  it('the upper limit is 3 × the average in every row; the lower one 60% rounded half-up, except 2020-07 … 2023-06', () => {
    const dates = ['2016-04-01', '2017-04-01', '2018-04-01', '2019-04-01', '2019-05-01', '2020-07-01', '2021-07-01', '2022-07-01', '2023-07-01', '2024-07-01', '2025-07-01', '2026-07-01'];
    const belowSixty = ['2020-07-01', '2021-07-01', '2022-07-01'];
    for (const date of dates) {
      const { lower, upper } = valueAt(contributionBaseLimits, date, AS_OF).value;
      const avg = Number(valueAt(cityAverageWage, date, AS_OF).value);
      expect(Number(upper), date).toBe(avg * 3);
      // 2019-05: 8211 × 60% = 4926.6 → 4927 (up); 2025-07: 12434 × 60% = 7460.4 → 7460 (down): half-up fits both.
      if (!belowSixty.includes(date)) expect(Number(lower), date).toBe(Math.round((avg * 6) / 10));
      else expect(Number(lower), date).toBeLessThan((avg * 6) / 10);
    }
  });

  it('the 2026 limits are official (rsj Q&A 2026-08-24), the 2025 ones read through a register', () => {
    expect(valueAt(contributionBaseLimits, '2026-07-01', AS_OF).entry.source).toMatchObject({ confidence: 'official', url: 'https://rsj.sh.gov.cn/tdjjf_17554/20260824/t0035_1443297.html' });
    expect(valueAt(contributionBaseLimits, '2025-07-01', AS_OF).entry.source).toMatchObject({ confidence: 'secondary', url: 'https://rsj.sh.gov.cn/tgsgg_17341/20250918/t0035_1435637.html' });
  });

  it('rules as of a date before the 2026 limits were published do not cover July 2026', () => {
    expect(errors({ month: '2026-07', kind: 'employee', base: '6000' }, '2026-08-01')).toEqual(['month:date-not-covered']);
  });
});

describe('rates, every row', () => {
  const at = (p: Parameter<string>, date: string) => tryValueAt(p, date, AS_OF);
  it.each([
    // [parameter, date, value, document]
    [employerPension, '2016-01-01', '0.20', 'forvismazars.com 2016-05'],
    [employerPension, '2019-04-30', '0.20', 'forvismazars.com 2016-05'],
    [employerPension, '2019-05-01', '0.16', 'i-admin.com 2019-05'],
    [employerPension, '2025-02-01', '0.16', '上海市人力资源和社会保障局 便民问答 2025-01-20'],
    [employeePension, '2016-01-01', '0.08', 'forvismazars.com 2016-05'],
    [employeePension, '2025-02-01', '0.08', 'norbital-ai/templates register CN-SH06.pension-16-8'],
    [employerMedical, '2019-05-01', '0.105', 'i-admin.com 2019-05'],
    [employerMedical, '2020-01-01', '0.105', '沪医保规〔2019〕8号'],
    [employerMedical, '2022-01-01', '0.10', 'stoneforest.com.sg 2022'],
    [employerMedical, '2025-01-01', '0.09', '上海市人力资源和社会保障局 便民问答 2025-01-20'],
    [employerMedical, '2025-03-01', '0.09', '沪医保规〔2025〕2号'],
    [employerMedical, '2026-03-01', '0.09', '沪医保规〔2026〕2号'],
    [employeeMedical, '2016-01-01', '0.02', 'forvismazars.com 2016-05'],
    [employeeMedical, '2025-03-01', '0.02', '沪医保规〔2025〕2号'],
    [employeeMedical, '2027-02-28', '0.02', '沪医保规〔2026〕2号'],
    [employerUnemployment, '2016-01-01', '0.01', 'forvismazars.com 2016-05'],
    [employerUnemployment, '2018-01-01', '0.005', 'arkipedia / zhaiyz salarycalculator 2018'],
    [employerUnemployment, '2025-01-01', '0.005', '上海市人力资源和社会保障局 2025-01-03 失业保险费率通知'],
    [employeeUnemployment, '2016-01-01', '0.005', 'forvismazars.com 2016-05'],
    [employeeUnemployment, '2025-12-31', '0.005', '上海市人力资源和社会保障局 2025-01-03 失业保险费率通知'],
    [flexiblePension, '2024-03-01', '0.20', '上海市人力资源和社会保障局 便民问答 2024-03-07'],
    [flexibleMedical, '2024-03-01', '0.10', '上海市人力资源和社会保障局 便民问答 2024-03-07'],
  ])('%o on %s: %s (%s)', (param, date, value, doc) => {
    const l = at(param as Parameter<string>, date);
    expect(l?.value).toBe(value);
    expect(l?.entry.source.doc).toBe(doc);
    expect(l?.carriedForward).toBeUndefined();
  });

  it('leaves out what was not found: medical before 2019-05, unemployment in 2017, flexible rates before 2024-03, medical after 2027-02', () => {
    expect(at(employerMedical, '2019-04-30')).toBeUndefined();
    expect(at(employerUnemployment, '2017-06-01')).toBeUndefined();
    expect(at(flexiblePension, '2024-02-29')).toBeUndefined();
    expect(at(flexibleMedical, '2024-02-29')).toBeUndefined();
    expect(at(employerMedical, '2027-03-01')).toBeUndefined();
    expect(at(employeeMedical, '2027-03-01')).toBeUndefined();
  });

  it('carries the 2025 unemployment rates through 2026 only (the 2026 notice was not found)', () => {
    for (const p of [employerUnemployment, employeeUnemployment]) {
      const l = at(p, '2026-08-01');
      expect(l?.value).toBe('0.005');
      expect(l?.carriedForward).toEqual({ period: 'calendar-year', from: '2026-01-01', to: '2026-12-31', sourcedTo: '2025-12-31' });
      expect(at(p, '2027-01-01')).toBeUndefined();
    }
  });

  it('marks the inferred start dates', () => {
    expect(at(employerMedical, '2022-01-01')?.entry.source.inferred).toBe(true);
    expect(at(employerMedical, '2025-01-01')?.entry.source.inferred).toBe(true);
    expect(at(employerMedical, '2025-03-01')?.entry.source.inferred).toBeUndefined();
    expect(at(employerUnemployment, '2018-01-01')?.entry.source.inferred).toBe(true);
  });

  it.each([
    ['2015-10-01', ['0.002', '0.004', '0.007', '0.009', '0.011', '0.013', '0.016', '0.019'], '人社部发〔2015〕71号'],
    ['2019-05-01', ['0.0016', '0.0032', '0.0056', '0.0072', '0.0088', '0.0104', '0.0128', '0.0152'], 'i-admin.com 2019-05'],
    ['2025-02-01', ['0.002', '0.004', '0.007', '0.009', '0.011', '0.013', '0.016', '0.019'], '上海市人力资源和社会保障局 便民问答 2025-01-20'],
    ['2026-01-01', ['0.002', '0.004', '0.007', '0.009', '0.011', '0.013', '0.016', '0.019'], '沪人社规〔2026〕2号'],
  ])('work-injury class base rates from %s', (date, value, doc) => {
    const l = valueAt(workInjuryClassRates, date, AS_OF);
    expect(l.value).toEqual(value);
    expect(l.entry.source.doc).toBe(doc);
  });

  it('housing-fund limits 2025-07 and 2026-07, none before; the heat allowance 300 from 2019-06 to 2028-12', () => {
    expect(valueAt(housingFundLimits, '2025-07-01', AS_OF).value).toEqual({ lower: '2690', upper: '37302', minRate: '0.05', maxRate: '0.07' });
    expect(valueAt(housingFundLimits, '2026-07-01', AS_OF).value).toEqual({ lower: '2740', upper: '37731', minRate: '0.05', maxRate: '0.07' });
    expect(tryValueAt(housingFundLimits, '2025-06-30', AS_OF)).toBeUndefined();
    expect(valueAt(heatAllowance, '2019-06-01', AS_OF).value).toBe('300');
    expect(tryValueAt(heatAllowance, '2029-01-01', AS_OF)).toBeUndefined();
  });
});

describe('an employee, each side of the limits', () => {
  it('below the lower limit (2026-08, wage 6000, class I): pays on 7546', () => {
    const { result, steps, codes } = ok({ month: '2026-08', kind: 'employee', base: '6000', workInjuryClass: 1 });
    expect(result.insuredBase).toEqual({ amount: '7546.00', declared: '6000.00', limit: 'lower', lower: '7546.00', upper: '37731.00', yearFrom: '2026-07-01', yearTo: '2027-06-30' });
    // 7546 × 8% = 603.68; × 2% = 150.92; × 0.5% = 37.73 → 792.33
    expect(result.employee).toEqual({ pension: '603.68', medical: '150.92', unemployment: '37.73', total: '792.33' });
    // 7546 × 16% = 1207.36; × 9% = 679.14; × 0.5% = 37.73; × 0.2% = 15.092 → 15.09; sum 1939.32
    expect(result.employer).toEqual({ pension: '1207.36', medical: '679.14', unemployment: '37.73', workInjury: '15.09', total: '1939.32' });
    expect(result.monthly).toEqual({ employee: '792.33', employer: '1939.32' });
    expect(result.rates).toEqual({ employee: { pension: '8', medical: '2', unemployment: '0.5' }, employer: { pension: '16', medical: '9', unemployment: '0.5', workInjury: '0.2' } });
    const base = steps[0]!;
    expect(base.key).toBe('contributions:base-lower');
    expect(base.values).toMatchObject({ declared: '6,000', lower: '7,546', insured: '7,546', average: '12,577' });
    expect(base.formula).toBe('min(max(6000, 7546), 37731) = 7546');
    expect(base.params[0]!.source.doc).toBe('上海市人力资源和社会保障局 政策问答 2026-08-24');
    expect(codes).toEqual(['work-injury-base-rate', 'rounding-conflict', 'carried-forward', 'carried-forward']);
  });

  it('inside the limits (wage 10000, no work-injury figure): pays on its own wage; work injury left out, never guessed', () => {
    const { result, codes } = ok({ month: '2026-08', kind: 'employee', base: '10000' });
    expect(result.insuredBase.limit).toBe('none');
    // 800 + 200 + 50 = 1050; employer 1600 + 900 + 50 = 2550
    expect(result.employee).toEqual({ pension: '800.00', medical: '200.00', unemployment: '50.00', total: '1050.00' });
    expect(result.employer).toEqual({ pension: '1600.00', medical: '900.00', unemployment: '50.00', workInjury: null, total: '2550.00' });
    expect(result.rates.employer?.workInjury).toBeNull();
    expect(codes).toContain('work-injury-left-out');
    // every line is a whole jiao: the two roundings agree, no rounding notice
    expect(codes).not.toContain('rounding-conflict');
    expect(result.jianFenJinJiao).toBeUndefined();
  });

  it('exactly at the lower and the upper limit: no limit applied', () => {
    expect(ok({ month: '2026-08', kind: 'employee', base: '7546' }).result.insuredBase).toMatchObject({ amount: '7546.00', limit: 'none' });
    expect(ok({ month: '2026-08', kind: 'employee', base: '37731' }).result.insuredBase).toMatchObject({ amount: '37731.00', limit: 'none' });
  });

  it('above the upper limit (wage 50000, employer rate 0.24%): pays on 37731', () => {
    const { result, steps } = ok({ month: '2026-08', kind: 'employee', base: '50000', workInjuryRate: '0.24' });
    expect(result.insuredBase).toMatchObject({ amount: '37731.00', limit: 'upper' });
    // 37731 × 8% = 3018.48; × 2% = 754.62; × 0.5% = 188.655 → 188.66 (half-up); 3961.76
    expect(result.employee).toEqual({ pension: '3018.48', medical: '754.62', unemployment: '188.66', total: '3961.76' });
    // 37731 × 16% = 6036.96; × 9% = 3395.79; 188.66; × 0.24% = 90.5544 → 90.55; 9711.96
    expect(result.employer).toEqual({ pension: '6036.96', medical: '3395.79', unemployment: '188.66', workInjury: '90.55', total: '9711.96' });
    expect(steps[0]!.key).toBe('contributions:base-upper');
    expect(steps.find((s) => s.key === 'contributions:work-injury-rate')?.formula).toBe('37731 × 0.24% = 90.5544 → 90.55');
  });

  it.each([
    ['1', '0.2', '20.00'],
    ['2', '0.4', '40.00'],
    ['3', '0.7', '70.00'],
    ['4', '0.9', '90.00'],
    ['5', '1.1', '110.00'],
    ['6', '1.3', '130.00'],
    ['7', '1.6', '160.00'],
    ['8', '1.9', '190.00'],
  ])('work-injury class %s in 2026 (沪人社规〔2026〕2号): %s%% of 10000 = %s', (cls, rate, amount) => {
    const { result } = ok({ month: '2026-08', kind: 'employee', base: '10000', workInjuryClass: cls });
    expect(result.rates.employer?.workInjury).toBe(rate);
    expect(result.employer?.workInjury).toBe(amount);
  });

  it('the employer rate wins over the class when both are given', () => {
    const { result, codes } = ok({ month: '2026-08', kind: 'employee', base: '10000', workInjuryClass: '8', workInjuryRate: '0.5' });
    expect(result.employer?.workInjury).toBe('50.00');
    expect(codes).toContain('work-injury-rate-over-class');
  });
});

describe('a month before and after a July change', () => {
  it('2026-06 pays on the 2025 limit 7460, 2026-07 on 7546', () => {
    // 7460 × 8% = 596.80; × 2% = 149.20; × 0.5% = 37.30 → 783.30
    const june = ok({ month: '2026-06', kind: 'employee', base: '6000' }).result;
    expect(june.insuredBase).toMatchObject({ amount: '7460.00', yearFrom: '2025-07-01', yearTo: '2026-06-30' });
    expect(june.employee.total).toBe('783.30');
    // 7460 × 16% = 1193.60; × 9% = 671.40; × 0.5% = 37.30 → 1902.30
    expect(june.employer?.total).toBe('1902.30');
    const july = ok({ month: '2026-07', kind: 'employee', base: '6000' }).result;
    expect(july.insuredBase).toMatchObject({ amount: '7546.00', yearFrom: '2026-07-01' });
    expect(july.employee.total).toBe('792.33');
  });

  it('2025-06 pays on the 2024 limit 7384, 2025-07 on 7460', () => {
    // 7384 × 8% = 590.72; × 2% = 147.68; × 0.5% = 36.92 → 775.32
    expect(ok({ month: '2025-06', kind: 'employee', base: '6000' }).result.employee.total).toBe('775.32');
    expect(ok({ month: '2025-07', kind: 'employee', base: '6000' }).result.insuredBase.amount).toBe('7460.00');
  });

  it('2024-08: employer medical 10% (start date inferred) and the temporary work-injury cut, said so', () => {
    const { result, notices } = ok({ month: '2024-08', kind: 'employee', base: '10000', workInjuryClass: '1' });
    // 10000 × 16% = 1600; × 10% = 1000; × 0.5% = 50; class I cut to 0.16% = 16 → 2666
    expect(result.employer).toEqual({ pension: '1600.00', medical: '1000.00', unemployment: '50.00', workInjury: '16.00', total: '2666.00' });
    expect(notices.find((n) => n.code === 'inferred-figure')?.params).toEqual({ parameter: 'contributions.rate.employer.medical', count: '3' });
    expect(notices.some((n) => n.code === 'carried-forward')).toBe(false);
  });
});

describe('a flexible worker', () => {
  it('pays 20% pension and 10% medical of the chosen base, no employer part, no unemployment', () => {
    const { result, codes, steps } = ok({ month: '2026-08', kind: 'flexible', base: '6000' });
    // 7546 × 20% = 1509.20; × 10% = 754.60 → 2263.80
    expect(result.employee).toEqual({ pension: '1509.20', medical: '754.60', unemployment: null, total: '2263.80' });
    expect(result.employer).toBeUndefined();
    expect(result.monthly).toEqual({ employee: '2263.80', employer: null });
    expect(steps[0]!.key).toBe('contributions:flexible-base-lower');
    expect(codes).toEqual(['flexible-no-unemployment']);
  });

  it('ignores the employee-only fields, and shows 见分进角 where it differs', () => {
    const { result, notices } = ok({ month: '2026-08', kind: 'flexible', base: '8000.55', workInjuryClass: '3', housingFundRate: '7' });
    // 8000.55 × 20% = 1600.11; × 10% = 800.055 → 800.06; 2400.17. 见分进角: 1600.20 + 800.10 = 2400.30
    expect(result.employee.total).toBe('2400.17');
    expect(result.housingFund).toBeUndefined();
    expect(result.jianFenJinJiao).toEqual({ employee: '2400.30', employer: null });
    expect(notices.find((n) => n.code === 'rounding-conflict-flexible')?.params).toMatchObject({ employeeFen: '2,400.17', employeeJiao: '2,400.30', lines: '1600.11 → 1600.20, 800.06 → 800.10' });
  });

  it('is not covered before the 2024-03-01 flexible rates', () => {
    expect(errors({ month: '2024-02', kind: 'flexible', base: '8000' })).toEqual(['month:date-not-covered']);
    expect(ok({ month: '2024-03', kind: 'flexible', base: '8000' }).result.employee.total).toBe('2400.00');
  });
});

describe('the rounding notice', () => {
  it('names both sources and both totals (2026-08, wage 6000, class I)', () => {
    const { result, notices } = ok({ month: '2026-08', kind: 'employee', base: '6000', workInjuryClass: '1' });
    // 见分进角: 603.70 + 151.00 + 37.80 = 792.50; employer 1207.40 + 679.20 + 37.80 + 15.09 (work injury kept to the fen) = 1939.49
    expect(result.jianFenJinJiao).toEqual({ employee: '792.50', employer: '1939.49' });
    expect(notices.find((n) => n.code === 'rounding-conflict')?.params).toEqual({
      employeeFen: '792.33',
      employeeJiao: '792.50',
      employerFen: '1,939.32',
      employerJiao: '1,939.49',
      lines: '603.68 → 603.70, 150.92 → 151.00, 37.73 → 37.80, 1207.36 → 1207.40, 679.14 → 679.20, 37.73 → 37.80',
      fenSource: 'norbital-ai/templates register CN-X-SI-ROUNDING',
      jiaoSource: 'zhaiyz/salarycalculator README (2018)',
    });
  });
});

describe('carried forward', () => {
  it('a 2026 month rests on the 2025 unemployment rates, said once for each rate with its document', () => {
    const { steps, notices } = ok({ month: '2026-08', kind: 'employee', base: '10000' });
    const doc = '上海市人力资源和社会保障局 2025-01-03 失业保险费率通知';
    const window = { period: '2026-01-01/2026-12-31', from: '2026-01-01', to: '2026-12-31', sourcedTo: '2025-12-31', doc };
    expect(notices.filter((n) => n.code === 'carried-forward')).toEqual([
      { code: 'carried-forward', params: { parameter: 'contributions.rate.employee.unemployment', ...window } },
      { code: 'carried-forward', params: { parameter: 'contributions.rate.employer.unemployment', ...window } },
    ]);
    expect(steps.filter((s) => s.params.some((p) => p.carriedForward)).map((s) => s.values['side'])).toEqual(['employee', 'employer']);
    expect(ok({ month: '2025-08', kind: 'employee', base: '10000' }).notices.some((n) => n.code === 'carried-forward')).toBe(false);
  });

  it('2027-01 is not covered (one period only)', () => {
    expect(errors({ month: '2027-01', kind: 'employee', base: '10000' })).toEqual(['month:date-not-covered']);
  });
});

describe('housing fund and the minimum wage', () => {
  it('MW1 (2026-07, 3798.33 insured at 7546, housing fund 7%): exactly 2740.00 left, the minimum is met', () => {
    const { result, codes } = ok({ month: '2026-07', kind: 'employee', base: '3798.33', housingFundRate: '7', grossWage: '3798.33' });
    // housing fund: 3798.33 × 7% = 265.8831 → 266 each side (to the yuan)
    expect(result.housingFund).toEqual({ base: '3798.33', limit: 'none', rate: '7', employee: '266.00', employer: '266.00', total: '532.00' });
    // 792.33 + 266 = 1058.33; employer 1924.23 (no work injury) + 266 = 2190.23
    expect(result.monthly).toEqual({ employee: '1058.33', employer: '2190.23' });
    // 3798.33 − 0 − 1058.33 = 2740.00 ≥ 2740
    expect(result.minimumWage).toEqual({ gross: '3798.33', excluded: '0.00', deductions: '1058.33', remaining: '2740.00', minimum: '2740.00', meets: true, shortfall: '0.00' });
    expect(codes).toContain('housing-fund-not-social-insurance');
  });

  it('MW1 a fen lower (3798.32) fails by 0.01', () => {
    // 3798.32 × 7% = 265.8824 → 266; 3798.32 − 1058.33 = 2739.99
    const mw = ok({ month: '2026-07', kind: 'employee', base: '3798.32', housingFundRate: '7', grossWage: '3798.32' }).result.minimumWage;
    expect(mw).toMatchObject({ remaining: '2739.99', meets: false, shortfall: '0.01' });
  });

  it('MW2: a gross of 2740 fails once the worker\'s own shares come off', () => {
    // 2740 − 792.33 = 1947.67 < 2740, short by 792.33
    const { result, steps } = ok({ month: '2026-07', kind: 'employee', base: '2740', grossWage: '2740' });
    expect(result.minimumWage).toMatchObject({ remaining: '1947.67', meets: false, shortfall: '792.33' });
    expect(steps.find((s) => s.key === 'contributions:minimum-wage-not-met')?.citations[0]?.doc).toBe('沪人社规〔2025〕10号');
  });

  it('MW3: 3700 + 300 heat allowance; the 300 is left out of the comparison', () => {
    // 4000 − 300 − 792.33 = 2907.67 ≥ 2740
    const mw = ok({ month: '2026-07', kind: 'employee', base: '4000', grossWage: '4000', excludedPay: '300' }).result.minimumWage;
    expect(mw).toMatchObject({ excluded: '300.00', remaining: '2907.67', meets: true });
  });

  it('housing fund at its own upper limit, and not covered before 2025-07', () => {
    // min(50000, 37731) × 5% = 1886.55 → 1887
    expect(ok({ month: '2026-08', kind: 'employee', base: '50000', housingFundRate: '5' }).result.housingFund).toMatchObject({ base: '37731.00', limit: 'upper', employee: '1887.00' });
    // its own base, below its lower limit 2740: 2740 × 5% = 137
    expect(ok({ month: '2026-08', kind: 'employee', base: '8000', housingFundRate: '5', housingFundBase: '2000' }).result.housingFund).toMatchObject({ base: '2740.00', limit: 'lower', employee: '137.00' });
    const before = ok({ month: '2025-06', kind: 'employee', base: '8000', housingFundRate: '7' });
    expect(before.result.housingFund).toBeUndefined();
    expect(before.codes).toContain('housing-fund-not-covered');
  });
});

describe('bad input', () => {
  it('names the field', () => {
    expect(errors({ month: '2026-13', kind: 'x', base: 'abc' })).toEqual(['month:invalid-month', 'kind:invalid-choice', 'base:not-a-number']);
    expect(errors({ month: '2016-02', kind: 'employee', base: '6000' })).toEqual(['month:date-not-covered']);
    expect(errors({ month: '2026-08', kind: 'employee', base: '6000', housingFundBase: '5000' })).toEqual(['housingFundRate:required']);
    expect(errors({ month: '2026-08', kind: 'employee', base: '6000', excludedPay: '300' })).toEqual(['grossWage:required']);
    expect(errors({ month: '2026-08', kind: 'employee', base: '6000', grossWage: '200', excludedPay: '300' })).toEqual(['excludedPay:out-of-range']);
    expect(errors({ month: '2026-08', kind: 'employee', base: '6000', workInjuryClass: '9', workInjuryRate: '0' })).toEqual(['workInjuryClass:invalid-choice', 'workInjuryRate:out-of-range']);
    expect(errors({ month: '2026-08', kind: 'employee', base: '-1' })).toEqual(['base:out-of-range']);
  });

  it('reads what people type: 2026年8月, full-width digits, 6,000元', () => {
    expect(ok({ month: '２０２６年８月', kind: 'employee', base: '6,000元' }).result.employee.total).toBe('792.33');
  });
});
