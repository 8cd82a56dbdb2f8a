import jsQR from 'jsqr';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { todayInShanghai } from '../../src/lib/today';

/**
 * The counter's day (issue 16, items 3 and 4): one A4 page per person from Chromium's print-to-PDF, titled with the
 * person's name, whose QR code decodes to the share link that reopens the same result; "下一位" stays on the page.
 */

const ZH = '姓名,申领受理日期,累计缴纳失业保险费年限（年）,是否非因本人意愿中断就业？,是否已在本市办理失业登记并有求职要求？';

async function fillCaseA(page: Page): Promise<void> {
  await page.getByLabel('申领受理日期').fill('2025-09-15');
  await page.getByLabel('累计缴纳失业保险费年限（年）').fill('3.5');
  await page.getByRole('group', { name: /非因本人意愿/ }).getByLabel('是').check();
  await page.getByRole('group', { name: /失业登记/ }).getByLabel('是').check();
}

/** window.print() opens no dialog in a test: it only counts. page.pdf() then prints, with "beforeprint" and "afterprint". */
async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { prints: number }).prints = 0;
    window.print = () => void (window as unknown as { prints: number }).prints++;
  });
}

async function prints(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { prints: number }).prints);
}

/** Pages in a PDF: its /Type /Page objects (not the /Pages tree). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The QR code as drawn on the page (the SVG path's unit rectangles), rasterised and read by jsqr, an independent decoder. */
async function decodeQr(qr: Locator, scale = 4): Promise<string | undefined> {
  const { size, path } = await qr.evaluate((svg) => ({ size: Number(svg.getAttribute('viewBox')!.split(' ')[2]), path: svg.querySelector('path')!.getAttribute('d')! }));
  const modules = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < w; i++) modules[y]![x + i] = true;
  }
  const n = size * scale;
  const rgba = new Uint8ClampedArray(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const v = modules[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      rgba.set([v, v, v, 255], (y * n + x) * 4);
    }
  }
  return jsQR(rgba, n, n)?.data;
}

test('counter mode: one A4 page for the person, titled with their name, whose QR code reopens the same result', async ({ page, browser }) => {
  await page.goto('./?mode=counter#/unemployment-benefit');
  await page.getByLabel('姓名（仅用于打印）').fill('王小明');
  await fillCaseA(page);
  await page.getByRole('button', { name: '开始测算' }).click();
  // case A (沪人社规〔2025〕9号 第六条): floor(3.5) = 3 years × 2 = 6 months × 2305 = 13830.00
  await expect(page.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
  await expect(page.getByLabel('同时打印完整说明（另起一页：逐月明细和计算步骤）')).not.toBeChecked();

  await stubPrint(page);
  await page.getByRole('button', { name: '打印给本人（一页）' }).click();
  await expect.poll(() => prints(page)).toBe(1);
  await expect(page).toHaveTitle('王小明 – 失业保险金测算');

  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet).toHaveCount(1);
  await expect(sheet.getByTestId('print-sheet-name')).toHaveText('王小明');
  await expect(sheet.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
  await expect(sheet).toContainText(`政策日期：${todayInShanghai()}　打印日期：${todayInShanghai()}`);
  await expect(sheet.getByTestId('next-steps')).toBeVisible();
  await expect(sheet).toContainText('经办人签名');
  await expect(sheet).toContainText('服务中心盖章');
  // Paper carries no addresses as text: the source links and their printed URLs are left out.
  expect(await sheet.evaluate((el) => (el as HTMLElement).innerText)).not.toMatch(/https?:\/\//);
  await expect(sheet.locator('a[href^="http"]').first()).toBeHidden();
  // The calculator page itself (form, its own result, the explanation) is not printed.
  await expect(page.locator('form')).toBeHidden();
  await expect(page.locator('.result')).toBeHidden();
  await expect(page.getByTestId('print-sheet-more')).toHaveCount(0);

  // The QR code holds the share link: the answers and the rules date, never the name nor the counter's mode.
  const link = await decodeQr(sheet.getByTestId('qr-code'));
  expect(link).toBe(`${new URL(page.url()).origin}/#/unemployment-benefit?claimDate=2025-09-15&contributionYears=3.5&involuntary=true&registered=true&asOf=${todayInShanghai()}`);
  const phone = await browser.newPage();
  await phone.goto(link!);
  await expect(phone.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
  await expect(phone.getByLabel('申领受理日期')).toHaveValue('2025-09-15');
  await phone.close();

  // Chromium's print to PDF: one A4 page; once printed ("afterprint") the page is itself again, and its title too.
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
  await expect(page.getByTestId('print-sheet')).toHaveCount(0);
  await expect(page).toHaveTitle('失业保险金测算 – 上海社保待遇测算');
  // Ctrl+P (no button): the same one page, built on "beforeprint".
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);

  // With the full explanation: a second part after the person's page.
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('同时打印完整说明（另起一页：逐月明细和计算步骤）').check();
  await page.getByRole('button', { name: '打印给本人（一页）' }).click();
  await expect.poll(() => prints(page)).toBe(2);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-sheet-more')).toBeVisible();
  await expect(page.getByTestId('print-sheet-more').getByRole('heading', { name: '王小明：完整说明' })).toBeVisible();
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
});

test('counter mode: "下一位" stays on the calculator with an empty form, the name gone, settings reset', async ({ page }) => {
  await page.goto('./?mode=counter#/unemployment-benefit');
  await page.getByLabel('姓名（仅用于打印）').fill('王小明');
  await fillCaseA(page);
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
  await page.getByRole('button', { name: '长辈版（大字）' }).click();

  await page.getByRole('button', { name: '下一位（清空全部）' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('失业保险金测算');
  await expect(page.getByLabel('姓名（仅用于打印）')).toHaveValue('');
  await expect(page.getByLabel('申领受理日期')).toHaveValue(todayInShanghai());
  await expect(page.getByLabel('累计缴纳失业保险费年限（年）')).toHaveValue('');
  await expect(page.getByTestId('summary-total')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveClass(/large-text/);
  expect(await page.evaluate(() => location.hash)).toBe('#/unemployment-benefit');
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('batch in counter mode: the selected people print one page each, named from the 姓名 column; the download warns', async ({ page }) => {
  await page.goto('./?mode=counter#/batch');
  await page.getByLabel('测算项目').selectOption('unemployment-benefit');
  await page.getByLabel('选择 CSV 文件').setInputFiles({
    name: 'residents.csv',
    mimeType: 'text/csv',
    // 沪人社规〔2025〕9号 第六条, 2 months per full year, 2305 a month for a claim accepted 2025-09-15:
    // 张三 3.5 → 6 × 2305 = 13830.00; 李四 2 → 4 × 2305 = 9220.00 (王五 is not printed)
    buffer: Buffer.from(`\uFEFF${ZH}\r\n张三,2025-09-15,3.5,是,是\r\n李四,2025-09-15,2,是,是\r\n王五,2025-09-15,5,是,是\r\n`),
  });
  await expect(page.getByTestId('batch-summary')).toHaveText('共 3 人：3 人测算完成，0 人信息有误。');
  await expect(page.getByTestId('download-warning')).toHaveText(/“下载”文件夹/);

  await stubPrint(page);
  // Rows 2 and 3 of the sheet: 张三 and 李四.
  await page.getByRole('checkbox', { name: /第 2 行|张三/ }).check();
  await page.getByRole('checkbox', { name: /第 3 行|李四/ }).check();
  await page.getByRole('button', { name: '打印选中的 2 人' }).click();
  await expect.poll(() => prints(page)).toBe(1);
  await expect(page).toHaveTitle('张三、李四 – 批量测算');
  await page.emulateMedia({ media: 'print' });
  const sheets = page.getByTestId('print-sheet');
  await expect(sheets).toHaveCount(2);
  await expect(sheets.nth(0).getByTestId('print-sheet-name')).toHaveText('张三');
  await expect(sheets.nth(0).getByTestId('summary-total')).toHaveText('合计 13,830.00 元');
  await expect(sheets.nth(1).getByTestId('print-sheet-name')).toHaveText('李四');
  await expect(sheets.nth(1).getByTestId('summary-total')).toHaveText('合计 9,220.00 元');
  await expect(page.getByTestId('batch-results')).toBeHidden();
  expect(await decodeQr(sheets.nth(1).getByTestId('qr-code'))).toMatch(/#\/unemployment-benefit\?claimDate=2025-09-15&contributionYears=2&involuntary=true&registered=true&asOf=/);
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(2);
  await page.emulateMedia({ media: 'screen' });

  // "下一位" stays on the batch page, with the calculator kept and the file's results gone.
  await page.getByRole('button', { name: '下一位（清空全部）' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('批量测算');
  await expect(page.getByLabel('测算项目')).toHaveValue('unemployment-benefit');
  await expect(page.getByTestId('batch-summary')).toHaveCount(0);
  // not just the first calculator of the list: another one chosen is kept as well
  await page.getByLabel('测算项目').selectOption('retirement-age');
  await page.getByRole('button', { name: '下一位（清空全部）' }).click();
  await expect(page.getByLabel('测算项目')).toHaveValue('retirement-age');
});

test('outside counter mode the results download has no counter warning', async ({ page }) => {
  await page.goto('./#/batch');
  await page.getByLabel('测算项目').selectOption('unemployment-benefit');
  await page.getByLabel('选择 CSV 文件').setInputFiles({ name: 'r.csv', mimeType: 'text/csv', buffer: Buffer.from(`${ZH}\r\n张三,2025-09-15,3.5,是,是\r\n`) });
  await expect(page.getByTestId('batch-summary')).toHaveText('共 1 人：1 人测算完成，0 人信息有误。');
  await expect(page.getByRole('button', { name: '下载结果（CSV）' })).toBeVisible();
  await expect(page.getByTestId('download-warning')).toHaveCount(0);
  // and no name field on the calculator page
  await page.goto('./#/unemployment-benefit');
  await expect(page.getByLabel('申领受理日期')).toBeVisible();
  await expect(page.getByLabel('姓名（仅用于打印）')).toHaveCount(0);
});
