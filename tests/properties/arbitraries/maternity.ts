/** Generators and rule invariants of maternity (生育保险) for tests/properties/registry.test.ts. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { RunResult } from '../../../src/rules/engine';
import type { MaternityResult } from '../../../src/rules/maternity';
import {
  accepted,
  addDays,
  blank,
  booleanText,
  type CalculatorArbitraries,
  type Corruption,
  dateText,
  decimalText,
  fenOf,
  fromHundredths,
  integerText,
  invariant,
  isoDate,
  notABoolean,
  notADate,
  notANumber,
  type Raw,
  reportedOnItsField,
  setPath,
  spoil,
} from '../lib';

// ---------------------------------------------------------------- the values behind the text

interface Case {
  date: string;
  event: 'birth' | 'miscarriage';
  pregnancyMonths?: number;
  babies?: number;
  difficult?: boolean;
  /** Days of leave taken before the birth (0–15). */
  prenatal?: number;
  /** Amounts in fen. */
  wage?: number;
  assessed?: number;
  cumulative: number;
  consecutive: number;
  monthlyWage?: number;
}

/** Event dates the rules cover: the Shanghai 60-day rule from 2021-11-25 to the end of the 2026 rules (2027-06-30). */
const eventDate = isoDate('2021-11-25', '2027-06-30');
const fen = (max: number) => fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 6_000_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max }) });

const kase: fc.Arbitrary<Case> = fc
  .record({
    date: eventDate,
    event: fc.constantFrom('birth', 'birth', 'birth', 'miscarriage'),
    pregnancyMonths: fc.integer({ min: 0, max: 10 }),
    babies: fc.oneof({ weight: 6, arbitrary: fc.constant(1) }, { weight: 2, arbitrary: fc.integer({ min: 2, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }) }),
    difficult: fc.boolean(),
    prenatal: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
    basis: fc.constantFrom('wage', 'wage', 'wage', 'assessed'),
    amount: fen(1_000_000_000),
    cumulative: fc.oneof(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 720 })),
    consecutiveShare: fc.integer({ min: 0, max: 100 }),
    monthlyWage: fc.option(fen(1_000_000_000), { nil: undefined, freq: 2 }),
  })
  .map((c) => {
    const out: Case = { date: c.date, event: c.event, cumulative: c.cumulative, consecutive: Math.floor((c.cumulative * c.consecutiveShare) / 100) };
    if (c.event === 'miscarriage') out.pregnancyMonths = c.pregnancyMonths;
    else {
      out.babies = c.babies;
      out.difficult = c.difficult;
      if (c.prenatal !== undefined) out.prenatal = c.prenatal;
    }
    if (c.basis === 'wage') out.wage = c.amount;
    else out.assessed = c.amount;
    if (c.monthlyWage !== undefined) out.monthlyWage = c.monthlyWage;
    return out;
  });

function plain(c: Case): Raw {
  const raw: Raw = { eventDate: c.date, event: c.event, contributionMonths: c.cumulative, consecutiveMonths: c.consecutive };
  if (c.pregnancyMonths !== undefined) raw['pregnancyMonths'] = c.pregnancyMonths;
  if (c.babies !== undefined) raw['babies'] = String(c.babies);
  if (c.difficult !== undefined) raw['difficultBirth'] = c.difficult;
  if (c.prenatal !== undefined) raw['leaveStart'] = addDays(c.date, -c.prenatal);
  if (c.wage !== undefined) raw['employerAverageWage'] = fromHundredths(c.wage);
  if (c.assessed !== undefined) raw['assessedAllowance'] = fromHundredths(c.assessed);
  if (c.monthlyWage !== undefined) raw['monthlyWage'] = fromHundredths(c.monthlyWage);
  return raw;
}

/** A case as a person or a JSON caller types it. */
function toRaw(c: Case): fc.Arbitrary<Raw> {
  const forms: Record<string, fc.Arbitrary<unknown>> = {
    eventDate: dateText(c.date),
    event: fc.constant(c.event),
    contributionMonths: integerText(c.cumulative),
    consecutiveMonths: integerText(c.consecutive),
  };
  if (c.pregnancyMonths !== undefined) forms['pregnancyMonths'] = integerText(c.pregnancyMonths);
  if (c.babies !== undefined) forms['babies'] = fc.constantFrom(String(c.babies), c.babies);
  if (c.difficult !== undefined) forms['difficultBirth'] = booleanText(c.difficult);
  if (c.prenatal !== undefined) forms['leaveStart'] = dateText(addDays(c.date, -c.prenatal));
  if (c.wage !== undefined) forms['employerAverageWage'] = decimalText(fromHundredths(c.wage), { money: true });
  if (c.assessed !== undefined) forms['assessedAllowance'] = decimalText(fromHundredths(c.assessed), { money: true });
  if (c.monthlyWage !== undefined) forms['monthlyWage'] = decimalText(fromHundredths(c.monthlyWage), { money: true });
  return fc.record(forms) as fc.Arbitrary<Raw>;
}

const valid = kase.chain(toRaw);

// ---------------------------------------------------------------- bad input, and the field it must be reported on

const put = (field: string, value: unknown) => (raw: Raw) => setPath(raw, field, value);
const asBirth = (raw: Raw) => {
  if (raw['event'] !== 'birth') {
    setPath(setPath(setPath(raw, 'event', 'birth'), 'babies', '1'), 'difficultBirth', false);
    setPath(raw, 'pregnancyMonths', undefined);
  }
  return raw;
};
const asMiscarriage = (raw: Raw) => setPath(setPath(setPath(raw, 'event', 'miscarriage'), 'pregnancyMonths', 2), 'leaveStart', undefined);

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  // eventDate: no date, blank, or outside 2021-11-25 … 2027-06-30.
  fc.oneof(notADate, blank, isoDate('1990-01-01', '2021-11-24'), isoDate('2027-07-01', '2100-12-31')).map((v) => ({ slots: ['date'], field: 'eventDate', apply: put('eventDate', v) })),
  fc.oneof(blank, fc.constantFrom('adoption', 'Birth', '领养', 1)).map((v) => ({ slots: ['event'], field: 'event', apply: put('event', v) })),
  fc.oneof(blank, fc.constantFrom('-1', 11, '2.5', 3.5), notANumber).map((v) => ({ slots: ['event'], field: 'pregnancyMonths', apply: (raw: Raw) => setPath(asMiscarriage(raw), 'pregnancyMonths', v) })),
  fc.oneof(blank, fc.constantFrom('0', '7', 'two', 2.5, '七胞胎')).map((v) => ({ slots: ['event'], field: 'babies', apply: (raw: Raw) => setPath(asBirth(raw), 'babies', v) })),
  fc.oneof(blank, notABoolean).map((v) => ({ slots: ['event'], field: 'difficultBirth', apply: (raw: Raw) => setPath(asBirth(raw), 'difficultBirth', v) })),
  // leaveStart more than 15 days before the birth, after it, or no date.
  fc.oneof(fc.integer({ min: 16, max: 400 }).map((n) => addDays('2026-03-10', -n)), fc.integer({ min: 1, max: 400 }).map((n) => addDays('2026-03-10', n)), notADate).map((v) => ({
    slots: ['event', 'date'],
    field: 'leaveStart',
    apply: (raw: Raw) => setPath(setPath(asBirth(raw), 'eventDate', '2026-03-10'), 'leaveStart', v),
  })),
  fc.oneof(fc.constantFrom('0', '-5', '1.234', '10000000.01'), notANumber).map((v) => ({ slots: ['basis'], field: 'employerAverageWage', apply: (raw: Raw) => setPath(setPath(raw, 'assessedAllowance', undefined), 'employerAverageWage', v) })),
  fc.oneof(fc.constantFrom('-1', '60000.005'), notANumber).map((v) => ({ slots: ['basis'], field: 'assessedAllowance', apply: (raw: Raw) => setPath(setPath(raw, 'employerAverageWage', undefined), 'assessedAllowance', v) })),
  // Both figures, or neither.
  fc.constant({ slots: ['basis'], field: 'assessedAllowance', apply: (raw: Raw) => setPath(setPath(raw, 'employerAverageWage', '15000'), 'assessedAllowance', '60000') }),
  fc.constant({ slots: ['basis'], field: 'employerAverageWage', apply: (raw: Raw) => setPath(setPath(raw, 'employerAverageWage', undefined), 'assessedAllowance', undefined) }),
  fc.oneof(blank, fc.constantFrom('-1', 721, '3.5'), notANumber).map((v) => ({ slots: ['months'], field: 'contributionMonths', apply: put('contributionMonths', v) })),
  fc.oneof(blank, fc.constantFrom('-1', 721, '3.5'), notANumber).map((v) => ({ slots: ['months'], field: 'consecutiveMonths', apply: (raw: Raw) => setPath(setPath(raw, 'contributionMonths', 720), 'consecutiveMonths', v) })),
  // More months in a row than in total.
  fc.integer({ min: 0, max: 700 }).map((n) => ({ slots: ['months'], field: 'consecutiveMonths', apply: (raw: Raw) => setPath(setPath(raw, 'contributionMonths', n), 'consecutiveMonths', n + 1) })),
  fc.oneof(fc.constantFrom('-1', '1.234'), notANumber).map((v) => ({ slots: ['wage'], field: 'monthlyWage', apply: put('monthlyWage', v) })),
);

const spoilt = spoil(kase.map(plain), corruption);

// ---------------------------------------------------------------- rule invariants

const ok = (out: RunResult) => accepted<MaternityResult>(out).result;
const dayGap = (a: string, b: string) => (Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 86_400_000;

const invariants = [
  invariant(
    'leave days are 98 + 15 (难产) + 15 a further baby + 60 for a birth, 15 or 42 for a miscarriage',
    kase,
    (c, { estimate }) => {
      const r = ok(estimate(plain(c)));
      const expected = c.event === 'birth' ? 98 + (c.difficult ? 15 : 0) + 15 * ((c.babies ?? 1) - 1) + 60 : (c.pregnancyMonths ?? 0) >= 4 ? 42 : 15;
      assert.equal(r.leaveDays, expected);
      assert.equal(dayGap(r.leaveStart, r.nationalEnds) + 1, r.leaveDays - r.leaveParts.shanghai);
    },
    { runs: 600 },
  ),
  invariant(
    'the Shanghai 60 days end 60 days plus the statutory holidays skipped after the national part',
    kase.filter((c) => c.event === 'birth'),
    (c, { estimate }) => {
      const r = ok(estimate(plain(c)));
      if (r.leaveEnds === null) return;
      assert.equal(dayGap(r.nationalEnds, r.leaveEnds), 60 + r.holidaysExtended.length);
      for (const h of r.holidaysExtended) assert.ok(h > r.nationalEnds && h < r.leaveEnds);
    },
    { runs: 500 },
  ),
  invariant(
    'fund + employer advance = allowance; the fund pays it all when 12 / 9 months are met, months ÷ 12 otherwise',
    kase,
    (c, { estimate }) => {
      const r = ok(estimate(plain(c)));
      assert.equal(fenOf(r.fundPays) + fenOf(r.employerAdvance), fenOf(r.allowance));
      const met = c.cumulative >= 12 || c.consecutive >= 9;
      assert.equal(r.contributionTestMet, met);
      if (met) assert.equal(r.employerAdvance, '0.00');
      else assert.ok(Math.abs(fenOf(r.fundPays) - (fenOf(r.allowance) * c.cumulative) / 12) <= 0.5);
    },
    { runs: 600 },
  ),
  invariant(
    'the standard stays within 60%–300% of the city average when the bounds apply',
    kase.filter((c) => c.wage !== undefined),
    (c, { estimate }) => {
      const r = ok(estimate(plain(c)));
      if (r.lowerBound === null || r.upperBound === null || r.monthlyStandard === null) return;
      const s = Number(r.monthlyStandard);
      assert.ok(s >= Number(r.lowerBound) - 1e-9 && s <= Number(r.upperBound) + 1e-9, `${s} outside ${r.lowerBound}–${r.upperBound}`);
    },
    { runs: 400 },
  ),
  invariant(
    "a higher employer average never lowers the allowance; the top-up never makes pay fall below the wage",
    fc.tuple(kase.filter((c) => c.wage !== undefined), fen(1_000_000_000), fen(1_000_000_000)),
    ([c, a, b], { estimate }) => {
      const lo = ok(estimate(plain({ ...c, wage: Math.min(a, b) })));
      const hi = ok(estimate(plain({ ...c, wage: Math.max(a, b) })));
      assert.ok(fenOf(hi.allowance) >= fenOf(lo.allowance));
      if (c.monthlyWage !== undefined && hi.employerTopUp !== null) {
        // allowance + top-up ≥ the wage over the leave (monthly wage ÷ 30 × days, to half a fen of rounding)
        assert.ok(fenOf(hi.allowance) + fenOf(hi.employerTopUp) + 0.5 >= (c.monthlyWage * hi.leaveDays) / 30);
      }
    },
    { runs: 300, inputsPerRun: 2 },
  ),
  reportedOnItsField(spoilt, 800),
];

const arbitraries: CalculatorArbitraries = { valid, invalid: spoilt.map((s) => s.raw), invariants };
export default arbitraries;
