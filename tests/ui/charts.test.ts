import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadNamespaces, setLocale } from '../../src/i18n/i18n.svelte';
import { run } from '../../src/rules/engine';
import { loadCalculator } from '../../src/rules/registry';
import type { UnemploymentResult } from '../../src/rules/unemployment-benefit';
import type { ContributionsResult } from '../../src/rules/contributions';
import type { RetirementAgeResult } from '../../src/rules/retirement-age';
import { rawInput } from '../../src/ui/drafts.svelte';
import UnemploymentView from '../../src/ui/results/UnemploymentResult.svelte';
import ContributionsView from '../../src/ui/results/ContributionsResult.svelte';
import RetirementView from '../../src/ui/results/RetirementAgeResult.svelte';
import PensionHistory from '../../src/ui/extras/PensionAdjustmentHistory.svelte';
import RetirementTimeline from '../../src/ui/charts/RetirementTimeline.svelte';

/** Issue 20: each chart draws the figures of the result it sits in, and its text equivalent holds the same figures. */
async function outcome(id: Parameters<typeof loadCalculator>[0], values: Record<string, string>, asOf = '2026-12-02') {
  await setLocale('zh-CN');
  await loadNamespaces([id]);
  const calc = await loadCalculator(id);
  const out = run(calc, rawInput(values), asOf);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out;
}
const drawn = (testid: string, selector = 'rect[data-value], circle[data-value]') =>
  [...screen.getByTestId(testid).querySelectorAll(selector)].map((e) => e.getAttribute('data-value'));
const label = (testid: string) => screen.getByTestId(testid).querySelector('svg[role=img]')!.getAttribute('aria-label');

describe('charts of the results', { timeout: 30_000 }, () => {
  it('unemployment, claim 2026-03-20 with 2 years: four columns, 2,305 for 2026-04…06 and 2,340 from 2026-07, as the month table', async () => {
    const out = await outcome('unemployment-benefit', { claimDate: '2026-03-20', contributionYears: '2', involuntary: 'true', registered: 'true' });
    const r = out.result as UnemploymentResult;
    render(UnemploymentView, { result: r, steps: out.steps, notices: out.notices, headline: false });
    // 2 years × 2 months a year (2016 duration rule) = 4 months from the month after the claim: 2026-04 … 2026-07.
    // 2,305 from 2025-07-01, 2,340 from 2026-07-01 (parameters.ts standard rows): 3 × 2305 + 2340 = 9,255.
    expect(drawn('unemployment-chart')).toEqual(['2305.00', '2305.00', '2305.00', '2340.00']);
    expect(label('unemployment-chart')).toBe('每月失业保险金柱状图，共 4 个月：2026-04 至 2026-06 每月 2,305.00 元；2026-07 2,340.00 元。合计 9,255.00 元。');
    expect(r.total).toBe('9255.00');
    // The text equivalent: the month table under the chart, the same figures in the same order.
    const cells = within(screen.getByTestId('month-table')).getAllByRole('row').slice(1, -1).map((row) => within(row).getAllByRole('cell')[1]!.textContent!.trim());
    expect(cells.map((c) => c.replace(/[^\d.]/g, '').replace(/^(\d+\.\d\d).*/, '$1'))).toEqual(['2305.00', '2305.00', '2305.00', '2340.00']);
    // The change is marked: a dashed line before 2026-07 and its figure written on.
    expect(screen.getByTestId('unemployment-chart').querySelectorAll('.chart__divider')).toHaveLength(1);
    expect(within(screen.getByTestId('unemployment-chart')).getByText('2,340.00')).toBeInTheDocument();
  });

  it('contributions at base 6,000 in 2026-08: bars you/employer per insurance equal the table above them', async () => {
    const out = await outcome('contributions', { month: '2026-08', kind: 'employee', base: '6000', workInjuryClass: '1' });
    const r = out.result as ContributionsResult;
    render(ContributionsView, { result: r, steps: out.steps, notices: out.notices, headline: false });
    // 6,000 is below the 2026 lower limit 7,546, so 7,546 is used: pension 8 % = 603.68, employer 16 % = 1,207.36;
    // medical 2 % = 150.92, employer 9 % = 679.14; unemployment 0.5 % = 37.73 each; work injury class 1, 0.2 % = 15.09 (employer only).
    expect(drawn('contributions-chart')).toEqual(['603.68', '1207.36', '150.92', '679.14', '37.73', '37.73', '15.09']);
    expect(drawn('contributions-chart')).toEqual([r.employee.pension, r.employer!.pension, r.employee.medical, r.employer!.medical, r.employee.unemployment, r.employer!.unemployment, r.employer!.workInjury]);
    expect(label('contributions-chart')).toBe(
      '各险种每月缴费条形图：养老保险：个人 603.68 元，单位 1,207.36 元；医疗保险：个人 150.92 元，单位 679.14 元；失业保险：个人 37.73 元，单位 37.73 元；工伤保险：个人 不缴，单位 15.09 元。',
    );
    const table = screen.getByTestId('contrib-table');
    for (const figure of ['603.68', '1,207.36', '150.92', '679.14', '37.73', '15.09']) expect(table).toHaveTextContent(figure);
  });

  it('retirement, man born 1965-01: the timeline has the months of the list beside it, and today on it', async () => {
    const out = await outcome('retirement-age', { birthMonth: '1965-01', category: 'male' });
    const r = out.result as RetirementAgeResult;
    render(RetirementView, { result: r, steps: out.steps, notices: out.notices });
    const listed = within(screen.getByTestId('timeline')).getAllByRole('listitem').map((li) => li.querySelector('time')!.getAttribute('datetime'));
    expect(listed).toEqual(['2025-01', '2025-02', '2028-02']);
    const rows = [...screen.getByTestId('retirement-timeline').querySelectorAll('text')].map((e) => e.textContent);
    expect(rows.filter((t) => !t!.includes('今天'))).toEqual(['○ 2025-01 最早', '● 2025-02 法定', '○ 2028-02 最晚']);
  });

  it('the timeline says where today is: ahead of, inside or past the window', async () => {
    const out = await outcome('retirement-age', { birthMonth: '1965-01', category: 'male' });
    const r = out.result as RetirementAgeResult;
    const { unmount } = render(RetirementTimeline, { result: r, today: '2024-10' });
    // 2024-10 → 2025-01 is 3 months.
    expect(label('retirement-timeline')).toBe('退休时间轴：最早 2025-01，法定 2025-02，最晚 2028-02；今天 2024-10，距最早可退休的月份还有 3 个月。');
    unmount();
    render(RetirementTimeline, { result: r, today: '2028-03' });
    expect(label('retirement-timeline')).toMatch(/今天 2028-03，可以选择的时间都已过去。$/);
  });

  it('pension history from 2016: one point per year at the figure the history table gives after each adjustment', async () => {
    await setLocale('zh-CN');
    await loadNamespaces(['pension-adjustment']);
    const calc = await loadCalculator('pension-adjustment');
    const values = { year: '2016', retiredBy: '2005-06', decemberPension: '5200', 'contributionYears.years': '32', 'contributionYears.months': '4', birthMonth: '1950-05', sex: 'female' };
    render(PensionHistory, { calculator: calc, asOf: '2026-12-02', values });
    await userEvent.setup().click(screen.getByRole('button', { name: '计算逐年历史' }));
    const table = await screen.findByTestId('history-table');
    const after = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[2]!.textContent!.trim());
    expect(after).toHaveLength(10);
    expect(drawn('pension-history-chart')).toEqual(after);
    // The first year: 5,200 + 310.00 (the table's increase) = 5,510.00.
    expect(after[0]).toBe('5510.00');
    expect(label('pension-history-chart')).toMatch(/^每月养老金逐年变化折线图，共 10 年：2016 年 5,510\.00 元，2017 年 /);
  });
});
