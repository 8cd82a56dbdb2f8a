// @vitest-environment node
/**
 * `estimate --csv` streams (issue 16, item 5): files past the old limits (20,000 rows, 10 MB), standard input,
 * worker threads that keep the input order, GBK, and the results file in Chinese. Each case runs the command as
 * `npm run --silent estimate -- …` does, in a child process.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnsFor, processBytes, resultsCsv, type Lang } from '../../src/batch';
import { csvCell } from '../../src/batch/stream';
import { labelOf, messages, translate } from '../../src/cli/locale';
import { loadCalculator } from '../../src/rules/registry';

const root = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'csv-stream-'));
const AS_OF = '2026-11-28';
const EN = 'claimDate,contributionYears,involuntary,registered';

/** Runs the command with its stdout into a file (results of many MB), stdin from a file or text. */
function estimate(args: string[], stdin?: string | Buffer) {
  const outPath = join(dir, `out-${Math.random().toString(36).slice(2)}.csv`);
  const out = openSync(outPath, 'w');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/estimate.ts'), ...args], {
    cwd: root,
    input: stdin ?? '',
    stdio: ['pipe', out, 'pipe'],
    encoding: 'utf8',
  });
  closeSync(out);
  return { status: r.status, stderr: r.stderr, stdout: readFileSync(outPath, 'utf8') };
}

/** The results file's records (BOM dropped), header first. */
const records = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

/**
 * Rows of the unemployment calculator (fact sheet case A and its neighbours): row i of the file is
 * - i % 5 === 0: case A, claim 2025-09-15, 3.5 years, involuntary, registered → floor(3.5) × 2 = 6 months × 2305 = 13830.00
 * - i % 5 === 1: the same but not involuntary (否) → not eligible, total 0.00
 * - i % 5 === 2: an impossible date 2025-13-01 → an error row, in its place
 * - otherwise case A again with a row-specific name
 * with a note column the calculator does not use (kept as it is), `pad` characters long.
 */
function unemploymentRows(n: number, pad = 0): string {
  const note = 'n'.repeat(pad);
  const lines = [`name,note,${EN}`];
  for (let i = 0; i < n; i++) {
    const row = i % 5 === 1 ? '2025-09-15,3.5,no,yes' : i % 5 === 2 ? '2025-13-01,3.5,yes,yes' : '2025-09-15,3.5,yes,yes';
    lines.push(`P${i},${note},${row}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('estimate --csv streams a file of any size', () => {
  it('21,000 rows and over 10 MB (past both old limits): rows in = rows out, each in its place with its real values', { timeout: 300_000 }, () => {
    const n = 21_000;
    const path = join(dir, 'big.csv');
    writeFileSync(path, unemploymentRows(n, 500));
    expect(statSync(path).size).toBeGreaterThan(10 * 1024 * 1024);
    const out = estimate(['unemployment-benefit', '--format', 'raw', '--csv', path, '--as-of', AS_OF, '--jobs', '2']);
    expect([out.status, out.stderr]).toEqual([0, '']);
    const [header, ...rows] = records(out.stdout);
    expect(rows).toHaveLength(n);
    const at = (name: string) => header!.indexOf(name);
    const check = (i: number) => {
      const r = rows[i]!;
      // the header is row 1, so person i is on row i + 2
      expect([r[at('name')], r[at('Row')]]).toEqual([`P${i}`, String(i + 2)]);
      expect(r[at('note')]).toHaveLength(500);
      if (i % 5 === 1) expect([r[at('Status')], r[at('result.eligible')], r[at('result.total')]]).toEqual(['OK', 'false', '0.00']);
      else if (i % 5 === 2) expect([r[at('Status')], r[at('Errors')], r[at('result.total')]]).toEqual(['Error', '“claimDate”: Enter a date as year-month-day, like 2025-09-15', '']);
      // case A: 6 months × 2305 = 13830.00
      else expect([r[at('Status')], r[at('result.months')], r[at('result.total')]]).toEqual(['OK', '6', '13830.00']);
    };
    for (const i of [0, 1, 2, 3, 9_999, 10_001, 10_002, 19_999, 20_000, n - 1]) check(i);
    expect(rows.filter((r) => r[at('Status')] === 'Error')).toHaveLength(n / 5);
  });

  it('--jobs 2 writes the same bytes as --jobs 1, and the same file as the page (resultsCsv)', { timeout: 300_000 }, async () => {
    // 4,321 rows: five runs of rows of 1,000 and a short one, shared between the two workers.
    const text = unemploymentRows(4_321);
    const path = join(dir, 'mid.csv');
    writeFileSync(path, text);
    const one = estimate(['unemployment-benefit', '--format', 'raw', '--csv', path, '--as-of', AS_OF, '--jobs', '1']);
    const two = estimate(['unemployment-benefit', '--format', 'raw', '--csv', path, '--as-of', AS_OF, '--jobs', '2']);
    expect([one.status, two.status]).toEqual([0, 0]);
    expect(two.stdout).toBe(one.stdout);
    expect(records(one.stdout)).toHaveLength(4_322);
    // The page reads the whole file at once; the command line's streamed file is the same, byte for byte.
    const calc = await loadCalculator('unemployment-benefit');
    const i18n = messages('en');
    const done = processBytes(new TextEncoder().encode(text), calc, { calculatorId: calc.id, columns: columnsFor(calc, labelOf(i18n)), asOf: AS_OF });
    expect(done.ok).toBe(true);
    if (done.ok) expect(one.stdout).toBe(resultsCsv(translate(i18n), done.outcome));
  });

  it('--csv - reads standard input: the same results as from the file', { timeout: 120_000 }, () => {
    const text = unemploymentRows(7);
    const path = join(dir, 'small.csv');
    writeFileSync(path, text);
    const fromFile = estimate(['unemployment-benefit', '--format', 'raw', '--csv', path, '--as-of', AS_OF]);
    const fromStdin = estimate(['unemployment-benefit', '--format', 'raw', '--csv', '-', '--as-of', AS_OF], text);
    expect([fromStdin.status, fromStdin.stderr]).toEqual([0, '']);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromStdin.stdout).toContain('13830.00');
  });

  it('GBK streamed, also when the first 550 KB are plain ASCII and the Chinese comes later', { timeout: 120_000 }, () => {
    // GBK bytes of: 姓名,申领受理日期,累计缴纳失业保险费年限,是否非因本人意愿中断就业,是否已在本市办理失业登记并有求职要求 CRLF
    //               张三,2025年9月15日,３．５,是,是 CRLF 李四,2025-09-15,2,否,是 CRLF (Python: text.encode('gbk'))
    const hex =
      'd0d5c3fb2cc9eac1eccadcc0edc8d5c6da2cc0dbbcc6bdc9c4c9caa7d2b5b1a3cfd5b7d1c4eacfde2ccac7b7f1b7c7d2f2b1bec8cbd2e2d4b8d6d0b6cfbecdd2b52ccac7b7f1d2d1d4dab1becad0b0ecc0edcaa7d2b5b5c7bcc7b2a2d3d0c7f3d6b0d2aac7f30d0ad5c5c8fd2c32303235c4ea39d4c23135c8d52ca3b3a3aea3b52ccac72ccac70d0ac0eecbc42c323032352d30392d31352c322cb7f12ccac70d0a';
    const gbk = Buffer.from(hex, 'hex');
    const out = estimate(['unemployment-benefit', '--format', 'raw', '--csv', '-', '--as-of', AS_OF], gbk);
    expect(out.status).toBe(0);
    expect(out.stderr).toContain('read as GBK');
    const [header, zhang, li] = records(out.stdout);
    expect(header![0]).toBe('姓名');
    // 张三: case A (3.5 years, 6 × 2305 = 13830.00); 李四: not involuntary (否), nothing due.
    expect([zhang![0], zhang!.at(-3), li![0], li!.at(-3)]).toEqual(['张三', '13830.00', '李四', '0.00']);

    // An English header and 21,000 ASCII rows (some 550 KB) first, then a row with a GBK name (张三 = D5C5 C8FD).
    const ascii = `name,${EN}\r\n${'x,2025-09-15,3.5,yes,yes\r\n'.repeat(21_000)}`;
    const late = Buffer.concat([Buffer.from(ascii), Buffer.from('d5c5c8fd', 'hex'), Buffer.from(',2025-09-15,3.5,yes,yes\r\n')]);
    expect(late.indexOf(0xd5)).toBeGreaterThan(512 * 1024);
    const lateOut = estimate(['unemployment-benefit', '--format', 'raw', '--csv', '-', '--as-of', AS_OF], late);
    expect(lateOut.status).toBe(0);
    expect(lateOut.stderr).toContain('read as GBK');
    const lastRow = records(lateOut.stdout).at(-1)!;
    expect([lastRow[0], lastRow[1 + 4]]).toEqual(['张三', String(21_000 + 2)]);
  });

  it('--lang zh-CN: the headings and messages of the results file in Chinese, from the locale files', { timeout: 120_000 }, () => {
    const text = `${EN}\r\n2025-09-15,3.5,yes,yes\r\n2025-13-01,3.5,yes,yes\r\n`;
    const out = estimate(['unemployment-benefit', '--format', 'raw', '--csv', '-', '--as-of', AS_OF, '--lang', 'zh-CN'], text);
    expect(out.status).toBe(0);
    const [header, a, bad] = records(out.stdout);
    const zh = JSON.parse(readFileSync(join(root, 'src/i18n/locales/zh-CN/batch.json'), 'utf8')) as { output: Record<string, string> };
    expect(header!.slice(4, 7)).toEqual([zh.output['row'], zh.output['status'], zh.output['errors']]);
    expect(header!.slice(4, 7)).toEqual(['行号', '状态', '错误']);
    expect(header!.at(-1)).toBe('提示');
    expect([a![5], a!.at(-3)]).toEqual(['完成', '13830.00']);
    expect(bad![5]).toBe('有误');
    // the error names the column as the file does, in Chinese words
    expect(bad![6]).toMatch(/^“claimDate”：|^“claimDate”:/);
    expect(bad![6]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a quote never closed stops the file there: exit 2 and the row named; a file that is no CSV writes nothing', { timeout: 120_000 }, () => {
    const open = estimate(['unemployment-benefit', '--format', 'raw', '--csv', '-', '--as-of', AS_OF], `${EN}\r\n2025-09-15,3.5,yes,yes\r\n"2025-09-15,3.5,yes,yes\r\n`);
    expect(open.status).toBe(2);
    expect(open.stderr).toContain('Row 3 has a quotation mark that is never closed');
    const none = estimate(['unemployment-benefit', '--format', 'raw', '--csv', '-', '--as-of', AS_OF], 'a,b,c\r\n1,2,3\r\n');
    expect([none.status, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toContain("None of this calculator's columns were found");
    const jobs = estimate(['unemployment-benefit', '--format', 'raw', '--csv', '-', '--jobs', '0']);
    expect(jobs.status).toBe(2);
    expect(JSON.parse(jobs.stdout)).toMatchObject({ ok: false, errors: [{ field: 'jobs' }] });
  });
});

describe('the streamed writer quotes cells as papaparse does', () => {
  it('csvCell gives what Papa.unparse gives with the results file settings, for awkward cells', () => {
    const FORMULA = /^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/;
    const cells = ['', 'plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', ' lead', 'trail ', '=1+2', '+86', '@x', '-5', '-5.5', '-x', '\tTab', '\uFEFFbom', '张三', '[{"a":"1"}]', '13830.00'];
    for (const c of cells) expect(csvCell(c), JSON.stringify(c)).toBe(Papa.unparse([[c]], { newline: '\r\n', escapeFormulae: FORMULA }));
  });

  it.each(['en', 'zh-CN'] as Lang[])('the locale has the tooLarge message pointing to the command line (%s)', (lng) => {
    const t = translate(messages(lng));
    expect(t('batch:problems.too-large', { size: '12.0', max: '10.0' })).toContain('npm run');
  });
});
