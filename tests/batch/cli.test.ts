// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'batch-cli-'));

/** Runs the command exactly as `npm run --silent estimate -- <id> --csv in.csv` does. */
function estimate(...args: string[]) {
  const out = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/estimate.ts'), ...args], { encoding: 'utf8', cwd: root });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// Each case spawns tsx (a few seconds on a busy machine).
describe('npm run estimate -- <id> --csv', { timeout: 60_000 }, () => {
  it('writes the results file on stdout, row errors in English in the error column, exit 0', () => {
    const path = file('in.csv', '姓名,申领受理日期,累计缴纳失业保险费年限（年）,是否非因本人意愿中断就业？,是否已在本市办理失业登记并有求职要求？\r\n"Zhang, San",2025-09-15,３．５,是,是\r\n\r\nLi Si,2025-09-15,abc,是,\r\n');
    const { status, stdout, stderr } = estimate('unemployment-benefit', '--format', 'raw', '--csv', path, '--as-of', '2026-11-28');
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout.startsWith('\uFEFF')).toBe(true);
    expect(stdout).toContain('\r\n');
    const rows = Papa.parse<Record<string, string>>(stdout.slice(1), { header: true, skipEmptyLines: true }).data;
    // Case A (沪人社规〔2025〕9号): 6 months × 2305 = 13830.00.
    expect(rows[0]).toMatchObject({ 姓名: 'Zhang, San', Row: '2', Status: 'OK', 'result.months': '6', 'result.total': '13830.00' });
    expect(rows[1]).toMatchObject({
      姓名: 'Li Si',
      Row: '4',
      Status: 'Error',
      Errors: '“累计缴纳失业保险费年限（年）”: Enter a number, like 3.5; “是否已在本市办理失业登记并有求职要求？”: Enter this',
    });
  });

  it('reads a GBK file', () => {
    // GBK of "申领受理日期,累计缴纳失业保险费年限,是否非因本人意愿中断就业,是否已在本市办理失业登记并有求职要求\r\n2025-09-15,2,是,是\r\n"
    const hex =
      'c9eac1eccadcc0edc8d5c6da2cc0dbbcc6bdc9c4c9caa7d2b5b1a3cfd5b7d1c4eacfde2ccac7b7f1b7c7d2f2b1bec8cbd2e2d4b8d6d0b6cfbecdd2b52ccac7b7f1d2d1d4dab1becad0b0ecc0edcaa7d2b5b5c7bcc7b2a2d3d0c7f3d6b0d2aac7f30d0a323032352d30392d31352c322ccac72ccac70d0a';
    const path = file('gbk.csv', Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16))));
    const { status, stdout, stderr } = estimate('unemployment-benefit', '--format', 'raw', '--csv', path, '--as-of', '2026-11-28');
    expect(status).toBe(0);
    // which encoding was used, on stderr (issue 15, item 9)
    expect(stderr).toContain('The file was read as GBK');
    const rows = Papa.parse<Record<string, string>>(stdout.slice(1), { header: true, skipEmptyLines: true }).data;
    // 2 years → 4 months × 2305 = 9220.00; the Chinese headers come out readable (UTF-8).
    expect(rows[0]).toMatchObject({ 申领受理日期: '2025-09-15', 'result.total': '9220.00' });
  });

  it('exits 2 with a message on stderr for a file it cannot read, and for an unknown calculator', () => {
    const wrong = estimate('unemployment-benefit', '--format', 'raw', '--csv', file('wrong.csv', 'name,age\nx,1\n'));
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/None of this calculator's columns were found\. The file's first row is: name \| age\. The headers should be: Date your claim was accepted; /);
    const missing = estimate('unemployment-benefit', '--format', 'raw', '--csv', join(dir, 'no-such.csv'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read .*no-such\.csv/);
    const xlsx = estimate('unemployment-benefit', '--format', 'raw', '--csv', file('book.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])));
    expect([xlsx.status, xlsx.stderr]).toEqual([2, expect.stringMatching(/Excel workbook/)]);
    const unknown = estimate('no-such-thing', '--format', 'raw', '--csv', file('x.csv', 'a\n1\n'));
    expect(unknown.status).toBe(2);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ ok: false, errors: [{ code: 'unknown-calculator' }] });
  });
});

describe('bounded memory and size (issue 15, item 8)', { timeout: 120_000 }, () => {
  it('one row and ten million blank lines: streamed within a 160 MB heap, one result row (before streaming: refused; before that, some 950 MB)', () => {
    const path = file('blank-lines.csv', `claimDate,contributionYears,involuntary,registered\n2025-09-15,3.5,yes,yes\n${'\n'.repeat(9_999_000)}`);
    const out = spawnSync(process.execPath, ['--max-old-space-size=160', join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/estimate.ts'), 'unemployment-benefit', '--format', 'raw', '--csv', path, '--as-of', '2026-11-28'], { encoding: 'utf8', cwd: root, maxBuffer: 1 << 24 });
    expect([out.status, out.stderr]).toEqual([0, '']);
    const rows = Papa.parse<string[]>(out.stdout.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    // 沪人社规〔2025〕9号: 3.5 full years → 6 months at 2,305 from 2025-10 = 13,830.00 (fact-sheet case A)
    expect(rows[1]![rows[0]!.indexOf('result.total')]).toBe('13830.00');
  });

  it('the clerk\'s results file by default: Chinese headings and values with --lang zh-CN, no JSON in any cell, and the months in a second file (--records)', () => {
    const path = file('clerk.csv', '姓名,申领受理日期,累计缴纳失业保险费年限（年）,是否非因本人意愿中断就业？,是否已在本市办理失业登记并有求职要求？\r\n张三,2025-09-15,3年6个月,是,是\r\n李四,2025-09-15,3.5,否,是\r\n');
    const records = join(dir, 'clerk-months.csv');
    const { status, stdout, stderr } = estimate('unemployment-benefit', '--csv', path, '--lang', 'zh-CN', '--as-of', '2026-11-28', '--records', records, '--jobs', '1');
    expect([status, stderr]).toEqual([0, '']);
    const [head, zhang, li] = Papa.parse<string[]>(stdout.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    // The name first, then the key figures in words.
    expect(head![0]).toBe('姓名');
    for (const h of ['是否符合', '可领月数', '每月金额（元）', '首次发放月份']) expect(head).toContain(h);
    const col = (row: string[], h: string) => row[head!.indexOf(h)];
    expect(col(zhang!, '是否符合')).toBe('是');
    expect(col(zhang!, '可领月数')).toBe('6');
    expect(col(zhang!, '每月金额（元）')).toBe('2305.00');
    expect(col(zhang!, '首次发放月份')).toBe('2025年10月');
    expect(col(li!, '是否符合')).toBe('否');
    expect(zhang!.concat(li!).some((c) => c.startsWith('[') || c.startsWith('{'))).toBe(false);
    // The second file: one line per month, 6 × 2,305.00 for 张三 (sums to the total 13,830.00).
    const lines = Papa.parse<string[]>(readFileSync(records, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const amounts = lines.slice(1).filter((l) => l.includes('张三')).map((l) => Number(l[l.length - 1]));
    expect(amounts).toEqual([2305, 2305, 2305, 2305, 2305, 2305]);
  });

});
