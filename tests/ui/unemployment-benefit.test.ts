import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/i18n.svelte';
import CalculatorPage from '../../src/ui/pages/CalculatorPage.svelte';
import { clearDraft } from '../../src/ui/drafts.svelte';

async function page() {
  clearDraft('unemployment-benefit');
  const user = userEvent.setup();
  render(CalculatorPage, { id: 'unemployment-benefit' });
  await screen.findByLabelText('申领受理日期');
  return user;
}

describe('unemployment-benefit page', () => {
  it('computes case A (3.5 years, accepted 2025-09-15 → 6 months at 2305 = 13830) from what a person types', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await user.clear(screen.getByLabelText('申领受理日期'));
    await user.type(screen.getByLabelText('申领受理日期'), '2025年9月15日');
    await user.type(screen.getByLabelText(/累计缴纳失业保险费年限/), '３．５');
    const involuntary = screen.getByRole('group', { name: /非因本人意愿/ });
    await user.click(within(involuntary).getByLabelText('是'));
    const registered = screen.getByRole('group', { name: /失业登记/ });
    await user.click(within(registered).getByLabelText('是'));
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    expect(await screen.findByTestId('summary-months')).toHaveTextContent('可领 6 个月');
    expect(screen.getByTestId('summary-total')).toHaveTextContent('合计 13,830.00 元');
    expect(screen.getByRole('heading', { name: '测算结果' })).toHaveFocus();
    // every paid month is in the table, and the explanation names the notice
    expect(screen.getAllByRole('row').filter((r) => /2,305\.00/.test(r.textContent ?? ''))).toHaveLength(6);
    expect(screen.getAllByText(/沪人社规〔2025〕9号/).length).toBeGreaterThan(0);
  });

  it('shows an error summary that links to the field, and keeps what was typed', async () => {
    await setLocale('zh-CN');
    const user = await page();
    // the claim date starts at today; cleared, it is asked for
    await user.clear(screen.getByLabelText('申领受理日期'));
    await user.type(screen.getByLabelText(/累计缴纳失业保险费年限/), '-2');
    await user.click(screen.getByRole('button', { name: '开始测算' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: /申领受理日期: 请填写此项/ })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: /累计缴纳失业保险费年限.*0 到 70/ })).toBeInTheDocument();
    const years = screen.getByLabelText(/累计缴纳失业保险费年限/);
    expect(years).toHaveValue('-2');
    expect(years).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(summary).getByRole('link', { name: /累计缴纳失业保险费年限/ }));
    expect(years).toHaveFocus();
  });

  it('keeps the typed values when the language changes', async () => {
    await setLocale('zh-CN');
    const user = await page();
    await user.clear(screen.getByLabelText('申领受理日期'));
    await user.type(screen.getByLabelText('申领受理日期'), '2026-03-20');
    await setLocale('en');
    expect(await screen.findByLabelText('Date your claim was accepted')).toHaveValue('2026-03-20');
    await user.type(screen.getByLabelText(/Years of unemployment-insurance contributions/), '2');
    await user.click(within(screen.getByRole('group', { name: /against your will/ })).getByLabelText('Yes'));
    await user.click(within(screen.getByRole('group', { name: /registered as unemployed/ })).getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    // 3 × 2305 (2026-04 … 06, 沪人社规〔2025〕9号) + 2340 (2026-07, 沪人社规〔2026〕7号)
    expect(await screen.findByTestId('summary-total')).toHaveTextContent('CNY 9,255.00 in all');
    await setLocale('zh-CN');
  });
});
