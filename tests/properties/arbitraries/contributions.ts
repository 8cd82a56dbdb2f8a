/** Generators and rule invariants of contributions (社保缴费) for tests/properties/registry.test.ts. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ContributionsResult } from '../../../src/rules/contributions';
import { type RunResult } from '../../../src/rules/engine';
import { contributionBaseLimits } from '../../../src/rules/shared/contribution-base';
import {
  accepted,
  blank,
  type CalculatorArbitraries,
  decimalText,
  fenOf,
  fromHundredths,
  integerText,
  invariant,
  isoMonth,
  monthText,
  notANumber,
  type Raw,
  setPath,
  spoiltFieldsReported,
} from '../lib';

/** One person, as values; `toRaw` turns it into one of the ways it can be typed. */
interface Case {
  month: string;
  kind: 'employee' | 'flexible';
  /** Hundredths of a yuan. */
  base: number;
  workInjuryClass?: string;
  /** Ten-thousandths of a percent (1 … 100000 = 0.0001% … 10%); at least 0.01%. */
  workInjuryRate?: number;
  housingFundRate?: string;
  housingFundBase?: number;
  grossWage?: number;
  excludedPay?: number;
}

// Covered months as of the suite's date (2026-11-28): an employee from 2019-05 (the first employer medical rate) to
// 2026-12 (the unemployment rate carried through 2026); a flexible worker from 2024-03 to 2027-06 (the 2026 limits).
const employeeMonth = fc.oneof({ weight: 1, arbitrary: isoMonth('2019-05', '2026-12') }, { weight: 2, arbitrary: isoMonth('2024-07', '2026-12') });
const flexibleMonth = isoMonth('2024-03', '2027-06');

const money = (max: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: max / 100 }).map((y) => y * 100) },
  );
// Bases around the limits (2,000 … 60,000 yuan) and the edges (0, 10 million).
const base = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 200_000, max: 6_000_000 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 754_600, 3_773_100, 746_000, 3_730_200, 1_000_000_000) }, { weight: 1, arbitrary: money(1_000_000_000) });

const employeeCase: fc.Arbitrary<Case> = fc
  .record({
    month: employeeMonth,
    base,
    workInjuryClass: fc.option(fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8'), { nil: undefined }),
    workInjuryRate: fc.option(fc.integer({ min: 100, max: 100_000 }), { nil: undefined, freq: 4 }),
    housingFundRate: fc.option(fc.constantFrom('5', '6', '7'), { nil: undefined }),
    housingFundBase: fc.option(base, { nil: undefined }),
    grossWage: fc.option(base, { nil: undefined }),
    excludedShare: fc.integer({ min: 0, max: 100 }),
  })
  .map((c) => {
    const out: Case = { month: c.month, kind: 'employee', base: c.base };
    if (c.workInjuryClass) out.workInjuryClass = c.workInjuryClass;
    if (c.workInjuryRate !== undefined) out.workInjuryRate = c.workInjuryRate;
    if (c.housingFundRate) {
      out.housingFundRate = c.housingFundRate;
      if (c.housingFundBase !== undefined) out.housingFundBase = c.housingFundBase;
    }
    if (c.grossWage !== undefined) {
      out.grossWage = c.grossWage;
      if (c.excludedShare < 40) out.excludedPay = Math.floor((c.grossWage * c.excludedShare) / 100);
    }
    return out;
  });

const flexibleCase: fc.Arbitrary<Case> = fc.record({ month: flexibleMonth, base }).map((c) => ({ ...c, kind: 'flexible' as const }));
const person = fc.oneof({ weight: 3, arbitrary: employeeCase }, { weight: 1, arbitrary: flexibleCase });

const rateText = (n: number) => `${Math.floor(n / 10_000)}.${String(n % 10_000).padStart(4, '0')}`;

function toRaw(c: Case): fc.Arbitrary<Raw> {
  const text = (n: number | undefined) => (n === undefined ? fc.constant(undefined) : decimalText(fromHundredths(n), { money: true }));
  return fc
    .record({
      month: monthText(c.month),
      base: text(c.base),
      cls: c.workInjuryClass ? integerText(Number(c.workInjuryClass)) : fc.constant(undefined),
      rate: c.workInjuryRate === undefined ? fc.constant(undefined) : decimalText(rateText(c.workInjuryRate)),
      hfRate: c.housingFundRate ? integerText(Number(c.housingFundRate)) : fc.constant(undefined),
      hfBase: text(c.housingFundBase),
      gross: text(c.grossWage),
      excluded: text(c.excludedPay),
    })
    .map((t) => {
      const raw: Raw = { month: t.month, kind: c.kind, base: t.base };
      if (t.cls !== undefined) raw['workInjuryClass'] = t.cls;
      if (t.rate !== undefined) raw['workInjuryRate'] = t.rate;
      if (t.hfRate !== undefined) raw['housingFundRate'] = t.hfRate;
      if (t.hfBase !== undefined) raw['housingFundBase'] = t.hfBase;
      if (t.gross !== undefined) raw['grossWage'] = t.gross;
      if (t.excluded !== undefined) raw['excludedPay'] = t.excluded;
      return raw;
    });
}

function plain(c: Case): Raw {
  const raw: Raw = { month: c.month, kind: c.kind, base: fromHundredths(c.base) };
  if (c.workInjuryClass) raw['workInjuryClass'] = c.workInjuryClass;
  if (c.workInjuryRate !== undefined) raw['workInjuryRate'] = rateText(c.workInjuryRate);
  if (c.housingFundRate) raw['housingFundRate'] = c.housingFundRate;
  if (c.housingFundBase !== undefined) raw['housingFundBase'] = fromHundredths(c.housingFundBase);
  if (c.grossWage !== undefined) raw['grossWage'] = fromHundredths(c.grossWage);
  if (c.excludedPay !== undefined) raw['excludedPay'] = fromHundredths(c.excludedPay);
  return raw;
}

const valid = person.chain(toRaw);

// ---------------------------------------------------------------- bad input, and the field it must be reported on

interface Corruption {
  slot: string;
  field: string;
  apply(raw: Raw): Raw;
}
const put = (field: string, value: unknown) => (raw: Raw) => setPath(raw, field, value);

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  // month: no month, or out of the accepted range (months the rules do not cover are in tests/rules/contributions.test.ts:
  // they are found only once every other field reads well).
  fc.oneof(blank, fc.constantFrom('2026-13', '2026-00', 'x', '2015-12', '2101-01', '2026-08-01', 202608)).map((v) => ({ slot: 'month', field: 'month', apply: put('month', v) })),
  fc.oneof(blank, fc.constantFrom('worker', 'Employee', '职员', 1, true)).map((v) => ({ slot: 'kind', field: 'kind', apply: put('kind', v) })),
  fc
    .oneof(notANumber, blank, fc.integer({ min: 1, max: 1_000_000 }).map((n) => `-${fromHundredths(n)}`), fc.constantFrom('10000000.01', '6000.123', '99999999'))
    .map((v) => ({ slot: 'base', field: 'base', apply: put('base', v) })),
  fc.constantFrom('0', '9', '1.5', 'I', 'x').map((v) => ({ slot: 'kind', field: 'workInjuryClass', apply: (raw: Raw) => setPath(setPath(raw, 'kind', 'employee'), 'workInjuryClass', v) })),
  fc.oneof(notANumber, fc.constantFrom('0', '0.001', '10.01', '-1', '0.12345')).map((v) => ({ slot: 'kind', field: 'workInjuryRate', apply: (raw: Raw) => setPath(setPath(raw, 'kind', 'employee'), 'workInjuryRate', v) })),
  fc.constantFrom('4', '8', '12', '7%x').map((v) => ({ slot: 'kind', field: 'housingFundRate', apply: (raw: Raw) => setPath(setPath(raw, 'kind', 'employee'), 'housingFundRate', v) })),
  // a housing-fund base without a rate
  fc.constant({ slot: 'kind', field: 'housingFundRate', apply: (raw: Raw) => setPath(setPath(setPath(raw, 'kind', 'employee'), 'housingFundRate', undefined), 'housingFundBase', '5000') }),
  // excluded pay without a gross wage, or above it
  fc.constant({ slot: 'kind', field: 'grossWage', apply: (raw: Raw) => setPath(setPath(setPath(raw, 'kind', 'employee'), 'grossWage', undefined), 'excludedPay', '300') }),
  fc.constant({ slot: 'kind', field: 'excludedPay', apply: (raw: Raw) => setPath(setPath(setPath(raw, 'kind', 'employee'), 'grossWage', '200'), 'excludedPay', '300') }),
);

const spoilt: fc.Arbitrary<{ raw: Raw; fields: string[] }> = fc
  .tuple(employeeCase.filter((c) => c.month <= '2026-12').chain(toRaw), fc.uniqueArray(corruption, { minLength: 1, maxLength: 3, selector: (c) => c.slot }))
  .map(([raw, cs]) => ({ raw: cs.reduce((r, c) => c.apply(r), structuredClone(raw)), fields: cs.map((c) => c.field) }));

const invalid = spoilt.map((s) => s.raw);

// ---------------------------------------------------------------- rule invariants

const ok = (out: RunResult) => accepted<ContributionsResult>(out).result;
const fen = (s: string | null | undefined) => fenOf(s);

const invariants = [
  invariant(
    'totals add up: each side is the sum of its lines; the monthly total adds the housing fund',
    person,
    (c, { estimate }) => {
      const r = ok(estimate(plain(c)));
      const e = r.employee;
      assert.equal(fen(e.total), fen(e.pension) + fen(e.medical) + fen(e.unemployment));
      if (r.employer) {
        const m = r.employer;
        assert.equal(fen(m.total), fen(m.pension) + fen(m.medical) + fen(m.unemployment) + fen(m.workInjury));
      }
      assert.equal(fen(r.monthly.employee), fen(e.total) + fen(r.housingFund?.employee));
      if (r.employer) assert.equal(fen(r.monthly.employer), fen(r.employer.total) + fen(r.housingFund?.employer));
      else assert.equal(r.monthly.employer, null);
      if (r.housingFund) assert.equal(fen(r.housingFund.total), 2 * fen(r.housingFund.employee));
      // a flexible worker has no employer part and pays no unemployment insurance
      assert.equal(r.kind === 'flexible', r.employer === undefined);
      if (r.kind === 'flexible') assert.equal(e.unemployment, null);
    },
    { runs: 800 },
  ),
  invariant(
    'the base lies within the limits of its contribution year: the declared base, raised to the lower or cut to the upper limit',
    person,
    (c, { estimate, asOf }) => {
      const r = ok(estimate(plain(c)));
      const { lower, upper } = contributionBaseLimits.values.filter((v) => (v.published ?? v.from) <= asOf && v.from <= `${c.month}-01`).at(-1)!.value!;
      const b = r.insuredBase;
      assert.equal(fen(b.lower), Number(lower) * 100);
      assert.equal(fen(b.upper), Number(upper) * 100);
      assert.ok(fen(b.amount) >= fen(b.lower) && fen(b.amount) <= fen(b.upper), `${b.amount} outside ${lower}–${upper}`);
      assert.equal(fen(b.amount), Math.min(Math.max(c.base, fen(b.lower)), fen(b.upper)));
      assert.equal(b.limit, c.base < fen(b.lower) ? 'lower' : c.base > fen(b.upper) ? 'upper' : 'none');
      assert.ok(b.yearFrom <= `${c.month}-01` && `${c.month}-01` <= b.yearTo);
    },
    { runs: 800 },
  ),
  invariant(
    'a higher base never lowers what either side pays in the same month',
    fc.tuple(person, base),
    ([c, other], { estimate }) => {
      const [lo, hi] = [Math.min(c.base, other), Math.max(c.base, other)];
      const a = ok(estimate(plain({ ...c, base: lo })));
      const b = ok(estimate(plain({ ...c, base: hi })));
      assert.ok(fen(b.employee.total) >= fen(a.employee.total), `${a.employee.total} → ${b.employee.total}`);
      if (a.employer && b.employer) assert.ok(fen(b.employer.total) >= fen(a.employer.total));
    },
    { runs: 500, inputsPerRun: 2 },
  ),
  invariant(
    'the work-injury line is there exactly when a class or a rate was given (never guessed)',
    employeeCase,
    (c, { estimate }) => {
      const out = accepted<ContributionsResult>(estimate(plain(c)));
      const given = c.workInjuryClass !== undefined || c.workInjuryRate !== undefined;
      assert.equal(out.result.employer?.workInjury !== null, given);
      assert.equal(out.notices.some((n) => n.code === 'work-injury-left-out'), !given);
    },
    { runs: 500 },
  ),
  invariant(
    'the minimum-wage check: remaining = gross − excluded − own contributions; met exactly when it reaches the minimum',
    employeeCase.filter((c) => c.grossWage !== undefined),
    (c, { estimate }) => {
      const r = ok(estimate(plain(c)));
      const mw = r.minimumWage;
      if (!mw) return;
      const left = c.grossWage! - (c.excludedPay ?? 0) - fen(r.employee.total) - fen(r.housingFund?.employee);
      assert.equal(fen(mw.remaining), Math.max(left, 0));
      assert.equal(mw.meets, left >= fen(mw.minimum));
      assert.equal(fen(mw.shortfall), mw.meets ? 0 : fen(mw.minimum) - left);
    },
    { runs: 500 },
  ),
  spoiltFieldsReported(spoilt, { runs: 800 }),
];

const arbitraries: CalculatorArbitraries = { valid, invalid, invariants, notMoney: ['rates'] };
export default arbitraries;
