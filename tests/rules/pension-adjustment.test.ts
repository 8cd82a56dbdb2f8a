import { describe, expect, it } from 'vitest';
import { dec, run, valueAt } from '../../src/rules/engine';
import { coveredYears, pensionAdjustment, type PensionAdjustmentResult } from '../../src/rules/pension-adjustment';
import { adjustmentRules, paymentDates } from '../../src/rules/pension-adjustment/parameters';
import { adjustYear } from '../../src/rules/pension-adjustment/compute';

const AS_OF = '2026-11-28';

type Out = { result: PensionAdjustmentResult; steps: { key: string; values: Record<string, string>; params: { source: { doc: string; confidence: string } }[]; rounding?: unknown }[]; notices: { code: string; params?: Record<string, string> }[] };

/** A woman born 1965-03, retired 2015-06 at 50: below every age item of every year. */
const BASE = { retiredBy: '2015-06', decemberPension: '10000', contributionYears: { years: 40, months: 0 }, birthMonth: '1965-03', sex: 'female' };

function estimate(input: Record<string, unknown>, asOf = AS_OF): Out {
  const out = run(pensionAdjustment, { ...BASE, ...input }, asOf);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as unknown as Out;
}

function errors(input: Record<string, unknown>, asOf = AS_OF) {
  const out = run(pensionAdjustment, { ...BASE, ...input }, asOf);
  if (out.ok) throw new Error('expected errors');
  return out.errors;
}

const amount = (r: PensionAdjustmentResult, item: string) => r.components.find((c) => c.item === item)?.amount;
const codes = (o: Out) => o.notices.map((n) => n.code);

describe("each year's parameters against its notice (pension 10000, 40 full years, woman aged 50–60: no age item)", () => {
  // [year, source, flat, years part, percent part, increase]
  const cases: [number, string, string, string | undefined, string, string][] = [
    [2016, 'release: 80 / 2.5 per year / 2.5%', '80.00', '100.00', '250.00', '430.00'], // 80 + 2.5×40 + 10000×2.5%
    [2017, 'release: 60 / 2.5 (floor 37.5) / 2.5%', '60.00', '100.00', '250.00', '410.00'], // 60 + 100 + 250
    [2018, 'release: 60 / 2 (floor 30) / 2.1%', '60.00', '80.00', '210.00', '350.00'], // 60 + 2×40 + 210
    [2019, 'release: 60 / 2 (floor 30) / 2.2%', '60.00', '80.00', '220.00', '360.00'], // 60 + 80 + 220
    [2020, 'release: 75 / 1.5 (floor 22.5) / 2.3%', '75.00', '60.00', '230.00', '365.00'], // 75 + 1.5×40 + 230
    [2021, '沪人社规〔2021〕13号 （一）（二）: 70 / no years part / 3%', '70.00', undefined, '300.00', '370.00'], // 70 + 300
    [2022, '沪人社规〔2022〕26号 二（一）–（三）: 60 / 1 (floor 15) / 1.9%', '60.00', '40.00', '190.00', '290.00'], // 60 + 40 + 190
    [2023, '沪人社规〔2023〕10号 （一）–（三）: 61 / 1 (floor 15) / 1.8%', '61.00', '40.00', '180.00', '281.00'], // 61 + 40 + 180
    [2024, 'release: 61 / 1 (floor 15) / 1%', '61.00', '40.00', '100.00', '201.00'], // 61 + 40 + 100
    [2025, 'release: 50 / 0.5 (floor 7.5) / 0.53%', '50.00', '20.00', '53.00', '123.00'], // 50 + 0.5×40 + 53
  ];
  it.each(cases)('%i (%s)', (year, _doc, flat, years, percent, increase) => {
    const { result } = estimate({ year });
    expect(result.eligible).toBe(true);
    expect(amount(result, 'flat')).toBe(flat);
    expect(amount(result, 'years')).toBe(years);
    expect(amount(result, 'percent')).toBe(percent);
    expect(amount(result, 'age-tilt')).toBe('0.00');
    expect(result.increase).toBe(increase);
    expect(result.newPension).toBe(dec('10000').plus(increase).toFixed(2));
    expect(result.components.map((c) => c.kind)).toEqual(year === 2021 ? ['flat', 'percent', 'age'] : ['flat', 'years', 'percent', 'age']);
  });

  it('cites the document number where one was found', () => {
    const doc = (year: number) => estimate({ year }).steps.find((s) => s.key === 'pension-adjustment:flat')!.params[0]!.source.doc;
    expect(estimate({ year: 2021 }).steps[0]!.params[0]!.source.doc).toBe('沪人社规〔2021〕13号');
    expect(doc(2022)).toBe('沪人社规〔2022〕26号');
    expect(doc(2023)).toBe('沪人社规〔2023〕10号');
    expect(doc(2024)).toMatch(/文号未找到/);
    // 2021 headline items are confirmed by the bureau's own English release
    expect(estimate({ year: 2021 }).steps.find((s) => s.key === 'pension-adjustment:flat')!.params[0]!.source.confidence).toBe('official');
  });

  it('every year runs 1 January – 31 December; the floor, where found, is 15 × the rate per year', () => {
    for (const year of coveredYears(AS_OF)) {
      const l = valueAt(adjustmentRules, `${year}-06-30`, AS_OF);
      expect(l.entry.from).toBe(`${year}-01-01`);
      expect(l.to).toBe(`${year}-12-31`);
      expect(l.entry.published?.slice(0, 4)).toBe(String(year));
      const y = l.value.years;
      if ('floor' in y && y.floor) expect(dec(y.perYear).times(15).equals(y.floor)).toBe(true);
      expect(valueAt(paymentDates, `${year}-01-01`, AS_OF).value.enterprise.slice(0, 4)).toBe(String(year));
    }
    expect(coveredYears(AS_OF)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });
});

describe('worked examples (secondary: ye-su.cn / csshebao.com for 2025)', () => {
  it('4000 yuan, 30 years, aged 72 at end-2024 → 50 + 15 + 21.2 + 25 = 111.2', () => {
    const { result, notices } = estimate({ year: 2025, decemberPension: '4000', contributionYears: { years: 30 }, birthMonth: '1952-03', sex: 'male', retiredBy: '2012-04' });
    expect(result.components).toEqual([
      { kind: 'flat', item: 'flat', amount: '50.00' },
      { kind: 'years', item: 'years', amount: '15.00' }, // 0.5 × 30
      { kind: 'percent', item: 'percent', amount: '21.20' }, // 4000 × 0.53%, a whole number of jiao: no rounding notice
      { kind: 'age', item: 'age-tilt', amount: '25.00' }, // 70–74 band
    ]);
    expect(result.increase).toBe('111.20');
    expect(result.newPension).toBe('4111.20');
    expect(notices.map((n) => n.code)).not.toContain('rounding-not-seen');
  });

  it('5500 yuan, 25 years, under 70 → 50 + 12.5 + 29.15 = 91.65, with a notice that 2025 rounding was not seen', () => {
    const out = estimate({ year: 2025, decemberPension: '5500', contributionYears: { years: 25 } });
    expect(out.result.increase).toBe('91.65');
    expect(out.notices.find((n) => n.code === 'rounding-not-seen')?.params).toMatchObject({ exact: '29.15', amount: '29.15', up: '29.20' });
  });

  it('the same 5500 / 25 years case aged 70 or more → 116.65', () => {
    expect(estimate({ year: 2025, decemberPension: '5500', contributionYears: { years: 25 }, birthMonth: '1950-01', sex: 'female' }).result.increase).toBe('116.65');
  });
});

describe('floors of the years part (每满1年, full years only)', () => {
  const years = (year: number, y: number, months = 0) => amount(estimate({ year, contributionYears: { years: y, months } }).result, 'years');
  it('2017: 10 years → 25 raised to 37.5; 15 years → 37.5; 16 years → 40', () => {
    expect(years(2017, 10)).toBe('37.50');
    expect(years(2017, 15)).toBe('37.50');
    expect(years(2017, 16)).toBe('40.00');
  });
  it('2018–2019: 14 years → 28 raised to 30; 2020: 10 years → 15 raised to 22.5', () => {
    expect(years(2018, 14)).toBe('30.00');
    expect(years(2019, 14)).toBe('30.00');
    expect(years(2020, 10)).toBe('22.50');
    expect(years(2020, 16)).toBe('24.00');
  });
  it('2022–2024: 14 years 11 months counts as 14 → floor 15; 16 years → 16', () => {
    expect(years(2022, 14, 11)).toBe('15.00');
    expect(years(2023, 16, 11)).toBe('16.00');
    expect(years(2024, 0)).toBe('15.00');
  });
  it('2025: 12 years → 6 raised to 7.5; 15 years 6 months → 7.5; 17 years → 8.5', () => {
    expect(years(2025, 12)).toBe('7.50');
    expect(years(2025, 15, 6)).toBe('7.50');
    expect(years(2025, 17)).toBe('8.50');
  });
  it('2016: no floor found → 2.5 × 10 = 25, with a notice', () => {
    const out = estimate({ year: 2016, contributionYears: { years: 10, months: 11 } });
    expect(amount(out.result, 'years')).toBe('25.00');
    expect(codes(out)).toContain('floor-not-found');
    expect(out.steps.some((s) => s.key === 'pension-adjustment:years-no-floor')).toBe(true);
  });
  it('the floor step is named when the floor decides the amount', () => {
    expect(estimate({ year: 2022, contributionYears: { years: 3 } }).steps.some((s) => s.key === 'pension-adjustment:years-floor')).toBe(true);
    expect(estimate({ year: 2022, contributionYears: { years: 30 } }).steps.some((s) => s.key === 'pension-adjustment:years')).toBe(true);
  });
});

describe('rounding of the percentage part', () => {
  it('2022 二（三） 见分进角: 4321.37 × 1.9% = 82.10603 → 82.2; 4210.53 × 1.9% = 80.00007 → 80.1; 5000 × 1.9% = 95 stays', () => {
    expect(amount(estimate({ year: 2022, decemberPension: '4321.37' }).result, 'percent')).toBe('82.20');
    expect(amount(estimate({ year: 2022, decemberPension: '4210.53' }).result, 'percent')).toBe('80.10');
    expect(amount(estimate({ year: 2022, decemberPension: '5000' }).result, 'percent')).toBe('95.00');
    expect(estimate({ year: 2022, decemberPension: '4321.37' }).steps.find((s) => s.key === 'pension-adjustment:percent-up')?.rounding).toEqual({ places: 1, mode: 'up' });
  });
  it('2021 （五） 见分进角 for every increase: 4321.37 × 3% = 129.6411 → 129.7', () => {
    expect(amount(estimate({ year: 2021, decemberPension: '4321.37' }).result, 'percent')).toBe('129.70');
  });
  it('2024 (no clause seen): 4321.37 × 1% = 43.2137 → 43.21 to the fen, with the round-up alternative 43.3 in a notice', () => {
    const out = estimate({ year: 2024, decemberPension: '4321.37' });
    expect(amount(out.result, 'percent')).toBe('43.21');
    expect(out.notices.find((n) => n.code === 'rounding-not-seen')?.params).toMatchObject({ exact: '43.2137', up: '43.30' });
  });
});

describe('age items: age reached by 31 December of the previous year', () => {
  const tilt = (year: number, birthMonth: string, sex = 'female') => amount(estimate({ year, birthMonth, sex }).result, 'age-tilt');
  it('2023 bands (end-2022): 69 → 0, 70 → 25, 74 → 25, 75 → 35, 79 → 35, 80 → 45, 95 → 45', () => {
    expect(tilt(2023, '1953-01')).toBe('0.00'); // 2022 − 1953 = 69
    expect(tilt(2023, '1952-12')).toBe('25.00'); // 70, birthday in December still counts
    expect(tilt(2023, '1948-06')).toBe('25.00'); // 74
    expect(tilt(2023, '1947-06')).toBe('35.00'); // 75
    expect(tilt(2023, '1943-06')).toBe('35.00'); // 79
    expect(tilt(2023, '1942-06')).toBe('45.00'); // 80
    expect(tilt(2023, '1927-06')).toBe('45.00'); // 95
  });
  it('2022 二（四） bands by birth year: 1947–1951 → 25, 1942–1946 → 35, 1941 and before → 45', () => {
    expect(tilt(2022, '1952-06')).toBe('0.00');
    expect(tilt(2022, '1951-06')).toBe('25.00');
    expect(tilt(2022, '1947-06')).toBe('25.00');
    expect(tilt(2022, '1946-06')).toBe('35.00');
    expect(tilt(2022, '1942-06')).toBe('35.00');
    expect(tilt(2022, '1941-06')).toBe('45.00');
  });
  it('2019 (end-2018): women 60 → 20, women 59 → 0, men 65 → 20, men 64 → 0, men 60 → 0', () => {
    expect(tilt(2019, '1958-12', 'female')).toBe('20.00');
    expect(tilt(2019, '1959-01', 'female')).toBe('0.00');
    expect(tilt(2019, '1953-12', 'male')).toBe('20.00');
    expect(tilt(2019, '1954-01', 'male')).toBe('0.00');
    expect(tilt(2019, '1958-06', 'male')).toBe('0.00');
  });
  it('2016 and 2020 use the same women-60 / men-65 rule', () => {
    expect(tilt(2016, '1955-06', 'female')).toBe('20.00');
    expect(tilt(2016, '1951-06', 'male')).toBe('0.00');
    expect(tilt(2020, '1954-06', 'male')).toBe('20.00');
  });
});

describe('2021 extra items (沪人社规〔2021〕13号 （三）（四）)', () => {
  const r = (birthMonth: string, sex: string, extra: Record<string, unknown> = {}) => estimate({ year: 2021, birthMonth, sex, ...extra }).result;
  it('a woman born 1960 (turned 60 in 2020) gets 20 + 180; born 1961 gets neither', () => {
    expect(r('1960-11', 'female').components.filter((c) => c.kind === 'age').map((c) => [c.item, c.amount])).toEqual([
      ['age-tilt', '20.00'],
      ['reached-pension-age', '180.00'],
    ]);
    expect(r('1961-01', 'female').components.filter((c) => c.kind === 'age').map((c) => c.amount)).toEqual(['0.00']);
  });
  it('a man born 1955 gets 20 + 180; a man born 1956 gets nothing; a man born 1960 gets nothing', () => {
    expect(r('1955-06', 'male').increase).toBe('570.00'); // 70 + 300 + 20 + 180
    expect(r('1956-06', 'male').increase).toBe('370.00');
    expect(r('1960-06', 'male').increase).toBe('370.00');
  });
  it('turned 70 / 75 / 80 in 2020 → 20 + 20; aged 79 or 81 → 20 only', () => {
    expect(r('1950-03', 'male').increase).toBe('410.00'); // 370 + 20 + 20
    expect(r('1945-03', 'female').increase).toBe('410.00');
    expect(r('1940-03', 'male').increase).toBe('410.00');
    expect(r('1941-03', 'male').increase).toBe('390.00');
    expect(r('1939-03', 'male').increase).toBe('390.00');
  });
  it('pre-1949 old workers and uprising personnel: +200 when answered yes, a notice when not answered', () => {
    expect(amount(r('1930-03', 'male', { specialGroup: true }), 'special-group')).toBe('200.00');
    expect(r('1930-03', 'male', { specialGroup: true }).components.find((c) => c.item === 'special-group')?.kind).toBe('special');
    expect(amount(r('1930-03', 'male', { specialGroup: false }), 'special-group')).toBeUndefined();
    expect(codes(estimate({ year: 2021, birthMonth: '1930-03', sex: 'male' }))).toContain('special-group-ask');
  });
});

describe('2022 extra items (沪人社规〔2022〕26号 二（五）（六）)', () => {
  it('turned 60 (woman, born 1961) or 65 (man, born 1956) in 2021 → +150, no band', () => {
    expect(estimate({ year: 2022, birthMonth: '1961-12', sex: 'female' }).result.increase).toBe('440.00'); // 290 + 150
    expect(estimate({ year: 2022, birthMonth: '1956-01', sex: 'male' }).result.increase).toBe('440.00');
    expect(estimate({ year: 2022, birthMonth: '1961-06', sex: 'male' }).result.increase).toBe('290.00');
    expect(estimate({ year: 2022, birthMonth: '1956-06', sex: 'female' }).result.increase).toBe('290.00');
  });
  it('special groups +200 on top', () => {
    expect(estimate({ year: 2022, birthMonth: '1930-06', sex: 'male', specialGroup: 'true' }).result.increase).toBe('535.00'); // 290 + 45 + 200
  });
});

describe('2023–2025 reached-age items (additions fact sheet §1.3: one secondary page each, low confidence)', () => {
  // BASE: 10000, 40 years. 2023: 61 + 40 + 180 = 281; 2024: 61 + 40 + 100 = 201; 2025: 50 + 20 + 53 = 123 (the table above).
  it.each([
    // 2023: turned 60 (woman born 1962) / 65 (man born 1957) during 2022 → +120 (southmoney.com)
    [2023, '1962-08', 'female', '120.00', '401.00', '2023年调整（达龄增加，单一来源）'],
    [2023, '1957-08', 'male', '120.00', '401.00', '2023年调整（达龄增加，单一来源）'],
    // 2024: during 2023 → +90 (淘淘社保 2024-07-31)
    [2024, '1963-02', 'female', '90.00', '291.00', '2024年调整（达龄增加，单一来源）'],
    // 2025: during 2024 → +60 (csshebao.com)
    [2025, '1959-12', 'male', '60.00', '183.00', '2025年调整（达龄增加，单一来源）'],
  ])('%s, born %s (%s): +%s → %s in all, marked unverified', (year, birthMonth, sex, extra, increase, doc) => {
    const out = estimate({ year, birthMonth, sex });
    expect(amount(out.result, 'reached-pension-age')).toBe(extra);
    expect(out.result.increase).toBe(increase);
    const st = out.steps.find((s) => s.key === 'pension-adjustment:reached-pension-age')!;
    expect(st.params[0]?.source).toMatchObject({ doc, confidence: 'secondary' });
    expect(out.notices).toContainEqual({ code: 'reached-age-unverified', params: { year: String(year), previous: String(year - 1), amount: extra } });
  });

  it('a year too young or too old, or the other sex’s age: no item, no notice', () => {
    for (const [birthMonth, sex] of [['1962-08', 'male'], ['1963-01', 'female'], ['1961-12', 'female']] as const) {
      const out = estimate({ year: 2023, birthMonth, sex });
      expect(amount(out.result, 'reached-pension-age')).toBeUndefined();
      expect(codes(out)).not.toContain('reached-age-unverified');
    }
  });
});

describe('the year is a choice of the covered years', () => {
  it('options generated from the rules (2016–2025), the latest to start with; 2026 stays not covered', () => {
    const year = pensionAdjustment.fields.find((f) => f.name === 'year')!;
    expect(year).toMatchObject({ kind: 'choice', options: ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'], default: '2025' });
    expect(errors({ year: 2026 })).toEqual([{ field: 'year', code: 'date-not-covered', params: { from: '2016', to: '2025' } }]);
    // never carried forward: each year's parts are new
    expect(adjustmentRules.carryForward).toBeUndefined();
  });
});

describe('years whose later items were not seen', () => {
  it('2016–2020 and 2023–2025 carry a notice; 2021 and 2022 (full text seen) do not', () => {
    for (const year of [2016, 2020, 2023, 2024, 2025]) expect(codes(estimate({ year }))).toContain('later-items-not-seen');
    for (const year of [2021, 2022]) expect(codes(estimate({ year }))).not.toContain('later-items-not-seen');
  });
  it('a special-group answer in a year without that item seen gives a notice and no component', () => {
    const out = estimate({ year: 2024, specialGroup: true });
    expect(codes(out)).toContain('special-group-not-seen');
    expect(out.result.increase).toBe('201.00');
  });
  it('the 机关事业 base notice for 2016–2021 only', () => {
    expect(codes(estimate({ year: 2021 }))).toContain('institution-base');
    expect(codes(estimate({ year: 2022 }))).not.toContain('institution-base');
  });
});

describe('who is covered: retired by 31 December of the previous year', () => {
  it('retired in December or January of the previous year → covered', () => {
    expect(estimate({ year: 2024, retiredBy: '2023-12' }).result.eligible).toBe(true);
    expect(estimate({ year: 2024, retiredBy: '2023-01' }).result.eligible).toBe(true);
  });
  it('retired during the year itself, or later → not covered, no increase', () => {
    for (const retiredBy of ['2024-01', '2024-07', '2025-02']) {
      const out = estimate({ year: 2024, retiredBy, decemberPension: '4000' });
      expect(out.result).toEqual({ year: 2024, eligible: false, reasons: ['retired-after-cutoff'], components: [], increase: '0.00', newPension: '4000.00', known: 'december', history: [] });
      expect(codes(out)).toContain('new-retiree');
    }
  });
});

describe('back pay (payment dates from news reports: secondary)', () => {
  it('2025: paid 2025-07-28 → January to July, 7 × 111.2 = 778.4', () => {
    const { result } = estimate({ year: 2025, decemberPension: '4000', contributionYears: { years: 30 }, birthMonth: '1952-03', sex: 'male', retiredBy: '2012-04' });
    expect(result.backPay).toEqual({ paidOn: '2025-07-28', from: '2025-01', to: '2025-07', months: 7, amount: '778.40', confidence: 'secondary' });
  });
  it('2021: paid 2021-05-18 → 5 × 370 = 1850; the later 机关事业 date in a notice', () => {
    const out = estimate({ year: 2021 });
    expect(out.result.backPay).toMatchObject({ months: 5, amount: '1850.00' });
    expect(out.notices.find((n) => n.code === 'back-pay-estimate-institution')?.params?.['institution']).toBe('2021-06-20');
  });
  it('none for a person not covered', () => {
    expect(estimate({ year: 2025, retiredBy: '2025-03' }).result.backPay).toBeUndefined();
  });
});

describe('years not covered, and rules as of a date', () => {
  it('2026 (no notice found) and 2015 are not covered; the message names 2016–2025', () => {
    expect(errors({ year: 2026 })).toEqual([{ field: 'year', code: 'date-not-covered', params: { from: '2016', to: '2025' } }]);
    expect(errors({ year: 2015 })).toEqual([{ field: 'year', code: 'date-not-covered', params: { from: '2016', to: '2025' } }]);
  });
  it('the 2025 release (2025-07-24) is unknown the day before; the 2022 notice (2022-07-11) likewise', () => {
    expect(errors({ year: 2025 }, '2025-07-23')).toEqual([{ field: 'year', code: 'date-not-covered', params: { from: '2016', to: '2024' } }]);
    expect(estimate({ year: 2025 }, '2025-07-24').result.increase).toBe('123.00');
    expect(errors({ year: 2022 }, '2022-07-10')[0]).toMatchObject({ field: 'year', code: 'date-not-covered' });
    expect(estimate({ year: 2022 }, '2022-07-11').result.increase).toBe('290.00');
  });
});

describe('bad input → field errors, never exceptions', () => {
  it('collects every problem at once', () => {
    const errs = errors({ year: 'abc', retiredBy: '2005-13', decemberPension: '-5', contributionYears: { years: 'x', months: 12 }, birthMonth: '', sex: 'x' });
    expect(errs.map((e) => [e.field, e.code])).toEqual([
      ['year', 'not-a-number'],
      ['retiredBy', 'invalid-month'],
      ['decemberPension', 'out-of-range'],
      ['contributionYears.years', 'not-a-number'],
      ['contributionYears.months', 'out-of-range'],
      ['birthMonth', 'required'],
      ['sex', 'invalid-choice'],
    ]);
  });
  it('missing fields are required; a pension of 0 or with 3 decimals is refused', () => {
    const out = run(pensionAdjustment, {}, AS_OF);
    expect(out.ok ? [] : out.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['year:required', 'retiredBy:required', 'decemberPension:required', 'contributionYears.years:required', 'birthMonth:required', 'sex:required']);
    expect(errors({ year: 2025, decemberPension: '0' })[0]).toMatchObject({ field: 'decemberPension', code: 'out-of-range' });
    expect(errors({ year: 2025, decemberPension: '4000.123' })[0]).toMatchObject({ field: 'decemberPension', code: 'too-many-decimals' });
    expect(errors({ year: 2025.5 })[0]).toMatchObject({ field: 'year', code: 'not-an-integer' });
  });
  it('a pension that starts before birth, or more contribution time than years lived, is inconsistent', () => {
    expect(errors({ year: 2025, retiredBy: '1960-01', birthMonth: '1965-03' })).toEqual([{ field: 'retiredBy', code: 'inconsistent' }]);
    expect(errors({ year: 2025, retiredBy: '2005-01', birthMonth: '1965-03', contributionYears: { years: 40 } })).toEqual([{ field: 'contributionYears.years', code: 'inconsistent' }]);
  });
  it('reads what a person types: full-width digits, 2025年, "5,200元", yes/no in Chinese', () => {
    const { result } = estimate({ year: '２０２５', retiredBy: '2005年6月', decemberPension: '5,200元', contributionYears: { years: '３２', months: '' }, birthMonth: '1950/5', sex: 'female', specialGroup: '否' });
    // 50 + 0.5 × 32 + 5200 × 0.53% (= 27.56) + 25 (aged 74 at end-2024)
    expect(result.increase).toBe('118.56');
  });
  it('the example input runs and covers the main path', () => {
    const out = run(pensionAdjustment, pensionAdjustment.example, AS_OF);
    expect(out.ok).toBe(true);
    if (out.ok) expect((out.result as PensionAdjustmentResult).increase).toBe('118.56');
  });
});

describe('from the pension received now: the history worked back', () => {
  /** The woman of the calculator's example: born 1950-05, retired 2005-06, 32 years 4 months. */
  const HER = { retiredBy: '2005-06', contributionYears: { years: 32, months: 4 }, birthMonth: '1950-05', sex: 'female' as const };
  const now = (currentPension: string, year = 2025, who: Record<string, unknown> = HER) => estimate({ ...who, knownPension: 'current', currentPension, year, decemberPension: undefined });

  it('5200 now (after the 2025 increase): December 2024 was 5082.07, December 2023 4914.92', () => {
    const { result, steps } = now('5200');
    const rows = result.history;
    expect(rows.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const [y2024, y2025] = rows.slice(-2) as [(typeof rows)[0], (typeof rows)[0]];
    // 2025: 50 + 0.5 × 32 = 16 + 25 (aged 74 at end-2024) = 91 fixed; B + 91 + B × 0.53% (to the fen) = 5200
    // B = 5109 ÷ 1.0053 ≈ 5082.07: 5082.07 × 0.0053 = 26.934971 → 26.93; 5082.07 + 91 + 26.93 = 5200.00
    expect(y2025).toMatchObject({ before: '5082.07', increase: '117.93', after: '5200.00', parts: { flat: '50.00', years: '16.00', percent: '26.93', age: '25.00', special: '0.00' } });
    // 2024: 61 + 32 + 25 (aged 73) = 118 fixed; B + 118 + B × 1% = 5082.07 → B = 4964.07 ÷ 1.01 ≈ 4914.92: 49.1492 → 49.15
    expect(y2024).toMatchObject({ before: '4914.92', increase: '167.15', after: '5082.07' });
    // share of the pension before: 117.93 ÷ 5082.07 = 2.3205 % → 2.32; 167.15 ÷ 4914.92 = 3.4009 % → 3.40
    expect([y2024.share, y2025.share]).toEqual(['3.40', '2.32']);
    // back pay: 2025 paid 2025-07-28, 7 × 117.93 = 825.51; 2024 paid 2024-07-25, 7 × 167.15 = 1170.05
    expect([y2024.backPay, y2025.backPay]).toEqual(['1170.05', '825.51']);
    // the result is the 2025 year's, the pension now the one she gave
    expect(result).toMatchObject({ known: 'current', year: 2025, eligible: true, increase: '117.93', newPension: '5200.00', start: { month: '2015-12', pension: rows[0]!.before } });
    expect(result.start!.growth).toBe(dec('5200').minus(rows[0]!.before).toFixed(2));
    expect(steps[0]!.key).toBe('pension-adjustment:worked-back');
    expect(rows.every((r) => !r.high && !r.gap)).toBe(true);
  });

  it('each row chains: the pension after one year is the December pension before the next', () => {
    const rows = now('5200').result.history;
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.before).toBe(rows[i - 1]!.after);
    for (const r of rows) expect(dec(r.before).plus(r.increase).toFixed(2)).toBe(r.after);
  });

  // The round trip: a December pension in any covered year, run forward year by year with the December path,
  // then worked back from the last pension with the path from today's pension, gives back every year's figure.
  const people: Record<string, unknown>[] = [
    HER,
    { retiredBy: '2012-04', contributionYears: { years: 30, months: 0 }, birthMonth: '1952-03', sex: 'male' },
    { retiredBy: '2015-06', contributionYears: { years: 10, months: 6 }, birthMonth: '1965-03', sex: 'female' }, // below the years floors
    { retiredBy: '2000-01', contributionYears: { years: 45, months: 0 }, birthMonth: '1935-01', sex: 'male' }, // 80+ throughout
  ];
  const starts = ['1500.00', '3087.46', '4999.99', '6543.21', '12000.50'];
  const years = coveredYears(AS_OF);
  it.each(years.flatMap((from) => starts.map((pension, i) => [from, pension, people[i % people.length]!] as const)))(
    'forward from December %i − 1 at %s, back from the last pension: the same history',
    (from, pension, who) => {
      const forward: PensionAdjustmentResult[] = [];
      let december = pension;
      for (let year = from; year <= years[years.length - 1]!; year++) {
        const r = estimate({ ...who, knownPension: 'december', year, decemberPension: december }).result;
        forward.push(r);
        december = r.newPension;
      }
      const back = now(december, years[years.length - 1]!, who).result.history.filter((r) => r.year >= from);
      expect(back.map((r) => [r.year, r.before, r.increase, r.after])).toEqual(forward.map((r) => [r.year, dec(r.newPension).minus(r.increase).toFixed(2), r.increase, r.newPension]));
      expect(back[0]!.before).toBe(pension);
    },
  );

  it('one fen more before is always at least one fen more after, so a December pension that exists is unique', () => {
    // every covered year, pensions around 5000: f(b + 0.01) > f(b)
    for (const year of years) {
      let last = '';
      for (let fen = 499_950; fen <= 500_050; fen++) {
        const after = adjustYear({ ...HER, retiredBy: '2005-06', birthMonth: '1950-05', sex: 'female', year, decemberPension: dec(fen).dividedBy(100) }, AS_OF).result.newPension;
        if (last) expect(dec(after).greaterThan(last)).toBe(true);
        last = after;
      }
    }
  });

  it('2021 rounds up to the jiao, so 5220.05 cannot follow any December 2020 pension: the two either side, and a range before', () => {
    // A woman aged 55 at end-2020 (born 1965), 40 years: 2021 is 70 + 3 % up to the jiao, no age item.
    const young = { retiredBy: '2015-06', contributionYears: { years: 40, months: 0 }, birthMonth: '1965-03', sex: 'female' };
    const { result, notices } = now('5220.05', 2021, young);
    const [y2020, y2021] = result.history.slice(-2) as [(typeof result.history)[0], (typeof result.history)[0]];
    // 5000.00 × 3 % = 150.0 → 5220.00; 5000.01 × 3 % = 150.0003 → 150.1 → 5220.11: nothing in between
    expect(y2021).toMatchObject({ year: 2021, gap: true, before: '5000.00', after: '5220.00', high: { before: '5000.01', after: '5220.11' } });
    expect(notices).toContainEqual({ code: 'history-gap', params: { year: '2021', after: '5220.05', low: '5000.00', lowAfter: '5220.00', high: '5000.01', highAfter: '5220.11' } });
    // 2020: 75 + 1.5 × 40 = 60, fixed 135; B + 135 + B × 2.3 % (to the fen) ∈ [5000.00, 5000.01]:
    // 4755.62 × 0.023 = 109.37926 → 109.38 → 5000.00; 4755.63 → 109.37949 → 109.38 → 5000.01: a range of two
    expect(y2020).toMatchObject({ year: 2020, before: '4755.62', after: '5000.00', high: { before: '4755.63', after: '5000.01' } });
    expect(y2020.gap).toBeUndefined();
    expect(notices).toContainEqual({ code: 'history-range', params: { year: '2020', low: '4755.62', high: '4755.63' } });
    expect(result.start?.high).toBeDefined();
  });

  it('a pension that started during the history: the first row is the first year that covers her', () => {
    // retired 2019-03: not in the 2019 (cut-off 2018-12) or 2020 (2019-12 … she retired in 2019, so 2020 covers her)
    const { result, notices } = now('5200', 2025, { ...HER, retiredBy: '2019-03' });
    expect(result.history[0]!.year).toBe(2020);
    expect(result.start!.month).toBe('2019-12');
    expect(notices.map((n) => n.code)).not.toContain('history-before-coverage');
    expect(codes(now('5200'))).toContain('history-before-coverage');
  });

  it('retired during the year before: the year does not cover her, no history', () => {
    const { result } = now('5200', 2025, { ...HER, retiredBy: '2025-03' });
    expect(result).toMatchObject({ eligible: false, reasons: ['retired-after-cutoff'], history: [], newPension: '5200.00' });
  });

  it('a pension below what any December pension gives after the year (2025: at least 50 + 16 + 25 + 0.01): said so', () => {
    const { result, notices } = now('80');
    expect(result).toMatchObject({ eligible: false, reasons: ['pension-too-low'], history: [] });
    // 0.01 + 91 + 0.00 = 91.01
    expect(notices).toContainEqual({ code: 'history-too-low', params: { year: '2025', after: '80.00', least: '91.01' } });
  });

  it('the December path keeps its figures and adds the history worked back from the December pension', () => {
    const { result } = estimate({ ...HER, knownPension: 'december', year: 2025, decemberPension: '5200' });
    expect(result).toMatchObject({ known: 'december', increase: '118.56', newPension: '5318.56' });
    expect(result.history.slice(-2).map((r) => [r.year, r.after])).toEqual([[2024, '5200.00'], [2025, '5318.56']]);
    // links and files without the choice read a December pension as before
    expect(estimate({ ...HER, year: 2025, decemberPension: '5200' }).result.known).toBe('december');
  });

  it('the current pension is asked for on its path; a bad amount is reported at its field', () => {
    expect(errors({ ...HER, knownPension: 'current', year: 2025, decemberPension: undefined }).map((e) => [e.field, e.code])).toEqual([['currentPension', 'required']]);
    expect(errors({ ...HER, knownPension: 'current', currentPension: 'abc', year: 2025 }).map((e) => e.field)).toEqual(['currentPension']);
  });
});
