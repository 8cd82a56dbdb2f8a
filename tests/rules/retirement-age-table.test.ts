import { describe, expect, it } from 'vitest';
import { run } from '../../src/rules/engine';
import { pensionEstimate } from '../../src/rules/pension-estimate';
import { type RetirementAgeResult } from '../../src/rules/retirement-age';
import type { CategoryTable } from '../../src/rules/retirement-age/table';
import { loadCalculator } from '../../src/rules/registry';

// As every door gets it: from the registry, which lends it the pension estimate for the first-pension cells (issue 17).
const retirementAge = await loadCalculator('retirement-age');

/**
 * Issue 20: the earliest, statutory and latest month in one table, both categories when a woman is not sure, a
 * "today" phase from the as-of date, and the first pension of each month from single runs of the pension estimate.
 * Sources: 国务院关于渐进式延迟法定退休年龄的办法 第一条、第三条、附件 (../shared/policy/pension.md §3.3);
 * 第二条 / 附件4 for the minimum years; 人社部发〔2024〕94号 第七条 for the year whose minimum applies.
 */
const TODAY = '2026-12-02';

function estimate(input: Record<string, unknown>, asOf = TODAY) {
  const out = run(retirementAge, input, asOf);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as { result: RetirementAgeResult; steps: { key: string; values: Record<string, string> }[]; notices: { code: string; params?: Record<string, string> }[] };
}
const cells = (tb: CategoryTable) => tb.rows.map((w) => [w.kind, w.month, `${w.age.years}y${w.age.months}m`, w.minimumContributionYears, w.status, w.monthsFromToday]);

describe('a woman born 1975-03, not sure whether 工人 (50) or 干部 (55), on 2026-12-02', () => {
  const { result, notices } = estimate({ birthMonth: '1975-03', category: 'female-unsure' });

  it('works out both categories, 50 first, and the gap between them', () => {
    expect(result.categoryChoice).toBe('female-unsure');
    expect(result.tables.map((tb) => tb.category)).toEqual(['female-50', 'female-55']);
    // The top-level figures are the first table's (50), as a single run with female-50 gives them.
    const single50 = estimate({ birthMonth: '1975-03', category: 'female-50' }).result;
    expect(result.retirementMonth).toBe(single50.retirementMonth);
    expect(result.tables[0]).toEqual(single50.tables[0]);
    expect(result.tables[1]).toEqual(estimate({ birthMonth: '1975-03', category: 'female-55' }).result.tables[0]);
    // 2031-07 − 2025-05 = 6 × 12 + 2 = 74 months
    expect(result.categoryGapMonths).toBe(74);
    expect(notices.map((n) => n.code)).toContain('category-unsure');
  });

  it('工人 50: statutory 2025-05 (50 y 2 m), earliest 2025-03 (the original age), latest 2028-05; all 15 years; the first two past', () => {
    // 附件3: 原50岁 from birth 1975-01, one month per two birth months: d = 1975-03 − 1975-01 = 2; floor(2 / 2) + 1 = 2 months.
    // 600 + 2 = 602 months = 50 y 2 m → 1975-03 + 602 = 2025-05. 第三条: earliest max(2025-03 (age 50), 2025-05 − 36) = 2025-03;
    // latest 2025-05 + 36 = 2028-05. Minimum: 2025 → 15 (社会保险法 第十六条); late takes the statutory year 2025 → 15.
    // Today 2026-12: 2025-03 is 21 months ago (12 + 9), 2025-05 19 months ago, 2028-05 in 17 months (12 + 5).
    expect(cells(result.tables[0]!)).toEqual([
      ['earliest', '2025-03', '50y0m', '15', 'past', -21],
      ['statutory', '2025-05', '50y2m', '15', 'past', -19],
      ['latest', '2028-05', '53y2m', '15', 'future', 17],
    ]);
    expect(result.tables[0]!.rows[0]!.atOriginalAge).toBe(true);
    expect(result.tables[0]!.phase).toBe('statutory-reached');
  });

  it('干部 55: statutory 2031-07 (56 y 4 m), earliest 2030-03 (age 55), latest 2034-07; 15.5 years early, 16 otherwise; all ahead', () => {
    // 附件2: 原55岁 from birth 1970-01, one month per four: d = 1975-03 − 1970-01 = 62; floor(62 / 4) + 1 = 16 months.
    // 660 + 16 = 676 months = 56 y 4 m → 1975-03 + 676 = 2031-07. Earliest max(2030-03 (age 55), 2031-07 − 36 = 2028-07)
    // = 2030-03; latest 2031-07 + 36 = 2034-07. 第二条: 2030 → 15.5 years (the earliest, 第七条: the chosen year);
    // 2031 → 16 years (statutory, and late takes the statutory year).
    // Today 2026-12: 2030-03 in 3 × 12 + 3 = 39 months, 2031-07 in 4 × 12 + 7 = 55, 2034-07 in 7 × 12 + 7 = 91.
    expect(cells(result.tables[1]!)).toEqual([
      ['earliest', '2030-03', '55y0m', '15.5', 'future', 39],
      ['statutory', '2031-07', '56y4m', '16', 'future', 55],
      ['latest', '2034-07', '59y4m', '16', 'future', 91],
    ]);
    expect(result.tables[1]!.phase).toBe('before-window');
  });
});

describe('today: the phase follows the as-of date, never the clock', () => {
  it.each([
    // [birth, category, as of, phase]
    ['1975-03', 'female-50', '2025-02-28', 'before-window'], // before the earliest month 2025-03
    ['1975-03', 'female-50', '2025-04-01', 'early-open'], // 2025-03 ≤ 2025-04 < 2025-05
    ['1975-03', 'female-50', '2025-05-31', 'statutory-reached'], // the statutory month itself
    ['1975-03', 'female-50', '2028-05-15', 'statutory-reached'], // the latest month is still open
    ['1975-03', 'female-50', '2028-06-01', 'late-over'], // past 2028-05
    // man born 1967-06: d = 29 → floor(29 / 4) + 1 = 8 → 60 y 8 m → 2028-02; earliest max(2027-06, 2025-02) = 2027-06
    ['1967-06', 'male', '2027-10-01', 'early-open'],
  ])('born %s (%s), on %s → %s', (birthMonth, category, asOf, phase) => {
    const { result } = estimate({ birthMonth, category }, asOf);
    expect(result.today).toBe(asOf);
    expect(result.tables[0]!.phase).toBe(phase);
  });

  it('the statutory month this month is "this-month"', () => {
    const { result } = estimate({ birthMonth: '1975-03', category: 'female-50' }, '2025-05-31');
    expect(result.tables[0]!.rows.find((w) => w.kind === 'statutory')).toMatchObject({ status: 'this-month', monthsFromToday: 0 });
  });

  it('a man born 1960-05 retired under the old rules: one row, no window, the statutory age reached', () => {
    // 60 years → 2020-05; the flexible rules start 2025-01-01, so no earliest or latest month; 2020 → 15 years.
    const { result } = estimate({ birthMonth: '1960-05', category: 'male' });
    expect(cells(result.tables[0]!)).toEqual([['statutory', '2020-05', '60y0m', '15', 'past', -79]]);
    expect(result.tables[0]).toMatchObject({ hasWindow: false, phase: 'statutory-reached' });
  });
});

describe('the first pension of each month: single runs of the pension estimate', () => {
  const AWARD = { contribution: { years: '30', months: '0' }, averageIndex: '1.2', accountBalance: '150000' };

  it('each month of both categories equals a run of pension-estimate for that month with the same figures', () => {
    const { result, notices } = estimate({ birthMonth: '1975-03', category: 'female-unsure', ...AWARD });
    for (const tb of result.tables) {
      for (const w of tb.rows) {
        const single = run(pensionEstimate, { birthMonth: '1975-03', category: tb.category, retirementMonth: w.month, ...AWARD }, TODAY);
        if (!single.ok) throw new Error(JSON.stringify(single.errors));
        expect(w.pension).toMatchObject({ total: single.result.total, basic: single.result.basic, account: single.result.account, payoutMonths: single.result.payoutMonths, provisional: single.result.base.provisional });
      }
    }
    expect(notices.map((n) => n.code)).toContain('award-same-figures');
    expect(notices.map((n) => n.code)).toContain('pension-base-provisional');
  });

  it('工人 50 at the statutory month 2025-05: 4,875.70 元 (basic 4,103.30 + account 772.40)', () => {
    const { result } = estimate({ birthMonth: '1975-03', category: 'female-50', ...AWARD });
    // 2025 计发基数 12,434 (published); basic 12,434 × (1 + 1.2) ÷ 2 × 30 × 1% = 4,103.22 → 见分进角 4,103.30;
    // account 150,000 ÷ 194.2 (计发月数 at 50 y 2 m) = 772.399… → 772.40; 4,103.30 + 772.40 = 4,875.70.
    expect(result.tables[0]!.rows.find((w) => w.kind === 'statutory')!.pension).toMatchObject({ total: '4875.70', basic: '4103.30', account: '772.40', payoutMonths: '194.2', provisional: false });
  });

  it('without the figures: no pension, no pension notice; with only some of them: the missing ones are asked for', () => {
    const { result, notices } = estimate({ birthMonth: '1975-03', category: 'female-50' });
    expect(result.tables[0]!.rows.every((w) => w.pension === null && w.pensionProblem === null)).toBe(true);
    expect(notices.map((n) => n.code)).not.toContain('award-same-figures');
    const out = run(retirementAge, { birthMonth: '1975-03', category: 'female-50', averageIndex: '1.2' }, TODAY);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => [e.field, e.code])).toEqual([['contribution.years', 'required'], ['accountBalance', 'required']]);
  });
});

describe('a flexible choice when not sure must fit both categories', () => {
  it('born 1975-03, 3 months early: 50 allows 2 (2025-05 − 2025-03), so 3 is refused with 1 to 2', () => {
    const out = run(retirementAge, { birthMonth: '1975-03', category: 'female-unsure', flexible: { direction: 'early', months: '3' } }, TODAY);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[0]).toMatchObject({ field: 'flexible.months', code: 'out-of-range', params: { min: '1', max: '2' } });
  });

  const chosenOf = (input: Record<string, unknown>) => estimate(input).result.tables.map((tb) => [tb.category, tb.chosen]);

  it('born 1975-03, 2 months early: each category gets its own month, age and minimum (the chosen year\'s, 第七条)', () => {
    // 50: 2025-05 − 2 = 2025-03, 50 y 0 m; the year 2025 → 15. 55: 2031-07 − 2 = 2031-05, 56 y 2 m; 2031 → 16.
    expect(chosenOf({ birthMonth: '1975-03', category: 'female-unsure', flexible: { direction: 'early', months: '2' } })).toEqual([
      ['female-50', { month: '2025-03', age: { years: 50, months: 0 }, minimumContributionYears: '15', problem: null }],
      ['female-55', { month: '2031-05', age: { years: 56, months: 2 }, minimumContributionYears: '16', problem: null }],
    ]);
  });

  it('born 1975-03, 12 months late: 2026-05 and 2032-07, each with its statutory year\'s minimum (15, 16)', () => {
    // 50: 2025-05 + 12 = 2026-05, 51 y 2 m, the statutory year 2025 → 15. 55: 2031-07 + 12 = 2032-07, 57 y 4 m, 2031 → 16.
    const out = estimate({ birthMonth: '1975-03', category: 'female-unsure', flexible: { direction: 'late', months: '12' } });
    expect(out.result.tables.map((tb) => tb.chosen)).toEqual([
      { month: '2026-05', age: { years: 51, months: 2 }, minimumContributionYears: '15', problem: null },
      { month: '2032-07', age: { years: 57, months: 4 }, minimumContributionYears: '16', problem: null },
    ]);
    // The top-level choice stays the first table's (50), as before.
    expect(out.result.chosenMonth).toBe('2026-05');
  });

  it('born 1974-06, 12 months late: 50 retired under the old rules (no choice, and why); 55 in 2031-08', () => {
    // 50: born before 1975-01, no delay: 50 y → 2024-06, before the flexible rules (2025-01-01) → not covered.
    // 55 (附件2): d = 1974-06 − 1970-01 = 53; floor(53 / 4) + 1 = 14 → 56 y 2 m → 2030-08; + 12 = 2031-08, 57 y 2 m;
    // late takes the statutory year 2030 → 15.5.
    expect(chosenOf({ birthMonth: '1974-06', category: 'female-unsure', flexible: { direction: 'late', months: '12' } })).toEqual([
      ['female-50', { month: null, age: null, minimumContributionYears: null, problem: 'not-covered' }],
      ['female-55', { month: '2031-08', age: { years: 57, months: 2 }, minimumContributionYears: '15.5', problem: null }],
    ]);
  });

  it('without a choice, no table has one', () => {
    expect(chosenOf({ birthMonth: '1975-03', category: 'female-unsure' })).toEqual([['female-50', undefined], ['female-55', undefined]]);
  });
});

describe('next steps follow today', () => {
  it('the 50 category past its statutory month: apply now; the 55 category not yet: no early line; late still open', async () => {
    const { nextSteps } = await import('../../src/rules/retirement-age/next-steps');
    const shown = (asOf: string, category = 'female-50') => {
      const { result } = estimate({ birthMonth: '1975-03', category }, asOf);
      return nextSteps.steps.filter((s) => !s.applies || s.applies(result)).map((s) => s.key);
    };
    expect(shown('2026-12-02')).toEqual(['applyNow', 'late', 'hotline']);
    expect(shown('2025-04-01')).toEqual(['earlyNow', 'late', 'hotline']); // 2025-03 ≤ 2025-04 < 2025-05
    expect(shown('2028-06-01')).toEqual(['applyNow', 'hotline']); // past the latest month 2028-05
    expect(shown('2026-12-02', 'female-55')).toEqual(['late', 'hotline']); // before 2030-03
  });
});
