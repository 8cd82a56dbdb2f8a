/** Generators and rule invariants of medical-cost-sharing (医保报销) for tests/properties/registry.test.ts. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { RunResult } from '../../../src/rules/engine';
import type { MedicalCostResult } from '../../../src/rules/medical-cost-sharing';
import { EMPLOYEE_CATEGORIES, LEVELS } from '../../../src/rules/medical-cost-sharing/parameters';
import { RESIDENT_CATEGORIES, SETTINGS } from '../../../src/rules/medical-cost-sharing/schema';
import {
  addDays,
  blank,
  type CalculatorArbitraries,
  dateText,
  decimalText,
  fromHundredths,
  invariant,
  isoDate,
  notADate,
  notANumber,
  type Corruption,
  type Raw,
  reportedOnItsField,
  setPath,
  spoil, accepted, fenOf } from '../lib';

// ---------------------------------------------------------------- the values behind the text

interface Bill {
  serviceDate: string;
  admissionDate?: string;
  scheme: 'employee' | 'resident';
  category: string;
  retiredOn?: string;
  setting: string;
  level: string;
  /** Amounts in fen. */
  total: number;
  notCovered?: number;
  categoryB?: number;
  deductiblePaid?: number;
  inpatientDeductiblePaid?: number;
  expensesAboveDeductible?: number;
  fundPaid?: number;
  medicalYear?: string;
  accounts?: { current?: number; previous?: number };
}

const fen = (max: number) => fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: Math.min(max, 10_000_000) }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max }) });
const MAX = 100_000_000_000; // 1,000,000,000.00 yuan, the schema's ceiling

/**
 * Residents: the calendar years 2024 and 2025 (sourced) and 2026 (carried forward). Employees: mostly the covered medical
 * years MY2023-24 to MY2025-26 and the carried MY2026-27, sometimes any date (before 2023-07 and after 2027-06 not covered).
 */
const employeeDate = fc.oneof({ weight: 4, arbitrary: isoDate('2023-07-01', '2027-06-30') }, { weight: 1, arbitrary: isoDate('2020-01-01', '2031-12-31') });
const scheme = fc.oneof(
  { weight: 2, arbitrary: fc.record({ scheme: fc.constant('resident' as const), serviceDate: isoDate('2024-01-01', '2026-12-31'), category: fc.constantFrom<string>(...RESIDENT_CATEGORIES), retiredYearsAgo: fc.constant(0) }) },
  { weight: 2, arbitrary: fc.record({ scheme: fc.constant('employee' as const), serviceDate: employeeDate, category: fc.constantFrom<string>(...EMPLOYEE_CATEGORIES), retiredYearsAgo: fc.integer({ min: 0, max: 40 }) }) },
);

const bill: fc.Arbitrary<Bill> = fc
  .record({
    who: scheme,
    setting: fc.constantFrom(...SETTINGS),
    level: fc.constantFrom(...LEVELS),
    stay: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    total: fen(MAX),
    notCoveredShare: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
    categoryBShare: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
    deductiblePaid: fc.option(fen(100_000), { nil: undefined }),
    inpatientDeductiblePaid: fc.option(fen(300_000), { nil: undefined }),
    expensesAboveDeductible: fc.option(fen(100_000_000), { nil: undefined }),
    fundPaid: fc.option(fen(100_000_000), { nil: undefined }),
    sameYear: fc.option(fc.boolean(), { nil: undefined }),
    current: fc.option(fen(10_000_000), { nil: undefined }),
    previous: fc.option(fen(100_000_000), { nil: undefined }),
  })
  .map((b) => {
    const out: Bill = { serviceDate: b.who.serviceDate, scheme: b.who.scheme, category: b.who.category, setting: b.setting, level: b.level, total: b.total };
    // A retiree's month of retirement: on or before the bill's month (both sides of the 2001-01-01 line).
    if (out.category === 'retired') out.retiredOn = `${Number(out.serviceDate.slice(0, 4)) - b.who.retiredYearsAgo}-${out.serviceDate.slice(5, 7)}`;
    if (b.setting === 'inpatient' && b.stay !== undefined) {
      const admitted = addDays(out.serviceDate, -b.stay);
      // A resident stay over the turn of the (calendar) year is not covered by the sources: keep it inside the year.
      const yearStart = `${out.serviceDate.slice(0, 4)}-01-01`;
      out.admissionDate = out.scheme === 'resident' && admitted < yearStart ? yearStart : admitted;
    }
    // 自费 and 分类自负 are parts of the bill: together never more than the total.
    if (b.notCoveredShare !== undefined) out.notCovered = Math.floor((b.total * b.notCoveredShare) / 2000);
    if (b.categoryBShare !== undefined) out.categoryB = Math.floor((b.total * b.categoryBShare) / 2000);
    if (b.deductiblePaid !== undefined) out.deductiblePaid = b.deductiblePaid;
    if (b.fundPaid !== undefined) out.fundPaid = b.fundPaid;
    if (out.scheme === 'employee') {
      if (b.inpatientDeductiblePaid !== undefined) out.inpatientDeductiblePaid = b.inpatientDeductiblePaid;
      if (b.expensesAboveDeductible !== undefined) out.expensesAboveDeductible = b.expensesAboveDeductible;
    }
    if (b.sameYear !== undefined) {
      // The bill's own medical year, or the one before (the accumulators then start again).
      const y = Number(out.serviceDate.slice(0, 4));
      if (out.scheme === 'resident') out.medicalYear = b.sameYear ? `${y}-01-01/${y}-12-31` : `${y - 1}-01-01/${y - 1}-12-31`;
      else {
        const start = out.serviceDate.slice(5) >= '07-01' ? y : y - 1;
        const s = b.sameYear ? start : start - 1;
        out.medicalYear = `${s}-07-01/${s + 1}-06-30`;
      }
    }
    // Residents have no individual account; employees may give either balance.
    if (out.scheme === 'employee' && (b.current !== undefined || b.previous !== undefined)) {
      out.accounts = {};
      if (b.current !== undefined) out.accounts.current = b.current;
      if (b.previous !== undefined) out.accounts.previous = b.previous;
    }
    return out;
  });

function plain(b: Bill): Raw {
  const raw: Raw = { serviceDate: b.serviceDate, scheme: b.scheme, category: b.category, setting: b.setting, hospitalLevel: b.level, bill: { total: fromHundredths(b.total) } };
  if (b.retiredOn) raw['retiredOn'] = b.retiredOn;
  if (b.admissionDate) raw['admissionDate'] = b.admissionDate;
  if (b.notCovered !== undefined) setPath(raw, 'bill.notCovered', fromHundredths(b.notCovered));
  if (b.categoryB !== undefined) setPath(raw, 'bill.categoryBSelfPay', fromHundredths(b.categoryB));
  if (b.deductiblePaid !== undefined) setPath(raw, 'yearToDate.deductiblePaid', fromHundredths(b.deductiblePaid));
  if (b.fundPaid !== undefined) setPath(raw, 'yearToDate.fundPaid', fromHundredths(b.fundPaid));
  if (b.inpatientDeductiblePaid !== undefined) setPath(raw, 'yearToDate.inpatientDeductiblePaid', fromHundredths(b.inpatientDeductiblePaid));
  if (b.expensesAboveDeductible !== undefined) setPath(raw, 'yearToDate.expensesAboveDeductible', fromHundredths(b.expensesAboveDeductible));
  if (b.medicalYear) setPath(raw, 'yearToDate.medicalYear', b.medicalYear);
  if (b.accounts?.current !== undefined) setPath(raw, 'accounts.currentYear', fromHundredths(b.accounts.current));
  if (b.accounts?.previous !== undefined) setPath(raw, 'accounts.previousYears', fromHundredths(b.accounts.previous));
  return raw;
}

const MONEY_FIELDS = ['bill.total', 'bill.notCovered', 'bill.categoryBSelfPay', 'yearToDate.deductiblePaid', 'yearToDate.inpatientDeductiblePaid', 'yearToDate.expensesAboveDeductible', 'yearToDate.fundPaid', 'accounts.currentYear', 'accounts.previousYears'];

/** A bill as a person or JSON caller types it: dates and amounts in their many forms, the level as a number or text. */
function toRaw(b: Bill): fc.Arbitrary<Raw> {
  const p = plain(b);
  const forms: Record<string, fc.Arbitrary<unknown>> = { serviceDate: dateText(b.serviceDate), level: fc.constantFrom(b.level, Number(b.level)) };
  if (b.admissionDate) forms['admissionDate'] = dateText(b.admissionDate);
  for (const f of MONEY_FIELDS) {
    const v = f.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], p);
    if (typeof v === 'string') forms[f] = decimalText(v, { money: true });
  }
  return fc.record(forms).map((t) => {
    const raw = structuredClone(p);
    raw['serviceDate'] = t['serviceDate'];
    raw['hospitalLevel'] = t['level'];
    if (t['admissionDate'] !== undefined) raw['admissionDate'] = t['admissionDate'];
    for (const f of MONEY_FIELDS) if (f in t) setPath(raw, f, t[f]);
    return raw;
  });
}

const valid = bill.chain(toRaw);

// ---------------------------------------------------------------- bad input

const put = (field: string, value: unknown) => (raw: Raw) => setPath(raw, field, value);
const resident2024 = (raw: Raw) => Object.assign(raw, { scheme: 'resident', category: 'resident-19-59', serviceDate: '2024-05-10' });
const badMoney = fc.oneof(fc.constantFrom('-1', '1.001', '1000000000.01', '1e3'), notANumber);

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.oneof(notADate, blank, fc.constantFrom('1989-12-31', '2101-01-01')).map((v) => ({ slots: ['date'], field: 'serviceDate', apply: put('serviceDate', v) })),
  // A resident bill outside the covered years 2024–2026 (2026 carried forward).
  fc
    .oneof(isoDate('1990-01-01', '2023-12-31'), isoDate('2027-01-01', '2100-12-31'))
    .map((d) => ({ slots: ['date', 'scheme', 'admission', 'year'], field: 'serviceDate', apply: (raw: Raw) => setPath(setPath(resident2024(raw), 'serviceDate', d), 'admissionDate', undefined) })),
  fc.oneof(blank, fc.constantFrom('Employee', '农民', 3)).map((v) => ({ slots: ['scheme'], field: 'scheme', apply: put('scheme', v) })),
  fc.oneof(blank, fc.constantFrom('retired-early', 'adult', 7)).map((v) => ({ slots: ['scheme'], field: 'category', apply: put('category', v) })),
  // A category of the other scheme.
  fc.constantFrom(...EMPLOYEE_CATEGORIES).map((c) => ({ slots: ['scheme', 'accounts', 'retired'], field: 'category', apply: (raw: Raw) => setPath(setPath(raw, 'scheme', 'resident'), 'category', c) })),
  // A retiree without a month, a month that is none, or a retirement after the bill.
  fc.oneof(blank, fc.constantFrom<unknown>('abc', '2024-13', '2025-00', '九月', '2101-01', '1949-12', 202409, true, {})).map((v) => ({
    slots: ['retired', 'scheme', 'accounts', 'year'],
    field: 'retiredOn',
    apply: (raw: Raw) => setPath(Object.assign(raw, { scheme: 'employee', category: 'retired' }), 'retiredOn', v),
  })),
  fc.oneof(blank, fc.constantFrom('emergency', 'Inpatient', 1)).map((v) => ({ slots: ['setting', 'admission'], field: 'setting', apply: put('setting', v) })),
  fc.oneof(blank, fc.constantFrom('0', '4', 'three', 1.5)).map((v) => ({ slots: ['level'], field: 'hospitalLevel', apply: put('hospitalLevel', v) })),
  fc.oneof(notADate, fc.constantFrom('1989-12-31')).map((v) => ({ slots: ['admission'], field: 'admissionDate', apply: (raw: Raw) => setPath(setPath(raw, 'setting', 'inpatient'), 'admissionDate', v) })),
  // Admitted after discharge; an admission date on an outpatient bill; a resident stay from the year before.
  fc.integer({ min: 1, max: 30 }).map((n) => ({
    slots: ['admission', 'date', 'setting', 'scheme', 'year'],
    field: 'admissionDate',
    apply: (raw: Raw) => setPath(setPath(resident2024(raw), 'setting', 'inpatient'), 'admissionDate', addDays('2024-05-10', n)),
  })),
  fc.constant({ slots: ['admission', 'setting'], field: 'admissionDate', apply: (raw: Raw) => setPath(setPath(raw, 'setting', 'outpatient'), 'admissionDate', '2024-05-10') }),
  fc.integer({ min: 1, max: 60 }).map((n) => ({
    slots: ['admission', 'date', 'setting', 'scheme', 'year'],
    field: 'admissionDate',
    apply: (raw: Raw) => setPath(setPath(setPath(resident2024(raw), 'serviceDate', '2024-01-05'), 'setting', 'inpatient'), 'admissionDate', addDays('2024-01-01', -n)),
  })),
  fc.oneof(badMoney, blank).map((v) => ({ slots: ['total'], field: 'bill.total', apply: put('bill.total', v) })),
  // 自费 + 分类自负 more than the total.
  fc.integer({ min: 1, max: 100_000 }).map((extra) => ({
    slots: ['total'],
    field: 'bill.total',
    apply: (raw: Raw) => setPath(setPath(setPath(raw, 'bill.total', '1000.00'), 'bill.notCovered', '600.00'), 'bill.categoryBSelfPay', fromHundredths(40_000 + extra)),
  })),
  ...['bill.notCovered', 'bill.categoryBSelfPay'].map((f) => badMoney.map((v) => ({ slots: ['total'], field: f, apply: put(f, v) }))),
  ...['yearToDate.deductiblePaid', 'yearToDate.fundPaid'].map((f) => badMoney.map((v) => ({ slots: [f], field: f, apply: put(f, v) }))),
  ...['yearToDate.inpatientDeductiblePaid', 'yearToDate.expensesAboveDeductible'].map((f) => badMoney.map((v) => ({ slots: [f, 'scheme'], field: f, apply: (raw: Raw) => setPath(raw, f, v) }))),
  ...['accounts.currentYear', 'accounts.previousYears'].map((f) => badMoney.map((v) => ({ slots: ['accounts'], field: f, apply: put(f, v) }))),
  // A resident with an account balance.
  fc.tuple(fc.constantFrom('accounts.currentYear', 'accounts.previousYears'), fc.integer({ min: 1, max: 1_000_000 })).map(([f, n]) => ({
    slots: ['accounts', 'scheme', 'date', 'admission', 'year'],
    field: f,
    apply: (raw: Raw) => setPath(setPath(resident2024(raw), 'admissionDate', undefined), f, fromHundredths(n)),
  })),
  fc.constantFrom('2024', '2024-01-01', 'this year', '2024-01-01/2024-12-3', '0000-00-00/0000-00-00', '2024-01-01/2099-99-99').map((v) => ({ slots: ['year'], field: 'yearToDate.medicalYear', apply: put('yearToDate.medicalYear', v) })),
  // Amounts carried from a later medical year than the bill's.
  fc.constant({
    slots: ['year', 'date', 'scheme', 'admission'],
    field: 'serviceDate',
    apply: (raw: Raw) => setPath(setPath(setPath(resident2024(raw), 'admissionDate', undefined), 'retiredOn', undefined), 'yearToDate.medicalYear', '2025-01-01/2025-12-31'),
  }),
);

const spoilt = spoil(bill.map(plain), corruption);

// ---------------------------------------------------------------- rule invariants

const ok = (out: RunResult) => accepted<MedicalCostResult>(out);

const invariants = [
  invariant(
    'fund + accounts + patient = the bill; the fund pays nothing of 自费 (a settlement slip adds up)',
    bill,
    (b, { estimate }) => {
      const r = ok(estimate(plain(b))).result;
      // Every covered and carried-forward year answers: residents 2024–2026, employees MY2023-24 to MY2026-27.
      const answers = b.scheme === 'resident' || (b.serviceDate >= '2023-07-01' && b.serviceDate <= '2027-06-30');
      assert.equal(r.covered, answers, `${b.scheme} ${b.serviceDate}: covered ${r.covered}`);
      if (!r.covered || r.fundPays === null || r.patientPays === null) return;
      // The two accounts are apart in the breakdown and add up to accountPays; residents have none; cash is patientPays.
      if (b.scheme === 'employee') assert.equal(fenOf(r.breakdown.currentYearAccount) + fenOf(r.breakdown.previousYearsAccount), fenOf(r.accountPays));
      else assert.ok(r.accountPays === '0.00' && r.breakdown.currentYearAccount === null && r.breakdown.previousYearsAccount === null);
      assert.equal(r.breakdown.cash, r.patientPays);
      assert.equal(fenOf(r.fundPays) + fenOf(r.accountPays) + fenOf(r.patientPays), b.total, JSON.stringify(r));
      assert.ok(fenOf(r.fundPays) <= b.total - (b.notCovered ?? 0) - (b.categoryB ?? 0), `fund ${r.fundPays} pays beyond the covered part`);
      assert.ok(fenOf(r.patientPays) >= (b.notCovered ?? 0), 'the patient pays less than the 自费 items');
    },
    { runs: 800 },
  ),
  invariant(
    'a larger bill (same 自费 and 分类自负) never lowers the fund payment',
    fc.tuple(bill, fen(10_000_000)),
    ([b, extra], { estimate }) => {
      const a = ok(estimate(plain(b))).result;
      const c = ok(estimate(plain({ ...b, total: Math.min(b.total + extra, MAX) }))).result;
      if (a.fundPays === null || c.fundPays === null) return;
      assert.ok(fenOf(c.fundPays) >= fenOf(a.fundPays), `${a.fundPays} → ${c.fundPays}`);
    },
    { runs: 400, inputsPerRun: 2 },
  ),
  invariant(
    'more of the deductible already paid this year never lowers the fund payment; year-to-date amounts grow by this bill',
    fc.tuple(bill, fen(100_000)),
    ([b, paid], { estimate }) => {
      const lo = Math.min(b.deductiblePaid ?? 0, paid);
      const hi = Math.max(b.deductiblePaid ?? 0, paid);
      const a = ok(estimate(plain({ ...b, deductiblePaid: lo }))).result;
      const c = ok(estimate(plain({ ...b, deductiblePaid: hi }))).result;
      if (a.fundPays === null || c.fundPays === null) return;
      assert.ok(fenOf(c.fundPays) >= fenOf(a.fundPays), `${a.fundPays} → ${c.fundPays}`);
      for (const [r, d] of [[a, lo], [c, hi]] as const) {
        if (!r.yearToDateAfter) continue;
        const sameYear = b.medicalYear === undefined || b.medicalYear === r.medicalYear;
        const before = { deductible: sameYear ? d : 0, fund: sameYear ? (b.fundPaid ?? 0) : 0 };
        assert.equal(fenOf(r.yearToDateAfter.fundPaid), before.fund + fenOf(r.fundPays));
        assert.ok(fenOf(r.yearToDateAfter.deductiblePaid) >= before.deductible);
      }
    },
    { runs: 400, inputsPerRun: 2 },
  ),
  reportedOnItsField(spoilt, 800),
];

const arbitraries: CalculatorArbitraries = {
  valid,
  invalid: spoilt.map((s) => s.raw),
  invariants,
  // The medical year of carried amounts comes from an earlier result (machine input), not from a form field.
  machineFields: ['yearToDate.medicalYear'],
};
export default arbitraries;
