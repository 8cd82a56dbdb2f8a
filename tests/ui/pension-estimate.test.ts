import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/i18n.svelte';
import CalculatorPage from '../../src/ui/pages/CalculatorPage.svelte';
import { clearDraft, draftFor } from '../../src/ui/drafts.svelte';

describe('pension-estimate page', { timeout: 30_000 }, () => {
  it('award-sheet case C typed into the form: 5500.7 + 2981.0 + 940.6 = 9422.3, each part marked secondary and cited', async () => {
    await setLocale('zh-CN');
    clearDraft('pension-estimate');
    const user = userEvent.setup();
    render(CalculatorPage, { id: 'pension-estimate' });
    await user.type(await screen.findByLabelText(/退休（开始领取养老金）月份/, {}, { timeout: 10_000 }), '2025-12');
    await user.type(screen.getByLabelText(/退休时年龄（岁）/), '60');
    await user.type(screen.getByLabelText(/全部缴费年限（年）/), '30');
    await user.type(screen.getByLabelText(/全部缴费年限（个月）/), '9');
    await user.type(screen.getByLabelText(/个人月平均缴费工资指数/), '1.8776');
    await user.type(screen.getByLabelText(/个人账户储存额/), '414,359');
    await user.type(screen.getByLabelText(/1992年底前连续工龄/), '4.42');
    await user.type(screen.getByLabelText(/虚账实记总额/), '33732');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    expect(await screen.findByTestId('result-total')).toHaveTextContent('每月基本养老金约 9422.30 元');
    const rows = within(screen.getByTestId('result-parts')).getAllByRole('row');
    const text = rows.map((r) => Array.from(r.querySelectorAll('th, td'), (c) => c.textContent?.replace(/\s+/g, ' ').trim()).join(' | '));
    expect(text).toEqual([
      '项目 | 金额（元/月）',
      '基础养老金 | 5500.70 未见官方原文',
      '个人账户养老金 | 2981.00 未见官方原文',
      '过渡性养老金 | 940.60 未见官方原文',
      '其中：1992 年底前工龄部分 | 659.50',
      '其中：虚账实记部分 | 281.10',
      '合计 | 9422.30 未见官方原文',
    ]);
    expect(screen.getByTestId('result-base')).toHaveTextContent('计发基数：12434.00 元/月（2025 年度，即 2024 年全市城镇单位就业人员月平均工资）');
    expect(screen.getByTestId('result-payout')).toHaveTextContent('计发月数：139');
    expect(screen.getAllByText(/沪人社规〔2021〕27号/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/沪人社规〔2021〕32号/).length).toBeGreaterThan(0);
    expect(screen.getByText('12434 × (1 + 1.8776) ÷ 2 × (30 × 1% + 9 × 0.083%) = 5500.6503… → 5500.65 → 5500.7')).toBeInTheDocument();
  });

  it('filled from the retirement-age page: birth month and category give the age (60 years 3 months → 137.3 payout months)', async () => {
    await setLocale('en');
    clearDraft('pension-estimate');
    Object.assign(draftFor('pension-estimate'), { birthMonth: '1965-09', category: 'male', retirementMonth: '2025-12' });
    const user = userEvent.setup();
    render(CalculatorPage, { id: 'pension-estimate' });
    expect(await screen.findByLabelText(/^Birth month/, {}, { timeout: 10_000 })).toHaveValue('1965-09');
    await user.type(screen.getByLabelText('Contribution: years'), '30');
    await user.type(screen.getByLabelText(/Average contribution-wage index/), '1');
    await user.type(screen.getByLabelText(/Personal account balance/), '137300');
    await user.click(screen.getByRole('button', { name: 'Estimate' }));

    expect(await screen.findByTestId('result-payout')).toHaveTextContent('Payout months: 137.3');
    // 12434 × 1 × 30% = 3730.2; 137300 ÷ 137.3 = 1000.0
    expect(screen.getByTestId('result-total')).toHaveTextContent('About 4730.20 yuan a month');
    expect(screen.getByText(/aged 60 years 3 months/)).toBeInTheDocument();
    await setLocale('zh-CN');
  });

  it('asks for the age when neither an age nor a birth month is given', async () => {
    await setLocale('zh-CN');
    clearDraft('pension-estimate');
    const user = userEvent.setup();
    render(CalculatorPage, { id: 'pension-estimate' });
    await user.type(await screen.findByLabelText(/退休（开始领取养老金）月份/, {}, { timeout: 10_000 }), '2025-12');
    await user.click(screen.getByRole('button', { name: '开始测算' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /退休时年龄（岁）: 请填写此项/ })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: /个人月平均缴费工资指数: 请填写此项/ })).toBeInTheDocument();
  });
});
