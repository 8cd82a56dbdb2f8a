/** Generators and rule invariants of pension-adjustment (养老金调整) for tests/properties/registry.test.ts. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addMonths, monthsBetween, type RunResult } from '../../../src/rules/engine';
import { coveredYears, type PensionAdjustmentResult } from '../../../src/rules/pension-adjustment';
import { SEXES } from '../../../src/rules/pension-adjustment/schema';
import {
  AS_OF,
  blank,
  booleanText,
  type CalculatorArbitraries,
  decimalText,
  fromHundredths,
  integerText,
  invariant,
  isoMonth,
  monthText,
  notABoolean,
  notANumber,
  type Corruption,
  type Raw,
  reportedOnItsField,
  setPath,
  spoil, accepted, fenOf } from '../lib';

// ---------------------------------------------------------------- the values behind the text

interface Retiree {
  year: number;
  birthMonth: string;
  retiredBy: string;
  /** December pension in fen (1 … 10,000,000 = 0.01 … 100,000.00 yuan). */
  pension: number;
  /** Contribution time in months; never more than the months lived when the pension started. */
  contribution: number;
  sex: string;
  specialGroup?: boolean;
}

const YEARS = coveredYears(AS_OF);

const pension = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 100_000, max: 2_000_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 10_000_000 }) });

const retiree: fc.Arbitrary<Retiree> = fc
  .record({
    year: fc.constantFrom(...YEARS),
    birthMonth: isoMonth('1915-01', '1985-12'),
    // Age when the pension started, in months (40 … 70 years), and the share of working life contributed.
    retiredAt: fc.integer({ min: 40 * 12, max: 70 * 12 }),
    contributed: fc.integer({ min: 0, max: 1000 }),
    pension,
    sex: fc.constantFrom(...SEXES),
    specialGroup: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((r) => {
    const retiredBy = addMonths(r.birthMonth, r.retiredAt);
    const lived = monthsBetween(r.birthMonth, retiredBy);
    const out: Retiree = {
      year: r.year,
      birthMonth: r.birthMonth,
      retiredBy,
      pension: r.pension,
      contribution: Math.min(Math.floor((lived * r.contributed) / 1000), 70 * 12 + 11),
      sex: r.sex,
    };
    if (r.specialGroup !== undefined) out.specialGroup = r.specialGroup;
    return out;
  });

function toRaw(r: Retiree): fc.Arbitrary<Raw> {
  return fc
    .record({
      year: integerText(r.year),
      retiredBy: monthText(r.retiredBy),
      decemberPension: decimalText(fromHundredths(r.pension), { money: true }),
      years: integerText(Math.floor(r.contribution / 12)),
      months: fc.oneof(integerText(r.contribution % 12), r.contribution % 12 === 0 ? fc.constantFrom(undefined, '') : integerText(r.contribution % 12)),
      birthMonth: monthText(r.birthMonth),
      specialGroup: r.specialGroup === undefined ? fc.constant(undefined) : booleanText(r.specialGroup),
    })
    .map((t) => {
      const raw: Raw = { year: t.year, retiredBy: t.retiredBy, decemberPension: t.decemberPension, contributionYears: { years: t.years }, birthMonth: t.birthMonth, sex: r.sex };
      if (t.months !== undefined) setPath(raw, 'contributionYears.months', t.months);
      if (t.specialGroup !== undefined) raw['specialGroup'] = t.specialGroup;
      return raw;
    });
}

function plain(r: Retiree): Raw {
  const raw: Raw = {
    year: r.year,
    retiredBy: r.retiredBy,
    decemberPension: fromHundredths(r.pension),
    contributionYears: { years: Math.floor(r.contribution / 12), months: r.contribution % 12 },
    birthMonth: r.birthMonth,
    sex: r.sex,
  };
  if (r.specialGroup !== undefined) raw['specialGroup'] = r.specialGroup;
  return raw;
}

const valid = retiree.chain(toRaw);

// ---------------------------------------------------------------- bad input, and the field it must be reported on

const put = (field: string, value: unknown) => (raw: Raw) => setPath(raw, field, value);

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  // year: not a whole number, outside 1990–2100, or a year no notice covers.
  fc
    .oneof(notANumber, blank, fc.constantFrom('2025.5', 1989, 2101, '二〇二五'), fc.integer({ min: 1990, max: 2100 }).filter((y) => !YEARS.includes(y)))
    .map((v) => ({ slots: ['year'], field: 'year', apply: put('year', v) })),
  fc.oneof(blank, fc.constantFrom('0', '-5', '100000.01', '5200.123', '1e4'), notANumber).map((v) => ({ slots: ['pension'], field: 'decemberPension', apply: put('decemberPension', v) })),
  fc.oneof(blank, fc.constantFrom('-1', '71', '30.5'), notANumber).map((v) => ({ slots: ['contribution'], field: 'contributionYears.years', apply: put('contributionYears.years', v) })),
  fc.constantFrom('12', '-1', '6.5', 'x').map((v) => ({ slots: ['contribution'], field: 'contributionYears.months', apply: put('contributionYears.months', v) })),
  // More contribution than life lived when the pension started (born 1960-01, pension from 2015-01: 55 years lived).
  fc.integer({ min: 1, max: 15 }).map((extra) => ({
    slots: ['contribution', 'months'],
    field: 'contributionYears.years',
    apply: (raw: Raw) => {
      setPath(setPath(raw, 'birthMonth', '1960-01'), 'retiredBy', '2015-01');
      return setPath(setPath(raw, 'contributionYears.years', 55 + extra), 'contributionYears.months', 0);
    },
  })),
  fc.oneof(blank, fc.constantFrom('2025-13', '1949-12', '2101-01', 'x', '2025')).map((v) => ({ slots: ['months'], field: 'retiredBy', apply: put('retiredBy', v) })),
  fc.oneof(blank, fc.constantFrom('2016-01', '1899-12', '1960-00', 'x')).map((v) => ({ slots: ['months'], field: 'birthMonth', apply: put('birthMonth', v) })),
  // Pension before birth.
  fc.constant({ slots: ['months'], field: 'retiredBy', apply: (raw: Raw) => setPath(raw, 'retiredBy', raw['birthMonth']) }),
  fc.oneof(blank, fc.constantFrom('男女', 'Female', 'other', 1)).map((v) => ({ slots: ['sex'], field: 'sex', apply: put('sex', v) })),
  notABoolean.map((v) => ({ slots: ['special'], field: 'specialGroup', apply: put('specialGroup', v) })),
);

/** Valid retirees whose plain form is spoilt (plain so that month arithmetic on the raw input works). */
const spoilt = spoil(retiree.map(plain), corruption);

// ---------------------------------------------------------------- rule invariants

const ok = (out: RunResult) => accepted<PensionAdjustmentResult>(out);

const invariants = [
  invariant(
    'increase = sum of the components; new pension = December pension + increase; back pay = increase × its months',
    retiree,
    (r, { estimate }) => {
      const res = ok(estimate(plain(r))).result;
      assert.equal(fenOf(res.increase), res.components.reduce((n, c) => n + fenOf(c.amount), 0));
      assert.equal(fenOf(res.newPension), r.pension + fenOf(res.increase));
      if (res.backPay) assert.equal(fenOf(res.backPay.amount), fenOf(res.increase) * res.backPay.months);
    },
    { runs: 600 },
  ),
  invariant(
    'retired after 31 December of the previous year: no increase (调整范围)',
    retiree,
    (r, { estimate }) => {
      const res = ok(estimate(plain(r))).result;
      const inScope = r.retiredBy <= `${r.year - 1}-12`;
      assert.equal(res.eligible, inScope);
      if (!inScope) {
        assert.equal(res.increase, '0.00');
        assert.equal(fenOf(res.newPension), r.pension);
      }
    },
    { runs: 500 },
  ),
  invariant(
    'a higher December pension never gives a lower increase',
    fc.tuple(retiree, pension),
    ([r, other], { estimate }) => {
      const [lo, hi] = [Math.min(r.pension, other), Math.max(r.pension, other)];
      const a = ok(estimate(plain({ ...r, pension: lo }))).result;
      const b = ok(estimate(plain({ ...r, pension: hi }))).result;
      assert.ok(fenOf(b.increase) >= fenOf(a.increase), `${fromHundredths(lo)} → ${a.increase}, ${fromHundredths(hi)} → ${b.increase}`);
    },
    { runs: 500, inputsPerRun: 2 },
  ),
  invariant(
    'more contribution years never give a lower increase',
    fc.tuple(retiree, fc.integer({ min: 0, max: 1000 })),
    ([r, share], { estimate }) => {
      const other = Math.min(Math.floor((monthsBetween(r.birthMonth, r.retiredBy) * share) / 1000), 70 * 12 + 11);
      const [lo, hi] = [Math.min(r.contribution, other), Math.max(r.contribution, other)];
      const a = ok(estimate(plain({ ...r, contribution: lo }))).result;
      const b = ok(estimate(plain({ ...r, contribution: hi }))).result;
      assert.ok(fenOf(b.increase) >= fenOf(a.increase), `${lo} months → ${a.increase}, ${hi} months → ${b.increase}`);
    },
    { runs: 500, inputsPerRun: 2 },
  ),
  reportedOnItsField(spoilt, 800),
];

const arbitraries: CalculatorArbitraries = { valid, invalid: spoilt.map((s) => s.raw), invariants };
export default arbitraries;
