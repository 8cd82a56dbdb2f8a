import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/i18n.svelte';
import { todayInShanghai } from '../../src/lib/today';
import { run } from '../../src/rules/engine';
import { loadCalculator } from '../../src/rules/registry';
import { fieldDefaults } from '../../src/ui/defaults';
import { clearDraft } from '../../src/ui/drafts.svelte';
import CalculatorPage from '../../src/ui/pages/CalculatorPage.svelte';

describe('defaults and shorter input forms', { timeout: 30_000 }, () => {
  it('the claim date starts at today, with the hint for a claim not made yet, in both languages', async () => {
    await setLocale('zh-CN');
    clearDraft('unemployment-benefit');
    render(CalculatorPage, { id: 'unemployment-benefit' });
    const claim = await screen.findByLabelText('申领受理日期', {}, { timeout: 15_000 });
    expect(claim).toHaveValue(todayInShanghai());
    expect(screen.getByText(/还没有申领的，填写打算申领的日期/)).toBeInTheDocument();
    await setLocale('en');
    expect(await screen.findByText(/Not applied yet\? Enter the day you plan to apply\./)).toBeInTheDocument();
    await setLocale('zh-CN');
  });

  it('the adjustment year starts at the latest year the rules cover: that year computes, the next is not covered', async () => {
    const calc = await loadCalculator('pension-adjustment');
    const today = todayInShanghai();
    const year = fieldDefaults(calc, today)['year']!;
    expect(year).toMatch(/^20\d\d$/);
    expect(run(calc, { ...calc.example, year }, today).ok).toBe(true);
    const next = run(calc, { ...calc.example, year: String(Number(year) + 1) }, today);
    expect(next.ok ? [] : next.errors.map((e) => e.code)).toEqual(['date-not-covered']);
  });

  it('long-term care reads a month alone as its first day: 2025-10 gives the same 33 hours as 2025-10-15', async () => {
    const calc = await loadCalculator('long-term-care');
    const month = run(calc, { ...calc.example, careDate: '2025年10月' }, '2026-11-28');
    const day = run(calc, { ...calc.example, careDate: '2025-10-15' }, '2026-11-28');
    // 7 h a week × 31 days ÷ 7 + 2 extra hours = 33.00 (the month decides; the day within it does not)
    expect(month.ok && (month.result as { monthlyHours: string }).monthlyHours).toBe('33.00');
    expect(month.ok && day.ok && month.result).toEqual(day.ok && day.result);
    // the other calculators still want a whole date where the day matters (unemployment: the 2026-08-16 rules)
    const ub = await loadCalculator('unemployment-benefit');
    const r = run(ub, { ...ub.example, claimDate: '2025-09' }, '2026-11-28');
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['invalid-date']);
  });
});
