import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/i18n.svelte';
import CalculatorPage from '../../src/ui/pages/CalculatorPage.svelte';
import { clearDraft } from '../../src/ui/drafts.svelte';

type User = ReturnType<typeof userEvent.setup>;

async function page(label: string) {
  clearDraft('contributions');
  const user = userEvent.setup();
  render(CalculatorPage, { id: 'contributions', asOf: '2026-11-28' });
  await screen.findByLabelText(label, {}, { timeout: 15_000 });
  return user;
}

async function pick(user: User, group: RegExp, option: string | RegExp) {
  await user.click(within(screen.getByRole('group', { name: group })).getByLabelText(option));
}

describe('contributions page', { timeout: 60_000 }, () => {
  it('an employee on 6,000 in 2026-08, class I: pays on the lower limit, what each side pays first, then the table and the notices', async () => {
    await setLocale('zh-CN');
    const user = await page('缴费月份');
    // the employer-only fields appear once the person says they are an employee
    expect(screen.queryByRole('group', { name: /工伤保险行业类别/ })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('缴费月份'), '2026年8月');
    await pick(user, /参保身份/, /我是职工/);
    await user.type(screen.getByLabelText(/您的工资或自选的缴费基数/), '６０００');
    await pick(user, /工伤保险行业类别/, '一类行业');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    // 7546 × (8% + 2% + 0.5%) = 603.68 + 150.92 + 37.73 = 792.33; employer 1207.36 + 679.14 + 37.73 + 15.09 = 1939.32
    expect(await screen.findByTestId('summary-youPay')).toHaveTextContent('792.33 元');
    expect(screen.getByTestId('summary-employerPays')).toHaveTextContent('1,939.32 元');
    expect(screen.getByTestId('summary-card')).toHaveTextContent('您的工资 6,000 元低于缴费基数下限 7,546 元，按下限缴费。');
    expect(screen.getByRole('heading', { name: '测算结果' })).toHaveFocus();
    const table = screen.getByRole('table', { name: '按险种列明的每月缴费' });
    const pension = within(table).getByRole('row', { name: /养老保险/ });
    expect(pension).toHaveTextContent('8%');
    expect(pension).toHaveTextContent('603.68');
    expect(pension).toHaveTextContent('1,207.36');
    expect(within(table).getByRole('row', { name: /工伤保险/ })).toHaveTextContent('15.09');
    // the carried-forward rate is named in words, with its document
    expect(screen.getByText(/上海市人力资源和社会保障局 2025-01-03 失业保险费率通知的有效期到 2025-12-31 为止.*暂沿用原费率“失业保险个人费率”/)).toBeInTheDocument();
    // the rounding conflict: both totals and both sources
    expect(screen.getByText(/见分进角.*个人合计为 792.50 元（本结果 792.33 元）/)).toBeInTheDocument();
    // the step in words, the formula as figures
    expect(screen.getByRole('heading', { name: /缴费基数：按下限 7,546 元/ })).toBeInTheDocument();
    expect(screen.getByText('min(max(6000, 7546), 37731) = 7546')).toBeInTheDocument();
    // what each insurance buys, linking to the other calculators
    expect(screen.getByRole('link', { name: '测算失业保险金' })).toHaveAttribute('href', '#/unemployment-benefit');
    expect(screen.getByRole('link', { name: '测算医保报销' })).toHaveAttribute('href', '#/medical-cost-sharing');
    expect(screen.getByRole('link', { name: '估算首月养老金' })).toHaveAttribute('href', '#/pension-estimate');
    // this July–June year against the last: 2025-08 paid on 7460 → 783.30
    const yoy = screen.getByRole('region', { name: '与上一缴费年度对比' });
    expect(within(yoy).getByRole('row', { name: /2025-08/ })).toHaveTextContent('783.30');
    expect(within(yoy).getByRole('row', { name: /2026-08/ })).toHaveTextContent('792.33');
    // 792.33 − 783.30 = 9.03
    expect(within(yoy).getByRole('row', { name: /变化/ })).toHaveTextContent('+9.03');
  });

  it('a flexible worker sees only the fields that apply, and one column of shares', async () => {
    await setLocale('zh-CN');
    const user = await page('缴费月份');
    await user.type(screen.getByLabelText('缴费月份'), '2026-08');
    await pick(user, /参保身份/, /我是灵活就业人员/);
    expect(screen.queryByRole('group', { name: /工伤保险行业类别/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/本月应发工资/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/您的工资或自选的缴费基数/), '12577');
    await user.click(screen.getByRole('button', { name: '开始测算' }));
    // 12577 × 20% = 2515.40; × 10% = 1257.70 → 3773.10
    expect(await screen.findByTestId('summary-youPayFlexible')).toHaveTextContent('3,773.10 元');
    expect(screen.queryByTestId('summary-employerPays')).not.toBeInTheDocument();
    expect(screen.getByTestId('summary-card')).toHaveTextContent('您选择的基数 12,577 元在上下限（7,546 至 37,731 元）之间');
    expect(screen.getByText(/灵活就业人员缴纳基本养老保险和基本医疗保险，不缴失业保险和工伤保险/)).toBeInTheDocument();
  });

  it('in English: the housing fund on its own line and the minimum-wage check (MW1: exactly 2,740.00 left)', async () => {
    await setLocale('en');
    const user = await page('Contribution month');
    await user.type(screen.getByLabelText('Contribution month'), '2026-07');
    await pick(user, /How you are insured/, /I am an employee/);
    await user.type(screen.getByLabelText(/Your wage, or the base you chose/), '3798.33');
    await pick(user, /Housing-fund rate/, '7%');
    await user.type(screen.getByLabelText(/This month's gross pay/), '3798.33');
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    // 792.33 + housing fund 266 (3798.33 × 7% = 265.88 → 266) = 1058.33; 3798.33 − 1058.33 = 2740.00
    expect(await screen.findByTestId('summary-youPay')).toHaveTextContent('1,058.33 yuan');
    expect(screen.getByRole('row', { name: /Housing fund.*not social insurance/ })).toHaveTextContent('266.00');
    expect(screen.getByTestId('contrib-minimum-wage')).toHaveTextContent('After your own contributions 2,740.00 yuan is left, which meets this month\'s minimum wage of 2,740 yuan.');
    expect(within(screen.getByRole('note')).getByText(/The housing fund is not social insurance: it is shown on its own line/)).toBeInTheDocument();
    await setLocale('zh-CN');
  });

  it('shows the high-temperature allowance as a cited rule card', async () => {
    await setLocale('zh-CN');
    await page('缴费月份');
    // The extra panel loads after the form shows (the result area's split, issue 17).
    const card = await screen.findByRole('region', { name: '夏季高温津贴' }, { timeout: 15_000 });
    expect(within(card).getByText(/每人每月不低于 300 元/)).toBeInTheDocument();
    expect(within(card).getAllByText(/沪人社规〔2019〕19号/).length).toBeGreaterThan(0);
  });
});
