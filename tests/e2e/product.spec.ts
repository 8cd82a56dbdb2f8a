import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { todayInShanghai } from '../../src/lib/today';

async function fillCaseA(page: Page) {
  await page.getByLabel('申领受理日期').fill('2025-09-15');
  await page.getByLabel('累计缴纳失业保险费年限（年）').fill('3.5');
  await page.getByRole('group', { name: /非因本人意愿/ }).getByLabel('是').check();
  await page.getByRole('group', { name: /失业登记/ }).getByLabel('是').check();
}

test('a shared link opened in a fresh page gives the same result, and carries only the inputs', async ({ page, browser }) => {
  await page.goto('./#/unemployment-benefit');
  await fillCaseA(page);
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
  await page.getByRole('button', { name: '生成分享链接' }).click();
  const link = await page.getByLabel('分享链接').inputValue();
  const query = new URLSearchParams(link.split('?')[1]);
  expect([...query.keys()].sort()).toEqual(['asOf', 'claimDate', 'contributionYears', 'involuntary', 'registered']);

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
  await expect(fresh.getByLabel('申领受理日期')).toHaveValue('2025-09-15');
});

test('a hostile or malformed link shows a clear message and an empty form, never injected markup', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`./#/unemployment-benefit?claimDate=${encodeURIComponent('<img src=x onerror=alert(1)>')}&evil=1`);
  await expect(page.getByTestId('link-problem')).toBeVisible();
  // the form starts over: the claim date at its default (today), nothing from the link
  await expect(page.getByLabel('申领受理日期')).toHaveValue(todayInShanghai());
  expect(await page.locator('img').count()).toBe(0);
  await page.goto('./#/unemployment-benefit?claimDate=%E0%A4%A');
  await expect(page.locator('h1')).toHaveText('失业保险金测算');
  expect(errors).toEqual([]);
});

test('rules as of two dates side by side show what changed and why', async ({ page }) => {
  await page.goto('./#/unemployment-benefit');
  await page.getByLabel('申领受理日期').fill('2026-03-20');
  await page.getByLabel('累计缴纳失业保险费年限（年）').fill('4');
  await page.getByRole('group', { name: /非因本人意愿/ }).getByLabel('是').check();
  await page.getByRole('group', { name: /失业登记/ }).getByLabel('是').check();
  await page.getByText('按哪一天的政策测算（选填）').click();
  await page.getByLabel('政策日期').fill('2026-06-01');
  await page.getByLabel('对比日期（选填）').fill('2026-11-28');
  await page.getByRole('button', { name: '开始测算' }).click();
  // as of 2026-06-01: 8 × 2305 = 18440; as of 2026-11-28: 3 × 2305 + 5 × 2340 (沪人社规〔2026〕7号) = 18615
  await expect(page.getByTestId('result-total')).toHaveText(['合计约 18,440.00 元', '合计约 18,615.00 元']);
  const changes = page.getByTestId('compare-changes');
  await expect(changes).toContainText('失业保险金支付标准');
  await expect(changes).toContainText('沪人社规〔2026〕7号');
  await expect(page.getByTestId('rules-banner')).toContainText('2026-06-01');
});

test('sources explorer: every parameter as a linkable timeline, filterable, linked from the steps', async ({ page }) => {
  await page.goto('./#/unemployment-benefit');
  await fillCaseA(page);
  await page.getByRole('button', { name: '开始测算' }).click();
  await page.getByTestId('explanation-disclosure').locator(':scope > summary').click();
  await page.getByRole('link', { name: '失业保险金支付标准' }).first().click();
  await expect(page).toHaveURL(/#\/sources\?p=unemployment\.standard/);
  const param = page.locator('[id="p-unemployment.standard"]');
  await expect(param).toBeFocused();
  await expect(param).toContainText('沪人社规〔2026〕7号');
  await expect(param).toContainText('2016-04-01');
  await page.getByLabel('筛选').fill('最低工资');
  await expect(page.locator('.param')).toHaveCount(1);
  await expect(page.getByText(/与原文核对/).first()).toBeVisible();
});

test('large text (长辈版) meets the elderly-friendly numbers, is remembered, and passes axe', async ({ page }) => {
  await page.goto('./#/unemployment-benefit');
  await page.getByRole('button', { name: '长辈版（大字）' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: '长辈版（大字）' })).toHaveAttribute('aria-pressed', 'true');
  const size = await page.locator('.hint').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24); // 18 pt
  const line = await page.locator('.hint').first().evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize));
  expect(line).toBeGreaterThanOrEqual(1.3);
  for (const target of [page.getByRole('button', { name: '开始测算' }), page.locator('.radio').first(), page.getByRole('button', { name: 'Switch to English' })]) {
    const box = await target.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(60);
    expect(box!.width).toBeGreaterThanOrEqual(60);
  }
  await fillCaseA(page);
  await page.getByRole('button', { name: '开始测算' }).click();
  const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('a corrupt stored setting is ignored with a message, never a crash', async ({ page }) => {
  await page.goto('./#/');
  await page.evaluate(() => localStorage.setItem('sh-benefits:prefs:v1', '{not json'));
  await page.reload();
  await expect(page.getByText('无法读取，已恢复默认设置')).toBeVisible();
  await expect(page.locator('h1')).toBeVisible();
});

test('counter mode stores nothing and "next person" clears everything', async ({ page }) => {
  await page.goto('./?mode=counter#/unemployment-benefit');
  await page.getByRole('button', { name: '长辈版（大字）' }).click();
  await fillCaseA(page);
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.getByTestId('summary-total')).toBeVisible();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  await page.getByRole('button', { name: '下一位（清空全部）' }).click();
  // the same calculator for the next person (issue 16); the last person's 2025-09-15 is gone, the date back at today
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('失业保险金测算');
  await expect(page.getByLabel('申领受理日期')).toHaveValue(todayInShanghai());
  await expect(page.getByTestId('summary-total')).toHaveCount(0);
});

test('print view: result, explanation and sources with the rules date and the print date, without the form', async ({ page }) => {
  await page.goto('./#/unemployment-benefit');
  await fillCaseA(page);
  await page.getByRole('button', { name: '开始测算' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-header')).toBeVisible();
  await expect(page.locator('.print-header')).toContainText(/政策日期：\d{4}-\d{2}-\d{2}　打印日期：\d{4}-\d{2}-\d{2}/);
  await expect(page.locator('form')).toBeHidden();
  await expect(page.locator('.explanation')).toBeVisible();
  await expect(page.locator('.header')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('every page has one h1 and a page title', async ({ page }) => {
  for (const [path, title] of [
    ['./#/', '上海社保待遇测算'],
    ['./#/sources', '政策依据 – 上海社保待遇测算'],
    ['./#/unemployment-benefit', '失业保险金测算 – 上海社保待遇测算'],
  ] as const) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('h1')).toHaveCount(1);
  }
});
