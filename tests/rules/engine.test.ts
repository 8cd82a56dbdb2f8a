import { describe, expect, it } from 'vitest';
import { carriedForwardNotices, coveredRanges, dec, defineParameter, NotCoveredError, step, parseDateText, parseDecimalText, parseMonthText, round, valueAt, yuan, InputReader } from '../../src/rules/engine';
import { loadAll } from '../../src/rules/registry';

const p = defineParameter<string>({
  id: 'test.p',
  unit: 'CNY/month',
  values: [
    { from: '2020-07-01', value: '10', source: { doc: 'A', title: 'a', confidence: 'official' } },
    { from: '2021-07-01', published: '2021-06-20', value: '20', source: { doc: 'B', title: 'b', confidence: 'official' } },
    { from: '2022-07-01', value: null, source: { doc: 'gap', title: 'gap', confidence: 'secondary' } },
    { from: '2023-07-01', until: '2024-06-30', value: '30', source: { doc: 'C', title: 'c', confidence: 'secondary' } },
  ],
});

describe('dated parameters', () => {
  it('finds the value in force on a date', () => {
    expect(valueAt(p, '2020-07-01').value).toBe('10');
    expect(valueAt(p, '2021-06-30').value).toBe('10');
    expect(valueAt(p, '2021-07-01').value).toBe('20');
    expect(valueAt(p, '2021-07-01').to).toBe('2022-06-30');
    expect(valueAt(p, '2024-06-30').value).toBe('30');
  });

  it('raises a typed not-covered error naming the covered ranges, before, in a gap, and after `until`', () => {
    for (const date of ['2020-06-30', '2022-07-01', '2023-06-30', '2024-07-01']) {
      expect(() => valueAt(p, date)).toThrow(NotCoveredError);
    }
    let error: unknown;
    try {
      valueAt(p, '2022-08-01');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotCoveredError);
    expect((error as NotCoveredError).covered).toEqual([
      { from: '2020-07-01', to: '2022-06-30' },
      { from: '2023-07-01', to: '2024-06-30' },
    ]);
  });

  it('hides values not yet published on the as-of date', () => {
    expect(valueAt(p, '2021-08-01', '2021-06-19').value).toBe('10');
    expect(valueAt(p, '2021-08-01', '2021-06-20').value).toBe('20');
    expect(coveredRanges(p, '2021-01-01')).toEqual([{ from: '2020-07-01' }]);
  });
});

describe('every timeline of every calculator', () => {
  it('is sorted by date, has no duplicate dates, and every value carries a source', async () => {
    const calcs = await loadAll();
    const params = calcs.flatMap((c) => c.parameters);
    expect(params.length).toBeGreaterThan(0);
    for (const param of params) {
      const froms = param.values.map((v) => v.from);
      expect([...froms].sort(), param.id).toEqual(froms);
      expect(new Set(froms).size, param.id).toBe(froms.length);
      for (const v of param.values) {
        expect(v.source.doc.length, `${param.id} ${v.from}`).toBeGreaterThan(0);
        expect(v.source.title.length, `${param.id} ${v.from}`).toBeGreaterThan(0);
        expect(['official', 'secondary']).toContain(v.source.confidence);
        if (v.until) expect(v.until >= v.from, `${param.id} ${v.from}`).toBe(true);
      }
    }
  });
});

describe('money', () => {
  it('rounds only as a rule declares, in the declared direction', () => {
    expect(round(dec('29.15'), { places: 1, mode: 'up' }).toString()).toBe('29.2');
    expect(round(dec('29.14'), { places: 1, mode: 'half-up' }).toString()).toBe('29.1');
    expect(round(dec('29.15'), { places: 1, mode: 'down' }).toString()).toBe('29.1');
    // 0.1 + 0.2 is exact in decimal, unlike floats
    expect(yuan(dec('0.1').plus('0.2'))).toBe('0.30');
  });

  it('refuses to format a value with more than two decimals', () => {
    expect(() => yuan(dec('1.005'))).toThrow();
  });
});

describe('input parsing', () => {
  it('reads numbers the way people type them', () => {
    expect(parseDecimalText('１２３．５')).toEqual(dec('123.5'));
    expect(parseDecimalText('1,234.50')).toEqual(dec('1234.5'));
    expect(parseDecimalText(' 2305元 ')).toEqual(dec('2305'));
    expect(parseDecimalText('¥88')).toEqual(dec('88'));
    expect(parseDecimalText(3.5)).toEqual(dec('3.5'));
  });

  it('names what is wrong instead of throwing', () => {
    expect(parseDecimalText('')).toBe('required');
    expect(parseDecimalText('abc')).toBe('not-a-number');
    expect(parseDecimalText('1,23')).toBe('not-a-number');
    expect(parseDecimalText('1e5')).toBe('not-a-number');
    expect(parseDecimalText('9'.repeat(50))).toBe('too-long');
    expect(parseDecimalText(Number.NaN)).toBe('not-a-number');
    expect(parseDecimalText({})).toBe('not-a-number');
  });

  it('reads dates and months in common Chinese and ISO forms', () => {
    expect(parseDateText('2025-09-15')).toBe('2025-09-15');
    expect(parseDateText('2025/9/5')).toBe('2025-09-05');
    expect(parseDateText('２０２５年９月１５日')).toBe('2025-09-15');
    expect(parseDateText('2025-02-29')).toBe('invalid-date');
    expect(parseDateText('2024-02-29')).toBe('2024-02-29');
    expect(parseMonthText('1966年3月')).toBe('1966-03');
    expect(parseMonthText('1966-13')).toBe('invalid-month');
  });

  it('collects every field problem at once', () => {
    const r = new InputReader({ a: '-1', b: 'x' });
    r.decimal('a', { min: 0, max: 10 });
    r.date('b');
    r.boolean('c');
    expect(r.done({})).toEqual({
      ok: false,
      errors: [
        { field: 'a', code: 'out-of-range', params: { min: '0', max: '10' } },
        { field: 'b', code: 'invalid-date' },
        { field: 'c', code: 'required' },
      ],
    });
  });
});

describe('carried-forward figures (Parameter.carryForward)', () => {
  const src = (doc: string) => ({ doc, title: doc, confidence: 'official' as const });
  // A medical-year figure sourced for MY2024-25 and MY2025-26, then "not found": it may carry one year, to 2027-06-30.
  const my = defineParameter<string>({
    id: 'test.my',
    unit: 'CNY',
    carryForward: { period: 'medical-year' },
    values: [
      { from: '2024-07-01', value: '500', source: src('MY2024') },
      { from: '2025-07-01', until: '2026-06-30', value: '500', source: src('MY2025') },
      { from: '2026-07-01', value: null, source: src('not found') },
    ],
  });

  it('returns the last value in the next period, marked, with the document it comes from', () => {
    const l = valueAt(my, '2026-12-02');
    expect(l.value).toBe('500');
    expect(l.entry.source.doc).toBe('MY2025');
    expect(l.carriedForward).toEqual({ period: 'medical-year', from: '2026-07-01', to: '2027-06-30', sourcedTo: '2026-06-30' });
    expect(valueAt(my, '2026-06-30').carriedForward).toBeUndefined();
  });

  it('stops at the end of that one period', () => {
    expect(valueAt(my, '2027-06-30').carriedForward?.to).toBe('2027-06-30');
    expect(() => valueAt(my, '2027-07-01')).toThrow(NotCoveredError);
    expect(coveredRanges(my)).toEqual([{ from: '2024-07-01', to: '2027-06-30' }]);
  });

  // Published late, applying from 2026-07-01: once known, it replaces the carried value.
  it('gives way to a sourced value once it is published (rules as of a date)', () => {
    const later = defineParameter<string>({
      ...my,
      values: [...my.values.filter((v) => v.value !== null), { from: '2026-07-01', published: '2026-08-20', value: '450', source: src('MY2026') }],
    });
    // Read on 2026-08-01 the notice is not yet out: the 2025 value carries forward.
    expect(valueAt(later, '2026-12-02', '2026-08-01').value).toBe('500');
    expect(valueAt(later, '2026-12-02', '2026-08-01').carriedForward).toBeDefined();
    // Read after publication: the sourced value, not carried.
    expect(valueAt(later, '2026-12-02', '2026-09-01').value).toBe('450');
    expect(valueAt(later, '2026-12-02', '2026-09-01').carriedForward).toBeUndefined();
  });

  it('carries a calendar-year figure into the next calendar year only', () => {
    const cy = defineParameter<string>({ id: 'test.cy', unit: 'CNY', carryForward: { period: 'calendar-year' }, values: [{ from: '2025-01-01', until: '2025-12-31', value: '300', source: src('2025') }] });
    expect(valueAt(cy, '2026-01-01').carriedForward?.to).toBe('2026-12-31');
    expect(() => valueAt(cy, '2027-01-01')).toThrow(NotCoveredError);
  });

  it('never carries a parameter that does not declare it', () => {
    expect(() => valueAt(p, '2024-07-01')).toThrow(NotCoveredError);
  });
});

describe('carried-forward notices (carriedForwardNotices, added by run())', () => {
  const src = { doc: 'MY2025', title: 'MY2025', confidence: 'official' as const };
  const carried = { id: 'x.a', unit: 'CNY' as const, from: '2025-07-01', value: '500', source: src, carriedForward: { period: 'medical-year' as const, from: '2026-07-01', to: '2027-06-30', sourcedTo: '2026-06-30' } };
  it('one notice per carried parameter, however many steps used it; none for sourced values', () => {
    const sourced = { id: 'x.b', unit: 'CNY' as const, from: '2025-07-01', value: '500', source: src };
    const steps = [step('n:a', {}, { params: [carried] }), step('n:b', {}, { params: [carried, sourced] }), step('n:c', {}, { params: [{ ...carried, id: 'x.c' }] })];
    expect(carriedForwardNotices(steps)).toEqual([
      { code: 'carried-forward', params: { parameter: 'x.a', period: '2026-07-01/2027-06-30', from: '2026-07-01', to: '2027-06-30', sourcedTo: '2026-06-30', doc: 'MY2025' } },
      { code: 'carried-forward', params: { parameter: 'x.c', period: '2026-07-01/2027-06-30', from: '2026-07-01', to: '2027-06-30', sourcedTo: '2026-06-30', doc: 'MY2025' } },
    ]);
    // a notice already given for a parameter is not repeated
    expect(carriedForwardNotices(steps, [{ code: 'carried-forward', params: { parameter: 'x.a' } }]).map((n) => n.params?.['parameter'])).toEqual(['x.c']);
  });
});
