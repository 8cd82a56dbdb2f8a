import { expect, test } from '@playwright/test';
import { todayInShanghai } from '../../src/lib/today';

/**
 * Links as a messenger may cut them, inside a percent-escape (issue 15, item 3): the app shows "page not found"
 * (with its header and a way home), never a blank page or an uncaught exception.
 */
for (const hash of ['#/%E0%A4%A', '#/%', '#/unemployment-benefit%?claimDate=2025-09-15']) {
  test(`the app survives the link ${hash}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
    await expect(page.getByRole('banner')).toBeVisible();
    // …and it still works: the way home, then a calculator
    await page.getByRole('link', { name: '返回首页' }).click();
    await page.goto('./#/unemployment-benefit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('失业保险金测算');
    expect(errors).toEqual([]);
  });
}

test('a malformed hash met while the app is open (hashchange) also shows "page not found"', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./#/unemployment-benefit');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('失业保险金测算');
  await page.evaluate(() => (location.hash = '#/%E0%A4%A'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  expect(errors).toEqual([]);
});

test('the iframe route ignores a hash it cannot decode and shows its calculator', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./embed.html?calculator=unemployment-benefit#/%E0%A4%A?x=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('失业保险金测算');
  await expect(page.getByLabel('申领受理日期')).toHaveValue(todayInShanghai());
  expect(errors).toEqual([]);
});
