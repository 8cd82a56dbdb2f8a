import { describe, expect, it } from 'vitest';
import { addMonths, monthIndex, monthFromIndex, run } from '../../src/rules/engine';
import { retirementAge, type RetirementAgeResult } from '../../src/rules/retirement-age';
import { RETIREMENT_CATEGORIES, type RetirementCategory } from '../../src/rules/retirement-age/parameters';
import { statutoryAge } from '../../src/rules/retirement-age/statutory-age';

const AS_OF = '2026-11-28';

function estimate(input: Record<string, unknown>, asOf = AS_OF) {
  const out = run(retirementAge, input, asOf);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as { result: RetirementAgeResult; steps: { key: string; values: Record<string, string> }[]; notices: { code: string; params?: Record<string, string> }[] };
}

function errors(input: Record<string, unknown>, asOf = AS_OF) {
  const out = run(retirementAge, input, asOf);
  if (out.ok) throw new Error('accepted');
  return out.errors;
}

describe('annex table rows (办法 附件1–3, as quoted in pension.md §3.3)', () => {
  // [category, birth month, new statutory age (years, months), retirement month, delay]
  const rows: [RetirementCategory, string, number, number, string, number][] = [
    ['male', '1964-12', 60, 0, '2024-12', 0],
    ['male', '1965-01', 60, 1, '2025-02', 1],
    ['male', '1965-04', 60, 1, '2025-05', 1], // last month of the first cohort 1965-01 … 1965-04
    ['male', '1965-05', 60, 2, '2025-07', 2],
    ['male', '1965-09', 60, 3, '2025-12', 3],
    ['male', '1966-01', 60, 4, '2026-05', 4],
    ['male', '1976-08', 62, 11, '2039-07', 35],
    ['male', '1976-09', 63, 0, '2039-09', 36],
    ['female-55', '1970-01', 55, 1, '2025-02', 1],
    ['female-55', '1970-05', 55, 2, '2025-07', 2],
    ['female-55', '1981-09', 58, 0, '2039-09', 36],
    ['female-50', '1975-01', 50, 1, '2025-02', 1],
    ['female-50', '1975-02', 50, 1, '2025-03', 1],
    ['female-50', '1975-03', 50, 2, '2025-05', 2],
    ['female-50', '1984-11', 55, 0, '2039-11', 60],
  ];
  it.each(rows)('%s born %s → %i years %i months, retires %s (+%i)', (category, birthMonth, years, months, retirementMonth, delay) => {
    const { result } = estimate({ birthMonth, category });
    expect(result.statutoryAge).toEqual({ years, months });
    expect(result.retirementMonth).toBe(retirementMonth);
    expect(result.delayMonths).toBe(delay);
  });

  it('past the caps the age stays at 63 / 58 / 55', () => {
    expect(estimate({ birthMonth: '1990-06', category: 'male' }).result).toMatchObject({ statutoryAge: { years: 63, months: 0 }, retirementMonth: '2053-06', delayMonths: 36 });
    expect(estimate({ birthMonth: '2000-01', category: 'female-55' }).result).toMatchObject({ statutoryAge: { years: 58, months: 0 }, retirementMonth: '2058-01', delayMonths: 36 });
    expect(estimate({ birthMonth: '1984-12', category: 'female-50' }).result).toMatchObject({ statutoryAge: { years: 55, months: 0 }, retirementMonth: '2039-12', delayMonths: 60 });
  });

  it('before the reform cohorts: the original ages 60 / 55 / 50', () => {
    expect(estimate({ birthMonth: '1950-03', category: 'male' }).result).toMatchObject({ statutoryAge: { years: 60, months: 0 }, retirementMonth: '2010-03', delayMonths: 0 });
    expect(estimate({ birthMonth: '1969-12', category: 'female-55' }).result).toMatchObject({ statutoryAge: { years: 55, months: 0 }, retirementMonth: '2024-12', delayMonths: 0 });
    expect(estimate({ birthMonth: '1974-12', category: 'female-50' }).result).toMatchObject({ statutoryAge: { years: 50, months: 0 }, retirementMonth: '2024-12', delayMonths: 0 });
  });
});

describe('every birth month, 1920 to 2030, in every category', () => {
  const first: Record<RetirementCategory, { b0: string; original: number; step: number; cap: number }> = {
    male: { b0: '1965-01', original: 720, step: 4, cap: 36 },
    'female-55': { b0: '1970-01', original: 660, step: 4, cap: 36 },
    'female-50': { b0: '1975-01', original: 600, step: 2, cap: 60 },
  };
  it.each(RETIREMENT_CATEGORIES)('%s: delay = min(floor(d / step) + 1, cap) from the first cohort; the retirement month never goes back', (category) => {
    const rule = first[category];
    let previous = -Infinity;
    let previousDelay = 0;
    for (let i = monthIndex('1930-01'); i <= monthIndex('2030-12'); i++) {
      const birthMonth = monthFromIndex(i);
      const age = statutoryAge(birthMonth, category, AS_OF);
      const d = i - monthIndex(rule.b0);
      const delay = d < 0 ? 0 : Math.min(Math.floor(d / rule.step) + 1, rule.cap);
      expect(age.delayMonths, birthMonth).toBe(delay);
      expect(age.ageMonths).toBe(rule.original + delay);
      expect(age.retirementMonth).toBe(addMonths(birthMonth, rule.original + delay));
      expect(monthIndex(age.retirementMonth)).toBeGreaterThan(previous);
      expect(age.delayMonths - previousDelay).toBeGreaterThanOrEqual(0);
      expect(age.delayMonths - previousDelay).toBeLessThanOrEqual(1);
      previous = monthIndex(age.retirementMonth);
      previousDelay = age.delayMonths;
    }
  });
});

describe('rules as known on a date (决定 第五条: in force 2025-01-01, adopted 2024-09-13)', () => {
  it('as of 2024-10-01 the reform is known and decides for a man who reaches 60 in 2025-01', () => {
    expect(estimate({ birthMonth: '1965-01', category: 'male' }, '2024-10-01').result.retirementMonth).toBe('2025-02');
  });
  it('as of 2024-09-01, before the decision, the original age 60 applies', () => {
    expect(estimate({ birthMonth: '1965-01', category: 'male' }, '2024-09-01').result.retirementMonth).toBe('2025-01');
  });
  it('a birth month whose original age falls before the 1978 rules is not covered', () => {
    expect(errors({ birthMonth: '1925-01', category: 'female-50' })).toEqual([expect.objectContaining({ field: 'birthMonth', code: 'date-not-covered' })]);
  });
});

describe('minimum contribution years (社会保险法 第十六条; 办法 第二条、附件4)', () => {
  // 15 to 2029; 15 + 0.5 × (year − 2029) for 2030–2038; 20 from 2039.
  it('2026-05 retirement (man born 1966-01): 15 years', () => {
    expect(estimate({ birthMonth: '1966-01', category: 'male' }).result.minimumContributionYears).toBe('15');
  });
  it('2030 retirement: 15.5 years — woman (50) born 1977-05: d = 28 → +15 → 51y3m → 2028-08 is 15; born 1978-09: d = 44 → +23 → 51y11m → 2030-08 is 15.5', () => {
    expect(estimate({ birthMonth: '1977-05', category: 'female-50' }).result).toMatchObject({ retirementMonth: '2028-08', minimumContributionYears: '15' });
    expect(estimate({ birthMonth: '1978-09', category: 'female-50' }).result).toMatchObject({ retirementMonth: '2030-08', minimumContributionYears: '15.5' });
  });
  it('the example of the issue, "16.5": a 2032 retirement (man born 1970-09: d = 68 → +18 → 61y6m → 2032-03); born 1971-09: d = 80 → +21 → 61y9m → 2033-06 is 17', () => {
    expect(estimate({ birthMonth: '1970-09', category: 'male' }).result).toMatchObject({ retirementMonth: '2032-03', minimumContributionYears: '16.5' });
    expect(estimate({ birthMonth: '1971-09', category: 'male' }).result).toMatchObject({ retirementMonth: '2033-06', minimumContributionYears: '17' });
  });
  it('2038: 19.5; 2039 and later: 20', () => {
    // man born 1975-05: d = 124 → floor(124/4)+1 = 32 → 62y8m → 2038-01
    expect(estimate({ birthMonth: '1975-05', category: 'male' }).result).toMatchObject({ retirementMonth: '2038-01', minimumContributionYears: '19.5' });
    expect(estimate({ birthMonth: '1976-09', category: 'male' }).result).toMatchObject({ retirementMonth: '2039-09', minimumContributionYears: '20' });
    expect(estimate({ birthMonth: '2000-01', category: 'male' }).result.minimumContributionYears).toBe('20');
  });
  it('a retirement before the Social Insurance Law (2011-07-01) is not covered: null and a notice', () => {
    const { result, notices } = estimate({ birthMonth: '1950-03', category: 'male' });
    expect(result.minimumContributionYears).toBeNull();
    expect(notices.map((n) => n.code)).toContain('minimum-not-covered');
  });
});

describe('flexible retirement (办法 第三条; 人社部发〔2024〕94号 第七条)', () => {
  it('man born 1965-01: statutory 2025-02; early at most 1 month (not below 60, 2025-01); late to 2028-02', () => {
    const { result } = estimate({ birthMonth: '1965-01', category: 'male' });
    expect(result).toMatchObject({ earliestMonth: '2025-01', latestMonth: '2028-02', earliestAge: { years: 60, months: 0 }, latestAge: { years: 63, months: 1 } });
    expect(result.chosenMonth).toBeUndefined();
  });

  it('an early choice beyond the window is an error naming the most months allowed', () => {
    expect(errors({ birthMonth: '1965-01', category: 'male', flexible: { direction: 'early', months: 3 } })).toEqual([
      { field: 'flexible.months', code: 'out-of-range', params: { min: '1', max: '1' } },
    ]);
  });

  it('woman (50) born 1984-11: statutory 55 in 2039-11; early at most 36 months, to 52 in 2036-11', () => {
    const { result } = estimate({ birthMonth: '1984-11', category: 'female-50', flexible: { direction: 'early', months: 36 } });
    expect(result).toMatchObject({ earliestMonth: '2036-11', latestMonth: '2042-11', chosenMonth: '2036-11', chosenAge: { years: 52, months: 0 } });
    // 94号 第七条: early → the chosen year 2036: 15 + 0.5 × 7 = 18.5 (statutory year 2039: 20)
    expect(result.minimumContributionYears).toBe('20');
    expect(result.chosenMinimumContributionYears).toBe('18.5');
  });

  it('late retirement keeps the minimum of the statutory year', () => {
    // man born 1969-09: d = 56 → +15 → 61y3m → 2030-12 (15.5); late 12 → 2031-12 (would be 16)
    const { result, notices } = estimate({ birthMonth: '1969-09', category: 'male', flexible: { direction: 'late', months: '12' } });
    expect(result).toMatchObject({ retirementMonth: '2030-12', chosenMonth: '2031-12', minimumContributionYears: '15.5', chosenMinimumContributionYears: '15.5' });
    expect(notices.map((n) => n.code)).toContain('late-needs-agreement');
  });

  it('early retirement across a year boundary takes the chosen year\'s minimum', () => {
    // man born 1969-09 again: early 12 → 2029-12, year 2029: 15 (statutory 2030: 15.5)
    const { result, notices } = estimate({ birthMonth: '1969-09', category: 'male', flexible: { direction: 'early', months: 12 } });
    expect(result).toMatchObject({ chosenMonth: '2029-12', chosenMinimumContributionYears: '15' });
    expect(notices).toContainEqual({ code: 'early-needs-minimum', params: { years: '15' } });
  });

  it('nobody retires early below the original age: a man born 1964-12 has no window at all (statutory 2024-12, before 2025)', () => {
    const { result, notices } = estimate({ birthMonth: '1964-12', category: 'male', flexible: { direction: 'late', months: 6 } });
    expect(result).toMatchObject({ earliestMonth: null, latestMonth: null, chosenMonth: null });
    expect(notices.map((n) => n.code)).toEqual(expect.arrayContaining(['flexible-not-covered', 'flexible-choice-not-covered']));
  });

  it('the earliest month is never before the original age, and early is at most 36 months', () => {
    for (const category of RETIREMENT_CATEGORIES) {
      for (let i = monthIndex('1965-01'); i <= monthIndex('1995-12'); i += 7) {
        const birthMonth = monthFromIndex(i);
        const { result } = estimate({ birthMonth, category });
        if (!result.earliestMonth || !result.latestMonth) continue;
        expect(result.earliestMonth >= result.originalMonth).toBe(true);
        expect(monthIndex(result.retirementMonth) - monthIndex(result.earliestMonth)).toBeLessThanOrEqual(36);
        expect(monthIndex(result.latestMonth) - monthIndex(result.retirementMonth)).toBe(36);
      }
    }
  });

  it('the first cohorts can retire one month early, at exactly the original age', () => {
    const { result } = estimate({ birthMonth: '1975-01', category: 'female-50', flexible: { direction: 'early', months: 1 } });
    expect(result).toMatchObject({ chosenMonth: '2025-01', chosenAge: { years: 50, months: 0 }, earliestMonth: '2025-01' });
  });

  it('direction and months come as a pair', () => {
    expect(errors({ birthMonth: '1970-05', category: 'male', flexible: { direction: 'early' } })).toEqual([{ field: 'flexible.months', code: 'required' }]);
    expect(errors({ birthMonth: '1970-05', category: 'male', flexible: { months: 2 } })).toEqual([{ field: 'flexible.direction', code: 'required' }]);
    expect(errors({ birthMonth: '1970-05', category: 'male', flexible: { direction: 'late', months: 37 } })[0]).toMatchObject({ field: 'flexible.months', code: 'out-of-range' });
  });
});

describe('input', () => {
  it('reads 1970年5月 and full-width digits', () => {
    expect(estimate({ birthMonth: '１９７０年５月', category: 'male' }).result.retirementMonth).toBe('2031-10');
  });
  it('reports each bad field', () => {
    expect(errors({ birthMonth: '1970-13', category: 'woman' })).toEqual([
      { field: 'birthMonth', code: 'invalid-month' },
      { field: 'category', code: 'invalid-choice', params: { options: 'male, female-55, female-50, female-unsure' } },
    ]);
  });
  it('the example is valid and exercises the flexible choice', () => {
    const { result } = estimate(retirementAge.example);
    // man born 1970-05: d = 64 → +17 → 61y5m → 2031-10; early 3 → 2031-07; 2031: 16 years
    expect(result).toMatchObject({ retirementMonth: '2031-10', chosenMonth: '2031-07', chosenMinimumContributionYears: '16' });
  });
});
