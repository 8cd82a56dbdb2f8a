/** Generators and rule invariants of pension-estimate (首月养老金) for tests/properties/registry.test.ts. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addMonths, firstDay, monthIndex, type RunResult } from '../../../src/rules/engine';
import type { PensionEstimateResult } from '../../../src/rules/pension-estimate';
import { payoutMonthsTable, pensionBase } from '../../../src/rules/pension-estimate/parameters';
import { RETIREMENT_CATEGORIES, type RetirementCategory } from '../../../src/rules/retirement-age/parameters';
import { statutoryAge } from '../../../src/rules/retirement-age/statutory-age';
import { flexibleWindow } from '../../../src/rules/retirement-age/window';
import { AS_OF, blank, type CalculatorArbitraries, decimalText, fromHundredths, integerText, invariant, isoMonth, monthText, notANumber, type Raw, setPath, accepted, fenOf, spoiltFieldsReported } from '../lib';

/** One retiree, as values: amounts in fen (hundredths), the index in ten-thousandths, service in hundredths of a year. */
interface Retiree {
  retirementMonth?: string;
  age?: { years: number; months: number };
  birth?: { month: string; category: RetirementCategory };
  contribution: { years: number; months: number };
  index: number;
  balance: number;
  service?: number;
  notional?: number;
  base?: number;
  payoutTenths?: number;
}

/** Ages the payout table covers: before 2025 48–70 with months (completed years); from 2025 48–69 with months (no 46/47, nor 70 with months). */
const ageBefore2025 = fc.record({ years: fc.integer({ min: 48, max: 70 }), months: fc.integer({ min: 0, max: 11 }) });
const monthAge = fc.record({ years: fc.integer({ min: 48, max: 69 }), months: fc.integer({ min: 0, max: 11 }) });

const byAge: fc.Arbitrary<Pick<Retiree, 'retirementMonth' | 'age'>> = fc.oneof(
  fc.record({ retirementMonth: isoMonth('2022-01', '2024-12'), age: ageBefore2025 }),
  fc.record({ retirementMonth: isoMonth('2025-01', '2040-12'), age: monthAge }),
);

/** From a birth month: the statutory month, or a month inside the flexible window (never before 2025 with months). */
const byBirth: fc.Arbitrary<Pick<Retiree, 'retirementMonth' | 'birth'>> = fc
  .record({
    category: fc.constantFrom(...RETIREMENT_CATEGORIES),
    offset: fc.integer({ min: 0, max: 20 * 12 }),
    shift: fc.option(fc.integer({ min: -36, max: 36 }), { nil: undefined }),
  })
  .map(({ category, offset, shift }) => {
    // Births whose statutory month is 2022-01 or later, ages 50–63.
    const first = { male: '1962-01', 'female-55': '1967-01', 'female-50': '1972-01' }[category];
    const month = addMonths(first, offset);
    const age = statutoryAge(month, category, AS_OF);
    const window = flexibleWindow(age, AS_OF);
    const out: Pick<Retiree, 'retirementMonth' | 'birth'> = { birth: { month, category } };
    if (shift !== undefined && window) {
      const chosen = Math.min(Math.max(monthIndex(age.retirementMonth) + shift, monthIndex(window.earliestMonth)), monthIndex(window.latestMonth));
      out.retirementMonth = addMonths('0000-01', chosen);
    }
    return out;
  });

const retiree: fc.Arbitrary<Retiree> = fc
  .record({
    when: fc.oneof(byAge, byBirth),
    years: fc.integer({ min: 0, max: 45 }),
    months: fc.integer({ min: 0, max: 11 }),
    index: fc.oneof(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 6_000, max: 30_000 }), fc.integer({ min: 29_000, max: 31_000 })),
    balance: fc.integer({ min: 0, max: 100_000_000 }),
    serviceShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    notional: fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: undefined }),
    base: fc.option(fc.integer({ min: 100_000, max: 10_000_000 }), { nil: undefined, freq: 6 }),
    payoutTenths: fc.option(fc.integer({ min: 10, max: 3_000 }), { nil: undefined, freq: 6 }),
  })
  .map((r) => {
    const out: Retiree = { ...r.when, contribution: { years: r.years, months: r.months }, index: r.index, balance: r.balance };
    // Service before 1993 is part of the whole contribution period (hundredths of a year, at most 50 years).
    if (r.serviceShare !== undefined) out.service = Math.min(Math.floor((r.years * 100 * r.serviceShare) / 100), 5000);
    if (r.notional !== undefined) out.notional = r.notional;
    if (r.base !== undefined) out.base = r.base;
    if (r.payoutTenths !== undefined) out.payoutTenths = r.payoutTenths;
    return out;
  });

const tenths = (n: number) => `${Math.floor(n / 10)}.${n % 10}`;
const indexText = (n: number) => `${Math.floor(n / 10_000)}.${String(n % 10_000).padStart(4, '0')}`;

function plain(r: Retiree): Raw {
  const raw: Raw = { contribution: { years: r.contribution.years, months: r.contribution.months }, averageIndex: indexText(r.index), accountBalance: fromHundredths(r.balance) };
  if (r.retirementMonth) raw['retirementMonth'] = r.retirementMonth;
  if (r.age) raw['ageAtRetirement'] = { years: r.age.years, months: r.age.months };
  if (r.birth) {
    raw['birthMonth'] = r.birth.month;
    raw['category'] = r.birth.category;
  }
  if (r.service !== undefined) raw['serviceBefore1993'] = fromHundredths(r.service);
  if (r.notional !== undefined) raw['notionalAccount1993to1997'] = fromHundredths(r.notional);
  if (r.base !== undefined) raw['base'] = fromHundredths(r.base);
  if (r.payoutTenths !== undefined) raw['payoutMonths'] = tenths(r.payoutTenths);
  return raw;
}

function toRaw(r: Retiree): fc.Arbitrary<Raw> {
  return fc
    .record({
      month: r.retirementMonth ? monthText(r.retirementMonth) : fc.constant(undefined),
      birth: r.birth ? monthText(r.birth.month) : fc.constant(undefined),
      years: integerText(r.contribution.years),
      balance: decimalText(fromHundredths(r.balance), { money: true }),
      notional: r.notional !== undefined ? decimalText(fromHundredths(r.notional), { money: true }) : fc.constant(undefined),
    })
    .map((t) => {
      const raw = plain(r);
      if (t.month !== undefined) raw['retirementMonth'] = t.month;
      if (t.birth !== undefined) raw['birthMonth'] = t.birth;
      (raw['contribution'] as Raw)['years'] = t.years;
      raw['accountBalance'] = t.balance;
      if (t.notional !== undefined) raw['notionalAccount1993to1997'] = t.notional;
      return raw;
    });
}

const valid = retiree.chain(toRaw);

interface Corruption {
  /** Corruptions of one slot never combine (they touch the same fields). */
  slot: string;
  /** The field the error must name. */
  field: string;
  apply(raw: Raw): Raw;
}

const put = (field: string, value: unknown) => (raw: Raw) => setPath(raw, field, value);

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.oneof(fc.constantFrom('2025-13', 'x', '1999-12', '2101-01'), fc.constant(202512)).map((v) => ({ slot: 'when', field: 'retirementMonth', apply: (raw: Raw) => setPath(setPath(setPath(raw, 'retirementMonth', v), 'birthMonth', undefined), 'category', undefined) })),
  isoMonth('2000-01', '2021-12').map((v) => ({ slot: 'when', field: 'retirementMonth', apply: (raw: Raw) => setPath(setPath(setPath(setPath(raw, 'retirementMonth', v), 'birthMonth', undefined), 'category', undefined), 'ageAtRetirement', { years: 60, months: 0 }) })),
  fc.constantFrom(15, 81, '60.5', 'x').map((v) => ({ slot: 'when', field: 'ageAtRetirement.years', apply: (raw: Raw) => setPath(setPath(setPath(raw, 'birthMonth', undefined), 'category', undefined), 'ageAtRetirement', { years: v, months: 0 }) })),
  fc.constantFrom(-1, 12, '1.5').map((v) => ({ slot: 'when', field: 'ageAtRetirement.months', apply: (raw: Raw) => setPath(setPath(setPath(raw, 'birthMonth', undefined), 'category', undefined), 'ageAtRetirement', { years: 60, months: v }) })),
  fc.constant({ slot: 'when', field: 'ageAtRetirement.years', apply: (raw: Raw) => setPath(setPath(setPath(setPath(raw, 'birthMonth', undefined), 'category', undefined), 'ageAtRetirement', undefined), 'retirementMonth', '2025-06') }),
  fc.constant({ slot: 'when', field: 'payoutMonths', apply: (raw: Raw) => setPath(setPath(setPath(setPath(setPath(raw, 'birthMonth', undefined), 'category', undefined), 'ageAtRetirement', { years: 47, months: 0 }), 'retirementMonth', '2025-06'), 'payoutMonths', undefined) }),
  fc.constant({ slot: 'when', field: 'category', apply: (raw: Raw) => setPath(setPath(setPath(raw, 'birthMonth', '1966-03'), 'category', undefined), 'ageAtRetirement', undefined) }),
  fc.oneof(fc.constantFrom(-1, 61, '2.5'), notANumber, blank).map((v) => ({ slot: 'contribution', field: 'contribution.years', apply: put('contribution.years', v) })),
  fc.oneof(fc.constantFrom('-0.1', '4.0001', '30.118', '1.23456'), notANumber, blank).map((v) => ({ slot: 'index', field: 'averageIndex', apply: put('averageIndex', v) })),
  fc.oneof(fc.constantFrom('-1', '1.234', '10000000.01'), notANumber, blank).map((v) => ({ slot: 'balance', field: 'accountBalance', apply: put('accountBalance', v) })),
  fc.oneof(fc.constantFrom('999.99', '100000.01', '-5'), notANumber).map((v) => ({ slot: 'base', field: 'base', apply: put('base', v) })),
  fc.oneof(fc.constantFrom('0.5', '300.1', '139.25'), notANumber).map((v) => ({ slot: 'payout', field: 'payoutMonths', apply: put('payoutMonths', v) })),
  fc.constantFrom('50.01', '-1', '1.234').map((v) => ({ slot: 'service', field: 'serviceBefore1993', apply: put('serviceBefore1993', v) })),
);

const spoilt: fc.Arbitrary<{ raw: Raw; fields: string[] }> = fc
  .tuple(retiree.chain(toRaw), fc.uniqueArray(corruption, { minLength: 1, maxLength: 3, selector: (c) => c.slot }))
  .map(([raw, cs]) => ({ raw: cs.reduce((r, c) => c.apply(r), structuredClone(raw)), fields: cs.map((c) => c.field) }));

const invalid = spoilt.map((s) => s.raw);

const ok = (out: RunResult) => accepted<PensionEstimateResult>(out);

const invariants = [
  invariant(
    'each part is to 0.1 yuan (见分进角), the transitional pension is its fen parts carried up, and the total is their sum',
    retiree,
    (r, { estimate }) => {
      const x = ok(estimate(plain(r))).result;
      for (const part of [x.basic, x.account, x.transitional]) assert.ok(part.endsWith('0'), `${part} is not to 0.1 yuan`);
      assert.equal(fenOf(x.total), fenOf(x.basic) + fenOf(x.account) + fenOf(x.transitional));
      const parts = fenOf(x.transitionalParts.service) + fenOf(x.transitionalParts.notional);
      assert.ok(fenOf(x.transitional) >= parts && fenOf(x.transitional) - parts < 10, `transitional ${x.transitional} from parts ${parts} fen`);
    },
    { runs: 800 },
  ),
  invariant(
    'an index above 3 is estimated with a notice, never refused up to 4',
    retiree,
    (r, { estimate }) => {
      const out = ok(estimate(plain(r)));
      assert.equal(out.notices.some((n) => n.code === 'index-above-usual'), r.index > 30_000, `index ${indexText(r.index)}`);
    },
    { runs: 400 },
  ),
  invariant(
    'a larger account, index or contribution period never lowers its part',
    fc.tuple(retiree, fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 11 })),
    ([r, moreBalance, moreIndex, moreMonths], { estimate }) => {
      const a = ok(estimate(plain(r))).result;
      const b = ok(estimate(plain({ ...r, balance: r.balance + moreBalance, index: Math.min(r.index + moreIndex, 40_000), contribution: { years: Math.min(r.contribution.years + 1, 60), months: moreMonths } }))).result;
      assert.ok(fenOf(b.account) >= fenOf(a.account), `account ${a.account} → ${b.account}`);
      assert.ok(fenOf(b.basic) >= fenOf(a.basic), `basic ${a.basic} → ${b.basic}`);
    },
    { runs: 600, inputsPerRun: 2 },
  ),
  invariant(
    'the base is that of the retirement year where published by the as-of date, else the latest published one, marked provisional',
    retiree.filter((r) => r.base === undefined),
    (r, { estimate, asOf }) => {
      const x = ok(estimate(plain(r))).result;
      const known = pensionBase.values.filter((v) => (v.published ?? v.from) <= asOf && v.from <= firstDay(x.retirementMonth)).at(-1)!;
      assert.equal(x.base.amount, `${known.value}.00`);
      assert.equal(x.base.year, Number(known.from.slice(0, 4)));
      assert.equal(x.base.provisional, x.base.year! < Number(x.retirementMonth.slice(0, 4)));
    },
    { runs: 600 },
  ),
  invariant(
    'the payout months: the completed-years row before 2025, between the whole-year figures around the age from 2025 (国发〔2005〕38号 附件)',
    retiree.filter((r) => r.payoutTenths === undefined),
    (r, { estimate }) => {
      const x = ok(estimate(plain(r))).result;
      const m = Number(x.payoutMonths);
      const table = payoutMonthsTable.values[0]!.value!;
      const here = Number(table[x.ageAtRetirement.years]);
      if (x.ageAtRetirement.months === 0 || x.retirementMonth < '2025-01') return assert.equal(m, here);
      const next = Number(table[x.ageAtRetirement.years + 1]);
      assert.ok(m <= here && m >= next, `payout months ${x.payoutMonths} outside ${next}–${here}`);
      assert.ok(Number.isInteger(m * 10), `${x.payoutMonths} has more than one decimal`);
    },
    { runs: 600 },
  ),
  spoiltFieldsReported(spoilt, { runs: 1000 }),
];

const arbitraries: CalculatorArbitraries = { valid, invalid, invariants, notMoney: ['payoutMonths', 'minimumContributionYears'] };
export default arbitraries;
