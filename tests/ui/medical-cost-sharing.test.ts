import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/i18n.svelte';
import CalculatorPage from '../../src/ui/pages/CalculatorPage.svelte';
import { clearDraft } from '../../src/ui/drafts.svelte';

const ID = 'medical-cost-sharing';
/** Typing many fields takes a few seconds under jsdom. */
const SLOW = 30_000;

async function page() {
  clearDraft(ID);
  const user = userEvent.setup();
  render(CalculatorPage, { id: ID });
  await screen.findByLabelText('就诊日期（住院填出院日期）', {}, { timeout: 15_000 });
  return user;
}

async function choose(user: ReturnType<typeof userEvent.setup>, group: RegExp, option: string) {
  await user.click(within(screen.getByRole('group', { name: group })).getByLabelText(option));
}

describe('medical-cost-sharing page', () => {
  it('splits a 2024 resident outpatient bill as the settlement slip does (S1: 500 deductible, 二级 fund 60%)', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await user.clear(screen.getByLabelText('就诊日期（住院填出院日期）'));
    await user.type(screen.getByLabelText('就诊日期（住院填出院日期）'), '2024年5月10日');
    await choose(user, /参保类型/, '城乡居民基本医疗保险（居民医保）');
    await choose(user, /人员类别/, '居民医保：19–59 岁');
    await choose(user, /就医类型/, '门诊、急诊');
    await choose(user, /医疗机构等级/, '二级医院');
    await user.type(screen.getByLabelText('医疗费用总额（元）'), '１２００');
    await user.type(screen.getByLabelText(/^其中自费金额（元）/), '100');
    await user.type(screen.getByLabelText(/^其中分类自负金额（元）/), '100');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    // 1200 − 100 − 100 = 1000; 500 deductible; 500 × 0.6 = 300 fund; 900 patient
    expect(await screen.findByTestId('summary-fund')).toHaveTextContent('300.00 元');
    // a resident result has no account line
    expect(screen.queryByTestId('summary-account')).toBeNull();
    expect(screen.getByTestId('summary-cash')).toHaveTextContent('900.00 元');
    expect(screen.getByTestId('result-carry')).toHaveTextContent('已付起付标准（自负段）500.00 元，医保基金已支付 300.00 元');
    expect(screen.getByRole('heading', { name: '测算结果' })).toHaveFocus();
    expect(screen.getByRole('heading', { name: '自费、分类自负和自负有什么不同？' })).toBeInTheDocument();
    expect(screen.getAllByText(/english\.shanghai\.gov\.cn, 2024-09-05/).length).toBeGreaterThan(0);
    expect(screen.getByText(/没有找到 2024-01-01\/2024-12-31 居民医保基金的年度最高支付限额/)).toBeInTheDocument();
    // residents have no account line
    expect(within(screen.getByTestId('result-payers')).queryByText(/个人医疗账户/)).toBeNull();
  }, SLOW);

  it('an employee retiree’s hospital stay (issue 13 example): 起付 from the previous-years account, then 92%, the two accounts apart', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await user.clear(screen.getByLabelText('就诊日期（住院填出院日期）'));
    await user.type(screen.getByLabelText('就诊日期（住院填出院日期）'), '2025-10-02');
    await choose(user, /参保类型/, '职工基本医疗保险（职工医保）');
    await choose(user, /人员类别/, '职工医保：退休人员');
    await user.type(await screen.findByLabelText(/退休时间（年月）/), '2012-04');
    await choose(user, /就医类型/, '住院');
    await user.type(screen.getByLabelText(/入院日期/), '2025-09-25');
    await choose(user, /医疗机构等级/, '二级医院');
    await user.type(screen.getByLabelText('医疗费用总额（元）'), '12000');
    await user.type(screen.getByLabelText(/历年账户余额/), '300');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    // MY2025-26, retired 2001年后: 起付 1200 (300 account + 900 cash); 10800 × 0.92 = 9936; 864 cash → cash 1764
    expect(await screen.findByTestId('summary-fund')).toHaveTextContent('9,936.00 元');
    expect(screen.getByTestId('summary-account')).toHaveTextContent('300.00 元');
    expect(screen.getByTestId('summary-cash')).toHaveTextContent('1,764.00 元');
    const payers = screen.getByTestId('result-payers');
    expect(within(payers).getByRole('row', { name: /个人医疗账户：当年账户\s*0\.00/ })).toBeInTheDocument();
    expect(within(payers).getByRole('row', { name: /个人医疗账户：历年账户\s*300\.00/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /住院起付标准：本次个人负担 1200\.00 元/ })).toBeInTheDocument();
    expect(screen.getByText(/起付标准为每个医保年度 1200\.00 元，今年已付 0\.00 元，还差 1200\.00 元，本次付 1200\.00 元：历年账户付 300\.00 元，现金付 900\.00 元/)).toBeInTheDocument();
    expect(screen.queryByTestId('result-carried')).toBeNull();
    expect(screen.getByTestId('result-carry')).toHaveTextContent('已付门急诊自负段 0.00 元、住院起付标准 1200.00 元，住院起付标准以上的医疗费用累计 10800.00 元，医保基金已支付 9936.00 元');
  }, SLOW);

  it('an office worker’s outpatient bill in the current medical year: carried-forward figures, marked in amber, said in words', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await user.clear(screen.getByLabelText('就诊日期（住院填出院日期）'));
    await user.type(screen.getByLabelText('就诊日期（住院填出院日期）'), '2026-11-20');
    await choose(user, /参保类型/, '职工基本医疗保险（职工医保）');
    await choose(user, /人员类别/, '职工医保：在职职工');
    await choose(user, /就医类型/, '门诊、急诊');
    await choose(user, /医疗机构等级/, '三级医院');
    await user.type(screen.getByLabelText('医疗费用总额（元）'), '1800');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    // 500 自负段; 1300 × 0.70 = 910 fund; cash 890 (MY2025-26 figures carried into MY2026-27)
    expect(await screen.findByTestId('summary-fund')).toHaveTextContent('910.00 元');
    expect(screen.getByTestId('summary-cash')).toHaveTextContent('890.00 元');
    expect(screen.getByTestId('result-carried')).toHaveTextContent('沿用上一年度标准');
    expect(screen.getByText(/“职工医保门急诊自负段（每医保年度）”：2026-07-01\/2027-06-30 的新标准尚未收录/)).toBeInTheDocument();
    expect(screen.getAllByTestId('trust-carried').some((e) => /沿用.*的新通知尚未收录/.test(e.textContent ?? ''))).toBe(true);
    expect(screen.getByText(/门急诊自负段为每个医保年度 500\.00 元，今年已付 0\.00 元，还差 500\.00 元，本次再付 500\.00 元/)).toBeInTheDocument();
  }, SLOW);

  it('reports 自费 + 分类自负 above the total as inconsistent, in English too', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    clearDraft(ID);
    render(CalculatorPage, { id: ID });
    await user.type(await screen.findByLabelText('Date of the visit (for a hospital stay: date of discharge)', {}, { timeout: 15_000 }), '2024-05-10');
    await choose(user, /Insurance scheme/, 'Urban and rural resident basic medical insurance (居民医保)');
    await choose(user, /^Category/, 'Resident insurance: 60 or older');
    await choose(user, /Type of care/, 'Outpatient or emergency');
    await choose(user, /Level of the hospital/, 'Level-3 hospital');
    await user.type(screen.getByLabelText('Total medical costs (yuan)'), '100');
    await user.type(screen.getByLabelText(/^Of which self-funded \(yuan\)/), '80');
    await user.type(screen.getByLabelText(/^Of which category-B co-payment \(yuan\)/), '30');
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /Total medical costs \(yuan\)/ })).toBeInTheDocument();
    await setLocale('zh-CN');
  }, SLOW);

  it('works out several bills in a row, carrying the deductible, with running totals and a labelled chart', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await choose(user, /参保类型/, '城乡居民基本医疗保险（居民医保）');
    await choose(user, /人员类别/, '居民医保：19–59 岁');
    await user.click(screen.getByRole('button', { name: '添加一张账单' }));
    await user.click(screen.getByRole('button', { name: '添加一张账单' }));
    // entered out of date order: worked out by date
    const [first, second] = [screen.getByTestId('bill-1'), screen.getByTestId('bill-2')];
    await user.clear(within(first).getByLabelText('就诊日期（住院填出院日期）'));
    await user.type(within(first).getByLabelText('就诊日期（住院填出院日期）'), '2024-04-01');
    await user.selectOptions(within(first).getByLabelText('医疗机构等级'), '1');
    await user.type(within(first).getByLabelText('医疗费用总额（元）'), '400');
    await user.clear(within(second).getByLabelText('就诊日期（住院填出院日期）'));
    await user.type(within(second).getByLabelText('就诊日期（住院填出院日期）'), '2024-03-01');
    await user.selectOptions(within(second).getByLabelText('医疗机构等级'), '1');
    await user.type(within(second).getByLabelText('医疗费用总额（元）'), '300');
    await user.click(screen.getByRole('button', { name: '计算这几张账单' }));

    // bill 2 (2024-03-01): 300 all deductible; bill 1 (2024-04-01): 200 deductible + 200 × 0.7 = 140 fund, 260 patient
    const sum = await screen.findByTestId('bills-sum');
    expect(sum).toHaveTextContent('700.00');
    expect(sum).toHaveTextContent('140.00');
    expect(sum).toHaveTextContent('560.00');
    const chart = screen.getByTestId('bills-chart');
    expect(within(chart).getByText('第 2 张（2024-03-01）：基金 0.00 元，账户 0.00 元，个人 300.00 元')).toBeInTheDocument();
    expect(within(chart).getByText('第 1 张（2024-04-01）：基金 140.00 元，账户 0.00 元，个人 260.00 元')).toBeInTheDocument();
  }, SLOW);

  it('employee hospital bills in a row carry the hospital deductible (MY2025-26, in service)', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await choose(user, /参保类型/, '职工基本医疗保险（职工医保）');
    await choose(user, /人员类别/, '职工医保：在职职工');
    await user.click(screen.getByRole('button', { name: '添加一张账单' }));
    await user.click(screen.getByRole('button', { name: '添加一张账单' }));
    const [first, second] = [screen.getByTestId('bill-1'), screen.getByTestId('bill-2')];
    for (const [bill, date, total] of [[first, '2025-08-01', '10000'], [second, '2025-11-01', '3000']] as const) {
      await user.type(within(bill).getByLabelText('就诊日期（住院填出院日期）'), date);
      await user.selectOptions(within(bill).getByLabelText('就医类型'), 'inpatient');
      await user.type(within(bill).getByLabelText('医疗费用总额（元）'), total);
    }
    await user.click(screen.getByRole('button', { name: '计算这几张账单' }));
    // 1st: 起付 1500; 8500 × 0.85 = 7225; cash 2775. 2nd: 起付 already met; 3000 × 0.85 = 2550; cash 450.
    const chart = await screen.findByTestId('bills-chart');
    expect(within(chart).getByText('第 1 张（2025-08-01）：基金 7225.00 元，账户 0.00 元，个人 2775.00 元')).toBeInTheDocument();
    expect(within(chart).getByText('第 2 张（2025-11-01）：基金 2550.00 元，账户 0.00 元，个人 450.00 元')).toBeInTheDocument();
    expect(screen.getByTestId('bills-sum')).toHaveTextContent('9775.00');
  }, SLOW);

  it('stops the chain at a bill the rules do not cover', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await choose(user, /参保类型/, '城乡居民基本医疗保险（居民医保）');
    await choose(user, /人员类别/, '居民医保：60 岁及以上');
    await user.click(screen.getByRole('button', { name: '添加一张账单' }));
    const bill = screen.getByTestId('bill-1');
    await user.clear(within(bill).getByLabelText('就诊日期（住院填出院日期）'));
    await user.type(within(bill).getByLabelText('就诊日期（住院填出院日期）'), '2027-02-01');
    await user.type(within(bill).getByLabelText('医疗费用总额（元）'), '300');
    await user.click(screen.getByRole('button', { name: '计算这几张账单' }));
    expect(await screen.findByTestId('bills-stop')).toHaveTextContent('第 1 张账单无法计算：就诊日期（住院填出院日期）: 本工具收录的政策不覆盖这个日期（收录范围：2024-01-01 至 2026-12-31）');
  }, SLOW);
});
