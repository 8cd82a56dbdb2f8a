import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/i18n.svelte';
import CalculatorPage from '../../src/ui/pages/CalculatorPage.svelte';
import { clearDraft } from '../../src/ui/drafts.svelte';

type User = ReturnType<typeof userEvent.setup>;

async function page(label: string) {
  clearDraft('long-term-care');
  const user = userEvent.setup();
  render(CalculatorPage, { id: 'long-term-care' });
  await screen.findByLabelText(label, {}, { timeout: 15_000 });
  return user;
}

async function pick(user: User, group: RegExp, option: string | RegExp) {
  await user.click(within(screen.getByRole('group', { name: group })).getByLabelText(option));
}

// Typing every field of a long form takes a few seconds under jsdom on a shared machine.
describe('long-term-care page', { timeout: 30_000 }, () => {
  it('level 5 at home, 8 months, extra hours, 65 元/h in October 2025 → 33 h, fund 1930.50, self 214.50', async () => {
    await setLocale('zh-CN');
    const user = await page('接受照护的日期');
    await user.clear(screen.getByLabelText('接受照护的日期'));
    await user.type(screen.getByLabelText('接受照护的日期'), '2025年10月15日');
    await user.type(screen.getByLabelText(/老人年龄/), '８２');
    await pick(user, /老人参加的医疗保险/, /职工医保/);
    await pick(user, /申领基本养老金/, '是');
    await pick(user, /评估的等级/, '照护五级');
    await pick(user, /^照护方式/, /社区居家照护/);
    await user.type(screen.getByLabelText(/每小时的服务价格/), '65');
    await user.type(screen.getByLabelText(/已连续接受居家照护的月数/), '8');
    await pick(user, /额外待遇选择/, '每月增加服务时间');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    // 7 × 31 ÷ 7 + 2 = 33 h; 33 × 65 = 2145.00; × 0.90 = 1930.50; self 214.50
    expect(await screen.findByTestId('result-weekly-hours')).toHaveTextContent('照护五级：社区居家照护每周最多 7 小时');
    expect(screen.getByTestId('result-monthly-hours')).toHaveTextContent('33.00');
    expect(screen.getByTestId('result-cost')).toHaveTextContent('2,145.00');
    expect(screen.getByTestId('result-fund-pays')).toHaveTextContent('1,930.50');
    expect(screen.getByTestId('result-self-pays')).toHaveTextContent('214.50');
    expect(screen.getByRole('heading', { name: '测算结果' })).toHaveFocus();
    // the week count is this tool's assumption and says so, in a notice and in the explanation
    expect(screen.getByText(/一个月按几周计算是本工具的假设/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /一个月按几周算（本工具的假设）/ })).toBeInTheDocument();
    expect(screen.getAllByText(/非官方来源/).length).toBeGreaterThan(0);
  });

  it('explains the levels, the assessment and the service forms with figures from the parameters', async () => {
    await setLocale('zh-CN');
    await page('接受照护的日期');
    // The extra panel loads after the form shows (the result area's split, issue 17).
    const guide = await screen.findByRole('region', { name: /了解长护险/ }, { timeout: 15_000 });
    expect(within(guide).getByText(/社区居家照护每周最多 5 小时/)).toBeInTheDocument();
    expect(within(guide).getByText(/社区事务受理服务中心提出申请/)).toBeInTheDocument();
    expect(within(guide).getByText(/最长 2 年/)).toBeInTheDocument();
    expect(within(guide).getAllByText(/沪府办发〔2018〕2号/).length).toBeGreaterThan(0);
  });

  it('institutional care in English: third band, 30 days at 200 yuan → fund 1350.00, you pay 4650.00', async () => {
    await setLocale('en');
    const user = await page('Date of care');
    await user.clear(screen.getByLabelText('Date of care'));
    await user.type(screen.getByLabelText('Date of care'), '2025-09-15');
    await user.type(screen.getByLabelText(/Age of the person/), '85');
    await pick(user, /Medical insurance the person has/, /residents' basic medical insurance/);
    await pick(user, /Level from the unified needs assessment/, /Care level 6/);
    await pick(user, /^Form of care/, /elderly-care institution/);
    await pick(user, /Daily payment standard that applies/, /Third band/);
    await user.type(screen.getByLabelText(/Days of care in the institution/), '30');
    await user.type(screen.getByLabelText(/daily charge for care/), '200');
    await user.click(screen.getByRole('button', { name: 'Estimate' }));

    expect(await screen.findByTestId('result-daily-standard')).toHaveTextContent('up to 45.00 yuan a day');
    expect(screen.getByTestId('result-fund-pays')).toHaveTextContent('Up to 1,350.00 yuan for 30 days');
    expect(screen.getByTestId('result-self-pays')).toHaveTextContent('4,650.00');
    await setLocale('zh-CN');
  });

  it('an employee not drawing a pension is told why, not given a figure', async () => {
    await setLocale('zh-CN');
    const user = await page('接受照护的日期');
    await user.clear(screen.getByLabelText('接受照护的日期'));
    await user.type(screen.getByLabelText('接受照护的日期'), '2025-10-15');
    await user.type(screen.getByLabelText(/老人年龄/), '66');
    await pick(user, /老人参加的医疗保险/, /职工医保/);
    await pick(user, /申领基本养老金/, '否');
    await pick(user, /评估的等级/, '照护二级');
    await pick(user, /^照护方式/, /社区居家照护/);
    await user.click(screen.getByRole('button', { name: '开始测算' }));
    expect(await screen.findByTestId('summary-notEligible')).toBeInTheDocument();
    expect(screen.getByText(/职工医保参保人员需已按规定办理申领基本养老金手续。/, { selector: 'li' })).toBeInTheDocument();
    // what would change it: the same answers with the pension formalities done, re-run through the registry
    expect(await screen.findByTestId('what-if')).toHaveTextContent(/办理申领基本养老金手续后可享受：居家照护每周最多 \d+ 小时/);
  });

  it('shows an error summary for missing answers and a bad price', async () => {
    await setLocale('zh-CN');
    const user = await page('接受照护的日期');
    // the date starts at today; cleared, it is asked for
    await user.clear(screen.getByLabelText('接受照护的日期'));
    await pick(user, /^照护方式/, /社区居家照护/);
    await user.type(screen.getByLabelText(/每小时的服务价格/), '65.555');
    await user.click(screen.getByRole('button', { name: '开始测算' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /接受照护的日期: 请填写此项/ })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: /评估的等级: 请填写此项/ })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: /每小时的服务价格.*最多保留 2 位小数/ })).toBeInTheDocument();
  });

  it('compare: level 4 in November 2025, home and all three institutional bands in one result, room and board said to be outside', async () => {
    await setLocale('zh-CN');
    const user = await page('接受照护的日期');
    await user.clear(screen.getByLabelText('接受照护的日期'));
    await user.type(screen.getByLabelText('接受照护的日期'), '2025-11-10');
    await user.type(screen.getByLabelText(/老人年龄/), '84');
    await pick(user, /老人参加的医疗保险/, /职工医保/);
    await pick(user, /申领基本养老金/, '是');
    await pick(user, /评估的等级/, '照护四级');
    await pick(user, /^照护方式/, /两种都看/);
    // the comparison asks the price and the charge, never the band
    expect(screen.queryByRole('group', { name: /日支付标准（档次）/ })).toBeNull();
    await user.type(screen.getByLabelText(/每小时的服务价格/), '65');
    await user.type(screen.getByLabelText(/每天收取的照护费用/), '120');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    // Home: 5 × 30 ÷ 7 × 65 = 1392.857… → 1392.86; × 0.90 → 1253.57; family 139.29.
    const home = await screen.findByTestId('compare-home');
    expect(within(home).getByTestId('compare-home-cost')).toHaveTextContent('1,392.86');
    expect(within(home).getByTestId('compare-home-fund')).toHaveTextContent('1,253.57');
    expect(within(home).getByTestId('compare-home-self')).toHaveTextContent('139.29');
    // Institution: 120 × 30 = 3600; the fund 25/35/45 × 30 = 750/1050/1350; the family 2850/2550/2250 for care.
    const inst = screen.getByTestId('compare-institution');
    expect(within(inst).getByRole('table', { name: /三档日支付标准/ })).toBeInTheDocument();
    expect(within(inst).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['档次（每天支付标准）', '长护险基金支付', '家庭自付照护费']);
    expect(within(inst).getByRole('rowheader', { name: '第一档（每天 25.00 元）' })).toBeInTheDocument();
    expect(screen.getByTestId('compare-band-first-fund')).toHaveTextContent('750.00');
    expect(screen.getByTestId('compare-band-second-self')).toHaveTextContent('2,550.00');
    expect(screen.getByTestId('compare-band-third-fund')).toHaveTextContent('1,350.00');
    expect(screen.getByTestId('compare-band-third-self')).toHaveTextContent('2,250.00');
    expect(screen.getByTestId('compare-institution-outside')).toHaveTextContent('床位费和伙食费由家庭全额自付');
    // the card opens with both answers
    const card = screen.getByTestId('summary-card');
    expect(card).toHaveTextContent('居家照护：家庭每月自付 139.29 元（服务费用 1,392.86 元，长护险支付 1,253.57 元）');
    expect(card).toHaveTextContent('养老机构：30 天家庭自付照护费 2,850.00 / 2,550.00 / 2,250.00 元（三档），另加床位费、伙食费');
    expect(card).toHaveTextContent('床位费、伙食费不在长护险内');
  });
});
