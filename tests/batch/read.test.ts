// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type Column, columnsFor, decodeCsv, flattenResult, headerIndex, MAX_BYTES, MAX_ROWS, mergeOutcomes, prepare, problemMessage as message, processBytes, rawFromCells, resultsCsv, rowErrorMessage, templateCsv } from '../../src/batch';
import { type Calculator, InputReader, run } from '../../src/rules/engine';
import { loadAll, loadCalculator } from '../../src/rules/registry';
import { todayInShanghai } from '../../src/lib/today';
import { batch, messages, problem, spec, utf8 } from './helpers';

const ub = await loadCalculator('unemployment-benefit');
const ZH = '申领受理日期,累计缴纳失业保险费年限（年）,是否非因本人意愿中断就业？,是否已在本市办理失业登记并有求职要求？';
const EN = 'Date your claim was accepted,Years of unemployment-insurance contributions,Did the job end against your will?,Have you registered as unemployed in Shanghai and are you looking for work?';

// Fact-sheet case A (沪人社规〔2025〕9号): 3.5 years, accepted 2025-09-15 → floor(3.5) × 2 = 6 months × 2305 = 13830.00.
// 2 years, accepted 2025-09-15 → 4 months (2025-10 … 2026-01) × 2305 = 9220.00.
describe('reading a filled-in template', () => {
  it('reads Chinese headers, full-width digits, Chinese dates and 是/否 (case A: 6 months, 13830.00)', () => {
    const out = batch(ub, `${ZH}\r\n2025年9月15日,３．５,是,是\r\n２０２５-０９-１５,2,是,是\r\n`);
    expect(out.encoding).toBe('utf-8');
    expect(out.fieldAt).toEqual(['claimDate', 'contributionYears', 'involuntary', 'registered']);
    expect(out.rows.map((r) => [r.row, r.ok, r.values['result.months'], r.values['result.total']])).toEqual([
      [2, true, '6', '13830.00'],
      [3, true, '4', '9220.00'],
    ]);
  });

  it('reads English headers, the raw field names, and option words in either language', () => {
    const en = batch(ub, `${EN}\n2025-09-15,3.5,Yes,yes\n`);
    expect(en.rows[0]).toMatchObject({ ok: true, values: { 'result.total': '13830.00' } });
    // retirementCategory by its English and Chinese option labels and by its code: the row is read the same way.
    const zhLabel = messages().label('zh-CN', 'unemployment-benefit:fields.retirementCategory.options.male')!;
    const raw = batch(ub, `claimDate,contributionYears,involuntary,registered,birthMonth,retirementCategory\n2025-09-15,3.5,true,true,1966-03,Man (originally 60)\n2025-09-15,3.5,true,true,1966-03,${zhLabel}\n2025-09-15,3.5,true,true,1966-03,male\n`);
    expect(raw.rows.every((r) => r.ok)).toBe(true);
    expect(new Set(raw.rows.map((r) => JSON.stringify(r.values))).size).toBe(1);
    expect(rawFromCells(raw.rows[0]!.cells, raw.fieldAt, spec(ub).columns)).toMatchObject({ retirementCategory: 'male', birthMonth: '1966-03' });
  });

  it('keeps a quoted comma in one cell, reads CRLF, skips blank lines and counts rows as a spreadsheet does', () => {
    const csv = `姓名,${ZH}\r\n"Zhang, San",2025-09-15,3.5,是,是\r\n\r\n,,,,\r\n"Li ""Si""",2025-09-15,"2",是,是\r\n\r\n`;
    const out = batch(ub, csv);
    expect(out.headers[0]).toBe('姓名');
    expect(out.fieldAt[0]).toBeNull();
    expect(out.rows.map((r) => [r.row, r.cells[0], r.values['result.total']])).toEqual([
      [2, 'Zhang, San', '13830.00'],
      [5, 'Li "Si"', '9220.00'],
    ]);
  });

  it('reads LF-only and CR-only line ends the same', () => {
    const rows = [EN, '2025-09-15,3.5,yes,yes', '2025-09-15,2,yes,yes'];
    const totals = (csv: string) => batch(ub, csv).rows.map((r) => r.values['result.total']);
    expect(totals(rows.join('\n'))).toEqual(['13830.00', '9220.00']);
    expect(totals(rows.join('\r'))).toEqual(['13830.00', '9220.00']);
  });

  it('strips a UTF-8 BOM, so the first header still matches', () => {
    const out = batch(ub, `\uFEFF${ZH}\r\n2025-09-15,3.5,是,是\r\n`);
    expect(out.encoding).toBe('utf-8-bom');
    expect(out.fieldAt[0]).toBe('claimDate');
    expect(out.rows[0]!.ok).toBe(true);
  });

  it('reads a GBK file as Excel on Chinese Windows saves it', () => {
    // GBK bytes of: 姓名,申领受理日期,累计缴纳失业保险费年限,是否非因本人意愿中断就业,是否已在本市办理失业登记并有求职要求 CRLF
    //               张三,2025年9月15日,３．５,是,是 CRLF 李四,2025-09-15,2,否,是 CRLF (Python: text.encode('gbk'))
    const hex =
      'd0d5c3fb2cc9eac1eccadcc0edc8d5c6da2cc0dbbcc6bdc9c4c9caa7d2b5b1a3cfd5b7d1c4eacfde2ccac7b7f1b7c7d2f2b1bec8cbd2e2d4b8d6d0b6cfbecdd2b52ccac7b7f1d2d1d4dab1becad0b0ecc0edcaa7d2b5b5c7bcc7b2a2d3d0c7f3d6b0d2aac7f30d0ad5c5c8fd2c32303235c4ea39d4c23135c8d52ca3b3a3aea3b52ccac72ccac70d0ac0eecbc42c323032352d30392d31352c322cb7f12ccac70d0a';
    const bytes = Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
    const out = batch(ub, bytes);
    expect(out.encoding).toBe('gbk');
    expect(out.headers[0]).toBe('姓名');
    expect(out.rows.map((r) => [r.cells[0], r.values['result.eligible'], r.values['result.total']])).toEqual([
      ['张三', 'true', '13830.00'],
      ['李四', 'false', '0.00'],
    ]);
    expect(out.rows[1]!.values['result.reasons']).toBe('not-involuntary');
  });

  it("reads Excel's UTF-16 “Unicode text” (tab-separated) and semicolon-separated files", () => {
    const text = `${EN.replace(/,/g, '\t')}\r\n2025-09-15\t3.5\tyes\tyes\r\n`;
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    const out = batch(ub, le);
    expect([out.encoding, out.delimiter, out.rows[0]!.values['result.total']]).toEqual(['utf-16le', '\t', '13830.00']);
    const semi = batch(ub, `${ZH.replace(/,/g, ';')}\n2025-09-15;3,5;是;是\n`);
    expect(semi.delimiter).toBe(';');
    // "3,5" with a decimal comma is not a number this tool reads: the row says so at its column.
    expect(semi.rows[0]).toMatchObject({ ok: false, errors: [{ field: 'contributionYears', column: '累计缴纳失业保险费年限（年）', code: 'not-a-number' }] });
  });

  it('skips a title line above the header, and ignores trailing empty cells', () => {
    const out = batch(ub, `XX街道 2025 年失业人员名单,,,\r\n${ZH}\r\n2025-09-15,3.5,是,是,,\r\n`);
    expect([out.skippedAbove, out.headerRow]).toEqual([1, 2]);
    expect(out.rows[0]).toMatchObject({ row: 3, ok: true });
  });

  it('flags a row with more cells than headers (an unquoted 1,234) at that row', () => {
    const out = batch(ub, `${EN}\n2025-09-15,1,234,yes,yes\n2025-09-15,3.5,yes,yes\n`);
    expect(out.rows[0]).toMatchObject({ row: 2, ok: false });
    expect(out.rows[0]!.errors[0]).toEqual({ code: 'extra-cells', params: { count: '5', columns: '4' } });
    expect(out.rows[1]).toMatchObject({ row: 3, ok: true });
  });

  it('reads a field shown only when another has a value (FieldSpec.when) only then, as the form does', () => {
    // A calculator made for this test: `amount` is asked only of people who answered yes to `has`.
    const calc: Calculator<{ has: boolean; amount?: number }, { amount: number | null }> = {
      id: 'test-when',
      fields: [
        { name: 'has', kind: 'boolean', required: true },
        { name: 'detail.amount', kind: 'integer', required: true, when: { field: 'has', equals: 'true' } },
      ],
      dateField: 'has',
      parse(raw) {
        const r = new InputReader(raw);
        const has = r.boolean('has');
        const amount = has ? r.integer('detail.amount', { min: 0, max: 9 }) : undefined;
        return r.done(amount === undefined ? { has } : { has, amount });
      },
      compute: (input) => ({ result: { amount: input.amount ?? null }, steps: [], notices: [] }),
      parameters: [],
      citations: [],
      checkedOn: '2026-11-28',
      example: { has: true, detail: { amount: 3 } },
    };
    const out = batch(calc, 'has,detail.amount\n是,3\n否,abc\n是,\n');
    expect(out.rows.map((r) => [r.ok, r.values['result.amount'] ?? r.errors.map((e) => `${e.field}:${e.code}`).join()])).toEqual([
      [true, '3'],
      [true, ''],
      [false, 'detail.amount:required'],
    ]);
  });
});

describe('a file that cannot be read gets a clear problem, never an exception', () => {
  it('empty: no bytes, a BOM alone, blank lines alone', () => {
    expect(problem(ub, new Uint8Array())).toEqual({ code: 'empty' });
    expect(problem(ub, '\uFEFF')).toEqual({ code: 'empty' });
    expect(problem(ub, '\r\n\r\n  \n')).toEqual({ code: 'empty' });
  });

  it('binary: an image, an Excel workbook (xlsx and xls), bytes valid in no encoding', () => {
    expect(problem(ub, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({ code: 'binary' });
    expect(problem(ub, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]))).toEqual({ code: 'spreadsheet' });
    expect(problem(ub, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ code: 'spreadsheet' });
    // 0x80 and 0xFF start no character in UTF-8 nor in GB18030.
    expect(problem(ub, Uint8Array.from([0x61, 0x80, 0xff, 0x62, 0xff, 0x80]))).toEqual({ code: 'encoding' });
  });

  it('too large: refused before it is decoded', () => {
    const big = new Uint8Array(MAX_BYTES + 1).fill(0x61);
    const started = performance.now();
    expect(problem(ub, big)).toMatchObject({ code: 'too-large', params: { max: '10.0' } });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('wrong columns: none known, a required one missing, one given twice', () => {
    expect(problem(ub, 'foo,bar\n1,2\n')).toEqual({ code: 'no-known-columns', params: { found: 'foo | bar' } });
    expect(problem(ub, `申领受理日期,是否非因本人意愿中断就业\n2025-09-15,是\n`)).toEqual({ code: 'missing-columns', fields: ['contributionYears', 'registered'] });
    expect(problem(ub, `${ZH},claimDate\n`)).toEqual({ code: 'duplicate-column', params: { first: '申领受理日期', second: 'claimDate' } });
  });

  it('a header without rows, an unclosed quote, too many rows', () => {
    expect(problem(ub, `${ZH}\r\n\r\n`)).toEqual({ code: 'no-rows' });
    expect(problem(ub, `${EN}\n2025-09-15,3.5,yes,yes\n"2025-09-15,3.5,yes,yes\n`)).toEqual({ code: 'unclosed-quote', params: { row: '3' } });
    expect(problem(ub, `${EN}\n${'2025-09-15,3.5,yes,yes\n'.repeat(MAX_ROWS + 1)}`)).toEqual({ code: 'too-many-rows', params: { max: String(MAX_ROWS) } });
  });

  it('every problem code has a message in both languages', () => {
    const columns = spec(ub).columns;
    const params = { size: '50.0', max: '10', row: '3', found: 'foo', first: 'a', second: 'b', message: 'x' };
    for (const code of ['too-large', 'empty', 'binary', 'spreadsheet', 'encoding', 'unclosed-quote', 'no-known-columns', 'missing-columns', 'duplicate-column', 'no-rows', 'too-many-rows', 'failed']) {
      for (const lng of ['zh-CN', 'en'] as const) expect(problemMessage(code, lng, columns, ['claimDate'], params)).not.toMatch(/problems\.|\{\{|\}\}/);
    }
    expect(problemMessage('missing-columns', 'zh-CN', columns, ['contributionYears'])).toBe('缺少必填的列：累计缴纳失业保险费年限（年）。请使用本页下载的模板。');
  });
});

function problemMessage(code: string, lng: 'zh-CN' | 'en', columns: ReturnType<typeof spec>['columns'], fields?: string[], params?: Record<string, string>) {
  return message(messages(lng).t, { code: code as never, ...(fields ? { fields } : {}), ...(params ? { params } : {}) }, columns, lng);
}

describe('row errors name the row and the column', () => {
  const out = batch(ub, `姓名,${ZH}\r\n张三,2025-13-01,3.5,是,\r\n`);
  const errors = out.rows[0]!.errors;

  it('in English', () => {
    const { t } = messages('en');
    expect(errors.map((e) => rowErrorMessage(t, ub.id, 2, e))).toEqual([
      'Row 2, column “申领受理日期”: Enter a date as year-month-day, like 2025-09-15',
      'Row 2, column “是否已在本市办理失业登记并有求职要求？”: Enter this',
    ]);
  });

  it('in Chinese', () => {
    const { t } = messages('zh-CN');
    expect(rowErrorMessage(t, ub.id, 2, errors[0]!)).toBe('第 2 行，“申领受理日期”列：请按“年-月-日”格式输入日期，例如 2025-09-15');
  });
});

describe('the results file', () => {
  const csv = `姓名,${ZH}\r\n=HYPERLINK("x"),2025-09-15,3.5,是,是\r\n-1,2025-09-15,-1,是,是\r\n`;
  const out = batch(ub, csv);
  const text = resultsCsv(messages('en').t, out);
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;

  it('opens in Excel: a BOM, CRLF line ends, every row as wide as the header', () => {
    expect(text.startsWith('\uFEFF姓名,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('keeps the input columns, then row, status, errors, the result and the notices', () => {
    expect(rows[0]).toEqual(['姓名', ...ZH.split(','), 'Row', 'Status', 'Errors', ...out.resultColumns.map((c) => c.name), 'Notices']);
    expect(out.resultColumns.map((c) => c.name)).toEqual(expect.arrayContaining(['result.eligible', 'result.months', 'result.payments', 'result.total']));
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(rows[1]![col('result.total')]).toBe('13830.00');
    expect(JSON.parse(rows[1]![col('result.payments')]!)).toHaveLength(6);
    expect([rows[2]![col('Status')], rows[2]![col('Errors')]]).toEqual(['Error', '“累计缴纳失业保险费年限（年）”: Enter a value from 0 to 70']);
  });

  it('never lets Excel run a cell as a formula, but leaves a negative number alone', () => {
    expect(rows[1]![0]).toBe(`'=HYPERLINK("x")`);
    expect(rows[2]![0]).toBe('-1');
  });

  it('can be uploaded again as it is: the appended columns are not doubled', () => {
    const again = batch(ub, text);
    expect(again.rows.map((r) => r.values['result.total'])).toEqual(['13830.00', undefined]);
    const second = Papa.parse<string[]>(resultsCsv(messages('en').t, again).slice(1), { skipEmptyLines: true }).data;
    expect(second[0]).toEqual(rows[0]);
  });
});

describe('every registered calculator, through the registry', async () => {
  const calcs = await loadAll();
  const asOf = todayInShanghai();
  const flat = (o: Record<string, unknown>, prefix = ''): [string, unknown][] =>
    Object.entries(o).flatMap(([k, v]) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? flat(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));

  it.each(calcs.map((c) => [c.id, c] as const))('%s: its template, filled with its example, gives what run() gives', (_id, calc) => {
    const { label } = messages();
    const columns = columnsFor(calc, label);
    for (const lng of ['zh-CN', 'en'] as const) {
      const template = templateCsv(columns, lng);
      expect(template.startsWith('\uFEFF')).toBe(true);
      const example = new Map(flat(calc.example));
      const row = columns.map((c) => (example.has(c.name) ? String(example.get(c.name)) : ''));
      const out = batch(calc, `${template}${Papa.unparse([row])}\r\n`, asOf);
      const expected = run(calc, calc.example, asOf);
      expect(out.rows).toHaveLength(1);
      expect(out.rows[0]!.ok, JSON.stringify(out.rows[0]!.errors)).toBe(expected.ok);
      if (expected.ok) expect(out.rows[0]!.values).toEqual(Object.fromEntries(flattenResult(expected.result).map(([c, v]) => [c.name, v])));
    }
  });
});

describe('headers', () => {
  it('match with full-width forms, spacing, case and marks ignored; a bracketed unit only where it names one column', () => {
    const col = (name: string, zh: string, en: string): Column => ({ name, kind: 'integer', required: true, headers: { 'zh-CN': zh, en }, aliases: [zh, en, name].map((h) => h.normalize('NFKC').toLowerCase()) });
    const fieldOf = headerIndex([col('years', '退休时年龄（岁）', 'Age (years)'), col('months', '退休时年龄（个月）', 'Age (months)'), col('claim', '申领日期（年月日）', 'Claim date')]);
    expect(['退休时年龄（岁）', '退休时年龄(个月)', ' AGE  (YEARS) ', 'age (months) *', '申领日期', 'claim date（选填）', 'ｃｌａｉｍ'].map(fieldOf)).toEqual(['years', 'months', 'years', 'months', 'claim', 'claim', 'claim']);
    // "退休时年龄" alone could be either: it names no column.
    expect(fieldOf('退休时年龄')).toBeUndefined();
  });
});

describe('decoding', () => {
  it('prefers UTF-8 and falls back to GB18030 only for bytes that are not UTF-8', () => {
    expect(decodeCsv(utf8('是,否\n'))).toEqual({ ok: true, text: '是,否\n', encoding: 'utf-8' });
    // 是 in GBK is CA C7: not valid UTF-8.
    expect(decodeCsv(Uint8Array.from([0xca, 0xc7, 0x2c, 0x31]))).toEqual({ ok: true, text: '是,1', encoding: 'gbk' });
  });

  it('processBytes reports progress up to the last row', () => {
    const seen: number[] = [];
    processBytes(utf8(`${EN}\n${'2025-09-15,3.5,yes,yes\n'.repeat(1200)}`), ub, spec(ub), (done) => seen.push(done));
    expect(seen).toEqual([500, 1000, 1200]);
  });
});

describe('a file shared among several workers', () => {
  it('gives, slice by slice and merged, what one pass gives', () => {
    // Ineligible rows first (an empty payments list), so the first slice alone sees `payments` as a list of scalars.
    const lines = Array.from({ length: 1001 }, (_, i) => (i < 400 ? '2025-09-15,0.5,yes,yes' : i % 7 === 0 ? '2025-13-01,2,yes,yes' : `2025-09-15,${1 + (i % 12)},yes,yes`));
    const bytes = utf8(`${EN}\n${lines.join('\n')}\n`);
    const whole = processBytes(bytes, ub, spec(ub));
    const parts = [0, 1, 2].map((index) => {
      const p = prepare(bytes, ub, spec(ub), { index, count: 3 });
      if (!p.ok) throw new Error(p.problem.code);
      while (p.runner.step());
      return p.runner.outcome();
    });
    expect(parts.map((p) => p.rows.length)).toEqual([334, 334, 333]);
    expect(parts[0]!.resultColumns.find((c) => c.name === 'result.payments')?.kind).toBe('list');
    const merged = mergeOutcomes(parts);
    expect(whole.ok && merged).toEqual(whole.ok && whole.outcome);
    expect(merged.resultColumns.find((c) => c.name === 'result.payments')?.kind).toBe('json');
  });
});
