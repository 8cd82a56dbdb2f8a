// @vitest-environment node
/**
 * Hostile files (issue 15): huge header and choice cells are handled in one linear pass, never rescanned once per
 * trailing mark. The test's own timeout bounds them (no timing assertion, house rule 8): before the fix a 50 KB
 * cell took over a minute of CPU (see the commit), now a few milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { looseHeader, MAX_HEADER, normalizeHeader } from '../../src/batch';
import { loadCalculator } from '../../src/rules/registry';
import { batch } from './helpers';

const ub = await loadCalculator('unemployment-benefit');
const ra = await loadCalculator('retirement-age');

describe('header and option clean-up', () => {
  it('drops every trailing mark, as before', () => {
    expect(normalizeHeader('  Claim Date * ? (Optional)（必填）* ')).toBe('claim date');
    expect(normalizeHeader('申领受理日期（选填）')).toBe('申领受理日期');
    expect(normalizeHeader('a (note)')).toBe('a (note)');
    expect(looseHeader('累计缴纳失业保险费年限（年）*')).toBe('累计缴纳失业保险费年限');
    expect(looseHeader('x (a) (b)')).toBe('x');
    expect(looseHeader('x (a(b))')).toBe('x (a(b))'); // a bracket inside the note: not a note, as before
  });

  it('text longer than a header can be matches nothing', () => {
    expect(normalizeHeader(`claimDate${'*'.repeat(MAX_HEADER)}`)).toBe('');
    expect(looseHeader('('.repeat(50_000) + ')'.repeat(50_000))).toBe('');
  });

  it('a 50 KB header of trailing marks: the file is read at once, that column is kept as an unknown one', () => {
    const out = batch(ub, `claimDate,contributionYears,involuntary,registered,note${'*'.repeat(50_000)}\n2025-09-15,3.5,yes,yes,x\n`);
    expect(out.fieldAt).toEqual(['claimDate', 'contributionYears', 'involuntary', 'registered', null]);
    // case A: floor(3.5) × 2 = 6 months × 2305 = 13830.00
    expect(out.rows[0]).toMatchObject({ ok: true, values: { 'result.total': '13830.00' } });
  });

  it('a 50 KB choice cell ("男" and 50,000 question marks): a field error on that row, at once', () => {
    const out = batch(ra, `birthMonth,category\n1970-05,男${'?'.repeat(50_000)}\n1970-05,male\n`);
    expect(out.rows[0]).toMatchObject({ ok: false, errors: [{ field: 'category', code: 'invalid-choice' }] });
    expect(out.rows[1]!.ok).toBe(true);
  });

  it('a 1 MB date or number cell is too long, not scanned', () => {
    const out = batch(ub, `claimDate,contributionYears,involuntary,registered\n2025-09-15${'5'.repeat(1_000_000)},${'3'.repeat(1_000_000)},yes,yes\n`);
    expect(out.rows[0]!.errors.map((e) => [e.field, e.code])).toEqual([
      ['claimDate', 'too-long'],
      ['contributionYears', 'too-long'],
    ]);
  });

  it('the text is parsed in 64 K pieces: a quoted cell with line breaks across a piece boundary is still one cell', () => {
    const note = `"${'a\n'.repeat(40_000)}"`; // 80,002 characters, over the 65,536 of a piece
    const out = batch(ub, `claimDate,contributionYears,involuntary,registered,note\n2025-09-15,3.5,yes,yes,${note}\n2025-09-15,2,yes,yes,x\n`);
    expect(out.rows.map((r) => [r.row, r.values['result.total'], r.cells[4]!.length])).toEqual([
      [2, '13830.00', 80_000],
      // 2 years → 4 months × 2305 = 9220.00; the record number counts the first row's lines as one record
      [3, '9220.00', 1],
    ]);
  });
});

describe("a person's own columns named like ours", () => {
  it('Status, Notices, 状态, 错误, 提示 and 行号 columns of an ordinary list are kept in the results', async () => {
    const { resultsCsv } = await import('../../src/batch');
    const { messages } = await import('./helpers');
    const Papa = (await import('papaparse')).default;
    for (const lng of ['en', 'zh-CN'] as const) {
      const out = batch(ub, `claimDate,contributionYears,involuntary,registered,Status,Notices,状态,错误,提示,行号\n2025-09-15,3.5,yes,yes,vip,call back,在职,无,已通知,17\n`);
      const [head, row] = Papa.parse<string[]>(resultsCsv(messages(lng).t, out).slice(1), { skipEmptyLines: true }).data;
      const own = (name: string) => row![head!.indexOf(name)];
      // the person's values are there, in their columns (the first of a name is theirs)
      expect([own('Status'), own('Notices'), own('状态'), own('错误'), own('提示'), own('行号')], lng).toEqual(['vip', 'call back', '在职', '无', '已通知', '17']);
      expect(row, lng).toContain('13830.00');
    }
  });
});

describe('control characters', () => {
  const head = 'claimDate,contributionYears,involuntary,registered,name\n';
  const row = (name: string) => `2025-09-15,3.5,yes,yes,${name}\n`;
  it('many after the first 8 KB: the file is refused as binary, as when they are at its start', async () => {
    const { processBytes } = await import('../../src/batch');
    const { spec, utf8 } = await import('./helpers');
    const text = head + row('x').repeat(400) + row('a\u0001b\u0002c\u0003d\u0004');
    expect(text.indexOf('\u0001')).toBeGreaterThan(8192);
    expect(processBytes(utf8(text), ub, spec(ub))).toMatchObject({ ok: false, problem: { code: 'binary' } });
  });

  it('a stray one is never copied into the results file', async () => {
    const { resultsCsv } = await import('../../src/batch');
    const { messages } = await import('./helpers');
    const out = batch(ub, head + row('x').repeat(400) + row('Li\u0007 Si'));
    const csv = resultsCsv(messages('en').t, out);
    expect(csv).toContain('Li Si');
    expect(csv).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe('encodings that are not ours (issue 15, item 9)', () => {
  // Bytes made with Python's codecs: three people each, traditional Chinese in Big5, Japanese in Shift-JIS, simplified in GBK.
  const BIG5 = 'a96da6572c636c61696d446174652c636f6e747269627574696f6e59656172732c696e766f6c756e746172792c726567697374657265640ab3afa46aa4e52c323032352d30392d31352c332e352c7965732c7965730aaa4cacfcacc22c323032352d30392d31352c322c7965732c7965730ab169b0eaba612c323032352d30392d31352c322c7965732c7965730a';
  const SJIS = '96bc914f2c636c61696d446174652c636f6e747269627574696f6e59656172732c696e766f6c756e746172792c726567697374657265640a8e52936391be98592c323032352d30392d31352c332e352c7965732c7965730a8db293a189d48e712c323032352d30392d31352c322c7965732c7965730a97e996d888ea98592c323032352d30392d31352c322c7965732c7965730a';
  const GBK = 'd0d5c3fb2c636c61696d446174652c636f6e747269627574696f6e59656172732c696e766f6c756e746172792c726567697374657265640ad5c5c8fd2c323032352d30392d31352c332e352c7965732c7965730ac0eecbc42c323032352d30392d31352c322c7965732c7965730acdf5cee52c323032352d30392d31352c322c7965732c7965730a';
  const bytes = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));

  it('Big5 and Shift-JIS are refused by name, not read as GBK', async () => {
    const { decodeCsv } = await import('../../src/batch');
    expect(decodeCsv(bytes(BIG5))).toEqual({ ok: false, problem: { code: 'foreign-encoding', params: { name: 'Big5' } } });
    expect(decodeCsv(bytes(SJIS))).toEqual({ ok: false, problem: { code: 'foreign-encoding', params: { name: 'Shift-JIS' } } });
  });

  it('GBK is still read, and says so', () => {
    const out = batch(ub, bytes(GBK));
    expect(out.encoding).toBe('gbk');
    expect(out.rows.map((r) => r.cells[0])).toEqual(['张三', '李四', '王五']);
  });
});
