import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { switchToEnglish } from './helpers';

const ZH = '姓名,申领受理日期,累计缴纳失业保险费年限（年）,是否非因本人意愿中断就业？,是否已在本市办理失业登记并有求职要求？';

test.describe('batch estimates in the built app', () => {
  test('zh-CN: upload a small CSV, see one row per person and a row error, download the results', async ({ page }) => {
    await page.goto('./#/batch');
    await expect(page).toHaveTitle(/批量测算/);
    await page.getByLabel('测算项目').selectOption('unemployment-benefit');
    await page.getByLabel('选择 CSV 文件').setInputFiles({
      name: 'residents.csv',
      mimeType: 'text/csv',
      // Case A (沪人社规〔2025〕9号): 3.5 years, accepted 2025-09-15 → 6 months × 2305 = 13830.00; row 3 has a bad date.
      buffer: Buffer.from(`\uFEFF${ZH}\r\n"Zhang, San",2025-09-15,３．５,是,是\r\n李四,2025-13-01,2,是,是\r\n`),
    });
    await expect(page.getByTestId('batch-summary')).toHaveText('共 2 人：1 人测算完成，1 人信息有误。');
    const rows = page.getByTestId('batch-results').locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('Zhang, San');
    await expect(rows.nth(0)).toContainText('13,830.00');
    await expect(page.getByTestId('batch-key-heading').first()).toHaveText('是否符合');
    await expect(page.getByText('第 3 行，“申领受理日期”列：请按“年-月-日”格式输入日期，例如 2025-09-15')).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载结果（CSV）' }).click()]);
    expect(download.suggestedFilename()).toBe('unemployment-benefit-results.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    // Readable by default: the name, then 状态 and the key figures in Chinese; money plain; one column per month.
    expect(text.split('\r\n')[0]).toMatch(/^姓名,状态,是否符合,原因,可领月数,延长月数,每月金额（元）,首次发放月份,合计（元，不含未收录月份）,标准未收录的月份,错误,申领受理日期,.*,行号,2025年10月,/);
    expect(text).toContain('"Zhang, San",完成,是,,6,0,2305.00,2025年10月,13830.00,,,2025-09-15,３．５,是,是,');
  });

  test('English: a template in English headers, an Excel workbook refused with a clear message', async ({ page }) => {
    await page.goto('./#/batch');
    await switchToEnglish(page);
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download the CSV template/ }).click()]);
    const header = readFileSync((await template.path())!, 'utf8');
    // A Name column (kept as is) and one example line: fact-sheet case A, in words.
    expect(header).toMatch(/^\uFEFFName,Date your claim was accepted,Years of unemployment-insurance contributions,Did the job end against your will\?,.*,Retirement category\r\nZhang San,2025-09-15,3\.5,Yes,Yes,,,\r\n$/);
    await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'list.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]) });
    await expect(page.getByRole('alert')).toContainText('This is an Excel workbook (.xlsx or .xls), not a CSV file.');
  });

  test('10,000 rows run in workers with a progress bar, and the page stays responsive', async ({ page }) => {
    await page.goto('./#/batch');
    await page.getByLabel('测算项目').selectOption('unemployment-benefit');
    const lines = Array.from({ length: 10_000 }, (_, i) => `居民${i},2025-09-15,${1 + (i % 12)}.5,是,是`);
    const started = Date.now();
    await page.getByLabel('选择 CSV 文件').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(`${ZH}\r\n${lines.join('\r\n')}\r\n`) });
    // While it runs there is a progress bar, and the page still answers: the language switch button takes focus.
    await expect(page.getByRole('progressbar', { name: '测算进度' })).toBeVisible();
    await page.getByRole('button', { name: 'Switch to English' }).focus();
    await expect(page.getByRole('button', { name: 'Switch to English' })).toBeFocused();
    await expect(page.getByTestId('batch-summary')).toHaveText('共 10000 人：10000 人测算完成，0 人信息有误。', { timeout: 20_000 });
    console.log(`10,000 rows in the browser: ${Date.now() - started} ms from upload to results`);
    await expect(page.getByTestId('batch-results').locator('tbody tr')).toHaveCount(50);
  });

  test('one row and ten million blank lines: read once, refused with a clear message (issue 15, item 8)', async ({ page }) => {
    await page.goto('./#/batch');
    await page.getByLabel('测算项目').selectOption('unemployment-benefit');
    const body = `${ZH}\n2025-09-15,3.5,是,是\n${'\n'.repeat(9_999_000)}`;
    await page.getByLabel('选择 CSV 文件').setInputFiles({ name: 'blank.csv', mimeType: 'text/csv', buffer: Buffer.from(body) });
    await expect(page.getByText('文件超过 100000 行（空行也算在内）')).toBeVisible({ timeout: 30_000 });
  });
});
