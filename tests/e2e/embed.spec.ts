import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type FrameLocator, type Locator, type Page, test } from '@playwright/test';

/**
 * The two ways the portal embeds a calculator (docs/embed.md), each in a plain host page with hostile CSS:
 * the <sh-benefit-calculator> custom element (script from npm run build:embed) and the iframe route embed.html.
 * The host pages are test fixtures, never shipped: a small server started by this file serves them on another
 * origin than the app's (another port on 127.0.0.1; Chromium refuses to frame a local page from a page whose
 * address it does not know, which rules out page.route() for the host page).
 */
const SCRIPT = fileURLToPath(new URL('../../dist-embed/sh-benefit-calculator.js', import.meta.url));
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

let portalServer: Server | undefined;
let portal = '';
let app = '';

test.beforeAll(async ({}, testInfo) => {
  if (!existsSync(SCRIPT)) throw new Error('dist-embed/sh-benefit-calculator.js is missing: run "npm run build:embed" first');
  app = testInfo.project.use.baseURL!;
  const fill = (html: string) => html.replaceAll('{{APP}}', app).replaceAll('{{APP_ORIGIN}}', new URL(app).origin);
  portalServer = createServer((req, res) => {
    const [path = '', search = ''] = (req.url ?? '').split('?');
    const name = path.slice(1);
    if (name === 'host-charset.html') {
      // An older portal: no charset in the header, the page's own meta tag (or none) decides.
      const charset = new URLSearchParams(search).get('charset');
      const meta = charset ? `<meta charset="${charset}" />` : '';
      res.writeHead(200, { 'content-type': 'text/html' }).end(fill(fixture(name)).replace('{{META}}', meta));
      return;
    }
    if (name !== 'host-ce.html' && name !== 'host-iframe.html') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fill(fixture(name)));
  });
  await new Promise<void>((resolve) => portalServer!.listen(0, '127.0.0.1', resolve));
  portal = `http://127.0.0.1:${(portalServer.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => (portalServer ? portalServer.close(resolve) : resolve(undefined)));
});

/** The loader as dist-embed/ has it (its chunks come from the app's server, dist/embed/, as deployed). */
async function serveScript(page: Page): Promise<void> {
  await page.route(`${app}sh-benefit-calculator.js`, (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: readFileSync(SCRIPT, 'utf8') }));
}

/** The loader as a server that names no charset sends it: the browser decodes it in the host page's encoding. */
async function serveScriptWithoutCharset(page: Page): Promise<void> {
  await page.route(`${app}sh-benefit-calculator.js`, (route) => route.fulfill({ headers: { 'content-type': 'text/javascript' }, body: readFileSync(SCRIPT) }));
  // …and its chunks (ASCII-only as well)
  await page.route(`${app}embed/*.js`, async (route) => {
    let body: Buffer;
    try {
      body = await (await route.fetch()).body();
    } catch {
      // The test ended while a chunk loaded after the form (the result area) was on its way: the page is gone, and
      // with it the request ("Response has been disposed"). A chunk the test needed would fail its own assertions.
      return;
    }
    await route.fulfill({ headers: { 'content-type': 'text/javascript' }, body }).catch(() => undefined);
  });
}

/** unemployment benefit, case A: accepted 2025-09-15, 3.5 years, involuntary, registered → 6 × 2305 = 13830.00 */
async function caseA(scope: Locator | FrameLocator): Promise<void> {
  await scope.getByLabel('申领受理日期').fill('2025-09-15');
  await scope.getByLabel('累计缴纳失业保险费年限（年）').fill('3.5');
  await scope.getByRole('group', { name: /非因本人意愿/ }).getByLabel('是').check();
  await scope.getByRole('group', { name: /失业登记/ }).getByLabel('是').check();
  await scope.getByRole('button', { name: '开始测算' }).click();
  await expect(scope.getByTestId('summary-months')).toHaveText('可领 6 个月');
  await expect(scope.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
}

function px(value: string): number {
  return Number.parseFloat(value);
}

test.describe('embedding for the portal', () => {
  test('custom element: survives the host page CSS, computes, leaves the host page alone', async ({ page, baseURL }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await serveScript(page);
    await page.goto(`${portal}/host-ce.html`);
    const calc = page.locator('#calc');
    await expect(calc.getByRole('heading', { level: 1 })).toHaveText('失业保险金测算');

    // the host page's CSS does not reach into the calculator
    const input = calc.getByLabel('申领受理日期');
    await expect(input).toBeVisible();
    const inside = await calc.locator('.lead').evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, fontSize: s.fontSize, transform: s.textTransform, spacing: s.letterSpacing, font: s.fontFamily, cursor: s.cursor };
    });
    expect(inside.fontSize).toBe('20.4px'); // 1.2em of the app's 17px (1.0625rem of 16px, not of the host's 8px)
    expect(inside.color).toBe('rgb(72, 73, 73)'); // --muted, not the host's red or its --text
    expect(inside.transform).toBe('none');
    expect(inside.spacing).toBe('normal');
    expect(inside.font).not.toBe('serif');
    expect(inside.cursor).toBe('auto');
    const button = calc.getByRole('button', { name: '开始测算' });
    await expect(button).toBeVisible();
    expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 112, 60)');

    await caseA(calc);
    await expect(calc.locator('#result-title')).toBeFocused();

    // the error summary's links find their field inside the shadow root
    await calc.getByLabel('累计缴纳失业保险费年限（年）').fill('abc');
    await calc.getByRole('button', { name: '开始测算' }).click();
    await calc.getByRole('alert').getByRole('link', { name: /累计缴纳失业保险费年限/ }).click();
    await expect(calc.getByLabel('累计缴纳失业保险费年限（年）')).toBeFocused();

    // …and the calculator's CSS does not leak out: the host's own .button and text keep the host's styles
    const host = await page.evaluate(() => {
      const b = getComputedStyle(document.getElementById('host-button')!);
      const p = getComputedStyle(document.getElementById('host-text')!);
      return { buttonBg: b.backgroundColor, textColor: p.color, textSize: p.fontSize, lang: document.documentElement.lang, title: document.title, hash: location.hash };
    });
    expect(host.buttonBg).not.toBe('rgb(0, 112, 60)');
    expect(host).toMatchObject({ textColor: 'rgb(255, 0, 0)', textSize: '8px', lang: 'de', title: 'Portal page', hash: '' });

    // links to other pages of the app open the full app in a new tab, not in the portal's address bar
    const popup = page.context().waitForEvent('page');
    await calc.locator('a[href^="#/sources"]').first().click();
    expect((await popup).url()).toBe(`${baseURL}#/sources?c=unemployment-benefit`);
    expect(await page.evaluate(() => location.href)).toBe(`${portal}/host-ce.html`);

    // the lang attribute switches the language live
    await calc.evaluate((el) => el.setAttribute('lang', 'en'));
    await expect(calc.getByRole('heading', { level: 1 })).toHaveText('Unemployment benefit');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(errors).toEqual([]);
  });

  test("custom element: the form's stylesheet first, the result area's added with the result area", async ({ page }) => {
    await serveScript(page);
    await page.goto(`${portal}/host-ce.html`);
    const calc = page.locator('#calc');
    await expect(calc.getByLabel('申领受理日期')).toBeVisible();
    /** The selectors of each stylesheet the element's shadow root adopts, in order (media rules opened). */
    const sheets = (id: string) =>
      page.evaluate((sel) => {
        const selectors = (rules: CSSRuleList): string[] =>
          [...rules].flatMap((r) => (r instanceof CSSStyleRule ? [r.selectorText] : r instanceof CSSGroupingRule ? selectors(r.cssRules) : []));
        return document.querySelector(sel)!.shadowRoot!.adoptedStyleSheets.map((s) => selectors(s.cssRules).join(' , '));
      }, id);
    // app.css: the form's rules, none of the result area's (result.css) or of the app's other pages (pages.css)
    const [form = ''] = await sheets('#calc');
    expect(form).toContain('.button--secondary');
    expect(form).toContain('.error-summary');
    expect(form).toContain('.sh-root.large-text .radio');
    const foreign = /\.(?:summary-card|panel--result|panel__figure|badge|notices|table|summary-list|step|source__|card|next-steps|disclosure|compare__|share|counter-print|counter-bar|update-notice|param|filters|header|footer|skip-link)(?![\w-])/;
    expect(form).not.toMatch(foreign);

    await caseA(calc);
    // the result area brought result.css: its rules apply inside the shadow root (the summary card: 1rem 1.25rem, green)
    const card = await calc.locator('.summary-card').evaluate((el) => {
      const s = getComputedStyle(el);
      return { padding: s.padding, background: s.backgroundColor, color: s.color };
    });
    expect(card).toEqual({ padding: '16px 20px', background: 'rgb(0, 112, 60)', color: 'rgb(255, 255, 255)' });
    const after = await sheets('#calc');
    expect(after).toHaveLength(2);
    expect(after[0]).toBe(form);
    expect(after[1]).toContain('.summary-card--result');
    expect(after[1]).not.toContain('.button--secondary');
    // …once for the page: the other element on it (not submitted) has it too, the same constructed sheet
    expect(await page.evaluate(() => {
      const [a, b] = ['#calc', '#calc-elderly'].map((s) => document.querySelector(s)!.shadowRoot!.adoptedStyleSheets);
      return a!.length === 2 && b!.length === 2 && a![1] === b![1];
    })).toBe(true);
  });

  // Older government portals are GBK or GB2312: the script must read the same in any host encoding (ASCII only).
  for (const charset of ['gbk', 'gb2312', '']) {
    test(`custom element on a ${charset || 'no-charset'} host page: renders Chinese and computes`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await serveScriptWithoutCharset(page);
      await page.goto(`${portal}/host-charset.html?charset=${charset}`);
      if (charset) expect(await page.evaluate(() => document.characterSet)).toBe('GBK'); // GB2312 is read as GBK
      await expect(page.locator('#host-text')).toHaveText('门户网站');
      const calc = page.locator('#calc');
      await expect(calc.getByRole('heading', { level: 1 })).toHaveText('失业保险金测算');
      await caseA(calc);
      expect(errors).toEqual([]);
    });
  }

  test("custom element on a host page whose own hash cannot be decoded (#/50%off?x=1): renders, ignores the hash", async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await serveScript(page);
    await page.goto(`${portal}/host-ce.html#/50%off?x=1`);
    const calc = page.locator('#calc');
    await expect(calc.getByRole('heading', { level: 1 })).toHaveText('失业保险金测算');
    await caseA(calc);
    expect(await page.evaluate(() => location.hash)).toBe('#/50%off?x=1');
    expect(errors).toEqual([]);
  });

  test('the app serves its scripts as UTF-8 by name', async ({ request }) => {
    const chunk = readdirSync(fileURLToPath(new URL('../../dist/embed/', import.meta.url))).find((f) => f.startsWith('element-'));
    for (const file of ['sh-benefit-calculator.js', 'sh-benefit-calculator.full.js', `embed/${chunk}`, 'registerSW.js']) {
      expect((await request.get(file)).headers()['content-type']).toMatch(/^text\/javascript; ?charset=utf-8$/i);
    }
  });

  test('custom element: elderly (large text) and as-of attributes', async ({ page }) => {
    await serveScript(page);
    await page.goto(`${portal}/host-ce.html`);
    const calc = page.locator('#calc-elderly');
    await expect(calc.getByLabel('申领受理日期')).toBeVisible();
    await expect(calc.getByLabel('政策日期')).toHaveValue('2026-01-05');
    const sizes = await calc.locator('.hint').first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: s.fontSize, line: s.lineHeight };
    });
    expect(px(sizes.size)).toBeGreaterThanOrEqual(24); // 18 pt
    expect(px(sizes.line) / px(sizes.size)).toBeGreaterThanOrEqual(1.3);
    for (const target of [calc.getByRole('button', { name: '开始测算' }), calc.getByLabel('申领受理日期'), calc.locator('.radio').first()]) {
      expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(60);
    }
    const axe = await new AxeBuilder({ page }).include('#calc-elderly').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('iframe: survives the host page CSS, computes, and tells the host its height', async ({ page }) => {
    await serveScript(page);
    await page.goto(`${portal}/host-iframe.html`);
    const frame = page.frameLocator('#calc');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('失业保险金测算');
    await expect(frame.getByLabel('申领受理日期')).toBeVisible();

    // the message arrives, with the documented shape, and the listener sizes the iframe to it
    await expect.poll(() => page.evaluate(() => (window as unknown as { heightMessages: unknown[] }).heightMessages.length)).toBeGreaterThan(0);
    const first = await page.evaluate(() => (window as unknown as { heightMessages: { type: string; calculator: string; height: number }[] }).heightMessages.at(-1)!);
    expect(Object.keys(first).sort()).toEqual(['calculator', 'height', 'type']);
    expect(first).toMatchObject({ type: 'sh-benefit-calculator:height', calculator: 'unemployment-benefit' });
    expect(first.height).toBeGreaterThan(200);

    await caseA(frame);
    // the result makes the page taller: a new message, and the iframe follows without a scroll bar of its own
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heightMessages: { height: number }[] }).heightMessages.at(-1)!.height))
      .toBeGreaterThan(first.height);
    // the iframe's height is the latest message's (a part drawn late, such as a chart measuring itself, sends another)
    await expect
      .poll(() =>
        page.evaluate(() => {
          const messages = (window as unknown as { heightMessages: { height: number }[] }).heightMessages;
          return document.getElementById('calc')!.getBoundingClientRect().height - messages.at(-1)!.height;
        }),
      )
      .toBe(0);
    const inner = page.frames().find((f) => f.url().includes('embed.html'))!;
    expect(await inner.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
    // no site header inside the iframe; the host page keeps its own styles
    await expect(frame.getByRole('banner')).toHaveCount(0);
    expect(await page.locator('#host-text').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 0, 0)');
  });

  test('iframe: language, rules-as-of date and large text from the query string', async ({ page }) => {
    await page.goto('./embed.html?calculator=unemployment-benefit&lang=en&asOf=2026-01-05&elderly=1');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel('Date your claim was accepted')).toBeVisible();
    await expect(page.getByLabel('Rules as of')).toHaveValue('2026-01-05');
    const size = await page.locator('.hint').first().evaluate((el) => getComputedStyle(el).fontSize);
    expect(px(size)).toBeGreaterThanOrEqual(24);
    expect((await page.getByRole('button', { name: 'Estimate' }).boundingBox())!.height).toBeGreaterThanOrEqual(60);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
});
