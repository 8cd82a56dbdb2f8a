/** Generators and rule invariants of unemployment-benefit (失业保险金) for tests/properties/registry.test.ts. */
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { addMonths, firstDay, monthOf, type RunResult, type Step } from '../../../src/rules/engine';
import { RETIREMENT_CATEGORIES } from '../../../src/rules/retirement-age/parameters';
import { minimumLivingStandard, minimumWage } from '../../../src/rules/shared/wage-floors';
import type { UnemploymentResult } from '../../../src/rules/unemployment-benefit';
import { standard } from '../../../src/rules/unemployment-benefit/parameters';
import {
  AS_OF,
  blank,
  booleanText,
  type CalculatorArbitraries,
  dateText,
  decimalText,
  fromHundredths,
  integerText,
  invariant,
  isoDate,
  isoMonth,
  monthText,
  notABoolean,
  notADate,
  notANumber,
  type Raw,
  setPath, accepted, fenOf, spoiltFieldsReported } from '../lib';

// ---------------------------------------------------------------- the values behind the text

/** One claimant, as values; `toRaw` turns it into one of the many ways it can be typed. */
interface Claim {
  claimDate: string;
  /** Contribution years in hundredths (0 … 7000 = 0 … 70 years, at most two places). */
  years: number;
  involuntary: boolean;
  registered: boolean;
  age?: number;
  birth?: { month: string; category: string };
}

/**
 * Claim dates the rules cover: the 2016 tiered table (2016-04-01 …, age required while its months are paid),
 * the years whose standards were not found (duration covered, amounts not: 2017-03 … 2020-06),
 * and the flat standards from 2020-07-01 (months after 2028-06 are not covered).
 */
const TIERED = { from: '2016-04-01', to: '2017-02-28' };
const claimDate = fc.oneof(
  { weight: 2, arbitrary: isoDate(TIERED.from, TIERED.to) },
  { weight: 1, arbitrary: isoDate('2017-03-01', '2020-06-30') },
  { weight: 7, arbitrary: isoDate('2020-07-01', '2027-12-31') },
);
const tiered = (date: string) => date <= TIERED.to;

const years = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 7000 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 70 }).map((y) => y * 100) }, { weight: 1, arbitrary: fc.constantFrom(0, 99, 100, 999, 1000, 1200, 1300, 2499, 2500, 7000) });
const birth = fc.record({ month: isoMonth('1940-01', '2008-12'), category: fc.constantFrom(...RETIREMENT_CATEGORIES) });

const claim: fc.Arbitrary<Claim> = fc
  .record({
    claimDate,
    years,
    involuntary: fc.constantFrom(true, true, true, false),
    registered: fc.constantFrom(true, true, true, false),
    age: fc.option(fc.integer({ min: 16, max: 80 }), { nil: undefined }),
    birth: fc.option(birth, { nil: undefined, freq: 2 }),
  })
  .map((c) => {
    const out: Claim = { claimDate: c.claimDate, years: c.years, involuntary: c.involuntary, registered: c.registered };
    // The 2016 table depends on the age at unemployment: the schema requires it then.
    const age = c.age ?? (tiered(c.claimDate) ? 16 + (c.years % 65) : undefined);
    if (age !== undefined) out.age = age;
    if (c.birth) out.birth = c.birth;
    return out;
  });

const yearsText = (hundredths: number) => decimalText(fromHundredths(hundredths));

/** A claim as a person or JSON caller types it. */
function toRaw(c: Claim): fc.Arbitrary<Raw> {
  return fc
    .record({
      claimDate: dateText(c.claimDate),
      contributionYears: yearsText(c.years),
      involuntary: booleanText(c.involuntary),
      registered: booleanText(c.registered),
      age: c.age === undefined ? fc.constant(undefined) : integerText(c.age),
      birthMonth: c.birth ? monthText(c.birth.month) : fc.constant(undefined),
    })
    .map((t) => {
      const raw: Raw = { claimDate: t.claimDate, contributionYears: t.contributionYears, involuntary: t.involuntary, registered: t.registered };
      if (t.age !== undefined) raw['ageAtUnemployment'] = t.age;
      if (c.birth) {
        raw['birthMonth'] = t.birthMonth;
        raw['retirementCategory'] = c.birth.category;
      }
      return raw;
    });
}

/** The plain form of a claim (ISO dates, ASCII decimals), for invariants that vary one value. */
function plain(c: Claim): Raw {
  const raw: Raw = { claimDate: c.claimDate, contributionYears: fromHundredths(c.years), involuntary: c.involuntary, registered: c.registered };
  if (c.age !== undefined) raw['ageAtUnemployment'] = c.age;
  if (c.birth) {
    raw['birthMonth'] = c.birth.month;
    raw['retirementCategory'] = c.birth.category;
  }
  return raw;
}

const valid = claim.chain(toRaw);

// ---------------------------------------------------------------- bad input, and the field it must be reported on

interface Corruption {
  /** Corruptions of one slot never combine (they touch the same fields). */
  slot: string;
  /** The field the error must name. */
  field: string;
  apply(raw: Raw): Raw;
}

const put = (field: string, value: unknown) => (raw: Raw) => setPath(raw, field, value);

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  // claimDate: not a date, out of the accepted range, or a date no rule covers (before 2016-04-01, after 2031-08-15).
  fc
    .oneof(notADate, blank, fc.constantFrom('1989-12-31', '2101-01-01'), isoDate('1990-01-01', '2016-03-31'), isoDate('2031-08-16', '2100-12-31'))
    .map((v) => ({ slot: 'claim', field: 'claimDate', apply: put('claimDate', v) })),
  // contributionYears: not a number, blank, below 0, above 70, more than two places.
  fc
    .oneof(
      notANumber,
      blank,
      fc.integer({ min: 1, max: 100_000 }).map((n) => `-${fromHundredths(n)}`),
      fc.integer({ min: 7001, max: 1_000_000 }).map(fromHundredths),
      fc.tuple(fc.integer({ min: 0, max: 69 }), fc.integer({ min: 1, max: 999 })).map(([y, f]) => `${y}.${String(f).padStart(3, '0')}1`),
    )
    .map((v) => ({ slot: 'years', field: 'contributionYears', apply: put('contributionYears', v) })),
  fc.oneof(notABoolean, blank).map((v) => ({ slot: 'involuntary', field: 'involuntary', apply: put('involuntary', v) })),
  fc.oneof(notABoolean, blank).map((v) => ({ slot: 'registered', field: 'registered', apply: put('registered', v) })),
  // ageAtUnemployment: outside 16–80, not whole, not a number; or missing for a claim paid from the 2016 table.
  fc
    .oneof(fc.integer({ min: -5, max: 15 }), fc.integer({ min: 81, max: 200 }), fc.constantFrom('30.5', 44.5, '三十'), notANumber)
    .map((v) => ({ slot: 'claim-age', field: 'ageAtUnemployment', apply: put('ageAtUnemployment', v) })),
  isoDate(TIERED.from, TIERED.to).map((d) => ({
    slot: 'claim',
    field: 'ageAtUnemployment',
    apply: (raw: Raw) => setPath(setPath(raw, 'claimDate', d), 'ageAtUnemployment', undefined),
  })),
  // Birth month and retirement category come as a pair; each in range and known.
  birth.map((b) => ({ slot: 'birth', field: 'retirementCategory', apply: (raw: Raw) => setPath(setPath(raw, 'birthMonth', b.month), 'retirementCategory', undefined) })),
  birth.map((b) => ({ slot: 'birth', field: 'birthMonth', apply: (raw: Raw) => setPath(setPath(raw, 'birthMonth', undefined), 'retirementCategory', b.category) })),
  fc
    .oneof(fc.constantFrom('1919-12', '2016-01', '2025-13', '1980-00', 'x'), isoMonth('2016-01', '2030-12'))
    .map((m) => ({ slot: 'birth', field: 'birthMonth', apply: (raw: Raw) => setPath(setPath(raw, 'birthMonth', m), 'retirementCategory', 'male') })),
  fc.constantFrom('Male', 'female', 'female-60', '女60', 1).map((v) => ({ slot: 'birth', field: 'retirementCategory', apply: (raw: Raw) => setPath(setPath(raw, 'birthMonth', '1970-05'), 'retirementCategory', v) })),
);

/** A valid input with one to three of its fields spoilt, and the fields whose errors must be reported. */
const spoilt: fc.Arbitrary<{ raw: Raw; fields: string[] }> = fc
  .tuple(claim.filter((c) => !tiered(c.claimDate)).chain(toRaw), fc.uniqueArray(corruption, { minLength: 1, maxLength: 3, selector: (c) => c.slot }))
  .map(([raw, cs]) => ({ raw: cs.reduce((r, c) => c.apply(r), structuredClone(raw)), fields: cs.map((c) => c.field) }));

const invalid = spoilt.map((s) => s.raw);

// ---------------------------------------------------------------- rule invariants

const ok = (out: RunResult) => accepted<UnemploymentResult>(out);

const paidMonths = (r: UnemploymentResult) => r.months + r.extendedMonths;
const standardSteps = (steps: Step[]) => steps.filter((s) => s.key === 'unemployment-benefit:standard');
/** The start date of the standard entry a month was priced with, from its explanation step. */
function standardFrom(steps: Step[], month: string): string | undefined {
  const s = standardSteps(steps).find((x) => x.values['from']! <= month && month <= x.values['to']!);
  return s?.params.find((p) => p.id === standard.id)?.from;
}

/** The latest standard entry known on `asOf` that starts on or before `day` (null entries included). */
function inForce(day: string, asOf: string) {
  return standard.values.filter((v) => (v.published ?? v.from) <= asOf && v.from <= day).at(-1);
}

const asOfDate = isoDate('2016-04-01', AS_OF);

const invariants = [
  invariant(
    'more contribution years never shortens the benefit nor lowers the total',
    fc.tuple(claim, years),
    ([c, other], { estimate }) => {
      const [lo, hi] = [Math.min(c.years, other), Math.max(c.years, other)];
      const a = ok(estimate(plain({ ...c, years: lo }))).result;
      const b = ok(estimate(plain({ ...c, years: hi }))).result;
      assert.ok(b.months >= a.months, `months ${a.months} → ${b.months}`);
      assert.ok(paidMonths(b) >= paidMonths(a), `paid months ${paidMonths(a)} → ${paidMonths(b)}`);
      assert.ok(Number(b.total) >= Number(a.total), `total ${a.total} → ${b.total}`);
    },
    { runs: 700, inputsPerRun: 2 },
  ),
  invariant(
    'eligible exactly with one year of contributions, involuntary and registered; otherwise nothing is paid (条例 第十四条 / 18号 第二条)',
    claim,
    (c, { estimate }) => {
      const r = ok(estimate(plain(c))).result;
      assert.equal(r.eligible, c.years >= 100 && c.involuntary && c.registered);
      if (!r.eligible) {
        assert.deepEqual(r.payments, []);
        assert.equal(r.total, '0.00');
        assert.ok(r.reasons.length > 0, 'no reason given');
      }
    },
    { runs: 700 },
  ),
  invariant(
    'duration: 2 months per full year, at most 24; paid month by month from the month after the claim; total = sum of covered months (第五条、第六条)',
    claim.filter((c) => c.involuntary && c.registered && c.years >= 100),
    (c, { estimate }) => {
      const r = ok(estimate(plain(c))).result;
      assert.equal(r.months, Math.min(2 * Math.floor(c.years / 100), 24));
      assert.deepEqual(
        r.payments.map((p) => p.month),
        Array.from({ length: paidMonths(r) }, (_, i) => addMonths(monthOf(c.claimDate), i + 1)),
      );
      assert.equal(r.payments.filter((p) => p.phase === 'extended').length, r.extendedMonths);
      const covered = r.payments.filter((p) => p.amount !== null).reduce((n, p) => n + fenOf(p.amount), 0);
      assert.equal(r.total, fromHundredths(covered));
      assert.deepEqual(
        r.notCoveredMonths,
        r.payments.filter((p) => p.amount === null).map((p) => p.month),
      );
    },
    { runs: 700 },
  ),
  invariant(
    'each month is paid at the standard in force that month, as known on the as-of date (第七条; a later notice is not used before it is published)',
    fc.tuple(claim.filter((c) => c.involuntary && c.registered && c.years >= 100), asOfDate),
    ([c, asOf], { estimate }) => {
      // As of an early date the 2016 table is known to run to 2018-03-31, so the age is given in every case.
      const out = ok(estimate(plain({ ...c, age: c.age ?? 40 }), asOf));
      for (const p of out.result.payments) {
        const entry = inForce(firstDay(p.month), asOf);
        if (p.amount === null) continue;
        assert.ok(entry?.value, `${p.month} priced though no standard is in force`);
        assert.equal(standardFrom(out.steps, p.month), entry.from, `${p.month} as of ${asOf}`);
      }
    },
    { runs: 700 },
  ),
  invariant(
    'a later claim never uses an older standard for its first month',
    fc.tuple(claim.filter((c) => c.involuntary && c.registered && c.years >= 100), isoDate('2016-04-01', '2027-12-31')),
    ([c, d], { estimate }) => {
      const [early, late] = c.claimDate <= d ? [c.claimDate, d] : [d, c.claimDate];
      const age = c.age ?? 40;
      const a = ok(estimate(plain({ ...c, claimDate: early, age })));
      const b = ok(estimate(plain({ ...c, claimDate: late, age })));
      const fa = standardFrom(a.steps, a.result.payments[0]!.month);
      const fb = standardFrom(b.steps, b.result.payments[0]!.month);
      if (fa === undefined || fb === undefined) return;
      assert.ok(fb >= fa, `claim ${late} uses the standard of ${fb}, claim ${early} that of ${fa}`);
      // The covered standards only rose, so the first month's amount does not fall either.
      assert.ok(Number(b.result.payments[0]!.amount) >= Number(a.result.payments[0]!.amount));
    },
    { runs: 500, inputsPerRun: 2 },
  ),
  invariant(
    'every paid month lies between 低保 and the minimum wage of that month where both are known (第七条)',
    claim.filter((c) => c.involuntary && c.registered && c.years >= 100),
    (c, { estimate, asOf }) => {
      for (const p of ok(estimate(plain(c))).result.payments) {
        if (p.amount === null) continue;
        const day = firstDay(p.month);
        const known = (v: { from: string; published?: string }) => (v.published ?? v.from) <= asOf && v.from <= day;
        const floor = minimumLivingStandard.values.filter(known).at(-1)?.value;
        const ceiling = minimumWage.values.filter(known).at(-1)?.value;
        if (floor) assert.ok(Number(p.amount) >= Number(floor), `${p.month}: ${p.amount} < 低保 ${floor}`);
        if (ceiling) assert.ok(Number(p.amount) <= Number(ceiling), `${p.month}: ${p.amount} > minimum wage ${ceiling}`);
      }
    },
    { runs: 500 },
  ),
  invariant(
    'the extension (18号 第十一条) applies only to claims from 2026-08-16 and never pays past the statutory retirement month',
    claim.filter((c) => c.involuntary && c.registered && c.years >= 100).map((c) => ({ ...c, birth: c.birth ?? { month: '1966-03', category: 'male' } })),
    (c, { estimate }) => {
      const out = ok(estimate(plain(c)));
      const r = out.result;
      if (c.claimDate < '2026-08-16') assert.equal(r.extendedMonths, 0);
      const retirement = out.steps.find((s) => s.key === 'retirement-age:statutory-age')?.values['retirementMonth'];
      if (r.extendedMonths > 0) {
        assert.ok(retirement, 'extended without a statutory-age step');
        for (const p of r.payments.filter((x) => x.phase === 'extended')) assert.ok(p.month < retirement, `${p.month} paid at or after ${retirement}`);
      }
    },
    { runs: 500 },
  ),
  spoiltFieldsReported(spoilt, { runs: 1000 }),
];

const arbitraries: CalculatorArbitraries = { valid, invalid, invariants };
export default arbitraries;
