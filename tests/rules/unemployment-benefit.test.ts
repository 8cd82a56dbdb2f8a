import { describe, expect, it } from 'vitest';
import { run, valueAt } from '../../src/rules/engine';
import { minimumLivingStandard, minimumWage } from '../../src/rules/shared/wage-floors';
import { unemploymentBenefit } from '../../src/rules/unemployment-benefit';
import type { UnemploymentResult } from '../../src/rules/unemployment-benefit';

const AS_OF = '2026-11-28';

function estimate(input: Record<string, unknown>, asOf = AS_OF) {
  const out = run(unemploymentBenefit, { involuntary: true, registered: true, ...input }, asOf);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as { result: UnemploymentResult; steps: { key: string; values: Record<string, string>; params: { id: string; value: string; source: { doc: string; confidence: string; inferred?: boolean } }[] }[]; notices: { code: string }[] };
}

function amounts(r: UnemploymentResult) {
  return r.payments.map((p) => `${p.month} ${p.phase} ${p.amount}`);
}

describe('flat standards by notice (each month at the standard in force that month)', () => {
  // [claim date, notice, months 1–12, months 13–24] — the first payment month is the month after the claim.
  const cases: [string, string, string, string][] = [
    ['2020-07-10', '沪人社规〔2020〕13号', '1895.00', '1516.00'],
    ['2021-07-10', '沪人社规〔2021〕21号', '1975.00', '1580.00'],
    ['2022-07-10', '沪人社规〔2022〕21号', '2055.00', '1644.00'],
    ['2023-07-10', '沪人社规〔2023〕17号', '2175.00', '1740.00'],
    ['2024-07-10', '沪人社规〔2024〕13号', '2255.00', '1804.00'],
    ['2025-07-10', '沪人社规〔2025〕9号', '2305.00', '1844.00'],
    ['2026-07-10', '沪人社规〔2026〕7号', '2340.00', '1872.00'],
  ];
  it.each(cases)('claim %s under %s: first month %s', (claimDate, doc, first) => {
    const { result, steps } = estimate({ claimDate, contributionYears: '1' });
    expect(steps.find((s) => s.key === 'unemployment-benefit:standard')?.params.find((p) => p.id === 'unemployment.standard')?.source.doc).toBe(doc);
    // 1 full year → 2 months, both inside the same July–June standard year
    expect(result.months).toBe(2);
    expect(result.payments.map((p) => p.amount)).toEqual([first, first]);
  });

  it.each(cases)('months 13–24 of a claim made 12 months before %s', (claimDate, _doc, _first, second) => {
    // a claim accepted 12 months earlier has its 13th payment in the month after claimDate
    const year = Number(claimDate.slice(0, 4)) - 1;
    const { result } = estimate({ claimDate: `${year}${claimDate.slice(4)}`, contributionYears: '13' });
    expect(result.payments[12]).toMatchObject({ phase: 'months-13-24', amount: second });
  });
});

describe('fact sheet worked cases', () => {
  it('case A: 3.5 years, accepted 2025-09 → 6 months, 2025-10 to 2026-03, all at 2305 (沪人社规〔2025〕9号)', () => {
    const { result } = estimate({ claimDate: '2025-09-15', contributionYears: '3.5' });
    expect(result.eligible).toBe(true);
    expect(result.months).toBe(6); // min(2 × floor(3.5), 24) = 6
    expect(result.payments.map((p) => p.month)).toEqual(['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    expect(new Set(result.payments.map((p) => p.amount))).toEqual(new Set(['2305.00']));
    expect(result.total).toBe('13830.00'); // 6 × 2305
  });

  it('case C: 15 years → 24 months (cap), 3 years kept (沪人社规〔2026〕18号 第六条)', () => {
    const { result, steps } = estimate({ claimDate: '2026-09-01', contributionYears: '15' });
    expect(result.months).toBe(24);
    expect(steps.find((s) => s.key === 'unemployment-benefit:duration-capped')?.values['keptYears']).toBe('3');
  });

  it('case D: 2016 table, 12 years, age 47 → 1520 then 1216 (沪人社就发〔2016〕13号)', () => {
    // Accepted 2016-04-05 → payments 2016-05 … ; the 2016 table is covered to 2017-03 (2017-04 table not found)
    const { result } = estimate({ claimDate: '2016-04-05', contributionYears: '12', ageAtUnemployment: 47 });
    expect(result.payments[0]).toEqual({ month: '2016-05', phase: 'months-1-12', amount: '1520.00' });
    expect(result.payments[10]).toEqual({ month: '2017-03', phase: 'months-1-12', amount: '1520.00' });
  });

  it('case E: 2016 table, 6 years, age 30 → 1415', () => {
    const { result } = estimate({ claimDate: '2016-04-05', contributionYears: '6', ageAtUnemployment: 30 });
    expect(result.months).toBe(12);
    expect(result.payments[0]?.amount).toBe('1415.00');
  });

  it('2016 table row edges: 10 years at 44 → 1470; 10 years at 45 → 1520; 25 years at 30 → 1520; 9.99 years at 35 → 1470', () => {
    const first = (contributionYears: string, ageAtUnemployment: number) =>
      estimate({ claimDate: '2016-06-01', contributionYears, ageAtUnemployment }).result.payments[0]?.amount;
    expect(first('10', 44)).toBe('1470.00');
    expect(first('10', 45)).toBe('1520.00');
    expect(first('25', 30)).toBe('1520.00');
    expect(first('9.99', 35)).toBe('1470.00');
    expect(first('9.99', 34)).toBe('1415.00');
  });

  it('months of a 2016 claim after 2017-03 are not covered and left out of the total', () => {
    const { result, notices } = estimate({ claimDate: '2016-04-05', contributionYears: '12', ageAtUnemployment: 47 });
    expect(result.payments[11]).toEqual({ month: '2017-04', phase: 'months-1-12', amount: null });
    expect(result.notCoveredMonths).toHaveLength(13); // 2017-04 … 2018-04
    expect(result.total).toBe('16720.00'); // 11 × 1520
    expect(notices.map((n) => n.code)).toContain('months-not-covered');
  });
});

describe('a claim that crosses 1 July is paid at two standards', () => {
  it('accepted 2026-03-20 with 2 years: 2026-04 to 2026-06 at 2305, 2026-07 at 2340', () => {
    const { result } = estimate({ claimDate: '2026-03-20', contributionYears: '2' });
    expect(amounts(result)).toEqual([
      '2026-04 months-1-12 2305.00',
      '2026-05 months-1-12 2305.00',
      '2026-06 months-1-12 2305.00',
      '2026-07 months-1-12 2340.00',
    ]);
    expect(result.total).toBe('9255.00'); // 3 × 2305 + 2340
  });

  it('as of 2026-06-01 (before 沪人社规〔2026〕7号 was published) the July month is still at 2305', () => {
    const { result } = estimate({ claimDate: '2026-03-20', contributionYears: '2' }, '2026-06-01');
    expect(result.payments[3]?.amount).toBe('2305.00');
  });
});

describe('duration: 2 months per full year, at most 24', () => {
  it.each([
    ['1', 2],
    ['1.99', 2],
    ['2', 4],
    ['11.5', 22],
    ['12', 24],
    ['40', 24],
  ])('%s years → %i months', (years, months) => {
    expect(estimate({ claimDate: '2025-01-10', contributionYears: years }).result.months).toBe(months);
  });
});

describe('eligibility is a result, not an error', () => {
  it('under one year, not involuntary, not registered: not eligible with every reason', () => {
    const out = run(unemploymentBenefit, { claimDate: '2025-09-01', contributionYears: '0.9', involuntary: false, registered: false }, AS_OF);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result).toMatchObject({ eligible: false, reasons: ['contribution-under-one-year', 'not-involuntary', 'not-registered'], months: 0, total: '0.00' });
  });
});

describe('extension to statutory retirement age (沪人社规〔2026〕18号 第十一条)', () => {
  it('man born 1967-06 (retires 2028-02) with 2 years accepted 2026-09: ends 2027-01, 13 months before retirement → no extension', () => {
    // statutory age: d = (1967-1965)×12 + 5 = 29 → delay floor(29/4)+1 = 8 → 60y8m → 1967-06 + 728 months = 2028-02
    const { result } = estimate({ claimDate: '2026-09-10', contributionYears: '2', birthMonth: '1967-06', retirementCategory: 'male' });
    expect(result.months).toBe(4); // 2026-10 … 2027-01
    // 2028-02 − 2027-01 = 13 months > 12: no extension
    expect(result.extendedMonths).toBe(0);
  });

  it('man born 1967-06 with 4 years accepted 2026-12: ends 2027-08, 6 months before 2028-02 → extended 2027-09 … 2028-01 at 1690', () => {
    const { result } = estimate({ claimDate: '2026-12-01', contributionYears: '4', birthMonth: '1967-06', retirementCategory: 'male' });
    expect(result.months).toBe(8); // 2027-01 … 2027-08
    expect(result.extendedMonths).toBe(5); // 2027-09 … 2028-01, retires in 2028-02
    const extended = result.payments.filter((p) => p.phase === 'extended');
    expect(extended.map((p) => p.month)).toEqual(['2027-09', '2027-10', '2027-11', '2027-12', '2028-01']);
    // 沪人社规〔2026〕7号: extended standard 1690 (= 低保; 1872 × 0.8 = 1497.6 is lower)
    expect(new Set(extended.map((p) => p.amount))).toEqual(new Set(['1690.00']));
    expect(result.total).toBe('27170.00'); // 8 × 2340 + 5 × 1690 = 18720 + 8450
  });

  it('a claim accepted before 2026-08-16 says the extension is not modelled', () => {
    const { result, notices } = estimate({ claimDate: '2026-08-15', contributionYears: '4', birthMonth: '1967-06', retirementCategory: 'male' });
    expect(result.extendedMonths).toBe(0);
    expect(notices.map((n) => n.code)).toContain('extension-not-modelled-2025');
  });

  it('months past 2028-06 (end of 沪人社规〔2026〕7号) are not covered', () => {
    const { result } = estimate({ claimDate: '2027-06-10', contributionYears: '12' });
    // 2027-07 … 2028-06 are months 1–12 at 2340; 2028-07 would be month 13
    expect(result.payments.find((p) => p.month === '2028-06')?.amount).toBe('2340.00');
    expect(result.payments.find((p) => p.month === '2028-07')?.amount).toBeNull();
  });
});

describe('bad input gives field errors, never exceptions', () => {
  it.each([
    [{ claimDate: '', contributionYears: '3' }, 'claimDate', 'required'],
    [{ claimDate: '2025-02-30', contributionYears: '3' }, 'claimDate', 'invalid-date'],
    [{ claimDate: '2015-01-10', contributionYears: '3' }, 'claimDate', 'date-not-covered'],
    [{ claimDate: '2025-09-01', contributionYears: '-1' }, 'contributionYears', 'out-of-range'],
    [{ claimDate: '2025-09-01', contributionYears: 'three' }, 'contributionYears', 'not-a-number'],
    [{ claimDate: '2025-09-01', contributionYears: '1e9' }, 'contributionYears', 'not-a-number'],
    [{ claimDate: '2025-09-01', contributionYears: '999' }, 'contributionYears', 'out-of-range'],
    [{ claimDate: '2016-05-01', contributionYears: '3' }, 'ageAtUnemployment', 'required'],
    [{ claimDate: '2025-09-01', contributionYears: '3', birthMonth: '1966-01' }, 'retirementCategory', 'required'],
    [{ claimDate: '2025-09-01', contributionYears: '3', retirementCategory: 'robot' }, 'retirementCategory', 'invalid-choice'],
  ])('%j → %s %s', (input, field, code) => {
    const out = run(unemploymentBenefit, { involuntary: true, registered: true, ...input }, AS_OF);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('accepts full-width digits and 年 dates as typed', () => {
    const { result } = estimate({ claimDate: '２０２５年９月１５日', contributionYears: '３．５' });
    expect(result.months).toBe(6);
  });
});

describe('wage floors by date (additions-pension-unemployment-ltc.md §3.3, §4)', () => {
  it.each([
    ['2016-04-01', '2190', '2016年最低工资标准调整（文号未找到）', 'secondary'],
    ['2017-04-01', '2300', '沪人社规〔2017〕12号', 'secondary'],
    ['2018-04-01', '2420', '2018年最低工资标准通知（文号未见）', 'secondary'],
    ['2019-04-01', '2480', '2019年最低工资标准调整（文号未找到）', 'secondary'],
    ['2021-07-01', '2590', '2021年最低工资标准通知（文号未见）', 'secondary'],
    ['2023-07-01', '2690', '沪人社规〔2025〕10号', 'official'],
    ['2025-07-01', '2740', '沪人社规〔2025〕10号', 'official'],
  ])('minimum wage from %s: %s (%s, %s)', (from, value, doc, confidence) => {
    const l = valueAt(minimumWage, from, AS_OF);
    expect([l.entry.from, l.value, l.entry.source.doc, l.entry.source.confidence]).toEqual([from, value, doc, confidence]);
  });

  it.each([
    ['2016-04-01', '880', 'Shanghai Municipal Agricultural Commission (official English page)', 'official'],
    ['2019-04-01', '1160', 'Yicai Global 2019-03', 'secondary'],
    ['2020-07-01', '1240', '央广网 2020-06-24', 'secondary'],
    ['2021-07-01', '1330', '上海市民政局 2021年低保标准调整（文号未见）', 'secondary'],
    ['2022-07-01', '1420', '上海民政 2022年低保标准调整（文号未见）', 'secondary'],
    ['2023-07-01', '1510', '沪民规〔2023〕6号', 'secondary'],
    ['2024-07-01', '1595', '2024年低保标准调整（文号未找到）', 'secondary'],
    ['2025-07-01', '1650', '沪人社规〔2025〕9号', 'secondary'],
    ['2026-07-01', '1690', '上海市人力资源和社会保障局 政策问答 2026-07-06', 'official'],
  ])('低保 from %s: %s (%s, %s)', (from, value, doc, confidence) => {
    const l = valueAt(minimumLivingStandard, from, AS_OF);
    expect([l.entry.from, l.value, l.entry.source.doc, l.entry.source.confidence]).toEqual([from, value, doc, confidence]);
  });

  it('the 2017 and 2018 低保 are not found (1070 from an unknown date): not covered; 2025 is inferred from the extended benefit', () => {
    expect(() => valueAt(minimumLivingStandard, '2018-06-01', AS_OF)).toThrow();
    expect(valueAt(minimumLivingStandard, '2025-07-01', AS_OF).entry.source.inferred).toBe(true);
  });

  it('a 2016 claim is now checked against both bounds: 880 ≤ 1520 ≤ 2190 (2016 table, 12 years, age 47)', () => {
    const { result, notices, steps } = estimate({ claimDate: '2016-04-05', contributionYears: '12', ageAtUnemployment: 47 });
    expect(result.payments[0]?.amount).toBe('1520.00');
    const first = steps.find((s) => s.key === 'unemployment-benefit:standard')!;
    expect(first.params.map((p) => `${p.id} ${p.value}`)).toEqual(['unemployment.standard 1520', 'shanghai.minimum-living-standard 880', 'shanghai.minimum-wage-monthly 2190']);
    // the first eleven months (2016-05 … 2017-03) have both bounds; none of them is flagged
    expect(notices.filter((n) => n.code === 'bounds-not-checked')).toEqual([]);
  });
});

describe('no carried-forward figures in unemployment', () => {
  it('the yearly standard and 低保 are raised every year by design: nothing is carried forward, a month after the last notice is not covered', () => {
    expect(unemploymentBenefit.parameters.filter((p) => p.carryForward)).toEqual([]);
  });
});
