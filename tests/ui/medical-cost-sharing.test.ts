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
    expect(await screen.findByTestId('result-fund')).toHaveTextContent('300.00 元');
    expect(screen.getByTestId('result-account')).toHaveTextContent('0.00 元');
    expect(screen.getByTestId('result-patient')).toHaveTextContent('900.00 元');
    expect(screen.getByTestId('result-carry')).toHaveTextContent('已付起付标准（自负段）500.00 元，医保基金已支付 300.00 元');
    expect(screen.getByRole('heading', { name: '测算结果' })).toHaveFocus();
    expect(screen.getByRole('heading', { name: '自费、分类自负和自负有什么不同？' })).toBeInTheDocument();
    expect(screen.getAllByText(/english\.shanghai\.gov\.cn, 2024-09-05/).length).toBeGreaterThan(0);
    expect(screen.getByText(/没有找到 2024-01-01\/2024-12-31 居民医保基金的年度最高支付限额/)).toBeInTheDocument();
  }, SLOW);

  it('an employee bill: the medical year is applied, the missing yearly figures are said plainly, no numbers invented', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await user.clear(screen.getByLabelText('就诊日期（住院填出院日期）'));
    await user.type(screen.getByLabelText('就诊日期（住院填出院日期）'), '2025-09-15');
    await choose(user, /参保类型/, '职工基本医疗保险（职工医保）');
    await choose(user, /人员类别/, '职工医保：退休人员');
    await choose(user, /就医类型/, '住院');
    await user.type(screen.getByLabelText(/入院日期/), '2025-06-20');
    await choose(user, /医疗机构等级/, '三级医院');
    await user.type(screen.getByLabelText('医疗费用总额（元）'), '20000');
    await user.type(screen.getByLabelText(/^其中自费金额（元）/), '1000');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    const panel = await screen.findByTestId('result-not-covered');
    expect(panel).toHaveTextContent('医保年度：2025-07-01/2026-06-30');
    expect(panel).toHaveTextContent('自费 1000.00 元');
    expect(screen.getByText(/2025-07-01\/2026-06-30 医保年度职工医保的起付标准/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /住院跨医保年度/ })).toBeInTheDocument();
    expect(screen.queryByTestId('result-fund')).toBeNull();
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

  it('stops the chain at a bill the rules do not cover', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await choose(user, /参保类型/, '城乡居民基本医疗保险（居民医保）');
    await choose(user, /人员类别/, '居民医保：60 岁及以上');
    await user.click(screen.getByRole('button', { name: '添加一张账单' }));
    const bill = screen.getByTestId('bill-1');
    await user.clear(within(bill).getByLabelText('就诊日期（住院填出院日期）'));
    await user.type(within(bill).getByLabelText('就诊日期（住院填出院日期）'), '2025-02-01');
    await user.type(within(bill).getByLabelText('医疗费用总额（元）'), '300');
    await user.click(screen.getByRole('button', { name: '计算这几张账单' }));
    expect(await screen.findByTestId('bills-stop')).toHaveTextContent('第 1 张账单无法计算：就诊日期（住院填出院日期）: 本工具收录的政策不覆盖这个日期（收录范围：2024-01-01 至 2024-12-31）');
  }, SLOW);
});
