import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../src/i18n/i18n.svelte';
import Batch from '../../src/ui/pages/Batch.svelte';

const ZH = '姓名,申领受理日期,累计缴纳失业保险费年限（年）,是否非因本人意愿中断就业？,是否已在本市办理失业登记并有求职要求？';

async function page(lng: 'zh-CN' | 'en' = 'zh-CN') {
  await setLocale(lng);
  const user = userEvent.setup();
  render(Batch);
  const select = await screen.findByLabelText(lng === 'zh-CN' ? '测算项目' : 'What to estimate');
  await user.selectOptions(select, 'unemployment-benefit');
  await screen.findByLabelText(lng === 'zh-CN' ? '选择 CSV 文件' : 'Choose a CSV file');
  return user;
}

function csvFile(text: string, name = 'residents.csv'): File {
  return new File([text], name, { type: 'text/csv' });
}

afterEach(async () => {
  vi.restoreAllMocks();
  await setLocale('zh-CN');
});

describe('batch page', () => {
  it('reads an uploaded CSV into one row per person, and names the row and column of each error', async () => {
    const user = await page();
    // The column guide gives each header in both languages: a file may use either.
    const guide = screen.getByRole('table', { name: '表格各列说明' });
    expect(within(guide).getByRole('rowheader', { name: '申领受理日期' }).closest('tr')).toHaveTextContent('Date your claim was accepted');
    // Case A (沪人社规〔2025〕9号): 3.5 years, accepted 2025-09-15 → 6 months × 2305 = 13830.00.
    await user.upload(screen.getByLabelText('选择 CSV 文件'), csvFile(`\uFEFF${ZH}\r\n张三,2025-09-15,３．５,是,是\r\n\r\n李四,2025-13-01,2,是,是\r\n`));

    expect(await screen.findByTestId('batch-summary')).toHaveTextContent('共 2 人：1 人测算完成，1 人信息有误。');
    expect(screen.getByRole('heading', { name: '第三步：查看结果' })).toHaveFocus();
    const table = screen.getByTestId('batch-results');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    // The answer first, in words: the name, the status, then the key figures headed in Chinese, money grouped.
    const headings = within(rows[0]!).getAllByRole('columnheader').map((h) => h.textContent?.trim());
    expect(headings.slice(0, 9)).toEqual(['姓名', '状态', '是否符合', '原因', '可领月数', '延长月数', '每月金额（元）', '首次发放月份', '合计（元，不含未收录月份）']);
    const cells = [within(rows[1]!).getByRole('rowheader'), ...within(rows[1]!).getAllByRole('cell')].map((c) => c.textContent?.trim());
    expect(cells.slice(0, 9)).toEqual(['张三', '完成', '是', '', '6', '0', '2,305.00', '2025年10月', '13,830.00']);
    expect(rows[2]).toHaveTextContent('有误');
    // The name column stays in view while the table scrolls sideways.
    expect(within(rows[1]!).getByRole('rowheader')).toHaveClass('batch-sticky');
    // The error list names the spreadsheet row (4: a blank line was row 3) and the column as the file has it.
    expect(screen.getByText('第 4 行，“申领受理日期”列：请按“年-月-日”格式输入日期，例如 2025-09-15')).toBeInTheDocument();
    expect(screen.getByText('姓名', { selector: 'li', exact: false })).toHaveTextContent('以下列不用于测算，已原样保留：姓名。');
  });

  it('says clearly what is wrong with a file it cannot read', async () => {
    const user = await page();
    await user.upload(screen.getByLabelText('选择 CSV 文件'), new File([Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0])], 'list.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('这是 Excel 工作簿（.xlsx / .xls），不是 CSV。');
    expect(alert).toHaveFocus();

    await user.upload(screen.getByLabelText('选择 CSV 文件'), csvFile('name,age\r\nx,1\r\n'));
    expect(await screen.findByText(/找不到这个测算项目的列。文件第一行是：name \| age。应有的表头是：申领受理日期；/)).toBeInTheDocument();

    // A 50 MB file is refused by its size, before a byte of it is read.
    const big = csvFile('x');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(big, 'arrayBuffer');
    await user.upload(screen.getByLabelText('选择 CSV 文件'), big);
    // …and the message points to the command line, which takes a file of any size (issue 16, item 5).
    expect(await screen.findByRole('alert')).toHaveTextContent('文件太大（50.0 MB），本页面最多 10 MB。请把名单拆成几个文件；或在装有本项目的电脑上用命令行计算，命令行可读任意大小的文件：npm run --silent estimate -- <计算器> --csv 文件.csv > 结果.csv');
    expect(read).not.toHaveBeenCalled();
  });

  it('downloads the results and prints each chosen person with the explanation and sources', async () => {
    const user = await page('en');
    await user.upload(screen.getByLabelText('Choose a CSV file'), csvFile(`${ZH}\r\n张三,2025-09-15,3.5,是,是\r\n李四,2025-09-15,2,是,是\r\n`));
    await screen.findByTestId('batch-summary');

    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (created.push(b as Blob), 'blob:results'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    // jsdom cannot follow a download link.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Download the results (CSV)' }));
    await vi.waitFor(() => expect(created).toHaveLength(1));
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    // UTF-8 with a BOM (EF BB BF), so Excel opens the Chinese text correctly; TextDecoder drops the BOM again.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    // Readable, in the page's language: the name, status and key figures first, money plain so Excel can sum it,
    // one column per month. 2 years → 4 months 2025-10 … 2026-01 at 2305 (沪人社规〔2025〕9号) = 9220.
    const [header, , li] = text.split('\r\n');
    expect(header).toMatch(/^姓名,Status,Eligible,Reasons,Months payable,Extra months,Monthly amount \(yuan\),First payment month,"Total \(yuan, months not on file left out\)",Months whose standard is not on file,Errors,申领受理日期,.*,Notices,Row,2025-10,2025-11,2025-12,2026-01,2026-02,2026-03$/);
    expect(li).toMatch(/^李四,OK,Yes,,4,0,2305\.00,2025-10,9220\.00,,,2025-09-15,2,是,是,Give your birth month .*,3,2305\.00,2305\.00,2305\.00,2305\.00,,$/);

    // The machine form, for scripts: today's dotted result columns.
    created.length = 0;
    await user.click(screen.getByRole('radio', { name: /^Raw fields/ }));
    await user.click(screen.getByRole('button', { name: 'Download the results (CSV)' }));
    await vi.waitFor(() => expect(created).toHaveLength(1));
    const raw = new TextDecoder().decode(new Uint8Array(await created[0]!.arrayBuffer()));
    expect(raw.split('\r\n')[0]).toMatch(/^姓名,申领受理日期,.*,Row,Status,Errors,result\.eligible,/);
    expect(raw).toContain('李四,2025-09-15,2,是,是,3,OK,,true');

    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByRole('checkbox', { name: 'Select 李四 (row 3)' }));
    await user.click(screen.getByRole('button', { name: 'Print the 1 selected' }));
    // The sheets load on demand (their own chunk, with the QR encoder): a first print waits for them.
    await vi.waitFor(() => expect(print).toHaveBeenCalled(), { timeout: 15_000 });
    // One counter sheet for the one person chosen, headed by the name from the 姓名 column (not "Row 3").
    const sheet = screen.getByTestId('print-sheets');
    const people = within(sheet).getAllByTestId('print-sheet');
    expect(people).toHaveLength(1);
    expect(within(people[0]!).getByTestId('print-sheet-name')).toHaveTextContent(/^李四$/);
    expect(document.title).toBe('李四 – Batch estimates');
    // 沪人社规〔2025〕9号 第六条: 2 months per full contribution year → 2 × 2 = 4 months; 4 × 2305 = 9220.00.
    expect(within(people[0]!).getByTestId('summary-total')).toHaveTextContent('CNY 9,220.00 in all');
    expect(within(people[0]!).getByTestId('next-steps')).toHaveTextContent('12333');
    // The QR code holds the share link of the row's answers, without the counter's mode.
    expect(within(people[0]!).getByTestId('qr-code').getAttribute('data-qr-text')).toMatch(/#\/unemployment-benefit\?claimDate=2025-09-15&contributionYears=2&involuntary=true&registered=true&asOf=\d{4}-\d{2}-\d{2}$/);
    // The full explanation is a second part only when asked for.
    expect(within(sheet).queryByTestId('print-sheet-more')).toBeNull();
  });
});
