import { expect, test } from '@playwright/test';
import { calculatorIds, loadCalculator } from '../../src/rules/registry';
import { fillForm, switchToEnglish } from './helpers';

/** Every calculator in the registry, filled with its own example, gives a result in both languages. */
for (const id of calculatorIds) {
  for (const lang of ['zh-CN', 'en'] as const) {
    test(`${id} (${lang}): the example input gives a result and its explanation`, async ({ page }) => {
      const calc = await loadCalculator(id);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`./#/${id}`);
      if (lang === 'en') await switchToEnglish(page);
      await page.locator('form').waitFor();
      await fillForm(page, calc, calc.example);
      await page.locator('form button[type=submit]').click();
      await expect(page.locator('#result-title')).toBeFocused();
      // the steps are collapsed under one line; one tap opens them
      await expect(page.locator('#explanation-title')).toBeHidden();
      await page.getByTestId('explanation-disclosure').locator(':scope > summary').click();
      await expect(page.locator('#explanation-title')).toBeVisible();
      await expect(page.locator('.step').first()).toBeVisible();
      // no untranslated key leaks onto the page
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(new RegExp(`${id}:|common:`));
      expect(errors).toEqual([]);
    });
  }
}
