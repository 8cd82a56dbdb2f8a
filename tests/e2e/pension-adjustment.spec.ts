import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadCalculator } from '../../src/rules/registry';
import { fillForm } from './helpers';

test.describe("pension adjustment from today's pension, on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('5,200 now → the card answers in view; 2025 against 2024 and the history from 2016 below it', async ({ page }) => {
    await page.goto('./#/pension-adjustment');
    // the path people can answer is chosen to start with
    await expect(page.getByLabel('我现在每月领的养老金')).toBeChecked();
    await page.getByLabel(/现在每月领取的基本养老金/).fill('5200');
    await page.getByLabel('开始领取养老金的年月').fill('2005-06');
    await page.getByLabel('缴费年限（年）').fill('32');
    await page.getByLabel(/^另加月数/).fill('4');
    await page.getByLabel('出生年月').fill('1950-05');
    await page.getByRole('group', { name: '性别' }).getByLabel('女').check();
    await page.getByRole('button', { name: '开始测算' }).click();

    const card = page.getByTestId('summary-card');
    await expect(card).toBeInViewport();
    // 5200 = B + 50 + 16 + 25 + B × 0.53 % → B = 5082.07 (worked by hand in tests/rules/pension-adjustment.test.ts)
    await expect(page.getByTestId('summary-increase')).toHaveText('2025 年每月增加 117.93 元');
    await expect(page.getByTestId('summary-before')).toHaveText('2024-12 调整前每月 5,082.07 元');
    await expect(page.getByTestId('summary-since')).toContainText('2016 年起共增加每月');

    const compare = page.getByTestId('compare-years');
    await expect(compare.getByRole('row', { name: /合计每月增加/ })).toContainText('167.15');
    await expect(compare.getByRole('row', { name: /合计每月增加/ })).toContainText('117.93');
    await page.getByTestId('history-rows').locator('summary').click();
    const rows = page.getByTestId('history-rows-table').locator('tbody tr');
    await expect(rows).toHaveCount(10);
    await expect(rows.nth(9)).toContainText('5,200.00');
    await expect(rows.nth(8)).toContainText('4,914.92');
    // nothing wider than the phone
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // the comparison, the open history table and its scrolling region: no WCAG 2.1 AA violations
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('first pension from a salary: the estimate path is offered first, the card says estimate, no axe violations', async ({ page }) => {
    await page.goto('./#/pension-estimate');
    await expect(page.getByLabel('按我的工资估算')).toBeChecked();
    // typed as a person would (a closed group of optional fields is opened by its summary)
    await fillForm(page, await loadCalculator('pension-estimate'), { retirementMonth: '2030-06', ageAtRetirement: { years: '60' }, wage: '9000', soFar: { years: '25' } });
    await page.getByRole('button', { name: '开始测算' }).click();
    await expect(page.getByTestId('summary-card')).toBeInViewport();
    await expect(page.getByTestId('summary-totalFromSalary')).toContainText('按工资估算：每月约');
    await expect(page.getByTestId('result-estimate')).toContainText('按工资估算，不是核定结果');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
});
