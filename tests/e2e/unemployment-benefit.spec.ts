import { expect, test } from '@playwright/test';
import { switchToEnglish } from './helpers';

test.describe('unemployment benefit in the built app', () => {
  test('zh-CN: case A — 3.5 years, accepted 2025-09-15 → 6 months × 2305 = 13830.00', async ({ page }) => {
    await page.goto('./#/unemployment-benefit');
    await expect(page).toHaveTitle(/失业保险金测算/);
    await page.getByLabel('申领受理日期').fill('2025-09-15');
    await page.getByLabel('累计缴纳失业保险费年限（年）').fill('3.5');
    await page.getByRole('group', { name: /非因本人意愿/ }).getByLabel('是').check();
    await page.getByRole('group', { name: /失业登记/ }).getByLabel('是').check();
    await page.getByRole('button', { name: '开始测算' }).click();
    await expect(page.getByTestId('summary-months')).toHaveText('可领 6 个月');
    await expect(page.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
    await page.getByTestId('explanation-disclosure').locator(':scope > summary').click();
    await expect(page.getByRole('heading', { name: '计算过程' })).toBeVisible();
    await expect(page.getByText('沪人社规〔2025〕9号').first()).toBeVisible();
  });

  test('English: a claim crossing 1 July is paid at two standards (3 × 2305 + 2340 = 9255.00)', async ({ page }) => {
    await page.goto('./#/unemployment-benefit');
    await switchToEnglish(page);
    await page.getByLabel('Date your claim was accepted').fill('2026-03-20');
    await page.getByLabel('Years of unemployment-insurance contributions').fill('2');
    await page.getByRole('group', { name: /against your will/ }).getByLabel('Yes').check();
    await page.getByRole('group', { name: /registered as unemployed/ }).getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Estimate' }).click();
    await expect(page.getByTestId('summary-months')).toHaveText('for 4 months');
    await expect(page.getByTestId('summary-total')).toHaveText('CNY 9,255.00 in all');
    await page.getByTestId('month-table').locator('summary').click();
    const rows = page.locator('table tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(3)).toContainText('2026-07');
    await expect(rows.nth(3)).toContainText('2,340.00');
  });

  test('bad input: an error summary linking to the field, typed text kept across a language switch', async ({ page }) => {
    await page.goto('./#/unemployment-benefit');
    await page.getByLabel('累计缴纳失业保险费年限（年）').fill('abc');
    await page.getByRole('button', { name: '开始测算' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: /累计缴纳失业保险费年限/ }).click();
    await expect(page.getByLabel('累计缴纳失业保险费年限（年）')).toBeFocused();
    await switchToEnglish(page);
    await expect(page.getByLabel('Years of unemployment-insurance contributions')).toHaveValue('abc');
    await expect(page.getByRole('alert')).toContainText('Enter a number, like 3.5');
  });

  test('works at 320 px wide without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('./#/unemployment-benefit');
    await page.getByLabel('申领受理日期').fill('2025-09-15');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('keyboard only: tab through the form, choose with arrow keys, submit with Enter', async ({ page }) => {
    await page.goto('./#/unemployment-benefit');
    await page.getByLabel('申领受理日期').focus();
    await page.keyboard.press('Control+A'); // the date starts at today
    await page.keyboard.type('2025-09-15');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3.5');
    await page.keyboard.press('Tab'); // involuntary: first radio
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // registered: first radio
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
  });
});
