import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, type FrameLocator, type Locator, type Page, test } from '@playwright/test';
import { calculatorIds } from '../../src/rules/registry';

/**
 * The light, complete portal embed (issue 17, items 1 and 2), in host pages served on another origin (a small server
 * on its own port) with the app's built files (npm run build): the loader fetches only one calculator in one
 * language, without any CORS header; the disclaimer, the 长辈版 and language switches are inside both embeds; after
 * 开始测算 the summary card is in view below the host page's fixed header.
 */
let server: Server | undefined;
let portal = '';
let app = '';
const pages = new Map<string, string>();

/** A host page: a fixed 64 px header of its own, text above the element so that the form starts below the fold. */
function hostPage(body: string, head = ''): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Portal page</title>
<style>body{margin:0;font:16px sans-serif}#portal-header{position:fixed;top:0;left:0;right:0;height:64px;background:#333;color:#fff;z-index:10}
main{padding-top:64px}</style>${head}</head>
<body><header id="portal-header">Portal</header><main><p id="host-text">Portal text</p>${body}</main></body></html>`;
}

test.beforeAll(async ({}, testInfo) => {
  app = testInfo.project.use.baseURL!;
  const script = `<script src="${app}sh-benefit-calculator.js" charset="utf-8"></script>`;
  pages.set('ce.html', hostPage(`<sh-benefit-calculator id="calc" calculator="unemployment-benefit"></sh-benefit-calculator>`, script));
  pages.set('ce-en.html', hostPage(`<sh-benefit-calculator id="calc" calculator="unemployment-benefit" lang="en"></sh-benefit-calculator>`, script));
  for (const id of calculatorIds) {
    pages.set(`ce-${id}.html`, hostPage(`<sh-benefit-calculator id="calc" calculator="${id}"></sh-benefit-calculator>`, script));
    pages.set(`ce-${id}-en.html`, hostPage(`<sh-benefit-calculator id="calc" calculator="${id}" lang="en"></sh-benefit-calculator>`, script));
  }
  pages.set('ce-none.html', hostPage(`<sh-benefit-calculator id="calc" calculator="unemployment-benefit" controls="none"></sh-benefit-calculator>`, script));
  pages.set('iframe.html', hostPage(`<iframe id="calc" title="失业保险金测算" src="${app}embed.html?calculator=unemployment-benefit" style="display:block;width:100%;height:1500px;border:0"></iframe>
<script>addEventListener('message',(e)=>{const m=e.data;if(m&&m.type==='sh-benefit-calculator:height')document.getElementById('calc').style.height=m.height+'px';});</script>`));
  server = createServer((req, res) => {
    const html = pages.get((req.url ?? '').slice(1).split('?')[0]!);
    if (!html) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  portal = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/**
 * The app's files as a static host without CORS headers sends them (vite preview adds Access-Control-Allow-Origin
 * for local origins): the embed must work without. Returns the bytes each file of the app's origin took.
 */
async function withoutCors(page: Page): Promise<Map<string, Buffer>> {
  const bodies = new Map<string, Buffer>();
  await page.route(`${app}**`, async (route) => {
    // A request still on its way when the test ends (a chunk loaded after the form) goes with the closed page.
    const response = await route.fetch().catch(() => undefined);
    if (!response) return;
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([k]) => !k.startsWith('access-control-')));
    await route.fulfill({ response, headers }).catch(() => undefined);
  });
  page.on('response', (response) => {
    if (!response.url().startsWith(app)) return;
    void response.body().then(
      (body) => bodies.set(response.url().slice(app.length), body),
      () => undefined,
    );
  });
  return bodies;
}

async function fillCaseA(scope: Locator | FrameLocator): Promise<void> {
  await scope.getByLabel('申领受理日期').fill('2025-09-15');
  await scope.getByLabel('累计缴纳失业保险费年限（年）').fill('3.5');
  await scope.getByRole('group', { name: /非因本人意愿/ }).getByLabel('是').check();
  await scope.getByRole('group', { name: /失业登记/ }).getByLabel('是').check();
}

/** The card is on screen, and not under the host page's fixed header (which is still at the top). */
async function expectCardInView(page: Page, card: Locator): Promise<void> {
  await expect(card).toBeVisible();
  await expect
    .poll(async () => {
      const box = (await card.boundingBox())!;
      return box.y >= 64 && box.y + box.height <= 844;
    })
    .toBe(true);
  expect(await page.locator('#portal-header').boundingBox()).toMatchObject({ y: 0, height: 64 });
}

test.use({ viewport: { width: 390, height: 844 } });

/** scripts/check-budget.mjs's EMBED_READY_BUDGET: gzip bytes of the app's files a host page loads until the form is ready. */
const EMBED_READY_BUDGET = 60_000;

/**
 * Notes, in the page, the files that have arrived (resource timing) when the element's shadow root first holds the form:
 * in the same task as the form's render (a mutation observer runs before the next frame), so before anything the page
 * loads after the form (after its next paint) has even been asked for. No timing: an order of events.
 */
async function noteFilesAtForm(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __filesAtForm?: string[] };
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      const observer = new MutationObserver(() => {
        if (w.__filesAtForm || !root.querySelector('form input')) return;
        w.__filesAtForm = performance.getEntriesByType('resource').map((e) => e.name);
        observer.disconnect();
      });
      observer.observe(root, { childList: true, subtree: true });
      return root;
    };
  });
}

test.describe('the portal embed loads what it shows', () => {
  test('custom element on another origin, no CORS: one calculator, one language, counted until the form is ready', async ({ page }, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const bodies = await withoutCors(page);
    await noteFilesAtForm(page);
    await page.goto(`${portal}/ce.html`);
    const calc = page.locator('#calc');
    await expect(calc.getByLabel('申领受理日期')).toBeVisible();
    await expect(calc.getByRole('button', { name: '开始测算' })).toBeEnabled();
    await page.waitForLoadState('networkidle');

    // what had arrived when the form appeared (the bodies of those files, read once everything is in)
    const atForm = (await page.evaluate(() => (window as unknown as { __filesAtForm?: string[] }).__filesAtForm)) ?? [];
    const files = atForm.filter((u) => u.startsWith(app)).map((u) => u.slice(app.length)).sort();
    expect(files.every((f) => bodies.has(f))).toBe(true);
    const gzip = files.reduce((n, f) => n + gzipSync(bodies.get(f)!).length, 0);
    const raw = files.reduce((n, f) => n + bodies.get(f)!.length, 0);
    testInfo.annotations.push({ type: 'embed bytes until the form is ready', description: `${files.length} files, ${raw} bytes, ${gzip} bytes gzip` });
    console.log(`embed until ready: ${files.length} files, ${(raw / 1000).toFixed(1)} kB raw, ${(gzip / 1000).toFixed(1)} kB gzip`);
    expect(gzip).toBeLessThanOrEqual(EMBED_READY_BUDGET);
    // the form came without the engine (decimal.js), the rules and the result area; they arrived after it
    expect(files.some((f) => /^embed\/form-unemployment-benefit-/.test(f))).toBe(true);
    const later = [...bodies.keys()].filter((f) => !files.includes(f));
    for (const part of [/^embed\/engine-/, /^embed\/CalculatorResult-/, /^embed\/UnemploymentResult-/]) {
      expect(files.some((f) => part.test(f))).toBe(false);
      expect(later.some((f) => part.test(f))).toBe(true);
    }

    // classic scripts from the app's own folder: the loader and chunks of embed/, nothing else of the app
    expect(files).toContain('sh-benefit-calculator.js');
    expect(files.every((f) => f === 'sh-benefit-calculator.js' || /^embed\/[\w.-]+\.js$/.test(f))).toBe(true);
    // one calculator: none of another calculator's rules or views; one language: no English words
    const all = readdirSync(fileURLToPath(new URL('../../dist/embed/', import.meta.url)));
    expect(all.length).toBeGreaterThan(files.length * 2);
    expect(files.some((f) => /MedicalCostResult|MaternityResult|LongTermCareResult/.test(f))).toBe(false);
    const english = [...bodies.values()].some((b) => b.toString('latin1').includes('Unemployment benefit'));
    expect(english).toBe(false);
    // the shadow DOM styles apply
    expect(await calc.getByRole('button', { name: '开始测算' }).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 112, 60)');
    expect(errors).toEqual([]);
    // scripts/check-budget.mjs asserts the same budget from the build's module graph
  });

  for (const id of calculatorIds) {
    test(`${id}: counted until its form is ready, within the budget`, async ({ page }, testInfo) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const bodies = await withoutCors(page);
      await noteFilesAtForm(page);
      await page.goto(`${portal}/ce-${id}.html`);
      const calc = page.locator('#calc');
      await expect(calc.getByRole('button', { name: '开始测算' })).toBeEnabled();
      await page.waitForLoadState('networkidle');
      const atForm = (await page.evaluate(() => (window as unknown as { __filesAtForm?: string[] }).__filesAtForm)) ?? [];
      const files = atForm.filter((u) => u.startsWith(app)).map((u) => u.slice(app.length));
      expect(files.every((f) => bodies.has(f))).toBe(true);
      const gzip = files.reduce((n, f) => n + gzipSync(bodies.get(f)!).length, 0);
      testInfo.annotations.push({ type: 'embed bytes until the form is ready', description: `${id}: ${files.length} files, ${gzip} bytes gzip` });
      console.log(`embed until ${id} is ready: ${files.length} files, ${(gzip / 1000).toFixed(1)} kB gzip`);
      expect(gzip).toBeLessThanOrEqual(EMBED_READY_BUDGET);
      // its own form words came before the form, the rest of them and the engine after
      expect(files.some((f) => f.startsWith(`embed/words-${id}-zh-CN-form-`))).toBe(true);
      const later = [...bodies.keys()].filter((f) => !files.includes(f));
      for (const part of [new RegExp(`^embed/words-${id}-zh-CN-rest-`), /^embed\/words-common-zh-CN-rest-/, /^embed\/engine-/, /^embed\/CalculatorResult-/]) {
        expect(files.some((f) => part.test(f))).toBe(false);
        expect(later.some((f) => part.test(f))).toBe(true);
      }
      // no other calculator's words (and of the coverage words, only the form part: its own lines are in its form part)
      const words = [...bodies.keys()].filter((f) => f.startsWith('embed/words-'));
      expect(words.filter((f) => !f.startsWith(`embed/words-${id}-`) && !f.startsWith('embed/words-common-') && !f.startsWith('embed/words-coverage-zh-CN-form-'))).toEqual([]);
      expect(errors).toEqual([]);
    });

    for (const lang of ['zh-CN', 'en'] as const) {
      test(`${id} in ${lang}: the form from its form words alone reads as with every word (src/i18n/parts.ts)`, async ({ page }) => {
        const bodies = await withoutCors(page);
        // the rest of the words is held back until the form has been read
        let release!: () => void;
        const released = new Promise<void>((resolve) => (release = resolve));
        let held = 0;
        await page.route(`${app}embed/words-*-rest-*.js`, async (route) => {
          held++;
          await released;
          await route.fallback();
        });
        // (not waiting for the load event: a held script delays it)
        await page.goto(`${portal}/ce-${id}${lang === 'en' ? '-en' : ''}.html`, { waitUntil: 'commit' });
        const calc = page.locator('#calc');
        await expect(calc.locator('form button[type="submit"]')).toBeEnabled();
        const read = () => calc.evaluate((el) => [...el.shadowRoot!.querySelectorAll('h1, .lead, form')].map((e) => e.textContent?.replace(/\s+/g, ' ').trim()).join('\n'));
        await expect.poll(() => held).toBeGreaterThan(0);
        const formWordsOnly = await read();
        // no bare key (i18next shows a missing key as "section.key")
        expect(formWordsOnly).not.toMatch(/\b(?:fields|form|app|settings|rules|share|errors|range|units)\.[a-zA-Z]/);
        release();
        await page.waitForLoadState('networkidle');
        await expect.poll(() => held).toBe(2);
        expect(await read()).toBe(formWordsOnly);
        // one language: the calculator's words only in the language asked for (an English embed fetches no Chinese ones)
        const other = lang === 'en' ? 'zh-CN' : 'en';
        expect([...bodies.keys()].filter((f) => f.startsWith(`embed/words-${id}-${other}-`) || f.startsWith(`embed/words-common-${other}-`))).toEqual([]);
      });
    }
  }

  test('开始测算 before the engine has arrived: the answer waits for it, no error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await withoutCors(page);
    // the engine's chunk is held back until the person has clicked
    let release!: () => void;
    const clicked = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await page.route(`${app}embed/engine-*.js`, async (route) => {
      held++;
      await clicked;
      await route.fallback();
    });
    await page.goto(`${portal}/ce.html`);
    const calc = page.locator('#calc');
    await fillCaseA(calc);
    await calc.getByRole('button', { name: '开始测算' }).click();
    await expect(calc.getByTestId('summary-total')).toHaveCount(0);
    await expect.poll(() => held).toBe(1);
    release();
    // 6 months × 2305 = 13830.00, as in the test below
    await expect(calc.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
    expect(errors).toEqual([]);
  });
});

test.describe('the portal embed is complete', () => {
  test('custom element: disclaimer in its language, language switch keeps the input, 长辈版 switch', async ({ page }) => {
    await withoutCors(page);
    await page.goto(`${portal}/ce.html`);
    const calc = page.locator('#calc');
    await expect(calc.getByTestId('embed-disclaimer')).toHaveText('测算结果仅供参考，以经办机构核定为准。本工具不联网、不保存您的信息。');
    await calc.getByLabel('累计缴纳失业保险费年限（年）').fill('3.5');

    // English, the number typed is still there; the host page's own lang is untouched
    await calc.getByRole('button', { name: 'Switch to English' }).click();
    await expect(calc.getByRole('heading', { level: 1 })).toHaveText('Unemployment benefit');
    await expect(calc.getByTestId('embed-disclaimer')).toHaveText(/^Estimates only: the social-security office's decision is final\./);
    await expect(calc.getByLabel('Years of unemployment-insurance contributions')).toHaveValue('3.5');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await calc.getByRole('button', { name: '切换到中文' }).click();
    await expect(calc.getByRole('heading', { level: 1 })).toHaveText('失业保险金测算');

    // 长辈版: pressed, large text (24 px = 18 pt) and 60 px targets; off again
    const toggle = calc.getByRole('button', { name: /长辈版/ });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const before = await calc.locator('.hint').first().evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(before).toBeLessThan(24);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => calc.locator('.hint').first().evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
    expect((await calc.getByRole('button', { name: '开始测算' }).boundingBox())!.height).toBeGreaterThanOrEqual(60);
    await toggle.click();
    await expect.poll(() => calc.locator('.hint').first().evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))).toBe(before);
    // nothing remembered on the host page
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });

  test('custom element: lang="en" shows the English disclaimer', async ({ page }) => {
    await page.goto(`${portal}/ce-en.html`);
    const calc = page.locator('#calc');
    await expect(calc.getByRole('heading', { level: 1 })).toHaveText('Unemployment benefit');
    await expect(calc.getByTestId('embed-disclaimer')).toHaveText(/^Estimates only: the social-security office's decision is final\./);
    await expect(calc.getByRole('button', { name: 'Large text' })).toBeVisible();
  });

  test('custom element: controls="none" hides the switches for a host page that has its own, the disclaimer stays', async ({ page }) => {
    await page.goto(`${portal}/ce-none.html`);
    const calc = page.locator('#calc');
    await expect(calc.getByLabel('申领受理日期')).toBeVisible();
    await expect(calc.getByTestId('embed-controls')).toHaveCount(0);
    await expect(calc.getByRole('button', { name: /长辈版/ })).toHaveCount(0);
    await expect(calc.getByTestId('embed-disclaimer')).toBeVisible();
  });

  test('custom element: after 开始测算 the summary card is in view, below the host page fixed header', async ({ page }) => {
    await withoutCors(page);
    await page.goto(`${portal}/ce.html`);
    const calc = page.locator('#calc');
    await fillCaseA(calc);
    await calc.getByRole('button', { name: '开始测算' }).click();
    // 6 months × 2305 = 13830.00 (the case of tests/e2e/embed.spec.ts)
    await expect(calc.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
    await expectCardInView(page, calc.locator('.summary-card'));
  });

  test('iframe: disclaimer, switches, the card in view after 开始测算, and the height message as before', async ({ page }) => {
    await page.goto(`${portal}/iframe.html`);
    const frame = page.frameLocator('#calc');
    await expect(frame.getByTestId('embed-disclaimer')).toHaveText('测算结果仅供参考，以经办机构核定为准。本工具不联网、不保存您的信息。');
    await frame.getByLabel('累计缴纳失业保险费年限（年）').fill('3.5');
    await frame.getByRole('button', { name: 'Switch to English' }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Unemployment benefit');
    await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
    await expect(frame.getByTestId('embed-disclaimer')).toHaveText(/^Estimates only/);
    await expect(frame.getByLabel('Years of unemployment-insurance contributions')).toHaveValue('3.5');
    await frame.getByRole('button', { name: '切换到中文' }).click();
    const toggle = frame.getByRole('button', { name: /长辈版/ });
    await toggle.click();
    await expect(frame.locator('html')).toHaveClass(/large-text/);
    await toggle.click();
    await expect(frame.locator('html')).not.toHaveClass(/large-text/);

    await fillCaseA(frame);
    await frame.getByRole('button', { name: '开始测算' }).click();
    await expect(frame.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
    // the iframe follows its content's height (the host page's listener), so the host page scrolls, not the iframe
    await expect
      .poll(async () => (await page.locator('#calc').boundingBox())!.height - (await frame.locator('.embed-frame').evaluate((el) => el.getBoundingClientRect().height)))
      .toBe(0);
    await expectCardInView(page, frame.locator('.summary-card'));
  });

  test('iframe: controls=none hides the switches', async ({ page }) => {
    await page.goto(`${app}embed.html?calculator=unemployment-benefit&controls=none`);
    await expect(page.getByLabel('申领受理日期')).toBeVisible();
    await expect(page.getByTestId('embed-controls')).toHaveCount(0);
    await expect(page.getByTestId('embed-disclaimer')).toBeVisible();
  });
});
