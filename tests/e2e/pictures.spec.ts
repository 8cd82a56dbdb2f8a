import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page, test } from '@playwright/test';

/** Issue 20: the charts (text equivalents, axe, 长辈版, phone width) and the card image with its QR (made offline). */
async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe.configure({ timeout: 120_000 });

const UNEMPLOYMENT = '#/unemployment-benefit?claimDate=2026-03-20&contributionYears=2&involuntary=true&registered=true&asOf=2026-12-02';
const PAGES: { name: string; url: string; chart: string; open?: string[]; label: RegExp }[] = [
  // 2026-04 … 2026-06 at 2,305 (沪人社规〔2025〕… from 2025-07-01), 2026-07 at 2,340 (from 2026-07-01): 3 × 2305 + 2340 = 9255.
  { name: 'unemployment', url: UNEMPLOYMENT, chart: 'unemployment-chart', label: /2026-04 至 2026-06 每月 2,305\.00 元；2026-07 2,340\.00 元。合计 9,255\.00 元/ },
  // Base 6,000 is below the 2026 lower limit 7,546: pension 8 % × 7546 = 603.68, the employer's 16 % = 1,207.36.
  { name: 'contributions', url: '#/contributions?month=2026-08&kind=employee&base=6000&workInjuryClass=1&asOf=2026-12-02', chart: 'contributions-chart', label: /养老保险：个人 603\.68 元，单位 1,207\.36 元/ },
  { name: 'retirement', url: '#/retirement-age?birthMonth=1965-01&category=male', chart: 'retirement-timeline', label: /最早 2025-01，法定 2025-02，最晚 2028-02；今天 \d{4}-\d{2}/ },
  {
    name: 'pension history',
    url: '#/pension-adjustment?year=2016&retiredBy=2005-06&decemberPension=5200&contributionYears.years=32&contributionYears.months=4&birthMonth=1950-05&sex=female',
    chart: 'pension-history-chart',
    open: ['逐年调整历史', '计算逐年历史'],
    label: /^每月养老金逐年变化折线图，共 10 年：2016 年 [\d,.]+ 元/,
  },
];

for (const p of PAGES) {
  test(`${p.name}: the chart is an image with a spoken summary, axe-clean, in 长辈版 too and within 320 px`, async ({ page }) => {
    await page.goto(`./${p.url}`);
    await expect(page.locator('#result-title')).toBeVisible();
    for (const text of p.open ?? []) await page.getByText(text, { exact: true }).first().click();
    const svg = page.getByTestId(p.chart).locator('svg[role=img]');
    await expect(svg).toBeVisible();
    expect(await svg.getAttribute('aria-label')).toMatch(p.label);
    expect(await axe(page), 'result with chart').toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.locator('button[aria-pressed]').click();
    await expect(page.locator('html.large-text')).toHaveCount(1);
    await expect(svg).toBeVisible();
    // The chart is drawn at the page's (now larger) text size and fits the 320 px screen.
    // (Only the chart is checked: the contributions and history tables beside it are wider than 320 px in 长辈版 today.)
    const box = await svg.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await page.getByTestId(p.chart).evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await axe(page), '长辈版 at 320 px').toEqual([]);
  });
}

test('the summary card becomes a PNG on the device, with nothing sent off the origin, and its QR code reads back as the share link', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const offOrigin: string[] = [];
  await page.route('**', (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== origin) {
      offOrigin.push(url);
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(`./${UNEMPLOYMENT}`);
  await expect(page.locator('#result-title')).toBeVisible();

  await page.getByRole('button', { name: '生成分享链接' }).click();
  const link = await page.locator('#share-link').inputValue();
  expect(link).toContain('#/unemployment-benefit?claimDate=2026-03-20');
  await expect(page.getByTestId('qr-code')).toHaveAttribute('data-qr-text', link);

  const download = page.waitForEvent('download');
  await page.getByTestId('save-image').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^失业保险金测算.*\.png$|\.png$/);
  const png = readFileSync((await file.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await expect(page.getByRole('status').filter({ hasText: '图片已生成' })).toBeVisible();

  // Read the PNG back in the page (a data: URL, as the CSP allows) and decode the QR with jsQR, loaded for the test only.
  const jsqr = readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'), 'utf8');
  await page.evaluate(jsqr);
  const read = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height);
    const w = window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null };
    return { width: c.width, height: c.height, qr: w.jsQR(data.data, c.width, c.height)?.data ?? null };
  }, png.toString('base64'));
  expect(read.width).toBe(1080);
  expect(read.qr).toBe(link);
  expect(offOrigin).toEqual([]);
});

test('counter mode offers no image (a file would stay on the shared computer) and says why once a link is made', async ({ page }) => {
  await page.goto(`./?mode=counter${UNEMPLOYMENT}`);
  await expect(page.locator('#result-title')).toBeVisible();
  await page.getByRole('button', { name: '生成分享链接' }).click();
  await expect(page.getByText('柜台模式下不提供保存图片')).toBeVisible();
  await expect(page.getByTestId('save-image')).toHaveCount(0);
  await expect(page.getByTestId('qr-code')).toBeVisible();
});
