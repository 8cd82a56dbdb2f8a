import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * Issue 20 at phone size (390 × 844): long-term care home vs institution in one result, the retirement window in one
 * table with both categories and "today". Figures hand-computed in tests/rules/long-term-care.test.ts and
 * tests/rules/retirement-age-table.test.ts. Shared links carry the answers and the as-of date, so "today" is fixed.
 */
test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 390, height: 844 } });

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('long-term care: level 4, home and the three institutional bands in one result, no sideways scroll, axe clean (also 长辈版)', async ({ page }) => {
  await page.goto('./#/long-term-care?careDate=2025-11-10&age=84&scheme=employee&drawingPension=true&level=4&setting=compare&hourlyPrice=65&dailyCharge=120');
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.locator('#result-title')).toBeFocused();
  // 5 × 30 ÷ 7 × 65 → 1392.86; × 0.90 → 1253.57; 139.29. Bands: 25/35/45 × 30 = 750/1050/1350; 3600 − those.
  await expect(page.getByTestId('compare-home-self')).toHaveText('139.29');
  await expect(page.getByTestId('compare-band-first-fund')).toHaveText('750.00');
  await expect(page.getByTestId('compare-band-third-self')).toHaveText('2,250.00');
  await expect(page.getByTestId('summary-card')).toContainText('养老机构：30 天家庭自付照护费 2,850.00 / 2,550.00 / 2,250.00 元（三档）');
  await expect(page.getByTestId('compare-institution-outside')).toContainText('床位费和伙食费由家庭全额自付');
  // stacked on a phone: the institution column sits below the home column
  const home = await page.getByTestId('compare-home').boundingBox();
  const inst = await page.getByTestId('compare-institution').boundingBox();
  expect(inst!.y).toBeGreaterThan(home!.y + home!.height - 1);
  expect(await noSidewaysScroll(page)).toBe(true);
  expect(await axe(page)).toEqual([]);
  await page.locator('button[aria-pressed]').click();
  await expect(page.locator('html.large-text')).toHaveCount(1);
  expect(await noSidewaysScroll(page), '长辈版').toBe(true);
  expect(await axe(page), '长辈版').toEqual([]);
});

test('retirement: not sure of 50 or 55, born 1975-03, on 2026-12-02 — one table, today in words, no sideways scroll, axe clean (also 长辈版)', async ({ page }) => {
  await page.goto('./#/retirement-age?birthMonth=1975-03&category=female-unsure&contribution.years=30&averageIndex=1.2&accountBalance=150000&asOf=2026-12-02');
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.locator('#result-title')).toBeFocused();
  const table = page.getByRole('table', { name: /两种身份并排对比/ });
  await expect(table.getByRole('columnheader')).toHaveText(['退休时间', '按工人身份（原 50 岁）', '按干部身份（原 55 岁）']);
  await expect(page.getByTestId('window-female-50-statutory')).toContainText('2025 年 5 月');
  await expect(page.getByTestId('window-female-50-statutory-status')).toContainText('已过');
  await expect(page.getByTestId('window-female-50-statutory-pension')).toContainText('4,875.70');
  await expect(page.getByTestId('window-female-55-statutory')).toContainText('2031 年 7 月');
  await expect(page.getByTestId('today-female-50')).toContainText('已过：您按工人身份（原法定退休年龄 50 岁）的法定退休月份 2025 年 5 月 已过');
  await expect(page.getByTestId('summary-card')).toContainText('两种身份相差 6 年 2 个月');
  expect(await noSidewaysScroll(page)).toBe(true);
  expect(await axe(page)).toEqual([]);
  await page.locator('button[aria-pressed]').click();
  await expect(page.locator('html.large-text')).toHaveCount(1);
  expect(await noSidewaysScroll(page), '长辈版').toBe(true);
  expect(await axe(page), '长辈版').toEqual([]);
});
