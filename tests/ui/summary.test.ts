import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/rules/engine';
import { setLocale, loadNamespaces } from '../../src/i18n/i18n.svelte';
import { type CalculatorId, loadCalculator } from '../../src/rules/registry';
import { coverageDeclarations, coverageOf, nearestCovered } from '../../src/ui/coverage/coverage';
import Coverage from '../../src/ui/coverage/Coverage.svelte';
import { money } from '../../src/ui/format';
import { withValues } from '../../src/ui/next-steps';
import Disclosure from '../../src/ui/components/Disclosure.svelte';
import { isOpen } from '../../src/ui/disclosure.svelte';
import { summaries } from '../../src/ui/summary';
import SummaryCard from '../../src/ui/summary/SummaryCard.svelte';
import { createRawSnippet } from 'svelte';

async function summaryOf(id: CalculatorId, raw: Record<string, unknown>, asOf = '2026-12-01') {
  const calc = await loadCalculator(id);
  const out = run(calc, raw, asOf);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return summaries[id](out.result, { steps: out.steps, today: '2026-12-01' });
}

describe('money on screen', () => {
  it('groups thousands and keeps the decimals exactly as the rules gave them', () => {
    expect(money('28080.00')).toBe('28,080.00');
    expect(money('2340.00')).toBe('2,340.00');
    expect(money('214.50')).toBe('214.50');
    expect(money('1234567.8')).toBe('1,234,567.8');
    expect(money('-1000.00')).toBe('-1,000.00');
    expect(money('12345678901234567890.01')).toBe('12,345,678,901,234,567,890.01');
    expect(money(null)).toBe('');
    expect(money('n/a')).toBe('n/a');
  });
});

describe('summary declarations', () => {
  it('unemployment case A: 每月 2,305 元 · 6 个月 · first paid the month after acceptance · 13,830 元', async () => {
    // 沪人社规〔2025〕9号: 3.5 years → floor 3 × 2 = 6 months at 2305; accepted 2025-09-15 → paid from 2025-10 (次月)
    const s = await summaryOf('unemployment-benefit', { claimDate: '2025-09-15', contributionYears: '3.5', involuntary: true, registered: true });
    expect(s).toEqual({
      tone: 'result',
      lines: [
        { key: 'summary.monthly', values: { amount: '2,305.00' } },
        { key: 'summary.months', values: { count: 6 } },
        { key: 'summary.firstPayment', values: { year: 2025, month: 10 } },
        { key: 'summary.total', values: { total: '13,830.00', count: 0 } },
      ],
    });
  });

  it('unemployment across 1 July: each run of months at its own standard', async () => {
    // 3 × 2305 (2026-04 … 06, 沪人社规〔2025〕9号) + 2340 (2026-07, 沪人社规〔2026〕7号) = 9255
    const s = await summaryOf('unemployment-benefit', { claimDate: '2026-03-20', contributionYears: '2', involuntary: true, registered: true });
    expect(s.lines.filter((l) => l.key === 'summary.phase').map((l) => l.values?.['amount'])).toEqual(['2,305.00', '2,340.00']);
    expect(s.lines.at(-1)).toEqual({ key: 'summary.total', values: { total: '9,255.00', count: 0 } });
  });

  it('retirement age: a month already past today is said in words', async () => {
    // man born 1965-01: 60 years 1 month → 2025-02, before today (2026-12)
    const s = await summaryOf('retirement-age', { birthMonth: '1965-01', category: 'male' });
    expect(s.lines[0]).toEqual({ key: 'summary.statutoryPast', values: { year: 2025, month: 2, years: 60, months: 1 } });
  });

  it('renders the card: heading first, the headline, then the other figures', async () => {
    await setLocale('zh-CN');
    await loadNamespaces(['unemployment-benefit']);
    const s = await summaryOf('unemployment-benefit', { claimDate: '2025-09-15', contributionYears: '3.5', involuntary: true, registered: true });
    render(SummaryCard, { ns: 'unemployment-benefit', summary: s });
    expect(screen.getByRole('heading', { name: '测算结果' })).toHaveAttribute('id', 'result-title');
    expect(screen.getByTestId('summary-monthly')).toHaveTextContent('每月 2,305.00 元');
    expect(screen.getByTestId('summary-card')).toHaveTextContent('测算结果 每月 2,305.00 元 可领 6 个月首次发放 2025 年 10 月合计 13,830.00 元');
  });
});

describe('what if', () => {
  it('sets a value at a dotted path on a copy, leaving the input as it was', () => {
    const raw = { registered: 'false', bill: { total: '100' } };
    expect(withValues(raw, { registered: 'true', 'bill.notCovered': '5' })).toEqual({ registered: 'true', bill: { total: '100', notCovered: '5' } });
    expect(raw).toEqual({ registered: 'false', bill: { total: '100' } });
  });
});

describe('coverage, generated from the parameters', () => {
  it('pension adjustment: 2016–2025, and the 2026 notice not yet in once 2026 has begun', async () => {
    const calc = await loadCalculator('pension-adjustment');
    const c = coverageOf(calc, coverageDeclarations['pension-adjustment'], '2026-12-01');
    expect(c.spans).toEqual([{ key: 'years', period: 'year', ranges: [{ from: '2016-01-01', to: '2025-12-31' }] }]);
    expect(c.notYet).toEqual({ key: 'notYet', year: 2026 });
    // read as of 2025-12-31 (before 2026 began), nothing is missing yet
    expect(coverageOf(calc, coverageDeclarations['pension-adjustment'], '2025-12-31').notYet).toBeUndefined();
    await setLocale('zh-CN');
    await loadNamespaces(['coverage']);
    render(Coverage, { ns: 'pension-adjustment', coverage: c });
    expect(screen.getByTestId('coverage')).toHaveTextContent('收录 2016–2025 年的养老金调整；2026 年的调整通知尚未收录。');
  });

  it('a calculator can pass its own reading of the ranges (e.g. carried-forward windows)', async () => {
    const calc = await loadCalculator('medical-cost-sharing');
    const c = coverageOf(calc, coverageDeclarations['medical-cost-sharing'], '2026-12-01', () => [{ from: '2023-07-01', to: '2027-06-30' }]);
    await setLocale('zh-CN');
    await loadNamespaces(['coverage']);
    render(Coverage, { ns: 'medical-cost-sharing', coverage: c });
    // medical years named by the year they start in: 2023-07-01 … 2027-06-30 = medical years 2023 to 2026
    expect(screen.getByTestId('coverage')).toHaveTextContent('职工医保 2023–2026 医保年度；居民医保 2023–2027 年。');
  });

  it('the nearest covered day: the last covered day after the end, the first before the start, the day itself inside', () => {
    const ranges = [{ from: '2016-04-01', to: '2017-03-31' }, { from: '2020-07-01', to: '2028-06-30' }];
    expect(nearestCovered(ranges, '2030-01-01')).toBe('2028-06-30');
    expect(nearestCovered(ranges, '2018-05-01')).toBe('2017-03-31');
    expect(nearestCovered(ranges, '2010-01-01')).toBe('2016-04-01');
    expect(nearestCovered(ranges, '2021-01-01')).toBe('2021-01-01');
    expect(nearestCovered([], '2021-01-01')).toBeUndefined();
  });
});

describe('collapsed sections', () => {
  it('closed by default, and remembered once opened', async () => {
    const children = createRawSnippet(() => ({ render: () => '<p>inside</p>' }));
    const first = render(Disclosure, { key: 'test:remember', label: '逐月发放明细', children });
    const details = first.container.querySelector('details')!;
    expect(details.open).toBe(false);
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    expect(isOpen('test:remember')).toBe(true);
    first.unmount();
    const again = render(Disclosure, { key: 'test:remember', label: '逐月发放明细', children });
    expect(again.container.querySelector('details')!.open).toBe(true);
  });
});
