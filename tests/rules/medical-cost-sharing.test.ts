import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryForwardWindow, coveredRanges, dec, type Parameter, run, sourcedRanges } from '../../src/rules/engine';
import { medicalCostSharing } from '../../src/rules/medical-cost-sharing';
import type { MedicalCostResult } from '../../src/rules/medical-cost-sharing';
import { employeeGroup, settle } from '../../src/rules/medical-cost-sharing/compute';
import {
  employeeAboveCapShare,
  employeeCap,
  employeeInpatientDeductible,
  employeeInpatientFundShare,
  employeeMedicalYear,
  employeeOutpatientDeductible,
  employeeOutpatientFundShare,
  residentInpatientDeductible,
  residentInpatientPatientShare,
  residentMedicalYear,
  residentOutpatientDeductible,
  residentOutpatientPatientShare,
} from '../../src/rules/medical-cost-sharing/parameters';
import { fields } from '../../src/rules/medical-cost-sharing/schema';
import { isKnownMedicalYearLabel } from '../../src/rules/medical-cost-sharing/year';

/**
 * No official worked example exists for any of these years (fact sheet medical-2023-2026.md §4): every expected amount
 * below is worked by hand from the cited figures, the arithmetic in a comment.
 */
const AS_OF = '2026-12-02';

type Out = {
  result: MedicalCostResult;
  steps: { key: string; values: Record<string, string>; params: { id: string; source: { inferred?: boolean; confidence: string; doc: string }; carriedForward?: { from: string; to: string } }[]; citations: { article?: string; doc: string }[] }[];
  notices: { code: string; params?: Record<string, string> }[];
};

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

const split = (r: MedicalCostResult) => [r.fundPays, r.accountPays, r.patientPays];
const carriedNotices = (o: Out) => o.notices.filter((n) => n.code === 'carried-forward').map((n) => ({ parameter: n.params?.['parameter'], period: n.params?.['period'], doc: n.params?.['doc'] }));

/** A resident bill (2024: english.shanghai.gov.cn 2024-09-05 FAQ). */
function resident(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { serviceDate: '2024-05-10', scheme: 'resident', category: 'resident-19-59', setting: 'outpatient', hospitalLevel: '2', bill: { total: '1000' }, ...over };
}

/** An employee outpatient bill with empty accounts. */
function employee(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { serviceDate: '2025-09-15', scheme: 'employee', category: 'in-service', setting: 'outpatient', hospitalLevel: '3', bill: { total: '1800' }, accounts: { currentYear: '0', previousYears: '0' }, ...over };
}

// ---------------------------------------------------------------------------------------------------------------

describe('rule table: every employee value and its document (fact sheet medical-2023-2026.md §1.2)', () => {
  const O1 = '沪医保规〔2023〕6号';
  const O2 = '上海医保 2024医保年度公告（无文号）';
  const O3 = '上海医保 2025医保年度公告（劳动报、中工网报道，无文号）';
  const at = <T>(p: { values: readonly { from: string; value: T | null; source: { doc: string; confidence: string; inferred?: boolean; copyOnly?: boolean } }[] }, from: string) => p.values.find((v) => v.from === from)!;

  it.each([
    ['2023-07-01', O1],
    ['2024-07-01', O2],
    ['2025-07-01', O3],
  ])('MY from %s (%s): 自负段 500/300/200, 起付 1500/1200/700, 住院 85%/92%/92%', (from, doc) => {
    expect(at(employeeOutpatientDeductible, from)).toMatchObject({ value: { 'in-service': '500', 'retired-2001-on': '300', 'retired-by-2000': '200' }, source: { doc } });
    expect(at(employeeInpatientDeductible, from)).toMatchObject({ value: { 'in-service': '1500', 'retired-2001-on': '1200', 'retired-by-2000': '700' }, source: { doc } });
    expect(at(employeeInpatientFundShare, from)).toMatchObject({ value: { 'in-service': '0.85', 'retired-2001-on': '0.92', 'retired-by-2000': '0.92' }, source: { doc } });
    expect(at(employeeOutpatientFundShare, from)?.value).toEqual({
      'in-service': { '1': '0.80', '2': '0.75', '3': '0.70' },
      'retired-2001-on': { '1': '0.85', '2': '0.80', '3': '0.75' },
      'retired-by-2000': { '1': '0.90', '2': '0.85', '3': '0.80' },
    });
    expect(at(employeeAboveCapShare, from)).toMatchObject({ value: '0.80', source: { doc } });
  });

  it('grades: MY2023-24 official text seen in copies; MY2024-25 and MY2025-26 secondary, their ratios marked inferred', () => {
    expect(at(employeeOutpatientDeductible, '2023-07-01').source).toMatchObject({ confidence: 'official', copyOnly: true });
    expect(at(employeeOutpatientFundShare, '2023-07-01').source.inferred).toBeUndefined();
    for (const from of ['2024-07-01', '2025-07-01']) {
      expect(at(employeeOutpatientDeductible, from).source.confidence).toBe('secondary');
      expect(at(employeeOutpatientDeductible, from).source.inferred).toBeUndefined();
      for (const p of [employeeOutpatientFundShare, employeeInpatientFundShare]) {
        const v = p.values.find((x) => x.from === from)!;
        expect(v.source.inferred).toBe(true);
        expect(v.source.note).toMatch(/^Inferred/);
      }
    }
  });

  it.each([
    // O5 “从53万元提高到55万元”; O4 55万→57万; O1 “从59万元提高到61万元”; O2 61万→63万; O3 63万→65万
    ['2020-07-01', '550000', '上海医保 2020医保年度公告（新闻报道，无文号）'],
    ['2021-07-01', '570000', '上海医保 2021医保年度公告（新闻报道，无文号）'],
    ['2022-07-01', '590000', O1],
    ['2023-07-01', '610000', O1],
    ['2024-07-01', '630000', O2],
    ['2025-07-01', '650000', O3],
  ])('统筹基金最高支付限额 from %s: %s (%s)', (from, value, doc) => {
    expect(at(employeeCap, from)).toMatchObject({ value, source: { doc } });
  });

  it('the medical year runs from 1 July since 2020 (O5), and by 沪医保规〔2025〕7号 七（一）', () => {
    expect(at(employeeMedicalYear, '2020-07-01')).toMatchObject({ value: 'july-june', source: { doc: '上海医保 2020医保年度公告（新闻报道，无文号）' } });
    expect(at(employeeMedicalYear, '2025-07-01')).toMatchObject({ value: 'july-june', source: { doc: '沪医保规〔2025〕7号', article: '七（一）' } });
  });
});

describe('rule table: resident values (2024 FAQ; 2025 沪医保规〔2024〕4号 “待遇按照现行政策执行”)', () => {
  it('2024 and 2025: outpatient 起付 300/500, 30/40/50%, inpatient 50/100/300', () => {
    for (const [i, doc] of [[0, 'english.shanghai.gov.cn, 2024-09-05'], [1, '沪医保规〔2024〕4号']] as const) {
      expect(residentOutpatientDeductible.values[i]).toMatchObject({ value: { '0-18': '300', '19-59': '500', '60-69': '300', '70+': '300' }, source: { doc } });
      expect(residentOutpatientPatientShare.values[i]).toMatchObject({ value: { '1': '0.30', '2': '0.40', '3': '0.50' }, source: { doc } });
      expect(residentInpatientDeductible.values[i]).toMatchObject({ value: { '1': '50', '2': '100', '3': '300' }, source: { doc } });
    }
    // R1 is official; the figures themselves are the 2024 ones continued, so marked inferred
    expect(residentOutpatientDeductible.values[1]!.source).toMatchObject({ confidence: 'official', inferred: true });
    expect(residentOutpatientDeductible.values[1]!.published).toBe('2024-11-05');
  });

  it('inpatient: the fund pays 80/75/60 under 60 (the corrected 二级 75%) and 90/80/70 for 60+ (resident 办法 wording, secondary)', () => {
    for (const v of residentInpatientPatientShare.values) {
      expect(v.value!['19-59']).toEqual({ '1': '0.20', '2': '0.25', '3': '0.40' });
      expect(v.value!['0-18']).toEqual({ '1': '0.20', '2': '0.25', '3': '0.40' });
      expect(v.value!['60-69']).toEqual({ '1': '0.10', '2': '0.20', '3': '0.30' });
    }
    expect(residentInpatientPatientShare.values[0]!.source).toMatchObject({ confidence: 'secondary', doc: '上海市城乡居民基本医疗保险办法（待遇条款，指南转述）' });
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('employee outpatient, by medical year', () => {
  it.each([
    ['2023-09-15', '2023-07-01/2024-06-30', false],
    ['2024-09-15', '2024-07-01/2025-06-30', true],
    ['2025-09-15', '2025-07-01/2026-06-30', true],
  ])('%s: an office worker’s 1800 at a 三级 hospital (medical year %s)', (serviceDate, medicalYear, ratiosInferred) => {
    // covered 1800; 当年账户 0; 自负段 500 (cash); 1300 × 0.70 = 910 fund; 390 cash; cash 500 + 390 = 890
    const o = estimate(employee({ serviceDate }));
    expect(o.result).toMatchObject({ covered: true, medicalYear, group: 'in-service', fundPays: '910.00', accountPays: '0.00', patientPays: '890.00' });
    expect(o.result.breakdown).toEqual({ notCovered: '0.00', categoryBSelfPay: '0.00', currentYearAccount: '0.00', deductible: '500.00', coPay: '390.00', aboveCap: '0.00', supplementaryFund: '0.00', previousYearsAccount: '0.00', cash: '890.00' });
    expect(o.notices.some((n) => n.code === 'employee-ratios-inferred')).toBe(ratiosInferred);
    expect(carriedNotices(o)).toEqual([]);
  });

  it('the current medical year MY2026-27 carries the MY2025-26 figures forward, marked and noticed once per parameter', () => {
    // the example: 2026-11-20, same arithmetic as above
    const o = estimate(medicalCostSharing.example);
    expect(split(o.result)).toEqual(['910.00', '0.00', '890.00']);
    expect(o.result.medicalYear).toBe('2026-07-01/2027-06-30');
    const period = '2026-07-01/2027-06-30';
    const doc = '上海医保 2025医保年度公告（劳动报、中工网报道，无文号）';
    expect(carriedNotices(o)).toEqual([
      { parameter: 'medical.employee.outpatient-deductible', period, doc },
      { parameter: 'medical.employee.outpatient-fund-share', period, doc },
      { parameter: 'medical.employee.annual-cap', period, doc },
    ]);
    // every step that used a carried value says so (its UsedParam is marked; the page puts it in words)
    const deductible = o.steps.find((s) => s.key === 'medical-cost-sharing:employee-outpatient-deductible')!;
    expect(deductible.params[0]?.carriedForward).toMatchObject({ from: '2026-07-01', to: '2027-06-30' });
  });

  it('a retiree by 2000 at a community centre, with both accounts and a part of the 自负段 already paid (MY2024-25)', () => {
    // total 1000 = 自费 100 + 分类自负 50 + covered 850. 当年账户 pays 200 → 650.
    // 自负段 200 (2000年前退休), 50 paid → 150 due; 500 left × 0.90 (一级) = 450 fund; co-pay 50.
    // 历年账户 100: 分类自负 50 → 50 from it; 自负段 150 → 50 from it, 100 cash; co-pay 50 cash.
    // accounts 200 + 100 = 300; cash 100 + 100 + 50 = 250; 450 + 300 + 250 = 1000.
    const o = estimate(employee({ serviceDate: '2025-03-10', category: 'retired', retiredOn: '1998-06', hospitalLevel: '1', bill: { total: '1000', notCovered: '100', categoryBSelfPay: '50' }, yearToDate: { deductiblePaid: '50' }, accounts: { currentYear: '200', previousYears: '100' } }));
    expect(o.result.group).toBe('retired-by-2000');
    expect(split(o.result)).toEqual(['450.00', '300.00', '250.00']);
    expect(o.result.breakdown).toMatchObject({ currentYearAccount: '200.00', deductible: '150.00', coPay: '50.00', previousYearsAccount: '100.00', cash: '250.00' });
    expect(o.result.accountsAfter).toEqual({ currentYear: '0.00', previousYears: '0.00' });
    expect(o.result.yearToDateAfter).toMatchObject({ medicalYear: '2024-07-01/2025-06-30', deductiblePaid: '200.00' });
    expect(o.steps.find((s) => s.key === 'medical-cost-sharing:employee-outpatient-deductible')?.values).toMatchObject({ standard: '200.00', paid: '50.00', due: '150.00', deductible: '150.00', account: '50.00', cash: '100.00' });
  });

  it('a retiree since 2010 at a 二级 hospital, MY2023-24', () => {
    // 自负段 300; 1700 × 0.80 = 1360 fund; 340 co-pay; cash 640
    const o = estimate(employee({ serviceDate: '2024-03-01', category: 'retired', retiredOn: '2010-01', hospitalLevel: '2', bill: { total: '2000' } }));
    expect(o.result.group).toBe('retired-2001-on');
    expect(split(o.result)).toEqual(['1360.00', '0.00', '640.00']);
  });

  it('the retirement line is 2001-01-01 (沪医保规〔2023〕6号)', () => {
    expect(employeeGroup({ category: 'retired', retiredOn: '2000-12' })).toBe('retired-by-2000');
    expect(employeeGroup({ category: 'retired', retiredOn: '2001-01' })).toBe('retired-2001-on');
    expect(employeeGroup({ category: 'in-service' })).toBe('in-service');
  });

  it('outpatient spending is not counted toward the yearly maximum (the open question, said in a step)', () => {
    const o = estimate(employee({ yearToDate: { expensesAboveDeductible: '800000' } }));
    expect(o.result.fundPays).toBe('910.00');
    expect(o.steps.map((s) => s.key)).toContain('medical-cost-sharing:employee-cap-outpatient');
    expect(o.result.yearToDateAfter?.expensesAboveDeductible).toBe('800000.00');
  });
});

describe('employee inpatient and the yearly maximum', () => {
  it('the command-line example of issue 13: a retiree (2012) in a 二级 hospital, MY2025-26, 300 in the previous-years account', () => {
    // Discharged 2025-10-02 → MY2025-26 (七（四）). Retired 2012-04 → 2001年后 group: 起付 1200, 统筹基金 92%, cap 65万 (O3).
    // 起付 1200: 300 from the 历年账户, 900 cash. 10800 × 0.92 = 9936 fund; 864 rest, all cash (account empty).
    // accounts 300; cash 900 + 864 = 1764; 9936 + 300 + 1764 = 12000.
    const o = estimate({ serviceDate: '2025-10-02', admissionDate: '2025-09-25', scheme: 'employee', category: 'retired', retiredOn: '2012-04', setting: 'inpatient', hospitalLevel: 2, bill: { total: '12000' }, accounts: { currentYear: '0', previousYears: '300' } });
    expect(o.result).toMatchObject({ medicalYear: '2025-07-01/2026-06-30', group: 'retired-2001-on', fundPays: '9936.00', accountPays: '300.00', patientPays: '1764.00' });
    expect(o.result.breakdown).toEqual({ notCovered: '0.00', categoryBSelfPay: '0.00', currentYearAccount: '0.00', deductible: '1200.00', coPay: '864.00', aboveCap: '0.00', supplementaryFund: '0.00', previousYearsAccount: '300.00', cash: '1764.00' });
    expect(o.result.yearToDateAfter).toEqual({ medicalYear: '2025-07-01/2026-06-30', deductiblePaid: '0.00', inpatientDeductiblePaid: '1200.00', expensesAboveDeductible: '10800.00', fundPaid: '9936.00' });
  });

  it('a bill that crosses the maximum: 附加基金 80% above it (MY2025-26, in service)', () => {
    // 起付 met. Expenses above 起付 so far 600000, cap 650000 → 50000 room. Bill 100000 above 起付:
    // 50000 × 0.85 = 42500 统筹; 7500 co-pay. 50000 × 0.80 = 40000 附加基金; 10000 the patient's.
    // fund 82500; cash 17500.
    const o = estimate({ ...employee({ serviceDate: '2026-03-01', setting: 'inpatient', bill: { total: '100000' } }), yearToDate: { inpatientDeductiblePaid: '1500', expensesAboveDeductible: '600000' } });
    expect(split(o.result)).toEqual(['82500.00', '0.00', '17500.00']);
    expect(o.result.breakdown).toMatchObject({ deductible: '0.00', coPay: '7500.00', aboveCap: '10000.00', supplementaryFund: '40000.00' });
    expect(o.steps.find((s) => s.key === 'medical-cost-sharing:employee-cap')?.values).toMatchObject({ cap: '650000.00', expensesBefore: '600000.00', room: '50000.00', underCap: '50000.00', overCap: '50000.00' });
    expect(o.result.yearToDateAfter?.expensesAboveDeductible).toBe('700000.00');
  });

  it('above the maximum already: the 附加基金 pays 80% of all of it', () => {
    // 10000 × 0.80 = 8000; 2000 cash
    const o = estimate({ ...employee({ serviceDate: '2026-03-01', setting: 'inpatient', bill: { total: '10000' } }), yearToDate: { inpatientDeductiblePaid: '1500', expensesAboveDeductible: '700000' } });
    expect(split(o.result)).toEqual(['8000.00', '0.00', '2000.00']);
  });

  it('an in-service stay in MY2023-24: cap 61万 of 沪医保规〔2023〕6号', () => {
    // 起付 1500; 8500 × 0.85 = 7225 (fact sheet D4 arithmetic); cash 2775
    const o = estimate(employee({ serviceDate: '2024-01-10', setting: 'inpatient', bill: { total: '10000' } }));
    expect(split(o.result)).toEqual(['7225.00', '0.00', '2775.00']);
    expect(o.steps.find((s) => s.key === 'medical-cost-sharing:employee-cap')?.params[0]).toMatchObject({ id: 'medical.employee.annual-cap', value: '610000', source: { doc: '沪医保规〔2023〕6号' } });
  });

  it('a stay over 1 July is settled in the discharge year (七（四）); the hospital deductible has its own accumulator', () => {
    const o = estimate({ ...employee({ serviceDate: '2026-07-05', admissionDate: '2026-06-20', setting: 'inpatient', bill: { total: '5000' } }), yearToDate: { deductiblePaid: '500', inpatientDeductiblePaid: '1000', medicalYear: '2025-07-01/2026-06-30' } });
    expect(o.result.medicalYear).toBe('2026-07-01/2027-06-30');
    const keys = o.steps.map((s) => s.key);
    expect(keys).toContain('medical-cost-sharing:stay-spans-years');
    // a new medical year: the accumulators start again; 起付 1500 in full; 3500 × 0.85 = 2975
    expect(keys).toContain('medical-cost-sharing:new-year');
    expect(split(o.result)).toEqual(['2975.00', '0.00', '2025.00']);
  });
});

describe('the carried-forward window and rules as of a date', () => {
  it('each yearly employee figure is sourced to 2026-06-30 and carried for MY2026-27 only', () => {
    for (const p of [employeeOutpatientDeductible, employeeOutpatientFundShare, employeeInpatientDeductible, employeeInpatientFundShare, employeeCap, employeeAboveCapShare] as Parameter<unknown>[]) {
      expect(p.carryForward).toEqual({ period: 'medical-year' });
      expect(carryForwardWindow(p, AS_OF)).toMatchObject({ from: '2026-07-01', to: '2027-06-30', sourcedTo: '2026-06-30' });
      expect(sourcedRanges(p, AS_OF).at(-1)?.to).toBe('2026-06-30');
      expect(coveredRanges(p, AS_OF).at(-1)?.to).toBe('2027-06-30');
    }
  });

  it('the window ends on 2027-06-30: a bill on 2027-07-01 is not covered (amber result, no figures)', () => {
    expect(estimate(employee({ serviceDate: '2027-06-30' })).result.covered).toBe(true);
    const o = estimate(employee({ serviceDate: '2027-07-01' }), '2027-08-01');
    expect(o.result).toMatchObject({ covered: false, medicalYear: '2027-07-01/2028-06-30', fundPays: null });
    expect(o.notices.map((n) => n.code)).toContain('employee-figures-not-found');
  });

  it('read before MY2024-25 was announced, a bill in it carries MY2023-24 (61万); read after, it is the announced 63万', () => {
    const before = estimate(employee({ serviceDate: '2024-09-15', setting: 'inpatient', bill: { total: '10000' } }), '2024-06-30');
    expect(carriedNotices(before)).toContainEqual({ parameter: 'medical.employee.annual-cap', period: '2024-07-01/2025-06-30', doc: '沪医保规〔2023〕6号' });
    expect(before.steps.find((s) => s.key === 'medical-cost-sharing:employee-cap')?.values['cap']).toBe('610000.00');
    const after = estimate(employee({ serviceDate: '2024-09-15', setting: 'inpatient', bill: { total: '10000' } }), '2024-07-01');
    expect(carriedNotices(after)).toEqual([]);
    expect(after.steps.find((s) => s.key === 'medical-cost-sharing:employee-cap')?.values['cap']).toBe('630000.00');
  });

  it('never before MY2023-24: MY2022-23 is not covered (the old age bands are not encoded), before 2020-07 no medical year', () => {
    const o = estimate(employee({ serviceDate: '2023-03-01' }));
    expect(o.result).toMatchObject({ covered: false, medicalYear: '2022-07-01/2023-06-30' });
    expect(o.notices).toEqual([{ code: 'employee-figures-not-found', params: { medicalYear: '2022-07-01/2023-06-30' } }]);
    expect(estimate(employee({ serviceDate: '2020-06-30' })).result).toMatchObject({ covered: false, medicalYear: null });
  });

  it('residents: 2026 carries 2025 (沪医保规〔2024〕4号); 2027 is not covered', () => {
    // child, outpatient 三级, 2026: 300 起付; 700 × 0.5 = 350; 650
    const o = estimate(resident({ serviceDate: '2026-03-01', category: 'resident-child-student', hospitalLevel: '3' }));
    expect(split(o.result)).toEqual(['350.00', '0.00', '650.00']);
    expect(carriedNotices(o)).toEqual([
      { parameter: 'medical.resident.outpatient-deductible', period: '2026-01-01/2026-12-31', doc: '沪医保规〔2024〕4号' },
      { parameter: 'medical.resident.outpatient-patient-share', period: '2026-01-01/2026-12-31', doc: '沪医保规〔2024〕4号' },
    ]);
    expect(run(medicalCostSharing, resident({ serviceDate: '2027-01-01' }), AS_OF)).toEqual({ ok: false, errors: [{ field: 'serviceDate', code: 'date-not-covered', params: { from: '2024-01-01', to: '2026-12-31' } }] });
  });

  it('residents, rules as of 2024-10-01: 2025 carries the 2024 figures; from 2024-11-05 (publication of 沪医保规〔2024〕4号) it is sourced', () => {
    const before = estimate(resident({ serviceDate: '2025-03-01' }), '2024-10-01');
    expect(carriedNotices(before).map((n) => n?.['doc'])).toContain('english.shanghai.gov.cn, 2024-09-05');
    const after = estimate(resident({ serviceDate: '2025-03-01' }), '2024-11-05');
    // the figures are sourced; only the year's dates still rest on 2024 until the 2025 enrolment notice (no publication date seen)
    expect(carriedNotices(after)).toEqual([{ parameter: 'medical.resident.medical-year', period: '2025-01-01/2025-12-31', doc: 'english.shanghai.gov.cn, 2024-09-05' }]);
    // same figures either way: 500; 500 × 0.6 = 300
    expect(split(before.result)).toEqual(split(after.result));
    expect(after.result.fundPays).toBe('300.00');
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('resident scheme', () => {
  it.each([
    // 19–59: 500 deductible; (1000 − 500) × 0.6 = 300 fund; 700 (fact sheet D1)
    ['resident-19-59', '500.00', '300.00', '700.00'],
    // 60+, 0–18 and 重残: 300 deductible; 700 × 0.6 = 420; 580
    ['resident-60-plus', '300.00', '420.00', '580.00'],
    ['resident-child-student', '300.00', '420.00', '580.00'],
    ['resident-severely-disabled', '300.00', '420.00', '580.00'],
  ])('2024 outpatient, %s: deductible %s, fund %s, patient %s; no account line', (category, deductible, fund, patient) => {
    const { result } = estimate(resident({ category }));
    expect(result.breakdown).toMatchObject({ deductible, currentYearAccount: null, previousYearsAccount: null, supplementaryFund: null });
    expect(split(result)).toEqual([fund, '0.00', patient]);
    expect(result.yearToDateAfter).toMatchObject({ medicalYear: '2024-01-01/2024-12-31', deductiblePaid: deductible, fundPaid: fund });
  });

  it.each([
    // 60+, 三级: 300; 9700 × 0.7 = 6790; 3210 (fact sheet D2)
    ['2024-05-10', 'resident-60-plus', '3', '6790.00', '3210.00'],
    // under 60, 二级 (the corrected 75%): 100; 9900 × 0.75 = 7425; 2575
    ['2024-05-10', 'resident-19-59', '2', '7425.00', '2575.00'],
    // child, 二级, 2025: same 7425
    ['2025-05-10', 'resident-child-student', '2', '7425.00', '2575.00'],
    // 重残, 一级, 2025: 50; 9950 × 0.9 = 8955; 1045
    ['2025-05-10', 'resident-severely-disabled', '1', '8955.00', '1045.00'],
    // 重残, 二级, 2026 (carried): 100; 9900 × 0.8 = 7920; 2080
    ['2026-05-10', 'resident-severely-disabled', '2', '7920.00', '2080.00'],
  ])('inpatient %s, %s at level %s: fund %s, patient %s', (serviceDate, category, hospitalLevel, fund, patient) => {
    const o = estimate(resident({ serviceDate, category, hospitalLevel, setting: 'inpatient', bill: { total: '10000' } }));
    expect(split(o.result)).toEqual([fund, '0.00', patient]);
    expect(o.notices.map((n) => n.code)).toContain('inpatient-share-secondary');
  });

  it('重残 reads the 60+ rows, citing the resident 办法 wording', () => {
    const step = estimate(resident({ category: 'resident-severely-disabled' })).steps.find((s) => s.key === 'medical-cost-sharing:resident-category')!;
    expect(step.values['rows']).toBe('60-69, 70+');
    expect(step.citations[0]?.doc).toBe('上海市城乡居民基本医疗保险办法（待遇条款，指南转述）');
  });

  it('outpatient bills carried one to the next at a community centre', () => {
    const yr = '2024-01-01/2024-12-31';
    // 1st: 300, all within the 500 deductible
    const a = estimate(resident({ hospitalLevel: '1', bill: { total: '300' } })).result;
    expect(split(a)).toEqual(['0.00', '0.00', '300.00']);
    // 2nd: 400 → 200 finishes the deductible; 200 × 0.7 = 140 fund; patient 260
    const b = estimate(resident({ hospitalLevel: '1', bill: { total: '400' }, yearToDate: a.yearToDateAfter })).result;
    expect(split(b)).toEqual(['140.00', '0.00', '260.00']);
    expect(b.yearToDateAfter).toMatchObject({ medicalYear: yr, deductiblePaid: '500.00', fundPaid: '140.00' });
  });

  it('the inpatient deductible is per admission; 自费 and 分类自负 first; rounding half up', () => {
    // 300 again; 1700 × 0.6 = 1020
    expect(estimate(resident({ setting: 'inpatient', hospitalLevel: '3', bill: { total: '2000' }, yearToDate: { deductiblePaid: '500', fundPaid: '100' } })).result.fundPays).toBe('1020.00');
    // 1200 − 100 − 100 = 1000; 500; 500 × 0.6 = 300
    expect(split(estimate(resident({ bill: { total: '1200', notCovered: '100', categoryBSelfPay: '100' } })).result)).toEqual(['300.00', '0.00', '900.00']);
    // 一级: 0.05 × 0.7 = 0.035 → 0.04
    expect(split(estimate(resident({ hospitalLevel: '1', bill: { total: '500.05' } })).result)).toEqual(['0.04', '0.00', '500.01']);
  });

  it('no resident basic-fund maximum is sourced: none is applied, and a notice says so', () => {
    // 300; 799700 × 0.6 = 479820
    const o = estimate(resident({ setting: 'inpatient', hospitalLevel: '3', bill: { total: '800000' }, yearToDate: { fundPaid: '900000' } }));
    expect(o.result.fundPays).toBe('479820.00');
    expect(o.notices.map((n) => n.code)).toContain('cap-not-found');
  });

  it('a huge inpatient bill is exact to the fen', () => {
    // 60+, 三级: 300; 999999699.99 × 0.7 = 699999789.993 → 699999789.99; patient 300000210.00
    expect(split(estimate(resident({ category: 'resident-60-plus', setting: 'inpatient', hospitalLevel: '3', bill: { total: '999999999.99' } })).result)).toEqual(['699999789.99', '0.00', '300000210.00']);
  });
});

describe('settlement mechanics (settle)', () => {
  it('the previous-years account pays the patient parts in order: 分类自负, 自负段, co-pay, above-cap share', () => {
    // covered 10000 − 1000 = 9000; deductible 1000; base 8000: 5000 under cap × 0.9 = 4500, co-pay 500; 3000 over × 0.8 = 2400, 600 the patient's.
    // account 1700: 分类自负 1000, deductible 700 (300 cash), co-pay 0 (500 cash), above 0 (600 cash).
    const s = settle({ total: dec('10000'), notCovered: dec(0), categoryBSelfPay: dec('1000') }, { deductibleDue: dec('1000'), fundShare: dec('0.9'), currentYearFirst: false, cap: { room: dec('5000'), aboveShare: dec('0.8') } }, { currentYear: dec('99'), previousYears: dec('1700') });
    expect([s.poolFund, s.supplementaryFund, s.fund, s.coPay, s.aboveCap, s.previousYearsAccount, s.patientPays].map((d) => d.toFixed(2))).toEqual(['4500.00', '2400.00', '6900.00', '500.00', '600.00', '1700.00', '1400.00']);
    expect(Object.values(s.fromAccount).map((d) => d.toFixed(2))).toEqual(['1000.00', '700.00', '0.00', '0.00']);
    // inpatient: the current-year account is not used
    expect(s.currentYearAccount.toFixed(2)).toBe('0.00');
  });

  it('property: fund + accounts + cash = bill, nothing negative, accounts never overdrawn', () => {
    const cents = (max: number) => fc.integer({ min: 0, max }).map((n) => dec(n).dividedBy(100));
    fc.assert(
      fc.property(cents(100_000_000), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), cents(500_000), fc.integer({ min: 0, max: 100 }), fc.option(cents(10_000_000), { nil: undefined }), fc.boolean(), cents(5_000_000), cents(5_000_000), (total, a, b, deductibleDue, sharePct, room, currentYearFirst, currentYear, previousYears) => {
        const notCovered = total.times(a).toDecimalPlaces(2, 1);
        const categoryBSelfPay = total.minus(notCovered).times(b).toDecimalPlaces(2, 1);
        const s = settle({ total, notCovered, categoryBSelfPay }, { deductibleDue, fundShare: dec(sharePct).dividedBy(100), currentYearFirst, ...(room ? { cap: { room, aboveShare: dec('0.8') } } : {}) }, { currentYear, previousYears });
        expect(s.fund.plus(s.accountPays).plus(s.patientPays).equals(total)).toBe(true);
        for (const d of [s.fund, s.accountPays, s.patientPays, s.deductible, s.coPay, s.aboveCap]) expect(d.isNegative()).toBe(false);
        expect(s.currentYearAccount.lessThanOrEqualTo(currentYear)).toBe(true);
        expect(s.previousYearsAccount.lessThanOrEqualTo(previousYears)).toBe(true);
        if (room) expect(s.underCap.lessThanOrEqualTo(room)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fields and bad input', () => {
  it('categories per scheme, and the retirement month only for retirees', () => {
    const category = fields.find((f) => f.name === 'category')!;
    expect(category.optionsWhen).toEqual({ field: 'scheme', options: { employee: ['in-service', 'retired'], resident: ['resident-60-plus', 'resident-19-59', 'resident-child-student', 'resident-severely-disabled'] } });
    expect(fields.find((f) => f.name === 'retiredOn')?.when).toEqual({ field: 'category', equals: 'retired' });
  });

  it('a retiree must give the month, not after the bill', () => {
    expect(errors(employee({ category: 'retired' }))).toEqual(['retiredOn required']);
    expect(errors(employee({ category: 'retired', retiredOn: '2025-10' }))).toEqual(['retiredOn inconsistent']);
    expect(errors(employee({ category: 'retired', retiredOn: '2025-13' }))).toEqual(['retiredOn invalid-month']);
    // a retirement month on an in-service bill is not read
    expect(estimate(employee({ retiredOn: 'nonsense' })).result.group).toBe('in-service');
  });

  it('a category of the other scheme; residents have no accounts nor employee accumulators', () => {
    expect(errors(resident({ category: 'retired', retiredOn: '2010-01' }))).toEqual(['category inconsistent']);
    expect(errors(employee({ category: 'resident-19-59' }))).toEqual(['category inconsistent']);
    expect(errors(resident({ accounts: { currentYear: '100' } }))).toEqual(['accounts.currentYear inconsistent']);
    expect(errors(resident({ yearToDate: { expensesAboveDeductible: '100' } }))).toEqual(['yearToDate.expensesAboveDeductible inconsistent']);
  });

  it('the carried medical year must be a real medical year of the scheme', () => {
    expect(isKnownMedicalYearLabel('employee', '2025-07-01/2026-06-30', AS_OF)).toBe(true);
    expect(isKnownMedicalYearLabel('resident', '2025-01-01/2025-12-31', AS_OF)).toBe(true);
    expect(isKnownMedicalYearLabel('resident', '2025-07-01/2026-06-30', AS_OF)).toBe(false);
    expect(isKnownMedicalYearLabel('employee', '2025-01-01/2025-12-31', AS_OF)).toBe(false);
    for (const bad of ['0000-00-00/0000-00-00', '2024-01-01/2099-99-99', '2024-02-30/2024-12-31', 'last year']) {
      expect(errors(resident({ yearToDate: { medicalYear: bad } }))).toEqual(['yearToDate.medicalYear invalid-date']);
    }
    // carried from a later year than the bill's: out of order
    expect(errors(resident({ yearToDate: { medicalYear: '2025-01-01/2025-12-31' } }))).toEqual(['serviceDate inconsistent']);
  });

  it('amounts, choices, dates', () => {
    expect(errors(resident({ bill: { total: '100', notCovered: '60', categoryBSelfPay: '50' } }))).toEqual(['bill.total inconsistent']);
    expect(errors(resident({ bill: { total: '10.001' } }))).toEqual(['bill.total too-many-decimals']);
    expect(errors(resident({ hospitalLevel: '4', setting: 'home' }))).toEqual(['setting invalid-choice', 'hospitalLevel invalid-choice']);
    expect(errors(resident({ serviceDate: '2023-12-31' }))).toEqual(['serviceDate date-not-covered']);
    expect(errors(resident({ setting: 'inpatient', admissionDate: '2023-12-28', serviceDate: '2024-01-03' }))).toEqual(['admissionDate date-not-covered']);
    expect(estimate(resident({ bill: { total: '１，２００元', notCovered: '１００', categoryBSelfPay: '100' } })).result.fundPays).toBe('300.00');
    expect(errors({})).toEqual(['serviceDate required', 'scheme required', 'category required', 'setting required', 'hospitalLevel required', 'bill.total required']);
  });
});

describe('sources', () => {
  it('every parameter value names its source, and the example input runs', () => {
    for (const p of medicalCostSharing.parameters) for (const v of p.values) expect(v.source.doc, p.id).toBeTruthy();
    expect(run(medicalCostSharing, medicalCostSharing.example, AS_OF).ok).toBe(true);
    expect(residentMedicalYear.carryForward).toEqual({ period: 'calendar-year' });
  });
});
