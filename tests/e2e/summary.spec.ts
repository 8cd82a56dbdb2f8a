import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { type CalculatorId, calculatorIds, loadCalculator } from '../../src/rules/registry';
import { fillForm } from './helpers';

/** The card is wholly on screen: its top below the viewport's top, its bottom above the viewport's bottom. */
async function expectInView(page: Page, card: Locator): Promise<void> {
  const box = await card.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, 'the card is rendered').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
}

/** Money on the card: grouped by thousands ("13,830.00"), never a bare "13830.00". */
async function expectGroupedMoney(card: Locator): Promise<void> {
  const text = await card.innerText();
  expect(text).not.toMatch(/\d{4,}\.\d{2}/);
}

async function submitExample(page: Page, id: CalculatorId): Promise<void> {
  const calc = await loadCalculator(id);
  await page.goto(`./#/${id}`);
  await page.locator('form').waitFor();
  await fillForm(page, calc, calc.example);
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('#result-title')).toBeFocused();
}

/** The figures each example's card must show (grouped money), worked from the same cases as the rule tests. */
const figures: Record<CalculatorId, RegExp> = {
  // 3.5 years → 6 months × 2305 (沪人社规〔2025〕9号) = 13830
  'unemployment-benefit': /每月 2,305\.00 元[\s\S]*可领 6 个月[\s\S]*首次发放 2025 年 10 月[\s\S]*合计 13,830\.00 元/,
  // 50 + 0.5 × 32 + 5200 × 0.53% (27.56) + 25 = 118.56; 5200 + 118.56 = 5318.56; back pay 118.56 × 7 (2025-01 … 07, paid 2025-07-28) = 829.92
  'pension-adjustment': /每月增加 118\.56 元[\s\S]*调整后每月 5,318\.56 元[\s\S]*补发 7 个月共 829\.92 元（按新闻报道的发放日 2025-07-28 估算）/,
  // level 5, 65 元/h, 33 h → 2145.00, fund 90% = 1930.50, self 214.50
  'long-term-care': /每月自付约 214\.50 元（服务费用 2,145\.00 元，长护险支付 1,930\.50 元）[\s\S]*每周最多 7 小时/,
  'medical-cost-sharing': /医保基金支付 [\d,]+\.\d{2} 元[\s\S]*现金自付 [\d,]+\.\d{2} 元/,
  'retirement-age': /法定退休 \d{4} 年 \d{1,2} 月（\d+ 岁 \d+ 个月）[\s\S]*最晚/,
  'pension-estimate': /每月约 [\d,]+\.\d+ 元[\s\S]*基础养老金 [\d,.]+ \+ 个人账户 [\d,.]+ \+ 过渡性 [\d,.]+/,
  // 2026-08, base 6000 below the lower limit 7546: 7546 × (8% + 2% + 0.5%) = 603.68 + 150.92 + 37.73 = 792.33;
  // employer 7546 × (16% + 9% + 0.5% + 0.2%) = 1207.36 + 679.14 + 37.73 + 15.09 = 1939.32
  contributions: /您每月缴 792\.33 元[\s\S]*单位每月缴 1,939\.32 元[\s\S]*低于缴费基数下限 7,546 元，按下限缴费/,
  // 98 + 60 = 158 days; 15000 ÷ 30 × 158 = 79000.00 (36 months paid: the fund pays all); top-up (18000 − 15000) ÷ 30 × 158 = 15800.00
  maternity: /产假共 158 天，休到 2026-08-15[\s\S]*生育津贴 79,000\.00 元[\s\S]*全部由医保基金支付[\s\S]*单位另需补足工资差额 15,800\.00 元/,
};

/** Result views whose money this change groups; the medical breakdown and the pension-estimate parts table are rewritten elsewhere. */
const GROUPED_VIEWS: readonly CalculatorId[] = ['unemployment-benefit', 'pension-adjustment', 'long-term-care', 'retirement-age'];

test.describe('answer first, on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const id of calculatorIds) {
    test(`${id}: after 开始测算 the card's figures are on screen, money grouped, next steps present, details collapsed`, async ({ page }) => {
      await submitExample(page, id);
      const card = page.getByTestId('summary-card');
      await expectInView(page, card);
      await expectGroupedMoney(card);
      await expect(card).toHaveText(figures[id]);
      // the card comes before the documents banner
      const order = await page.evaluate(() => {
        const c = document.querySelector('[data-testid=summary-card]')!;
        const b = document.querySelector('[data-testid=rules-banner]')!;
        return c.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      expect(order).toBeTruthy();
      await expect(page.getByTestId('next-steps')).toBeVisible();
      await expect(page.getByTestId('next-steps').getByRole('heading', { name: '下一步' })).toBeVisible();
      await expect(page.getByTestId('explanation-disclosure')).not.toHaveAttribute('open', /.*/);
      await expect(page.getByTestId('answers-disclosure')).not.toHaveAttribute('open', /.*/);
      // no money in the result is ungrouped, the month table included (textContent reads closed sections too; the steps' own wording is the explanation's)
      if (GROUPED_VIEWS.includes(id)) {
        const text = await page.evaluate(() => {
          const copy = document.querySelector('.result')!.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.explanation, .answers').forEach((e) => e.remove());
          return copy.textContent ?? '';
        });
        expect(text).not.toMatch(/(?<![\d.,])\d{4,}\.\d{2}(?!\d)/);
      }
    });
  }

  test('the month table is collapsed with its gist, and stays open once opened while the page is open', async ({ page }) => {
    await submitExample(page, 'unemployment-benefit');
    const table = page.getByTestId('month-table');
    await expect(table.locator('summary')).toHaveText('逐月发放明细：6 个月，每月 2,305.00 元');
    await expect(table.locator('table')).toBeHidden();
    await table.locator('summary').click();
    await expect(table.locator('table')).toBeVisible();
    await page.locator('form button[type=submit]').click();
    await expect(page.getByTestId('month-table').locator('table')).toBeVisible();
  });

  test('not registered as unemployed: the condition that would change it, and what the person would then get', async ({ page }) => {
    const calc = await loadCalculator('unemployment-benefit');
    await page.goto('./#/unemployment-benefit');
    await fillForm(page, calc, { ...calc.example, registered: false });
    await page.locator('form button[type=submit]').click();
    // re-run with registered = true: 3.5 years → 6 months at 2305 (沪人社规〔2025〕9号)
    await expect(page.getByTestId('what-if')).toHaveText(/办理失业登记后可领：每月 2,305\.00 元 · 可领 6 个月 · 首次发放 2025 年 10 月 · 合计 13,830\.00 元/);
  });

  test('a shared link opens with the card on screen', async ({ page }) => {
    await page.goto('./#/long-term-care?careDate=2025-10-15&age=82&scheme=employee&drawingPension=true&level=5&setting=home&hourlyPrice=65&continuousHomeCareMonths=8&bonusChoice=hours');
    const card = page.getByTestId('summary-card');
    await expect(card).toBeVisible();
    await expect(page.locator('#result-title')).toBeFocused();
    await expectInView(page, card);
  });

  test('in 长辈版 (large text) the card is on screen too', async ({ page }) => {
    const calc = await loadCalculator('long-term-care');
    await page.goto('./#/long-term-care');
    await page.locator('button[aria-pressed]').click();
    await fillForm(page, calc, calc.example);
    await page.locator('form button[type=submit]').click();
    await expect(page.locator('#result-title')).toBeFocused();
    await expectInView(page, page.getByTestId('summary-card'));
  });

  test('the covered years are said before the form; a date the rules do not cover is an amber answer with the covered range and a one-click switch', async ({ page }) => {
    await page.goto('./#/pension-adjustment');
    // before the form: which years, and that the 2026 notice is not yet in (generated from the parameter)
    await expect(page.getByTestId('coverage')).toHaveText('收录 2016–2025 年的养老金调整；2026 年的调整通知尚未收录。');
    // the adjustment year is a choice of the covered years, so the form cannot ask for 2026; a claim date can fall outside
    const calc = await loadCalculator('unemployment-benefit');
    await page.goto('./#/unemployment-benefit');
    await page.locator('form').waitFor();
    await fillForm(page, calc, { ...calc.example, claimDate: '2015-06-01' });
    await page.locator('form button[type=submit]').click();
    const answer = page.getByTestId('not-covered');
    await expect(answer).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(answer).toContainText('2015-06-01的政策尚未收录');
    await expect(answer).toContainText('本工具已收录：2016-04-01');
    await expect(answer).toContainText('12333');
    await expectInView(page, answer);
    expect(await answer.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 244, 214)');
    expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
    // the switch puts the first covered day into the field; claims before 2017-04 also need the age at unemployment
    await answer.getByRole('button', { name: '改按 2016-04-01 测算' }).click();
    await expect(page.getByLabel('申领受理日期')).toHaveValue('2016-04-01');
    await expect(page.getByLabel(/失业时年龄/)).toBeVisible();
  });
});

test.describe('answer first on a 1280 × 900 desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const id of ['unemployment-benefit', 'pension-estimate'] as const) {
    test(`${id}: the card is on screen after 开始测算`, async ({ page }) => {
      await submitExample(page, id);
      await expectInView(page, page.getByTestId('summary-card'));
    });
  }
});

test.describe('answer first in the embed', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const SCRIPT = fileURLToPath(new URL('../../dist-embed/sh-benefit-calculator.js', import.meta.url));
  test('custom element in a host page with a fixed header: the card comes into view below the header', async ({ page, baseURL }) => {
    const host = 'http://portal.invalid/host.html';
    await page.route(`${baseURL}sh-benefit-calculator.js`, (r) => r.fulfill({ contentType: 'text/javascript; charset=utf-8', body: readFileSync(SCRIPT, 'utf8') }));
    // The loader's chunks (dist/embed/) through the test too: Chromium refuses a page on a public-looking origin
    // (portal.invalid) a script from 127.0.0.1 (private network access), which a real portal and app never meet.
    await page.route(`${baseURL}embed/*.js`, async (r) => r.fulfill({ response: await r.fetch() }));
    await page.route(host, (r) =>
      r.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>portal</title><script src="${baseURL}sh-benefit-calculator.js" defer></script></head>
<body style="margin:0"><header id="portal-header" style="position:sticky;top:0;height:60px;background:#333;color:#fff;z-index:10">门户</header>
<main><sh-benefit-calculator calculator="unemployment-benefit" lang="zh-CN" as-of="2026-07-01"></sh-benefit-calculator></main></body></html>`,
      }),
    );
    await page.goto(host);
    const calc = page.locator('sh-benefit-calculator');
    await calc.getByLabel('申领受理日期').fill('2025-09-15');
    await calc.getByLabel('累计缴纳失业保险费年限（年）').fill('3.5');
    await calc.getByRole('group', { name: /非因本人意愿/ }).getByLabel('是').check();
    await calc.getByRole('group', { name: /失业登记/ }).getByLabel('是').check();
    await calc.getByRole('button', { name: '开始测算' }).click();
    const card = calc.getByTestId('summary-card');
    await expect(card).toContainText('合计 13,830.00 元');
    await expectInView(page, card);
    const header = await page.locator('#portal-header').boundingBox();
    expect(header!.y).toBe(0);
    expect((await card.boundingBox())!.y).toBeGreaterThanOrEqual(header!.height);
  });
});
