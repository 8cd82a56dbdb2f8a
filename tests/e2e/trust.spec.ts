import { expect, type Page, test } from '@playwright/test';
import { calculatorIds, loadCalculator } from '../../src/rules/registry';
import { fillForm, switchToEnglish } from './helpers';

async function elderly(page: Page) {
  await page.locator('button[aria-pressed]').click();
  await expect(page.locator('html.large-text')).toHaveCount(1);
}

/** Every calculator's example: the result speaks in words (no bare ⚠), the formula waits behind “核对算式”. */
for (const id of calculatorIds) {
  test(`${id}: no bare ⚠ on the result; the words lead and the arithmetic is one tap away`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const calc = await loadCalculator(id);
    await page.goto(`./#/${id}`);
    await page.locator('form').waitFor();
    await fillForm(page, calc, calc.example);
    await page.locator('form button[type=submit]').click();
    await expect(page.locator('#result-title')).toBeFocused();
    const result = page.locator('section.result');
    expect(await result.innerText()).not.toContain('⚠');
    // the steps are collapsed under one line (answer first); open them as a person would
    await page.getByTestId('explanation-disclosure').locator(':scope > summary').click();
    const checks = result.locator('details.step__check');
    if (await checks.count()) {
      const first = checks.first();
      await expect(first).not.toHaveAttribute('open');
      await expect(first.locator('code')).toBeHidden();
      await first.locator('summary').click();
      await expect(first.locator('code')).toBeVisible();
    }
  });
}

test('the long-term-care result names each less certain figure and why, in both languages', async ({ page }) => {
  const calc = await loadCalculator('long-term-care');
  await page.goto('./#/long-term-care');
  await page.locator('form').waitFor();
  await fillForm(page, calc, calc.example);
  await page.locator('form button[type=submit]').click();
  // 每周服务时间 comes from a Q&A page's retelling (上海长护险2到6级评估标准及费用)
  await expect(page.locator('section.result .trust-note').first()).toContainText(/社区居家照护每周服务时间.*来自转载、新闻或问答页面/);
  await switchToEnglish(page);
  await expect(page.locator('section.result .trust-note').first()).toContainText(/comes from a repost, news report or Q&A page/);
});

for (const lang of ['zh-CN', 'en'] as const) {
  for (const large of [false, true]) {
    test(`the sources page is readable at 320 px (${lang}${large ? ', 长辈版' : ''}): no sideways scrolling, no raw dumps`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto('./#/sources');
      if (lang === 'en') await switchToEnglish(page);
      if (large) await elderly(page);
      await expect(page.locator('.param').first()).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
      // no text breaks letter by letter: every value cell is at least 10 em wide
      const narrow = await page.evaluate(() =>
        [...document.querySelectorAll('.sources-table td')].filter((td) => td.getBoundingClientRect().width < 10 * parseFloat(getComputedStyle(td).fontSize)).length,
      );
      expect(narrow).toBe(0);
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/kind: ?tiered|minYears|months1to12|monthsPerYear/);
      // the research notes are English: on the English page only
      if (lang === 'zh-CN') await expect(page.locator('details.note')).toHaveCount(0);
      else expect(await page.locator('details.note').count()).toBeGreaterThan(0);
    });
  }
}

test('the sources page words the unemployment tiers as rows and marks English and other-city sources', async ({ page }) => {
  await page.goto('./#/sources');
  await expect(page.locator('.param').first()).toBeVisible();
  const standard = page.locator('[id="p-unemployment.standard"]');
  // 沪人社就发〔2016〕13号: 1 to under 10 years, under 35 → 1415 / 1132
  await expect(standard.locator('li').first()).toHaveText('累计缴费满 1 年不满 10 年，失业时不满 35 岁：第 1–12 个月 1415 元/月；第 13–24 个月 1132 元/月；延长领取期间 无');
  await expect(page.locator('[id="p-pension.payout-months-by-month"]').getByText('外地答复')).toBeVisible();
  await expect(page.locator('[id="p-shanghai.minimum-wage-monthly"]').getByText('英文资料').first()).toBeVisible();
});
