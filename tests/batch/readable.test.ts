import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { keyCells, keyHeaders, readableHeader, readableLayout, readableRow, recordColumns, recordRows, recordsHeader, resultsCsv } from '../../src/batch';
import { unemploymentBenefit } from '../../src/rules/unemployment-benefit';
import { batch, messages } from './helpers';

const zh = messages('zh-CN').t;
const en = messages('en').t;
const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

// Fact sheet case A: 3.5 years, accepted 2025-09-15 → 6 months, 2025-10 … 2026-03 at 2305 (沪人社规〔2025〕9号),
// total 6 × 2305 = 13830. Row 3: under one year and not registered → not eligible, both reasons in words.
// Row 4: the 2016 table (沪人社就发〔2016〕13号), 12 years at 47 → 11 months 2016-05 … 2017-03 at 1520 = 16720, then 13
// months 2017-04 … 2018-04 whose standard is not on file (left out of the total).
const CSV = [
  '序号,姓名,联系电话,申领受理日期,累计缴纳失业保险费年限,是否非因本人意愿中断就业,是否已在本市办理失业登记并有求职要求,失业时年龄',
  '1,张三,13800000000,2025-09-15,3.5,是,是,',
  '2,李四,13900000000,2025-09-01,0.9,是,否,',
  '3,王五,,2016-04-05,12,是,是,47',
].join('\n');

describe('readable results: headings and values in the reader’s language', () => {
  const outcome = batch(unemploymentBenefit, CSV);

  it('Chinese headings from the locale files, the key figures right after 姓名', () => {
    const [header, a, b, c] = parse(resultsCsv(zh, outcome, { format: 'readable' }));
    expect(header!.slice(0, 12)).toEqual(['序号', '姓名', '状态', '是否符合', '原因', '可领月数', '延长月数', '每月金额（元）', '首次发放月份', '合计（元，不含未收录月份）', '标准未收录的月份', '错误']);
    expect(a!.slice(0, 11)).toEqual(['1', '张三', '完成', '是', '', '6', '0', '2305.00', '2025年10月', '13830.00', '']);
    expect(b!.slice(0, 6)).toEqual(['2', '李四', '完成', '否', '累计缴费不满 1 年；尚未在本市办理失业登记', '0']);
    expect(b![9]).toBe('');
    // 11 × 1520 = 16720; the 13 months from 2017-04 are named in the row
    expect(c!.slice(7, 10)).toEqual(['1520.00', '2016年5月', '16720.00']);
    expect(c![10]!.split('；')).toHaveLength(13);
    expect(c![10]!.startsWith('2017年4月；2017年5月')).toBe(true);
  });

  it('one column per month with the amount, summable; a month not on file says so in words', () => {
    const [header, a, , c] = parse(resultsCsv(zh, outcome, { format: 'readable' }));
    const oct = header!.indexOf('2025年10月');
    expect(oct).toBeGreaterThan(header!.indexOf('行号'));
    expect(a![oct]).toBe('2305.00');
    const months = header!.slice(header!.indexOf('行号') + 1);
    // 2016-05 … 2018-04 (24) and 2025-10 … 2026-03 (6), in calendar order
    expect(months).toHaveLength(30);
    expect(months[0]).toBe('2016年5月');
    expect(months[29]).toBe('2026年3月');
    const sumA = months.map((_, i) => a![header!.indexOf('行号') + 1 + i]).filter((v) => v !== '').reduce((s, v) => s + Number(v), 0);
    expect(sumA).toBe(13830); // the month columns add up to the total
    expect(c![header!.indexOf('2017年4月')]).toBe('标准未收录');
  });

  it('no JSON in any cell (the raw format, for scripts, keeps its JSON list)', () => {
    for (const t of [zh, en]) for (const row of parse(resultsCsv(t, outcome, { format: 'readable' }))) for (const cell of row) expect(cell).not.toMatch(/^\s*[[{]/);
    expect(resultsCsv(zh, outcome, { format: 'raw' })).toContain('[{');
  });

  it('English headings and values', () => {
    const [header, a, b] = parse(resultsCsv(en, outcome, { format: 'readable' }));
    expect(header!.slice(2, 11)).toEqual(['Status', 'Eligible', 'Reasons', 'Months payable', 'Extra months', 'Monthly amount (yuan)', 'First payment month', 'Total (yuan, months not on file left out)', 'Months whose standard is not on file']);
    expect(a!.slice(3, 10)).toEqual(['Yes', '', '6', '0', '2305.00', '2025-10', '13830.00']);
    expect(b![3]).toBe('No');
    expect(b![4]).toContain('; ');
    expect(header).toContain('2025-10');
  });

  it('the row-level API gives the same row as the whole file (what a stream writes)', () => {
    const layout = readableLayout(zh, outcome.calculatorId, outcome.headers, outcome.fieldAt, recordColumns(zh, outcome.calculatorId, outcome.rows));
    const [header, a] = parse(resultsCsv(zh, outcome, { format: 'readable' }));
    expect(readableHeader(zh, layout)).toEqual(header);
    expect(readableRow(zh, layout, outcome.rows[0]!)).toEqual(a);
    expect(keyHeaders(zh, 'unemployment-benefit')).toHaveLength(keyCells(zh, 'unemployment-benefit', outcome.rows[0]!).length);
    expect(keyCells(zh, 'unemployment-benefit', outcome.rows[0]!)[4]).toEqual({ text: '2305.00', kind: 'money' });
  });

  it('a stream without month columns writes the records to a second file: one line per month', () => {
    const layout = readableLayout(zh, outcome.calculatorId, outcome.headers, outcome.fieldAt);
    expect(readableHeader(zh, layout).at(-1)).toBe('行号');
    expect(recordsHeader(zh)).toEqual(['行号', '姓名', '项目', '金额（元）']);
    const lines = recordRows(zh, layout, outcome.rows[0]!);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual(['2', '张三', '2025年10月', '2305.00']);
  });

  it('without a name column the key figures follow the first kept column', () => {
    const o = batch(unemploymentBenefit, '申领受理日期,累计缴纳失业保险费年限,是否非因本人意愿中断就业,是否已在本市办理失业登记并有求职要求\n2025-09-15,3.5,是,是\n');
    const [header, a] = parse(resultsCsv(zh, o, { format: 'readable' }));
    expect(header!.slice(0, 4)).toEqual(['申领受理日期', '状态', '是否符合', '原因']);
    expect(a!.slice(0, 3)).toEqual(['2025-09-15', '完成', '是']);
  });

  it('a results file uploaded again gets no doubled columns', () => {
    const first = resultsCsv(zh, outcome, { format: 'readable' });
    const again = batch(unemploymentBenefit, first);
    const [header] = parse(resultsCsv(zh, again, { format: 'readable' }));
    const [before] = parse(first);
    expect(header).toEqual(before);
  });

  it('the raw format keeps today’s dotted result columns', () => {
    const [header] = parse(resultsCsv(zh, outcome, { format: 'raw' }));
    expect(header).toContain('result.eligible');
    expect(header).toContain('result.total');
  });
});
