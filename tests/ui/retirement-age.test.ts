import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/i18n.svelte';
import CalculatorPage from '../../src/ui/pages/CalculatorPage.svelte';
import { clearDraft, draftFor } from '../../src/ui/drafts.svelte';

async function page() {
  clearDraft('retirement-age');
  const user = userEvent.setup();
  render(CalculatorPage, { id: 'retirement-age' });
  await screen.findByLabelText('出生年月', {}, { timeout: 10_000 });
  return user;
}

describe('retirement-age page', { timeout: 30_000 }, () => {
  it('man born 1965-01 (annex 1 row): 60 years 1 month, 2025-02, the window as a text timeline, and a link that carries over to the pension estimate', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await user.type(screen.getByLabelText('出生年月'), '1965年1月');
    await user.click(within(screen.getByRole('group', { name: /^退休类别/ })).getByLabelText(/男职工/));
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    expect(await screen.findByTestId('result-age')).toHaveTextContent('法定退休年龄：60 岁 1 个月');
    expect(screen.getByTestId('result-month')).toHaveTextContent('2025-02 达到法定退休年龄');
    expect(screen.getByTestId('result-minimum')).toHaveTextContent('2025 年退休，按月领取养老金需累计缴费满 15 年');
    const items = within(screen.getByTestId('timeline')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '○ 2025-01 最早：原法定退休年龄（60 岁） 可提前 1 个月',
      '● 2025-02 法定退休年龄（60 岁 1 个月）',
      '○ 2028-02 最晚：弹性延迟退休（63 岁 1 个月） 可推迟 36 个月',
    ]);
    const link = screen.getByRole('link', { name: '测算首月养老金' });
    expect(link).toHaveAttribute('href', '#/pension-estimate');
    clearDraft('pension-estimate');
    await user.click(link);
    expect(draftFor('pension-estimate')).toMatchObject({ birthMonth: '1965-01', category: 'male', retirementMonth: '2025-02' });
  });

  it('an early choice beyond the window is reported on the months field', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await user.type(screen.getByLabelText('出生年月'), '1965-01');
    await user.click(within(screen.getByRole('group', { name: /^退休类别/ })).getByLabelText(/男职工/));
    await user.click(within(screen.getByRole('group', { name: /提前还是推迟/ })).getByLabelText('弹性提前退休'));
    await user.type(screen.getByLabelText(/提前或推迟的月数/), '3');
    await user.click(screen.getByRole('button', { name: '开始测算' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /提前或推迟的月数.*1 到 1/ })).toBeInTheDocument();
  });

  it('in English: a woman (50) born 1984-11 retiring 36 months early marks her choice in the timeline', async () => {
    await setLocale('en');
    clearDraft('retirement-age');
    const user = userEvent.setup();
    render(CalculatorPage, { id: 'retirement-age' });
    await user.type(await screen.findByLabelText('Birth month', {}, { timeout: 10_000 }), '1984-11');
    await user.click(within(screen.getByRole('group', { name: /^Retirement category/ })).getByLabelText(/original retirement age 50/));
    await user.click(within(screen.getByRole('group', { name: /Earlier or later/ })).getByLabelText('Flexible early retirement'));
    await user.type(screen.getByLabelText(/Months earlier or later/), '36');
    await user.click(screen.getByRole('button', { name: 'Estimate' }));

    expect(await screen.findByTestId('result-age')).toHaveTextContent('Statutory retirement age: 55 years 0 months');
    // 94号 第七条: early → the chosen year 2036: 18.5 years (the statutory year 2039: 20)
    expect(screen.getByTestId('result-minimum')).toHaveTextContent('Retiring in 2039, a monthly pension needs 20 years of contributions');
    expect(screen.getByTestId('result-chosen')).toHaveTextContent('With your choice, you retire in 2036-11');
    expect(screen.getByTestId('result-chosen-minimum')).toHaveTextContent('Minimum contribution years for this choice: 18.5');
    const chosen = within(screen.getByTestId('timeline'))
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('aria-current') === 'true');
    expect(chosen).toHaveTextContent('2036-11 The month you chose (52 years 0 months)');
    await setLocale('zh-CN');
  });

  it('not sure of 工人 or 干部 (born 1975-03, on 2026-12-02): both categories in one table, the past months said in words, the pensions', async () => {
    await setLocale('zh-CN');
    clearDraft('retirement-age');
    const user = userEvent.setup();
    render(CalculatorPage, { id: 'retirement-age', asOf: '2026-12-02' });
    await user.type(await screen.findByLabelText('出生年月', {}, { timeout: 10_000 }), '1975-03');
    await user.click(within(screen.getByRole('group', { name: /^退休类别/ })).getByLabelText(/不确定是 50 岁还是 55 岁/));
    await user.click(screen.getByText('核定表上的数字（选填）'));
    await user.type(screen.getByLabelText(/全部缴费年限（年）/), '30');
    await user.type(screen.getByLabelText(/个人月平均缴费工资指数/), '1.2');
    await user.type(screen.getByLabelText(/个人账户储存额（元）/), '150000');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    const table = within(await screen.findByTestId('window-table')).getByRole('table', { name: /工人（原 50 岁）和干部（原 55 岁）两种身份并排对比/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['退休时间', '按工人身份（原 50 岁）', '按干部身份（原 55 岁）']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['最早（弹性提前）', '法定退休', '最晚（弹性延迟）']);
    // 50: 600 + 2 months → 2025-05; 55: 660 + 16 → 56 y 4 m → 2031-07 (hand-computed in tests/rules/retirement-age-table.test.ts)
    const w50 = screen.getByTestId('window-female-50-statutory');
    expect(w50).toHaveTextContent('2025 年 5 月');
    expect(w50).toHaveTextContent('届时 50 岁 2 个月');
    expect(screen.getByTestId('window-female-50-statutory-minimum')).toHaveTextContent('最低缴费 15 年');
    expect(screen.getByTestId('window-female-50-statutory-pension')).toHaveTextContent('首月养老金约 4,875.70 元');
    expect(screen.getByTestId('window-female-50-statutory-status')).toHaveTextContent('已过');
    expect(screen.getByTestId('window-female-50-earliest')).toHaveTextContent('即原法定退休年龄');
    expect(screen.getByTestId('window-female-55-statutory')).toHaveTextContent('2031 年 7 月');
    expect(screen.getByTestId('window-female-55-statutory-minimum')).toHaveTextContent('最低缴费 16 年');
    expect(screen.getByTestId('window-female-55-statutory-status')).toHaveTextContent('还有 55 个月');
    expect(screen.getByTestId('window-gap')).toHaveTextContent('相差 6 年 2 个月');
    // today in words, with what it means now
    expect(screen.getByTestId('today-female-50')).toHaveTextContent('已过：您按工人身份（原法定退休年龄 50 岁）的法定退休月份 2025 年 5 月 已过，已达到法定退休年龄，现在可以办理退休。');
    expect(screen.getByTestId('today-female-50')).toHaveTextContent('弹性提前退休的范围（最早 2025 年 3 月）已经过去。与单位协商一致的，也可以弹性延迟退休，最晚到 2028 年 5 月。');
    expect(screen.getByTestId('today-female-55')).toHaveTextContent('还没到：您按干部身份（原法定退休年龄 55 岁）最早可以退休的月份是 2030 年 3 月，还有 39 个月。');
    // the card: both statutory months and the gap
    const card = screen.getByTestId('summary-card');
    expect(card).toHaveTextContent('按工人身份（50 岁）：法定退休 2025 年 5 月（50 岁 2 个月），已经过去，现在可以办理退休');
    expect(card).toHaveTextContent('按干部身份（55 岁）：法定退休 2031 年 7 月（56 岁 4 个月）');
    expect(card).toHaveTextContent('两种身份相差 6 年 2 个月');
  });

  it('not sure, 2 months early (born 1975-03, on 2026-12-02): each category has its timeline with its spoken summary, its list and its chosen month', async () => {
    await setLocale('zh-CN');
    clearDraft('retirement-age');
    const user = userEvent.setup();
    render(CalculatorPage, { id: 'retirement-age', asOf: '2026-12-02' });
    await user.type(await screen.findByLabelText('出生年月', {}, { timeout: 10_000 }), '1975-03');
    await user.click(within(screen.getByRole('group', { name: /^退休类别/ })).getByLabelText(/不确定是 50 岁还是 55 岁/));
    await user.click(within(screen.getByRole('group', { name: /提前还是推迟/ })).getByLabelText('弹性提前退休'));
    await user.type(screen.getByLabelText(/提前或推迟的月数/), '2');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    // 50: 2025-05 − 2 = 2025-03 (50 y 0 m), the year 2025 → 15; 55: 2031-07 − 2 = 2031-05 (56 y 2 m), 2031 → 16.
    expect(await screen.findByTestId('result-chosen-female-50')).toHaveTextContent('按您的选择，2025-03 退休');
    expect(screen.getByTestId('result-chosen-minimum-female-50')).toHaveTextContent('这一选择适用的最低缴费年限：15 年');
    expect(screen.getByTestId('result-chosen-female-55')).toHaveTextContent('按您的选择，2031-05 退休');
    expect(screen.getByTestId('result-chosen-minimum-female-55')).toHaveTextContent('这一选择适用的最低缴费年限：16 年');
    const chosen55 = within(screen.getByTestId('timeline-female-55')).getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'true');
    expect(chosen55).toHaveTextContent('2031-05 您选择的月份（56 岁 2 个月）');
    expect(within(screen.getByTestId('timeline-female-55')).getAllByRole('listitem').map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(['2030-03', '2031-05', '2031-07', '2034-07']);
    for (const c of ['female-50', 'female-55']) {
      const svg = screen.getByTestId(`retirement-timeline-${c}`).querySelector('svg')!;
      expect(svg).toHaveAttribute('role', 'img');
    }
    expect(screen.getByTestId('retirement-timeline-female-55').querySelector('svg')!.getAttribute('aria-label')).toMatch(/^退休时间轴（干部身份，原 55 岁）：最早 2030-03，您的选择 2031-05，法定 2031-07，最晚 2034-07；今天 \d{4}-\d{2}/);
    expect(screen.getByTestId('retirement-timeline-female-50').querySelector('svg')!.getAttribute('aria-label')).toMatch(/^退休时间轴（工人身份，原 50 岁）：最早 2025-03，您的选择 2025-03，法定 2025-05，最晚 2028-05；/);
  });
});
