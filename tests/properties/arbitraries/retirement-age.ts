/** Generators and rule invariants of retirement-age (法定退休年龄、弹性退休) for tests/properties/registry.test.ts. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addMonths, firstDay, monthIndex, type RunResult } from '../../../src/rules/engine';
import type { RetirementAgeResult } from '../../../src/rules/retirement-age';
import { minimumContribution, RETIREMENT_CATEGORIES, type RetirementCategory } from '../../../src/rules/retirement-age/parameters';
import { FLEXIBLE_DIRECTIONS } from '../../../src/rules/retirement-age/schema';
import { statutoryAge } from '../../../src/rules/retirement-age/statutory-age';
import { flexibleWindow } from '../../../src/rules/retirement-age/window';
import { AS_OF, blank, type CalculatorArbitraries, integerText, invariant, isoMonth, monthText, notANumber, type Raw, setPath, accepted, spoiltFieldsReported } from '../lib';

interface Person {
  birthMonth: string;
  category: RetirementCategory;
  flexible?: { direction: 'early' | 'late'; months: number };
}

/** Birth months whose original retirement age falls under the 1978 rules or later (the covered range). */
const birthMonth = fc.oneof(
  { weight: 1, arbitrary: isoMonth('1930-01', '2030-12') },
  { weight: 3, arbitrary: isoMonth('1960-01', '1990-12') },
  { weight: 1, arbitrary: fc.constantFrom('1964-12', '1965-01', '1969-12', '1970-01', '1974-12', '1975-01', '1976-08', '1976-09', '1981-09', '1984-11', '1984-12') },
);
const category = fc.constantFrom(...RETIREMENT_CATEGORIES);

/** The most months early this person may choose (0 where flexible retirement is unavailable or the age is the original one). */
function maxEarly(p: Person): number {
  return flexibleWindow(statutoryAge(p.birthMonth, p.category, AS_OF), AS_OF)?.maxEarly ?? 0;
}

const person: fc.Arbitrary<Person> = fc
  .record({ birthMonth, category, flexible: fc.option(fc.record({ direction: fc.constantFrom(...FLEXIBLE_DIRECTIONS), months: fc.integer({ min: 1, max: 36 }) }), { nil: undefined }) })
  .map((p) => {
    const out: Person = { birthMonth: p.birthMonth, category: p.category };
    if (p.flexible) {
      const early = maxEarly(out);
      // An early choice beyond a window of at least one month is refused; keep valid choices inside it.
      const months = p.flexible.direction === 'early' && early > 0 ? Math.min(p.flexible.months, early) : p.flexible.months;
      out.flexible = { direction: p.flexible.direction, months };
    }
    return out;
  });

function toRaw(p: Person): fc.Arbitrary<Raw> {
  return fc.record({ birthMonth: monthText(p.birthMonth), months: p.flexible ? integerText(p.flexible.months) : fc.constant(undefined) }).map((t) => {
    const raw: Raw = { birthMonth: t.birthMonth, category: p.category };
    if (p.flexible) raw['flexible'] = { direction: p.flexible.direction, months: t.months };
    return raw;
  });
}

function plain(p: Person): Raw {
  return { birthMonth: p.birthMonth, category: p.category, ...(p.flexible ? { flexible: { ...p.flexible } } : {}) };
}

const valid = person.chain(toRaw);

interface Corruption {
  /** Corruptions of one slot never combine (they touch the same fields). */
  slot: string;
  /** The field the error must name. */
  field: string;
  apply(raw: Raw): Raw;
}

const put = (field: string, value: unknown) => (raw: Raw) => setPath(raw, field, value);

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.oneof(fc.constantFrom('1919-12', '2031-01', '1970-13', '1970-00', 'x', '19700'), blank, fc.constant(19700)).map((v) => ({ slot: 'birth', field: 'birthMonth', apply: put('birthMonth', v) })),
  fc.oneof(fc.constantFrom('Male', 'female', 'female-60', '女60', 1), blank).map((v) => ({ slot: 'category', field: 'category', apply: put('category', v) })),
  fc
    .oneof(fc.constantFrom(0, 37, -1, '2.5', 100), notANumber)
    .map((v) => ({ slot: 'flexible', field: 'flexible.months', apply: (raw: Raw) => setPath(setPath(raw, 'flexible.direction', 'late'), 'flexible.months', v) })),
  fc.constantFrom('earlier', 'soon', 1).map((v) => ({ slot: 'flexible', field: 'flexible.direction', apply: (raw: Raw) => setPath(setPath(raw, 'flexible.direction', v), 'flexible.months', 3) })),
  fc.integer({ min: 1, max: 36 }).map((m) => ({ slot: 'flexible', field: 'flexible.direction', apply: (raw: Raw) => setPath(setPath(raw, 'flexible.direction', undefined), 'flexible.months', m) })),
  fc.constantFrom(...FLEXIBLE_DIRECTIONS).map((d) => ({ slot: 'flexible', field: 'flexible.months', apply: (raw: Raw) => setPath(setPath(raw, 'flexible.direction', d), 'flexible.months', undefined) })),
);

/** A man born 1965-01 … 1965-04 may retire at most one month early: 2 or more months is refused on the months field. */
const tooEarly: fc.Arbitrary<{ raw: Raw; fields: string[] }> = fc
  .tuple(isoMonth('1965-01', '1965-04'), fc.integer({ min: 2, max: 36 }))
  .map(([b, m]) => ({ raw: { birthMonth: b, category: 'male', flexible: { direction: 'early', months: m } }, fields: ['flexible.months'] }));

const spoilt: fc.Arbitrary<{ raw: Raw; fields: string[] }> = fc.oneof(
  fc
    .tuple(person.chain(toRaw), fc.uniqueArray(corruption, { minLength: 1, maxLength: 3, selector: (c) => c.slot }))
    .map(([raw, cs]) => ({ raw: cs.reduce((r, c) => c.apply(r), structuredClone(raw)), fields: cs.map((c) => c.field) })),
  tooEarly,
);

const invalid = spoilt.map((s) => s.raw);

const ok = (out: RunResult) => accepted<RetirementAgeResult>(out);
const months = (a: { years: number; months: number }) => a.years * 12 + a.months;
const minimumIn = (month: string) => minimumContribution.values.filter((v) => v.from <= firstDay(month)).at(-1)?.value ?? null;

const invariants = [
  invariant(
    'the retirement month is the birth month plus the statutory age; the age rises by the delay, at most 36 (60 for women of 50) (办法 第一条)',
    person,
    (p, { estimate }) => {
      const r = ok(estimate(plain(p))).result;
      assert.equal(r.retirementMonth, addMonths(p.birthMonth, months(r.statutoryAge)));
      assert.equal(months(r.statutoryAge), months(r.originalAge) + r.delayMonths);
      assert.ok(r.delayMonths >= 0 && r.delayMonths <= (p.category === 'female-50' ? 60 : 36));
      assert.equal(r.minimumContributionYears, minimumIn(r.retirementMonth));
    },
    { runs: 800 },
  ),
  invariant(
    'a later birth month never retires earlier, nor at a younger age',
    fc.tuple(person, birthMonth),
    ([p, other], { estimate }) => {
      const [a, b] = p.birthMonth <= other ? [p.birthMonth, other] : [other, p.birthMonth];
      const ra = ok(estimate({ birthMonth: a, category: p.category })).result;
      const rb = ok(estimate({ birthMonth: b, category: p.category })).result;
      assert.ok(rb.retirementMonth >= ra.retirementMonth);
      assert.ok(months(rb.statutoryAge) >= months(ra.statutoryAge));
    },
    { runs: 600, inputsPerRun: 2 },
  ),
  invariant(
    'the window: never below the original age, at most 36 months early, exactly 36 months late; a choice lies inside it (办法 第三条)',
    person,
    (p, { estimate }) => {
      const r = ok(estimate(plain(p))).result;
      if (r.earliestMonth === null || r.latestMonth === null) {
        assert.ok(r.retirementMonth < '2025-01', 'no window for a retirement after 2025-01');
        if (p.flexible) assert.equal(r.chosenMonth, null);
        return;
      }
      assert.ok(r.earliestMonth >= r.originalMonth);
      assert.ok(monthIndex(r.retirementMonth) - monthIndex(r.earliestMonth) <= 36);
      assert.equal(monthIndex(r.latestMonth) - monthIndex(r.retirementMonth), 36);
      if (p.flexible && r.chosenMonth) {
        assert.ok(r.earliestMonth <= r.chosenMonth && r.chosenMonth <= r.latestMonth);
        // 人社部发〔2024〕94号 第七条: early → the chosen year; late → the statutory year.
        assert.equal(r.chosenMinimumContributionYears, minimumIn(p.flexible.direction === 'early' ? r.chosenMonth : r.retirementMonth));
      }
    },
    { runs: 800 },
  ),
  spoiltFieldsReported(spoilt, { runs: 1000 }),
];

const arbitraries: CalculatorArbitraries = { valid, invalid, invariants, notMoney: ['minimumContributionYears', 'chosenMinimumContributionYears'] };
export default arbitraries;
