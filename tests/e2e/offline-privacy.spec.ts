import { expect, test } from '@playwright/test';
import { calculatorIds, loadCalculator } from '../../src/rules/registry';
import { fillForm, switchToEnglish } from './helpers';

test.describe.configure({ timeout: 180_000 });

test('no request ever leaves the app origin, and nothing personal is stored, while using every calculator', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  await page.goto('./#/');
  await page.goto('./#/sources');
  await expect(page.locator('.param').first()).toBeVisible();
  for (const id of calculatorIds) {
    const calc = await loadCalculator(id);
    await page.goto(`./#/${id}`);
    await page.locator('form').waitFor();
    await fillForm(page, calc, calc.example);
    await page.locator('form button[type=submit]').click();
    await expect(page.locator('#result-title')).toBeFocused();
  }
  await switchToEnglish(page);
  expect(outside).toEqual([]);
  // switching the language is remembered (the person asked for it); nothing they typed is stored anywhere
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  expect(stored).not.toMatch(/\d{4}-\d{2}-\d{2}|claimDate|contribution/);
});

test('the built app runs under its strict Content-Security-Policy (header and meta) with no violation', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto('./#/unemployment-benefit');
  const header = response!.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(header).toContain("connect-src 'self'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', header);
  const calc = await loadCalculator('unemployment-benefit');
  await fillForm(page, calc, calc.example);
  await page.locator('form button[type=submit]').click();
  await expect(page.getByTestId('summary-total')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('after the first visit every calculator works with the network off, in both languages, after a reload', async ({ page, context }) => {
  await page.goto('./#/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  for (const id of calculatorIds) {
    const calc = await loadCalculator(id);
    await page.goto(`./#/${id}`);
    await page.locator('form').waitFor();
    await fillForm(page, calc, calc.example);
    await page.locator('form button[type=submit]').click();
    await expect(page.locator('#result-title')).toBeFocused();
  }
  await switchToEnglish(page);
  await page.goto('./#/sources');
  await expect(page.locator('.param').first()).toBeVisible();
  await context.setOffline(false);
});

test('offline, counter mode and every embed route work too: the precache lookup ignores the query string', async ({ page, context }) => {
  await page.goto('./#/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  const calc = await loadCalculator('unemployment-benefit');
  await page.goto('./?mode=counter#/unemployment-benefit');
  await expect(page.getByRole('button', { name: '下一位（清空全部）' })).toBeVisible();
  await fillForm(page, calc, calc.example);
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('#result-title')).toBeFocused();
  for (const id of calculatorIds) {
    await page.goto(`./embed.html?calculator=${id}&lang=en&elderly=1`);
    await expect(page.locator('form')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
  await page.goto('./embed.html?calculator=unemployment-benefit');
  await fillForm(page, calc, calc.example);
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('#result-title')).toBeFocused();
  await context.setOffline(false);
});

test('the app is installable: a manifest with 192 and 512 px icons', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href!)).json()) as { icons: { sizes: string }[]; display: string };
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
  for (const size of ['192', '512']) expect((await request.get(`icons/icon-${size}.png`)).headers()['content-type']).toBe('image/png');
});
