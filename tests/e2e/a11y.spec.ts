import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { calculatorIds, loadCalculator } from '../../src/rules/registry';
import { fillForm, switchToEnglish } from './helpers';

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// axe runs three times per calculator here; on two busy cores that takes tens of seconds.
test.describe.configure({ timeout: 120_000 });

for (const lang of ['zh-CN', 'en'] as const) {
  test(`home page has no WCAG 2.1 AA violations (${lang})`, async ({ page }) => {
    await page.goto('./#/');
    if (lang === 'en') await switchToEnglish(page);
    await expect(page.locator('h1')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test(`sources page has no WCAG 2.1 AA violations (${lang})`, async ({ page }) => {
    await page.goto('./#/sources');
    if (lang === 'en') await switchToEnglish(page);
    await expect(page.locator('.param').first()).toBeVisible();
    expect(await axe(page)).toEqual([]);
    // and in large-text (长辈版) mode, at phone width, where the period tables stack
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('button[aria-pressed]').click();
    await expect(page.locator('html.large-text')).toHaveCount(1);
    expect(await axe(page), '长辈版').toEqual([]);
  });

  for (const id of calculatorIds) {
    test(`${id}: form, error and result states have no WCAG 2.1 AA violations (${lang})`, async ({ page }) => {
      const calc = await loadCalculator(id);
      await page.goto(`./#/${id}`);
      if (lang === 'en') await switchToEnglish(page);
      await page.locator('form').waitFor();
      expect(await axe(page), 'form').toEqual([]);
      // and in large-text (长辈版) mode
      await page.locator('button[aria-pressed]').click();
      await page.locator('form button[type=submit]').click();
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await axe(page), 'errors').toEqual([]);
      await fillForm(page, calc, calc.example);
      await page.locator('form button[type=submit]').click();
      await expect(page.locator('#result-title')).toBeFocused();
      expect(await axe(page), 'result').toEqual([]);
    });
  }
}
