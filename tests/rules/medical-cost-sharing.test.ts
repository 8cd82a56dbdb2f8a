import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, run } from '../../src/rules/engine';
import { medicalCostSharing } from '../../src/rules/medical-cost-sharing';
import type { MedicalCostResult } from '../../src/rules/medical-cost-sharing';
import { settle } from '../../src/rules/medical-cost-sharing/compute';
import { EMPLOYEE_UNDATED_TABLE, employeeFigures, residentInpatientPatientShare } from '../../src/rules/medical-cost-sharing/parameters';

const AS_OF = '2026-11-28';

type Out = { result: MedicalCostResult; steps: { key: string; values: Record<string, string>; params: { id: string; source: { inferred?: boolean; confidence: string } }[]; citations: { article?: string; doc: string }[] }[]; notices: { code: string; params?: Record<string, string> }[] };

function estimate(input: Record<string, unknown>, asOf = AS_OF): Out {
  const out = run(medicalCostSharing, input, asOf);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as unknown as Out;
}

function errors(input: Record<string, unknown>, asOf = AS_OF) {
  const out = run(medicalCostSharing, input, asOf);
  if (out.ok) throw new Error('expected errors');
  return out.errors.map((e) => `${e.field} ${e.code}`);
}

/** A 2024 resident bill (S1, english.shanghai.gov.cn 2024-09-05). */
function resident(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { serviceDate: '2024-05-10', scheme: 'resident', category: 'resident-19-59', setting: 'outpatient', hospitalLevel: '2', bill: { total: '1000' }, ...over };
}

function split(r: MedicalCostResult) {
  return [r.fundPays, r.accountPays, r.patientPays];
}

describe('resident scheme 2024 (S1): outpatient deductible per age row', () => {
  // First outpatient bill of the year, 1000 covered, 二级 (fund 60%).
  it.each([
    // 19–59: 500 deductible; (1000 − 500) × 0.6 = 300 fund; 1000 − 300 = 700 (fact sheet D1)
    ['resident-19-59', '500.00', '300.00', '700.00'],
    // 60–69 and 70+: 300 deductible; (1000 − 300) × 0.6 = 420; 580
    ['resident-60-plus', '300.00', '420.00', '580.00'],
    // 0–18: 300 deductible; same as above
    ['resident-child-student', '300.00', '420.00', '580.00'],
  ])('%s: deductible %s, fund %s, patient %s', (category, deductible, fund, patient) => {
    const { result } = estimate(resident({ category }));
    expect(result.breakdown.deductible).toBe(deductible);
    expect(split(result)).toEqual([fund, '0.00', patient]);
    expect(result.medicalYear).toBe('2024-01-01/2024-12-31');
    expect(result.yearToDateAfter).toEqual({ medicalYear: '2024-01-01/2024-12-31', deductiblePaid: deductible, fundPaid: fund });
  });

  it('the 60+ category reads both S1 rows 60-69 and 70+, the child/student category the 0-18 row (with a notice)', () => {
    expect(estimate(resident({ category: 'resident-60-plus' })).steps.find((s) => s.key === 'medical-cost-sharing:resident-category')?.values['rows']).toBe('60-69, 70+');
    expect(estimate(resident({ category: 'resident-child-student' })).notices.map((n) => n.code)).toContain('child-student-row');
  });
});

describe('resident scheme 2024 (S1): outpatient fund share by hospital level (patient 30% / 40% / 50%)', () => {
  it.each([
    // deductible already met: 1500 × 0.7 = 1050
    ['1', '1050.00', '450.00'],
    // 1500 × 0.6 = 900
    ['2', '900.00', '600.00'],
    // 1500 × 0.5 = 750
    ['3', '750.00', '750.00'],
  ])('level %s: fund %s, patient %s', (hospitalLevel, fund, patient) => {
    const { result } = estimate(resident({ hospitalLevel, bill: { total: '1500' }, yearToDate: { deductiblePaid: '500' } }));
    expect(result.breakdown.deductible).toBe('0.00');
    expect(split(result)).toEqual([fund, '0.00', patient]);
    expect(result.breakdown.coPay).toBe(patient);
  });
});

describe('resident scheme 2024 (S1): inpatient, deductible per admission and shares by age row', () => {
  it.each([
    // 60+, 三级: 300 deductible; 9700 × 0.7 = 6790; patient 300 + 2910 = 3210 (fact sheet D2)
    ['resident-60-plus', '3', '300.00', '6790.00', '3210.00'],
    // 60+, 二级: 100; 9900 × 0.8 = 7920; 2080
    ['resident-60-plus', '2', '100.00', '7920.00', '2080.00'],
    // 60+, 一级: 50; 9950 × 0.9 = 8955; 1045
    ['resident-60-plus', '1', '50.00', '8955.00', '1045.00'],
    // 19–59, 一级: 50; 9950 × 0.8 = 7960; 2040
    ['resident-19-59', '1', '50.00', '7960.00', '2040.00'],
    // 0–18, 三级: 300; 9700 × 0.6 = 5820; 4180
    ['resident-child-student', '3', '300.00', '5820.00', '4180.00'],
  ])('%s at level %s: deductible %s, fund %s, patient %s', (category, hospitalLevel, deductible, fund, patient) => {
    const { result, notices, steps } = estimate(resident({ category, hospitalLevel, setting: 'inpatient', bill: { total: '10000' } }));
    expect(result.breakdown.deductible).toBe(deductible);
    expect(split(result)).toEqual([fund, '0.00', patient]);
    expect(notices.map((n) => n.code)).toContain('inpatient-share-inferred');
    // the per-level split of S1's range is marked as worked out
    expect(steps.find((s) => s.key === 'medical-cost-sharing:fund-share')?.params[0]?.source.inferred).toBe(true);
  });

  it('the inpatient deductible is per admission: paid again on each stay, and the outpatient accumulator is left as it was', () => {
    const { result } = estimate(resident({ setting: 'inpatient', hospitalLevel: '3', bill: { total: '2000' }, yearToDate: { deductiblePaid: '500', fundPaid: '100' } }));
    // 300 deductible again; 1700 × 0.6 = 1020
    expect(result.breakdown.deductible).toBe('300.00');
    expect(result.fundPays).toBe('1020.00');
    expect(result.yearToDateAfter).toEqual({ medicalYear: '2024-01-01/2024-12-31', deductiblePaid: '500.00', fundPaid: '1120.00' });
  });

  it('S1 prints the inpatient shares as ranges only: the encoded split stays inside 20–40% and 10–30%', () => {
    const rows = residentInpatientPatientShare.values[0]!.value!;
    for (const band of ['0-18', '19-59'] as const) expect(Object.values(rows[band])).toEqual(['0.20', '0.30', '0.40']);
    for (const band of ['60-69', '70+'] as const) expect(Object.values(rows[band])).toEqual(['0.10', '0.20', '0.30']);
  });
});

describe('bills that cross the deductible', () => {
  it('three outpatient bills at a community centre, carried one to the next', () => {
    const yr = '2024-01-01/2024-12-31';
    // 1st: 300 → all within the 500 deductible
    const a = estimate(resident({ hospitalLevel: '1', bill: { total: '300' } })).result;
    expect(split(a)).toEqual(['0.00', '0.00', '300.00']);
    expect(a.yearToDateAfter).toEqual({ medicalYear: yr, deductiblePaid: '300.00', fundPaid: '0.00' });
    // 2nd: 400 → 200 finishes the deductible; 200 × 0.7 = 140 fund; patient 200 + 60 = 260
    const b = estimate(resident({ hospitalLevel: '1', bill: { total: '400' }, yearToDate: a.yearToDateAfter })).result;
    expect(b.breakdown.deductible).toBe('200.00');
    expect(split(b)).toEqual(['140.00', '0.00', '260.00']);
    expect(b.yearToDateAfter).toEqual({ medicalYear: yr, deductiblePaid: '500.00', fundPaid: '140.00' });
    // 3rd: 100 → 70 fund
    const c = estimate(resident({ hospitalLevel: '1', bill: { total: '100' }, yearToDate: b.yearToDateAfter })).result;
    expect(split(c)).toEqual(['70.00', '0.00', '30.00']);
    expect(c.yearToDateAfter?.fundPaid).toBe('210.00');
  });

  it('a deductible paid beyond the standard counts as met', () => {
    const { result } = estimate(resident({ bill: { total: '100' }, yearToDate: { deductiblePaid: '800' } }));
    // 100 × 0.6
    expect(result.fundPays).toBe('60.00');
    expect(result.yearToDateAfter?.deductiblePaid).toBe('800.00');
  });

  it('自费 and 分类自负 come off the bill first and do not count towards the deductible', () => {
    // 1200 − 100 − 100 = 1000 covered; 500 deductible; 500 × 0.6 = 300
    const { result } = estimate(resident({ bill: { total: '1200', notCovered: '100', categoryBSelfPay: '100' } }));
    expect(result.breakdown).toEqual({ notCovered: '100.00', categoryBSelfPay: '100.00', currentYearAccount: '0.00', deductible: '500.00', coPay: '200.00', aboveCap: '0.00' });
    expect(split(result)).toEqual(['300.00', '0.00', '900.00']);
  });

  it('the fund share is rounded half up to the fen', () => {
    // 一级: (500.05 − 500) × 0.7 = 0.035 → 0.04; patient 500 + 0.01
    const { result, steps } = estimate(resident({ hospitalLevel: '1', bill: { total: '500.05' } }));
    expect(split(result)).toEqual(['0.04', '0.00', '500.01']);
    expect(steps.find((s) => s.key === 'medical-cost-sharing:fund-share')).toMatchObject({ rounding: { places: 2, mode: 'half-up' } });
  });

  it('a new calendar year starts the resident accumulators again', () => {
    const { result, steps } = estimate(resident({ yearToDate: { deductiblePaid: '500', fundPaid: '9000', medicalYear: '2023-01-01/2023-12-31' } }));
    expect(steps.map((s) => s.key)).toContain('medical-cost-sharing:new-year');
    // as a first bill: 500 deductible, 300 fund
    expect(result.yearToDateAfter).toEqual({ medicalYear: '2024-01-01/2024-12-31', deductiblePaid: '500.00', fundPaid: '300.00' });
  });
});

describe('the yearly maximum', () => {
  it('resident: no maximum is sourced, so none is applied and a notice says so', () => {
    const { result, notices, steps } = estimate(resident({ setting: 'inpatient', hospitalLevel: '3', bill: { total: '800000' }, yearToDate: { fundPaid: '900000' } }));
    // 300; 799700 × 0.6 = 479820
    expect(result.fundPays).toBe('479820.00');
    expect(result.breakdown.aboveCap).toBe('0.00');
    expect(notices.map((n) => n.code)).toContain('cap-not-found');
    expect(steps.map((s) => s.key)).toContain('medical-cost-sharing:cap-not-found');
  });

  it('settlement mechanics: a bill that crosses the maximum (fixture maximum; no Shanghai maximum is sourced)', () => {
    // covered 100000, deductible 1500 due, 85% (S2 in-service inpatient), 10000 left under a fixture maximum:
    // fund before cap 98500 × 0.85 = 83725 → limited to 10000; above cap 73725; co-pay 98500 − 83725 = 14775
    const s = settle({ total: dec('100000'), notCovered: dec(0), categoryBSelfPay: dec(0) }, { deductibleDue: dec('1500'), fundShare: dec('0.85'), capRoom: dec('10000'), currentYearFirst: false });
    expect([s.deductible, s.fundBeforeCap, s.fund, s.aboveCap, s.coPay, s.patientPays].map((d) => d.toFixed(2))).toEqual(['1500.00', '83725.00', '10000.00', '73725.00', '14775.00', '90000.00']);
    // the maximum already reached: the fund pays nothing
    const t = settle({ total: dec('5000'), notCovered: dec(0), categoryBSelfPay: dec(0) }, { deductibleDue: dec(0), fundShare: dec('0.85'), capRoom: dec('-1'), currentYearFirst: false });
    expect([t.fund, t.aboveCap, t.patientPays].map((d) => d.toFixed(2))).toEqual(['0.00', '4250.00', '5000.00']);
  });
});

describe('employee scheme: settlement order with the only per-category figures seen (S2, undated, secondary)', () => {
  it('S2 is recorded as secondary and is not encoded for any medical year', () => {
    expect(EMPLOYEE_UNDATED_TABLE.confidence).toBe('secondary');
    expect(employeeFigures.values.every((v) => v.value === null)).toBe(true);
  });

  it('outpatient, in-service ≤44, 二级, no account balance: 1500 自负段, then 附加基金 60% (fact sheet D3)', () => {
    // 3000 covered; 1500 自负段; 1500 × 0.6 = 900; patient 2100
    const s = settle({ total: dec('3000'), notCovered: dec(0), categoryBSelfPay: dec(0) }, { deductibleDue: dec('1500'), fundShare: dec('0.60'), currentYearFirst: true }, { currentYear: dec(0), previousYears: dec(0) });
    expect([s.fund, s.accountPays, s.patientPays].map((d) => d.toFixed(2))).toEqual(['900.00', '0.00', '2100.00']);
  });

  it('inpatient, in-service: 1500 起付, then 统筹基金 85% (fact sheet D4)', () => {
    // 8500 × 0.85 = 7225; 10000 − 7225 = 2775
    const s = settle({ total: dec('10000'), notCovered: dec(0), categoryBSelfPay: dec(0) }, { deductibleDue: dec('1500'), fundShare: dec('0.85'), currentYearFirst: false });
    expect([s.fund, s.patientPays].map((d) => d.toFixed(2))).toEqual(['7225.00', '2775.00']);
  });

  it('outpatient with accounts: 当年账户 first, then the 自负段 and co-pay from the 历年账户, 自费 in cash', () => {
    // total 3200 = 自费 200 + covered 3000. 当年账户 pays 800; 2200 left: 1500 自负段, 700 × 0.6 = 420 fund, 280 co-pay.
    // 历年账户 pays min(1500 + 280, 1000) = 1000; cash = 200 + 1780 − 1000 = 980. 420 + 1800 + 980 = 3200.
    const s = settle({ total: dec('3200'), notCovered: dec('200'), categoryBSelfPay: dec(0) }, { deductibleDue: dec('1500'), fundShare: dec('0.60'), currentYearFirst: true }, { currentYear: dec('800'), previousYears: dec('1000') });
    expect([s.currentYearAccount, s.deductible, s.fund, s.coPay, s.previousYearsAccount, s.accountPays, s.patientPays].map((d) => d.toFixed(2))).toEqual(['800.00', '1500.00', '420.00', '280.00', '1000.00', '1800.00', '980.00']);
  });
});

describe('employee scheme through the calculator: no medical year has sourced figures', () => {
  const employee = (over: Record<string, unknown> = {}) => ({ serviceDate: '2025-09-15', scheme: 'employee', category: 'in-service-under-45', setting: 'outpatient', hospitalLevel: '2', bill: { total: '3000', notCovered: '200', categoryBSelfPay: '50' }, ...over });

  it.each([
    ['2025-07-01', '2025-07-01/2026-06-30'],
    ['2025-09-15', '2025-07-01/2026-06-30'],
    ['2026-06-30', '2025-07-01/2026-06-30'],
    ['2026-07-01', '2026-07-01/2027-06-30'],
  ])('%s → medical year %s (沪医保规〔2025〕7号 七（一）), figures not covered', (serviceDate, medicalYear) => {
    const { result, notices } = estimate(employee({ serviceDate }));
    expect(result.covered).toBe(false);
    expect(result.medicalYear).toBe(medicalYear);
    expect(split(result)).toEqual([null, null, null]);
    expect(result.yearToDateAfter).toBeNull();
    // 自费 and 分类自负 are the patient's whatever the figures
    expect(result.breakdown).toMatchObject({ notCovered: '200.00', categoryBSelfPay: '50.00', deductible: null });
    expect(notices).toEqual([{ code: 'employee-figures-not-found', params: { medicalYear } }]);
  });

  it.each(['2016-07-01', '2020-03-15', '2023-12-01', '2025-06-30'])('%s: before the medical year rule is sourced → not covered, no year', (serviceDate) => {
    const { result, notices } = estimate(employee({ serviceDate }));
    expect(result).toMatchObject({ covered: false, medicalYear: null, fundPays: null });
    expect(notices.map((n) => n.code)).toEqual(['employee-year-not-sourced']);
  });

  it('a stay that spans 1 July is settled in the medical year of discharge (七（四）), category at discharge (七（三）)', () => {
    const { result, steps } = estimate(employee({ setting: 'inpatient', category: 'retired', admissionDate: '2026-06-20', serviceDate: '2026-07-05' }));
    expect(result.medicalYear).toBe('2026-07-01/2027-06-30');
    const keys = steps.map((s) => s.key);
    expect(keys).toContain('medical-cost-sharing:stay-spans-years');
    expect(steps.find((s) => s.key === 'medical-cost-sharing:stay-spans-years')?.citations[0]).toMatchObject({ doc: '沪医保规〔2025〕7号', article: '七（四）' });
    expect(steps.find((s) => s.key === 'medical-cost-sharing:employee-category-discharge')?.citations[0]).toMatchObject({ article: '七（三）' });
    expect(keys.at(-1)).toBe('medical-cost-sharing:employee-figures-not-found');
  });

  it('a stay within one medical year has no spanning step; an outpatient visit cites 七（五）', () => {
    expect(estimate(employee({ setting: 'inpatient', admissionDate: '2025-07-01', serviceDate: '2025-07-05' })).steps.map((s) => s.key)).not.toContain('medical-cost-sharing:stay-spans-years');
    expect(estimate(employee()).steps.find((s) => s.key === 'medical-cost-sharing:employee-category-visit')?.citations[0]).toMatchObject({ article: '七（五）' });
  });

  it('after the 细则 expires (2030-09-09) the year is not covered either', () => {
    expect(estimate(employee({ serviceDate: '2030-09-10' })).result.medicalYear).toBeNull();
  });
});

describe('zero and huge bills', () => {
  it('a zero bill: everything zero, accumulators unchanged', () => {
    const { result } = estimate(resident({ bill: { total: '0' }, yearToDate: { deductiblePaid: '120', fundPaid: '33.30' } }));
    expect(split(result)).toEqual(['0.00', '0.00', '0.00']);
    expect(result.yearToDateAfter).toMatchObject({ deductiblePaid: '120.00', fundPaid: '33.30' });
  });

  it('a huge inpatient bill is exact to the fen', () => {
    // 60+, 三级: 300; 999999699.99 × 0.7 = 699999789.993 → 699999789.99; patient 999999999.99 − 699999789.99 = 300000210.00
    const { result } = estimate(resident({ category: 'resident-60-plus', setting: 'inpatient', hospitalLevel: '3', bill: { total: '999999999.99' } }));
    expect(split(result)).toEqual(['699999789.99', '0.00', '300000210.00']);
  });
});

describe('bad input → field errors', () => {
  it('自费 + 分类自负 above the total', () => {
    expect(errors(resident({ bill: { total: '100', notCovered: '60', categoryBSelfPay: '50' } }))).toEqual(['bill.total inconsistent']);
  });
  it('a category of the other scheme', () => {
    expect(errors(resident({ category: 'retired' }))).toEqual(['category inconsistent']);
    expect(errors({ ...resident(), scheme: 'employee', category: 'resident-19-59' })).toEqual(['category inconsistent']);
  });
  it('amounts: negative, three decimals, not a number, too large', () => {
    expect(errors(resident({ bill: { total: '-1' } }))).toEqual(['bill.total out-of-range']);
    expect(errors(resident({ bill: { total: '10.001' } }))).toEqual(['bill.total too-many-decimals']);
    expect(errors(resident({ bill: { total: 'abc' } }))).toEqual(['bill.total not-a-number']);
    expect(errors(resident({ bill: { total: '1000000000.01' } }))).toEqual(['bill.total out-of-range']);
    expect(errors(resident({ yearToDate: { deductiblePaid: '-5' } }))).toEqual(['yearToDate.deductiblePaid out-of-range']);
  });
  it('full-width digits and 元 are read', () => {
    expect(estimate(resident({ bill: { total: '１，２００元', notCovered: '１００', categoryBSelfPay: '100' } })).result.fundPays).toBe('300.00');
  });
  it('choices: unknown level, scheme, setting', () => {
    expect(errors(resident({ hospitalLevel: '4', setting: 'home' }))).toEqual(['setting invalid-choice', 'hospitalLevel invalid-choice']);
    expect(errors(resident({ scheme: 'private' }))).toEqual(['scheme invalid-choice']);
  });
  it('dates: a resident date outside 2024 is not covered, a stay over the new year too', () => {
    expect(run(medicalCostSharing, resident({ serviceDate: '2025-03-01' }), AS_OF)).toEqual({ ok: false, errors: [{ field: 'serviceDate', code: 'date-not-covered', params: { from: '2024-01-01', to: '2024-12-31' } }] });
    expect(errors(resident({ serviceDate: '2023-12-31' }))).toEqual(['serviceDate date-not-covered']);
    expect(errors(resident({ setting: 'inpatient', admissionDate: '2023-12-28', serviceDate: '2024-01-03' }))).toEqual(['admissionDate date-not-covered']);
    expect(errors(resident({ setting: 'inpatient', admissionDate: '2024-02-01', serviceDate: '2024-01-03' }))).toEqual(['admissionDate inconsistent']);
    expect(errors(resident({ admissionDate: '2024-01-01' }))).toEqual(['admissionDate inconsistent']);
    expect(errors(resident({ serviceDate: '2024-02-30' }))).toEqual(['serviceDate invalid-date']);
  });
  it('residents have no personal medical account', () => {
    expect(errors(resident({ accounts: { currentYear: '100' } }))).toEqual(['accounts.currentYear inconsistent']);
  });
  it('amounts carried from a later medical year: bills out of order', () => {
    expect(errors(resident({ yearToDate: { medicalYear: '2025-01-01/2025-12-31' } }))).toEqual(['serviceDate inconsistent']);
    expect(errors(resident({ yearToDate: { medicalYear: 'last year' } }))).toEqual(['yearToDate.medicalYear invalid-date']);
  });
  it('all required fields missing', () => {
    expect(errors({})).toEqual(['serviceDate required', 'scheme required', 'category required', 'setting required', 'hospitalLevel required', 'bill.total required']);
  });
});

describe('property: the three shares always add up to the bill', () => {
  const money = (max: number) => fc.integer({ min: 0, max }).map((fen) => (fen / 100).toFixed(2));
  const residentInput = fc
    .record({
      day: fc.integer({ min: 0, max: 365 }),
      category: fc.constantFrom('resident-60-plus', 'resident-19-59', 'resident-child-student'),
      setting: fc.constantFrom('outpatient', 'inpatient'),
      hospitalLevel: fc.constantFrom('1', '2', '3'),
      total: money(50_000_000),
      a: fc.double({ min: 0, max: 1, noNaN: true }),
      b: fc.double({ min: 0, max: 1, noNaN: true }),
      deductiblePaid: money(100_000),
      fundPaid: money(10_000_000),
    })
    .map((x) => {
      // split the total into 自费, 分类自负 and the rest, in fen
      const fen = Math.round(Number(x.total) * 100);
      const notCovered = Math.floor(fen * x.a);
      const categoryB = Math.floor((fen - notCovered) * x.b);
      const date = new Date(Date.UTC(2024, 0, 1 + x.day)).toISOString().slice(0, 10);
      return {
        serviceDate: date,
        scheme: 'resident',
        category: x.category,
        setting: x.setting,
        hospitalLevel: x.hospitalLevel,
        bill: { total: x.total, notCovered: (notCovered / 100).toFixed(2), categoryBSelfPay: (categoryB / 100).toFixed(2) },
        yearToDate: { deductiblePaid: x.deductiblePaid, fundPaid: x.fundPaid },
      };
    });

  it('resident bills: fund + account + patient = total, no part negative, the patient pays at least 自费 + 分类自负', () => {
    fc.assert(
      fc.property(residentInput, (input) => {
        const { result } = estimate(input);
        const [fund, account, patient] = split(result).map((s) => dec(s!));
        expect(fund!.plus(account!).plus(patient!).toFixed(2)).toBe(dec(input.bill.total).toFixed(2));
        for (const d of [fund!, account!, patient!]) expect(d.isNegative()).toBe(false);
        expect(patient!.greaterThanOrEqualTo(dec(input.bill.notCovered).plus(input.bill.categoryBSelfPay))).toBe(true);
        const b = result.breakdown;
        // the patient's parts of the slip are what the patient and the account pay
        expect(dec(b.notCovered).plus(b.categoryBSelfPay).plus(b.currentYearAccount!).plus(b.deductible!).plus(b.coPay!).plus(b.aboveCap!).toFixed(2)).toBe(account!.plus(patient!).toFixed(2));
        expect(dec(result.yearToDateAfter!.fundPaid).toFixed(2)).toBe(dec(input.yearToDate.fundPaid).plus(fund!).toFixed(2));
      }),
      { numRuns: 400 },
    );
  });

  it('the settlement with accounts and a maximum: shares add up, accounts never overdrawn', () => {
    const cents = (max: number) => fc.integer({ min: 0, max }).map((n) => dec(n).dividedBy(100));
    fc.assert(
      fc.property(
        cents(100_000_000),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        cents(500_000),
        fc.integer({ min: 0, max: 100 }),
        fc.option(cents(10_000_000), { nil: undefined }),
        fc.boolean(),
        cents(5_000_000),
        cents(5_000_000),
        (total, a, b, deductibleDue, sharePct, capRoom, currentYearFirst, currentYear, previousYears) => {
          const notCovered = total.times(a).toDecimalPlaces(2, 1);
          const categoryBSelfPay = total.minus(notCovered).times(b).toDecimalPlaces(2, 1);
          const s = settle({ total, notCovered, categoryBSelfPay }, { deductibleDue, fundShare: dec(sharePct).dividedBy(100), ...(capRoom ? { capRoom } : {}), currentYearFirst }, { currentYear, previousYears });
          expect(s.fund.plus(s.accountPays).plus(s.patientPays).equals(total)).toBe(true);
          for (const d of [s.fund, s.accountPays, s.patientPays, s.deductible, s.coPay, s.aboveCap]) expect(d.isNegative()).toBe(false);
          expect(s.currentYearAccount.lessThanOrEqualTo(currentYear)).toBe(true);
          expect(s.previousYearsAccount.lessThanOrEqualTo(previousYears)).toBe(true);
          if (capRoom) expect(s.fund.lessThanOrEqualTo(capRoom)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('sources', () => {
  it('every parameter value names its source, and the example input runs', () => {
    for (const p of medicalCostSharing.parameters) for (const v of p.values) expect(v.source.doc, p.id).toBeTruthy();
    expect(run(medicalCostSharing, medicalCostSharing.example, AS_OF).ok).toBe(true);
  });
});
