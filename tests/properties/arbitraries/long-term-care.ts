/** Generators and rule invariants of long-term-care (长期护理保险) for tests/properties/registry.test.ts. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { daysInMonth, type RunResult } from '../../../src/rules/engine';
import type { LongTermCareResult } from '../../../src/rules/long-term-care';
import { BANDS, BONUS_CHOICES, SCHEMES } from '../../../src/rules/long-term-care/schema';
import {
  addDays,
  blank,
  booleanText,
  type CalculatorArbitraries,
  dateText,
  decimalText,
  fromHundredths,
  integerText,
  invariant,
  isoDate,
  notABoolean,
  notADate,
  notANumber,
  type Corruption,
  type Raw,
  reportedOnItsField,
  setPath,
  spoil, accepted, fenOf } from '../lib';

// ---------------------------------------------------------------- the values behind the text

interface Care {
  /** The date of care (the input field `careDate`; JSON callers may call it `asOf`). */
  date: string;
  age: number;
  scheme: string;
  drawingPension?: boolean;
  level: number;
  assessmentDate?: string;
  home?: { price?: number; months?: number; bonusChoice?: string };
  institution?: { band?: string; days?: number; charge?: number };
}

/** Care dates the rules cover: 沪府发〔2017〕97号 from 2018-01-01, open-ended. */
const careDate = isoDate('2018-01-01', '2027-12-31');
const fenAmount = (max: number) => fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: Math.min(max, 20_000) }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: max }) });

const care: fc.Arbitrary<Care> = fc
  .record({
    date: careDate,
    age: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 55, max: 105 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 130 }) }),
    scheme: fc.constantFrom(...SCHEMES, 'employee', 'resident'),
    drawingPension: fc.constantFrom(true, true, true, false),
    level: fc.integer({ min: 0, max: 6 }),
    assessmentAgo: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
    setting: fc.constantFrom('home', 'institution'),
    price: fc.option(fenAmount(1_000_000), { nil: undefined, freq: 4 }),
    months: fc.option(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 1200 })), { nil: undefined, freq: 4 }),
    bonusChoice: fc.option(fc.constantFrom(...BONUS_CHOICES), { nil: undefined }),
    band: fc.option(fc.constantFrom(...BANDS), { nil: undefined, freq: 4 }),
    days: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined, freq: 3 }),
    charge: fc.option(fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 10_000_000 })), { nil: undefined, freq: 3 }),
  })
  .map((c) => {
    const out: Care = { date: c.date, age: c.age, scheme: c.scheme, level: c.level };
    if (c.scheme === 'employee') out.drawingPension = c.drawingPension;
    if (c.assessmentAgo !== undefined) out.assessmentDate = addDays(c.date, -c.assessmentAgo);
    if (c.setting === 'home') {
      const home: Care['home'] = {};
      if (c.price !== undefined) home.price = c.price;
      if (c.months !== undefined) home.months = c.months;
      // The schema asks for the choice of hours or cash when the level 5–6 bonus applies (one month of home care on).
      const needsChoice = c.level >= 5 && c.months !== undefined && c.months >= 1;
      const choice = c.bonusChoice ?? (needsChoice ? 'hours' : undefined);
      if (choice) home.bonusChoice = choice;
      out.home = home;
    } else {
      const inst: Care['institution'] = {};
      if (c.band) inst.band = c.band;
      if (c.days !== undefined) inst.days = Math.min(c.days, daysInMonth(Number(c.date.slice(0, 4)), Number(c.date.slice(5, 7))));
      if (c.charge !== undefined) inst.charge = c.charge;
      out.institution = inst;
    }
    return out;
  });

function plain(c: Care): Raw {
  const raw: Raw = { careDate: c.date, age: c.age, scheme: c.scheme, level: String(c.level), setting: c.home ? 'home' : 'institution' };
  if (c.drawingPension !== undefined) raw['drawingPension'] = c.drawingPension;
  if (c.assessmentDate) raw['assessmentDate'] = c.assessmentDate;
  if (c.home?.price !== undefined) raw['hourlyPrice'] = fromHundredths(c.home.price);
  if (c.home?.months !== undefined) raw['continuousHomeCareMonths'] = c.home.months;
  if (c.home?.bonusChoice) raw['bonusChoice'] = c.home.bonusChoice;
  if (c.institution?.band) raw['institutionBand'] = c.institution.band;
  if (c.institution?.days !== undefined) raw['days'] = c.institution.days;
  if (c.institution?.charge !== undefined) raw['dailyCharge'] = fromHundredths(c.institution.charge);
  return raw;
}

const text = (v: unknown): fc.Arbitrary<unknown> => fc.constant(v);

/** A care case as a person or JSON caller types it. */
function toRaw(c: Care): fc.Arbitrary<Raw> {
  const p = plain(c);
  const forms: Record<string, fc.Arbitrary<unknown>> = {
    careDate: dateText(c.date),
    age: integerText(c.age),
    scheme: text(c.scheme),
    level: fc.constantFrom(String(c.level), c.level),
    setting: text(p['setting']),
  };
  if (c.drawingPension !== undefined) forms['drawingPension'] = booleanText(c.drawingPension);
  if (c.assessmentDate) forms['assessmentDate'] = dateText(c.assessmentDate);
  if (c.home?.price !== undefined) forms['hourlyPrice'] = decimalText(fromHundredths(c.home.price), { money: true });
  if (c.home?.months !== undefined) forms['continuousHomeCareMonths'] = integerText(c.home.months);
  if (c.home?.bonusChoice) forms['bonusChoice'] = text(c.home.bonusChoice);
  if (c.institution?.band) forms['institutionBand'] = text(c.institution.band);
  if (c.institution?.days !== undefined) forms['days'] = integerText(c.institution.days);
  if (c.institution?.charge !== undefined) forms['dailyCharge'] = decimalText(fromHundredths(c.institution.charge), { money: true });
  // One in five callers names the date of care `asOf`, as the issue did (the schema reads both).
  return fc.tuple(fc.record(forms) as fc.Arbitrary<Raw>, fc.integer({ min: 0, max: 4 })).map(([raw, n]) => {
    if (n > 0) return raw;
    const { careDate, ...rest } = raw;
    return { asOf: careDate, ...rest };
  });
}

const valid = care.chain(toRaw);

// ---------------------------------------------------------------- bad input, and the field it must be reported on

const put = (field: string, value: unknown) => (raw: Raw) => setPath(raw, field, value);
const home = (raw: Raw) => setPath(raw, 'setting', 'home');
const institution = (raw: Raw) => setPath(raw, 'setting', 'institution');

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  // careDate: not a date, outside 1990–2100, or before the scheme (2018-01-01). A month alone ("2025-9") is a date
  // here: the care month is read as its first day.
  fc
    .oneof(notADate.filter((v) => !(typeof v === 'string' && /^\d{4}-\d{1,2}$/.test(v))), blank, fc.constantFrom('1989-12-31', '2101-01-01'), isoDate('1990-01-01', '2017-12-31'))
    .map((v) => ({ slots: ['date'], field: 'careDate', apply: put('careDate', v) })),
  fc.oneof(blank, fc.constantFrom('-1', 131, '60.5', 75.5), notANumber).map((v) => ({ slots: ['age'], field: 'age', apply: put('age', v) })),
  fc.oneof(blank, fc.constantFrom('other', '职员', 'Employee', 1)).map((v) => ({ slots: ['scheme'], field: 'scheme', apply: put('scheme', v) })),
  fc.oneof(blank, notABoolean).map((v) => ({ slots: ['scheme'], field: 'drawingPension', apply: (raw: Raw) => setPath(setPath(raw, 'scheme', 'employee'), 'drawingPension', v) })),
  fc.oneof(blank, fc.constantFrom('7', '-1', 'five', '5.5', 8, '七级')).map((v) => ({ slots: ['level'], field: 'level', apply: put('level', v) })),
  fc.oneof(notADate, fc.constantFrom('1989-12-31', '2101-01-01')).map((v) => ({ slots: ['assessment'], field: 'assessmentDate', apply: put('assessmentDate', v) })),
  // An assessment after the date of care.
  fc.integer({ min: 1, max: 400 }).map((n) => ({
    slots: ['assessment', 'date'],
    field: 'assessmentDate',
    apply: (raw: Raw) => setPath(setPath(raw, 'careDate', '2025-10-15'), 'assessmentDate', addDays('2025-10-15', n)),
  })),
  fc.oneof(blank, fc.constantFrom('hospital', '医院', 2)).map((v) => ({ slots: ['setting'], field: 'setting', apply: put('setting', v) })),
  fc
    .oneof(fc.constantFrom('0', '-65', '10000.01', '65.123', '1e2'), notANumber)
    .map((v) => ({ slots: ['setting'], field: 'hourlyPrice', apply: (raw: Raw) => setPath(home(raw), 'hourlyPrice', v) })),
  fc
    .oneof(fc.constantFrom('-1', '1201', '1.5'), notANumber)
    .map((v) => ({ slots: ['setting'], field: 'continuousHomeCareMonths', apply: (raw: Raw) => setPath(home(raw), 'continuousHomeCareMonths', v) })),
  fc.constantFrom('both', 'Hours', '现金和时间').map((v) => ({ slots: ['setting'], field: 'bonusChoice', apply: (raw: Raw) => setPath(home(raw), 'bonusChoice', v) })),
  // Level 5–6 with a month or more of home care: the choice of hours or cash is needed.
  fc.tuple(fc.constantFrom('5', '6'), fc.integer({ min: 1, max: 1200 })).map(([level, months]) => ({
    slots: ['setting', 'level', 'date'],
    field: 'bonusChoice',
    apply: (raw: Raw) => {
      setPath(setPath(setPath(home(raw), 'level', level), 'continuousHomeCareMonths', months), 'bonusChoice', undefined);
      return setPath(raw, 'careDate', '2025-10-15');
    },
  })),
  fc.constantFrom('fourth', 'First', 3).map((v) => ({ slots: ['setting'], field: 'institutionBand', apply: (raw: Raw) => setPath(institution(raw), 'institutionBand', v) })),
  fc.oneof(fc.constantFrom('0', '-3', '32', '1.5'), notANumber).map((v) => ({ slots: ['setting'], field: 'days', apply: (raw: Raw) => setPath(institution(raw), 'days', v) })),
  // 31 days in a 30-day month.
  fc.constant({ slots: ['setting', 'date'], field: 'days', apply: (raw: Raw) => setPath(setPath(institution(raw), 'careDate', '2025-04-15'), 'days', 31) }),
  fc
    .oneof(fc.constantFrom('-1', '100000.01', '120.555'), notANumber)
    .map((v) => ({ slots: ['setting'], field: 'dailyCharge', apply: (raw: Raw) => setPath(institution(raw), 'dailyCharge', v) })),
);

const spoilt = spoil(care.map(plain), corruption);

// ---------------------------------------------------------------- rule invariants

const ok = (out: RunResult) => accepted<LongTermCareResult>(out);

const invariants = [
  invariant(
    'never paid under 60, at a level below 2, outside both schemes, or to an employee-scheme member not drawing a pension',
    care,
    (c, { estimate }) => {
      const r = ok(estimate(plain(c))).result;
      if (c.age < 60 || c.level < 2 || c.scheme === 'none' || (c.scheme === 'employee' && !c.drawingPension)) {
        assert.equal(r.eligible, false);
        assert.equal(r.fundPays, '0.00');
        assert.equal(r.cost, null);
        assert.ok(r.reasons.length > 0, 'no reason given');
      }
      if (!r.eligible) assert.equal(r.fundPays, '0.00');
    },
    { runs: 600 },
  ),
  invariant(
    'the fund never pays more than the cost; fund + self = cost',
    care,
    (c, { estimate }) => {
      const r = ok(estimate(plain(c))).result;
      if (r.cost !== null && r.fundPays !== null) assert.ok(fenOf(r.fundPays) <= fenOf(r.cost), `fund ${r.fundPays} > cost ${r.cost}`);
      if (r.cost !== null && r.fundPays !== null && r.selfPays !== null) assert.equal(fenOf(r.fundPays) + fenOf(r.selfPays), fenOf(r.cost));
    },
    { runs: 600 },
  ),
  invariant(
    'home care: a higher hourly price never lowers the cost or the fund payment',
    fc.tuple(care.filter((c) => c.home !== undefined), fenAmount(1_000_000), fenAmount(1_000_000)),
    ([c, p1, p2], { estimate }) => {
      const at = (price: number) => ok(estimate(plain({ ...c, home: { ...c.home, price } }))).result;
      const [a, b] = [at(Math.min(p1, p2)), at(Math.max(p1, p2))];
      if (a.cost === null || b.cost === null) return;
      assert.ok(fenOf(b.cost) >= fenOf(a.cost));
      assert.ok(fenOf(b.fundPays!) >= fenOf(a.fundPays!));
    },
    { runs: 400, inputsPerRun: 2 },
  ),
  invariant(
    'home care: a higher level never gives fewer hours',
    fc.tuple(care.filter((c) => c.home !== undefined), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 6 })),
    ([c, l1, l2], { estimate }) => {
      const at = (level: number) => ok(estimate(plain({ ...c, level, home: { ...c.home, bonusChoice: 'hours' } }))).result;
      const [a, b] = [at(Math.min(l1, l2)), at(Math.max(l1, l2))];
      if (a.monthlyHours === null || b.monthlyHours === null) return;
      assert.ok(Number(b.monthlyHours) >= Number(a.monthlyHours), `level ${Math.min(l1, l2)}: ${a.monthlyHours} h, level ${Math.max(l1, l2)}: ${b.monthlyHours} h`);
    },
    { runs: 400, inputsPerRun: 2 },
  ),
  invariant(
    'institutional care: the fund pays at most the daily standard and at most the charge, for each day',
    care.filter((c) => c.institution !== undefined),
    (c, { estimate }) => {
      const r = ok(estimate(plain(c))).result;
      if (r.fundPays === null || r.dailyStandard === null || !r.eligible) return;
      const days = r.days ?? r.daysInMonth;
      assert.ok(fenOf(r.fundPays) <= fenOf(r.dailyStandard) * days);
      if (c.institution?.charge !== undefined) assert.ok(fenOf(r.fundPays) <= c.institution.charge * days);
    },
    { runs: 500 },
  ),
  reportedOnItsField(spoilt, 800),
];

const arbitraries: CalculatorArbitraries = { valid, invalid: spoilt.map((s) => s.raw), invariants };
export default arbitraries;
