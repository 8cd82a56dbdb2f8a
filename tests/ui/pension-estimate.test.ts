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
    await user.click(await screen.findByLabelText('我有养老金核定表上的数字', {}, { timeout: 10_000 }));
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
    Object.assign(draftFor('pension-estimate'), { basis: 'sheet', birthMonth: '1965-09', category: 'male', retirementMonth: '2025-12' });
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
    await user.click(await screen.findByLabelText('我有养老金核定表上的数字', {}, { timeout: 10_000 }));
    await user.type(await screen.findByLabelText(/退休（开始领取养老金）月份/, {}, { timeout: 10_000 }), '2025-12');
    await user.click(screen.getByRole('button', { name: '开始测算' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /退休时年龄（岁）: 请填写此项/ })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: /个人月平均缴费工资指数: 请填写此项/ })).toBeInTheDocument();
  });

  it('estimate from a salary, offered first: only the wage fields, the card says it is an estimate, the assumptions listed', async () => {
    await setLocale('zh-CN');
    clearDraft('pension-estimate');
    const user = userEvent.setup();
    render(CalculatorPage, { id: 'pension-estimate' });
    expect(await screen.findByLabelText('按我的工资估算', {}, { timeout: 10_000 })).toBeChecked();
    expect(screen.queryByLabelText(/个人月平均缴费工资指数/)).toBeNull();
    // the assumptions start at their defaults: 4.0 % (cited averages, five years), 2.62 % (the 2024 rate)
    expect(screen.getByLabelText(/全市平均工资每年增长/)).toHaveValue('4.0');
    expect(screen.getByLabelText(/个人账户记账利率/)).toHaveValue('2.62');
    await user.type(screen.getByLabelText(/退休（开始领取养老金）月份/), '2027-12');
    await user.type(screen.getByLabelText(/退休时年龄（岁）/), '60');
    await user.type(screen.getByLabelText(/现在的月工资/), '12577');
    await user.type(screen.getByLabelText(/已缴费（年）/), '20');
    await user.type(screen.getByLabelText(/现在的个人账户累计储存额/), '200000');
    for (const [label, value] of [[/本人工资每年增长/, '0'], [/全市平均工资每年增长/, '0'], [/个人账户记账利率/, '0']] as const) {
      await user.clear(screen.getByLabelText(label));
      await user.type(screen.getByLabelText(label), value);
    }
    await user.click(screen.getByRole('button', { name: '开始测算' }));
    // the first hand-computed case of tests/rules/pension-estimate.test.ts, if the page's rules date is 2026-12;
    // whatever today is, the card says estimate and the projected figures are listed
    expect(await screen.findByTestId('summary-totalFromSalary')).toHaveTextContent(/按工资估算：每月约 [\d,]+\.\d{2} 元/);
    expect(screen.getByTestId('summary-projected')).toHaveTextContent(/推算的平均缴费工资指数 1\.0000，个人账户约 [\d,]+\.\d{2} 元/);
    expect(screen.getByTestId('result-estimate')).toHaveTextContent('按工资估算，不是核定结果');
    const assumptions = within(screen.getByTestId('result-assumptions'));
    expect(assumptions.getByText(/本人工资每年增长 0%（本工具的假设，没有来源）/)).toBeInTheDocument();
    expect(assumptions.getByText(/个人账户记账利率每年 0%/)).toBeInTheDocument();
  });
});
