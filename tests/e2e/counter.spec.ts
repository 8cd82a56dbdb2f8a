import { expect, type Page, test } from '@playwright/test';
import { todayInShanghai } from '../../src/lib/today';

/**
 * Counter mode on a shared computer forgets each person (issue 15, item 4): after "下一位" the clipboard does not
 * hold the last person's share link, Back does not reopen their shared link's result, and every setting is reset.
 */
const SHARED = '#/unemployment-benefit?claimDate=2025-09-15&contributionYears=3.5&involuntary=true&registered=true';

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
});

test('counter mode: a shared link is read once, its answers leave the history; the share link is never copied for the clerk', async ({ page }) => {
  await page.goto('./?mode=counter#/');
  await page.evaluate(() => navigator.clipboard.writeText('clerk note'));
  await page.goto(`./?mode=counter${SHARED}`);
  // case A: 6 × 2305 = 13830.00
  await expect(page.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/unemployment-benefit');

  await page.getByRole('button', { name: '生成分享链接' }).click();
  await expect(page.getByLabel('分享链接')).toHaveValue(/claimDate=2025-09-15/);
  expect(await clipboard(page)).toBe('clerk note');
  await expect(page.getByText('已复制到剪贴板。')).toHaveCount(0);
});

test('counter mode: "下一位" clears a copied share link, resets large text and language, and stays on an empty form', async ({ page }) => {
  await page.goto(`./?mode=counter${SHARED}`);
  await expect(page.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
  await page.getByRole('button', { name: '生成分享链接' }).click();
  // the person copies the link by hand from the field
  await page.getByLabel('分享链接').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await expect.poll(() => clipboard(page)).toMatch(/claimDate=2025-09-15/);
  await page.getByRole('button', { name: '长辈版（大字）' }).click();
  await expect(page.locator('html')).toHaveClass(/large-text/);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: /Next person/ }).click();
  // issue 16: the same calculator for the next person, not the home page
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('失业保险金测算');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).not.toHaveClass(/large-text/);
  await expect(page.getByRole('button', { name: '长辈版（大字）' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => clipboard(page)).toBe('');

  // the calculator page without the last person's answers or result, in the form and the address bar
  await expect(page.getByLabel('申领受理日期')).toHaveValue(todayInShanghai());
  await expect(page.getByLabel('累计缴纳失业保险费年限（年）')).toHaveValue('');
  await expect(page.getByTestId('summary-total')).toHaveCount(0);
  expect(await page.evaluate(() => location.href)).not.toContain('claimDate');
});

test('outside counter mode a shared link stays in the address bar and the share link is copied', async ({ page }) => {
  await page.goto(`./${SHARED}`);
  await expect(page.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
  expect(await page.evaluate(() => location.hash)).toBe(SHARED);
  await page.getByRole('button', { name: '生成分享链接' }).click();
  await expect.poll(() => clipboard(page)).toMatch(/claimDate=2025-09-15/);
});
