import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/i18n.svelte';
import CalculatorPage from '../../src/ui/pages/CalculatorPage.svelte';
import { clearDraft } from '../../src/ui/drafts.svelte';

async function page() {
  clearDraft('pension-adjustment');
  const user = userEvent.setup();
  render(CalculatorPage, { id: 'pension-adjustment' });
  await screen.findByRole('group', { name: /调整年度/ }, { timeout: 15_000 });
  return user;
}

/** A woman born 1950-05, retired 2005-06, 32 years 4 months of contributions. */
async function fill(user: ReturnType<typeof userEvent.setup>, year: string, pension: string, retiredBy = '2005-06', known: 'december' | 'current' = 'december') {
  const which = within(screen.getByRole('group', { name: /您知道的是哪一个养老金/ }));
  await user.click(which.getByLabelText(known === 'december' ? '调整前一年 12 月的养老金' : '我现在每月领的养老金'));
  await user.click(within(screen.getByRole('group', { name: /调整年度/ })).getByLabelText(`${year} 年`));
  await user.type(screen.getByLabelText('开始领取养老金的年月'), retiredBy);
  await user.type(screen.getByLabelText(known === 'december' ? /上一年 12 月的基本养老金/ : /现在每月领取的基本养老金/), pension);
  await user.type(screen.getByLabelText('缴费年限（年）'), '32');
  await user.type(screen.getByLabelText(/^另加月数/), '4');
  await user.type(screen.getByLabelText('出生年月'), '1950年5月');
  await user.click(within(screen.getByRole('group', { name: '性别' })).getByLabelText('女'));
}

/** Typing seven fields takes a few seconds under jsdom. */
const SLOW = 30_000;

describe('pension-adjustment page', () => {
  it('computes the 2025 increase from what a person types', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await fill(user, '2025', '5,200');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    // 50 + 0.5 × 32 + 5200 × 0.53% (27.56) + 25 (aged 74 at end-2024) = 118.56
    expect(await screen.findByTestId('summary-increase')).toHaveTextContent('2025 年每月增加 118.56 元');
    expect(screen.getByTestId('summary-newPension')).toHaveTextContent('调整后每月 5,318.56 元');
    const parts = within(screen.getByTestId('result-components'));
    expect(parts.getByRole('row', { name: /定额增加/ })).toHaveTextContent('50.00');
    expect(parts.getByRole('row', { name: /按缴费年限增加/ })).toHaveTextContent('16.00');
    expect(parts.getByRole('row', { name: /按本人养老金增加/ })).toHaveTextContent('27.56');
    expect(parts.getByRole('row', { name: /高龄倾斜/ })).toHaveTextContent('25.00');
    // paid 2025-07-28 (news report): January–July, 7 × 118.56 = 829.92
    expect(screen.getByTestId('result-back-pay')).toHaveTextContent('829.92');
    expect(screen.getByTestId('result-back-pay')).toHaveTextContent('增加的养老金发放日期来自转载、新闻或问答页面（中新网上海 2025-07-24），本工具没有看到官方原文');
    expect(screen.getByRole('heading', { name: '测算结果' })).toHaveFocus();
    // the notice that later items of the 2025 notice were not seen, and the rounding notice (27.56 → 27.6 if rounded up)
    expect(screen.getByText(/2025 年只看到通知的主要几项/)).toBeInTheDocument();
    expect(screen.getByText(/则为 27.60 元/)).toBeInTheDocument();
  }, SLOW);

  it('from the pension received now: asks only that pension, works the history back, and sets 2025 against 2024', async () => {
    await setLocale('zh-CN');
    const user = await page();
    // the path people can answer is the one offered first: the December field is not on the form until chosen
    expect(screen.getByLabelText('我现在每月领的养老金')).toBeChecked();
    expect(screen.queryByLabelText(/上一年 12 月的基本养老金/)).toBeNull();
    await fill(user, '2025', '5200', '2005-06', 'current');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    // 5200 = B + 50 + 16 + 25 + B × 0.53 %: B = 5082.07 (tests/rules/pension-adjustment.test.ts works it by hand)
    expect(await screen.findByTestId('summary-increase')).toHaveTextContent('2025 年每月增加 117.93 元');
    expect(screen.getByTestId('summary-before')).toHaveTextContent('2024-12 调整前每月 5,082.07 元');
    expect(screen.getByTestId('summary-since')).toHaveTextContent(/2016 年起共增加每月 [\d,]+\.\d{2} 元（2015-12 为 [\d,]+\.\d{2} 元）/);
    const compare = within(screen.getByTestId('compare-years'));
    // 2024: 61 / 32 / 49.15 / 25 = 167.15 (3.40 %); 2025: 50 / 16 / 26.93 / 25 = 117.93 (2.32 %)
    expect(compare.getByRole('row', { name: /定额增加/ })).toHaveTextContent(/61\.00\s*50\.00/);
    expect(compare.getByRole('row', { name: /按本人养老金增加/ })).toHaveTextContent(/49\.15\s*26\.93/);
    expect(compare.getByRole('row', { name: /合计每月增加/ })).toHaveTextContent(/167\.15\s*117\.93/);
    expect(compare.getByRole('row', { name: /占调整前养老金/ })).toHaveTextContent(/3\.40%\s*2\.32%/);
    const rows = within(screen.getByTestId('history-rows-table')).getAllByRole('row').slice(1).map((r) => Array.from(r.children).map((c) => c.textContent?.replace(/\s+/g, ' ').trim().replace(' 补发', '补发')));
    expect(rows).toHaveLength(10);
    expect(rows.slice(-2)).toEqual([
      ['2024', '4,914.92', '167.15补发 1,170.05', '5,082.07'],
      ['2025', '5,082.07', '117.93补发 825.51', '5,200.00'],
    ]);
    // the forward panel belongs to the December path
    expect(screen.queryByRole('button', { name: '计算逐年历史' })).toBeNull();
  }, SLOW);

  it('shows the year-by-year history from one December pension, up to the latest covered year', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await fill(user, '2022', '5000');
    await user.click(screen.getByRole('button', { name: '计算逐年历史' }));

    const table = await screen.findByTestId('history-table');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => Array.from(r.children).map((c) => c.textContent?.trim()));
    expect(rows).toEqual([
      // 60 + 32 + 5000 × 1.9% (95, 见分进角) + 25 (71 at end-2021) = 212
      ['2022', '5000.00', '212.00', '5212.00'],
      // 61 + 32 + 5212 × 1.8% (93.816 → 93.82) + 25 = 211.82
      ['2023', '5212.00', '211.82', '5423.82'],
      // 61 + 32 + 5423.82 × 1% (54.2382 → 54.24) + 25 = 172.24
      ['2024', '5423.82', '172.24', '5596.06'],
      // 50 + 16 + 5596.06 × 0.53% (29.659118 → 29.66) + 25 = 120.66
      ['2025', '5596.06', '120.66', '5716.72'],
    ]);
    expect(screen.getByTestId('history-stopped')).toHaveTextContent('2026 年及以后的调整尚未收录');
  }, SLOW);

  it('offers the covered years as a choice, the latest chosen to start with; the 2026 notice is not among them', async () => {
    await setLocale('zh-CN');
    await page();
    const years = within(screen.getByRole('group', { name: /调整年度/ }));
    expect(years.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(years.getByLabelText('2025 年')).toBeChecked();
    expect(years.queryByLabelText('2026 年')).toBeNull();
    // the page says before the form which years it covers and that the 2026 notice is not yet included
    expect(screen.getAllByText(/2026 年的调整通知尚未收录/).length).toBeGreaterThan(0);
  }, SLOW);

  it('tells a person who retired during the year that the increase does not cover them, in English', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await fill(user, '2025', '5200', '2025-03');
    await setLocale('en');
    await user.click(await screen.findByRole('button', { name: 'Estimate' }));
    // the card says it first (the view's own panel is for side-by-side comparisons)
    expect(await screen.findByTestId('summary-notEligible')).toHaveTextContent('The 2025 adjustment does not include you');
    expect(screen.getByText(/covers only people retired and drawing a monthly basic pension by 31 December of the previous year/)).toBeInTheDocument();
    expect(screen.queryByTestId('summary-increase')).not.toBeInTheDocument();
    await setLocale('zh-CN');
  }, SLOW);
});
