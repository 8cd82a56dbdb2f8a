import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/i18n.svelte';
import { clearDraft } from '../../src/ui/drafts.svelte';
import CalculatorPage from '../../src/ui/pages/CalculatorPage.svelte';

type User = ReturnType<typeof userEvent.setup>;

async function page(label: string | RegExp) {
  clearDraft('maternity');
  const user = userEvent.setup();
  render(CalculatorPage, { id: 'maternity', asOf: '2026-11-28' });
  await screen.findByRole('group', { name: label }, { timeout: 15_000 });
  return user;
}

async function pick(user: User, group: RegExp, option: string | RegExp) {
  await user.click(within(screen.getByRole('group', { name: group })).getByLabelText(option));
}

describe('maternity page', { timeout: 30_000 }, () => {
  it('a birth on 2026-03-10, unit average 15000, wage 18000 → 158 days to 2026-08-15, 79,000.00 by the fund, top-up 15,800.00', async () => {
    await setLocale('zh-CN');
    const user = await page(/是生育还是流产/);
    // Only the questions of a birth are asked.
    expect(screen.queryByLabelText(/怀孕已满几个月/)).toBeNull();
    await pick(user, /是生育还是流产/, /生育（分娩）/);
    await user.clear(screen.getByLabelText('生育或流产的日期'));
    await user.type(screen.getByLabelText('生育或流产的日期'), '2026年3月10日');
    await pick(user, /这次生育了几个孩子/, '1 个');
    await pick(user, /是否难产/, '否');
    await user.type(screen.getByLabelText(/用人单位上年度职工月平均工资/), '15,000');
    await user.type(screen.getByLabelText('累计缴费月数'), '36');
    await user.type(screen.getByLabelText('其中连续缴费月数'), '３６');
    await user.type(screen.getByLabelText(/本人产假前月工资/), '18000');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    // 98 + 60 = 158; 2026-03-10 + 97 = 2026-06-15; 60 days from 06-16 plus 端午 (06-19) → 08-15.
    // 15000 ÷ 30 × 158 = 79000.00; 18000 ÷ 30 × 158 = 94800.00 − 79000.00 = 15800.00.
    expect(await screen.findByTestId('result-leaveHeadline')).toHaveTextContent('产假共 158 天，休到 2026-08-15（含当天）');
    expect(screen.getByTestId('result-allowance')).toHaveTextContent('生育津贴 79,000.00 元');
    expect(screen.getByTestId('summary-card')).toHaveTextContent('全部由医保基金支付');
    expect(screen.getByTestId('result-topUp')).toHaveTextContent('单位另需补足工资差额 15,800.00 元');
    expect(screen.getByRole('heading', { name: '测算结果' })).toHaveFocus();
    // Step texts in words, with the formula beside them.
    expect(screen.getByText('产假共 158 天：国家规定 98 天，本市生育假 60 天。生育假享受与产假同等的待遇。')).toBeInTheDocument();
    expect(screen.getByText(/遇法定节假日顺延，期间有 1 天法定节假日（2026-06-19），休到 2026-08-15/)).toBeInTheDocument();
    expect(screen.getByText('15000 ÷ 30 × 158 = 79000.00')).toBeInTheDocument();
    // The other reading of the holiday rule is named, with its date.
    expect(screen.getByText(/如按国务院办公厅通知的整个放假调休期间顺延，结束日为 2026-08-17/)).toBeInTheDocument();
    expect(screen.getByTestId('result-medical-subsidy')).toHaveTextContent('3,600.00 元');
    expect(screen.getByTestId('result-childcare-subsidy')).toHaveTextContent('合计 10,800.00 元');
    expect(screen.getByTestId('result-employer-refund')).toHaveTextContent('2026-03 至 2026-08');
    expect(screen.getAllByText(/来自转载、新闻或问答页面/).length).toBeGreaterThan(0);
  });

  it('a miscarriage at 3 months with 8 months of contributions → 15 days; the fund pays 8/12, the employer advances the rest', async () => {
    await setLocale('zh-CN');
    const user = await page(/是生育还是流产/);
    await pick(user, /是生育还是流产/, '流产');
    expect(screen.queryByRole('group', { name: /这次生育了几个孩子/ })).toBeNull();
    await user.clear(screen.getByLabelText('生育或流产的日期'));
    await user.type(screen.getByLabelText('生育或流产的日期'), '2025-05-10');
    await user.type(screen.getByLabelText(/怀孕已满几个月/), '3');
    await user.type(screen.getByLabelText(/用人单位上年度职工月平均工资/), '5000');
    await user.type(screen.getByLabelText('累计缴费月数'), '8');
    await user.type(screen.getByLabelText('其中连续缴费月数'), '8');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    // 12307 × 0.6 = 7384.2 (lower bound); × 15 ÷ 30 = 3692.10; × 8 ÷ 12 = 2461.40; 3692.10 − 2461.40 = 1230.70.
    expect(await screen.findByTestId('result-leaveHeadline')).toHaveTextContent('产假共 15 天，休到 2025-05-24');
    expect(screen.getByTestId('result-allowance')).toHaveTextContent('3,692.10');
    expect(screen.getByTestId('summary-card')).toHaveTextContent('医保基金支付 2,461.40 元，其余 1,230.70 元由单位先行垫付');
    expect(screen.getByTestId('result-bound')).toHaveTextContent('低于下限，按下限计算');
    expect(screen.getByTestId('result-medical-subsidy')).toHaveTextContent('400.00 元');
  });

  it('without the unit average or the assessed amount, the error is shown at the field', async () => {
    await setLocale('zh-CN');
    const user = await page(/是生育还是流产/);
    await pick(user, /是生育还是流产/, /生育（分娩）/);
    await user.clear(screen.getByLabelText('生育或流产的日期'));
    await user.type(screen.getByLabelText('生育或流产的日期'), '2026-03-10');
    await pick(user, /这次生育了几个孩子/, '2 个（双胞胎）');
    await pick(user, /是否难产/, '是');
    await user.type(screen.getByLabelText('累计缴费月数'), '5');
    await user.type(screen.getByLabelText('其中连续缴费月数'), '6');
    await user.click(screen.getByRole('button', { name: '开始测算' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(/用人单位上年度职工月平均工资/)).toBeInTheDocument();
    expect(within(summary).getByText(/其中连续缴费月数/)).toBeInTheDocument();
    expect(screen.getByLabelText(/用人单位上年度职工月平均工资/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('a birth whose 60 days reach 2027 (no holiday notice yet): the end date is said to be unknown, with the earliest day', async () => {
    await setLocale('zh-CN');
    const user = await page(/是生育还是流产/);
    await pick(user, /是生育还是流产/, /生育（分娩）/);
    await user.clear(screen.getByLabelText('生育或流产的日期'));
    await user.type(screen.getByLabelText('生育或流产的日期'), '2026-09-01');
    await pick(user, /这次生育了几个孩子/, '1 个');
    await pick(user, /是否难产/, '否');
    await user.type(screen.getByLabelText(/经办机构核定的生育津贴总额/), '60000');
    await user.type(screen.getByLabelText('累计缴费月数'), '20');
    await user.type(screen.getByLabelText('其中连续缴费月数'), '20');
    await user.click(screen.getByRole('button', { name: '开始测算' }));
    // 2026-09-01 + 97 = 2026-12-07; 24 days to 2026-12-31, then 36 more with no holiday known → 2027-02-05.
    expect(await screen.findByTestId('result-leaveHeadlineUnknown')).toHaveTextContent('产假共 158 天。结束日期暂无法确定：2027 年的放假安排尚未收录，最早为 2027-02-05');
    expect(screen.getByTestId('result-medical-subsidy')).toHaveTextContent('2026 年 7 月 1 日起的标准暂未核实');
    expect(screen.getByText(/是否保留 3600 元、600 元、400 元的生育医疗费补贴，尚未核实/)).toBeInTheDocument();
  });

  it('in English: twins with a difficult birth → 188 days', async () => {
    await setLocale('en');
    const user = await page(/A birth or a miscarriage/);
    await pick(user, /A birth or a miscarriage/, 'Birth');
    await user.clear(screen.getByLabelText('Date of the birth or the miscarriage'));
    await user.type(screen.getByLabelText('Date of the birth or the miscarriage'), '2025-10-20');
    await pick(user, /How many babies/, '2 (twins)');
    await pick(user, /difficult birth/, 'Yes');
    await user.type(screen.getByLabelText(/Allowance assessed by the agency/), '100000');
    await user.type(screen.getByLabelText('Months in total'), '30');
    await user.type(screen.getByLabelText('Of which months in a row'), '3');
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    // 98 + 15 + 15 + 60 = 188; 2025-10-20 + 127 = 2026-02-24 (春节 inside the calendar days); 60 from 02-25 + 清明 (04-05) → 04-26.
    expect(await screen.findByTestId('result-leaveHeadline')).toHaveTextContent('188 days of leave, until 2026-04-26 (inclusive)');
    expect(screen.getByTestId('result-allowance')).toHaveTextContent('Maternity allowance 100,000.00 yuan');
    await setLocale('zh-CN');
  });
});
