// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { resultsCsv } from '../../src/batch';
import { loadCalculator } from '../../src/rules/registry';
import { batch, messages } from './helpers';

const calc = await loadCalculator('contributions');

// An employer's payroll sheet (Chinese headers as the template writes them, plus a name column of its own).
const HEAD = '姓名,缴费月份,您的参保身份,您的工资或自选的缴费基数（元/月）,单位的工伤保险行业类别,住房公积金缴存比例';
const SHEET = [
  HEAD,
  // 7546 (lower limit) × 10.5% = 792.33; employer 7546 × (16% + 9% + 0.5%) + 7546 × 0.2% (15.09) = 1939.32
  '张三,2026-08,employee,6000,1,',
  // 10000: 800 + 200 + 50 = 1050 + housing fund 700 = 1750; employer 1600 + 900 + 50 + 20 (class I) = 2570 + 700 = 3270
  '李四,2026年8月,我是职工（单位和个人共同缴费）,"10,000",一类行业,7%',
  // a flexible worker on the lower limit: 7546 × 20% = 1509.20 + × 10% = 754.60 → 2263.80, no employer part
  '王五,2026-08,flexible,6000,,',
  '赵六,2026-08,employee,abc,1,',
  // June 2026 still pays on the 2025 limit 7460: 596.80 + 149.20 + 37.30 = 783.30
  '钱七,2026-06,employee,6000,,',
].join('\r\n');

describe('a payroll sheet through the batch', () => {
  it('runs each row through the registry; a bad cell stops only its own row', () => {
    const out = batch(calc, `${SHEET}\r\n`);
    expect(out.fieldAt).toEqual([null, 'month', 'kind', 'base', 'workInjuryClass', 'housingFundRate']);
    expect(out.rows.map((r) => [r.cells[0], r.ok, r.values['result.employee.total'], r.values['result.monthly.employee'], r.values['result.monthly.employer']])).toEqual([
      ['张三', true, '792.33', '792.33', '1939.32'],
      ['李四', true, '1050.00', '1750.00', '3270.00'],
      ['王五', true, '2263.80', '2263.80', ''],
      ['赵六', false, undefined, undefined, undefined],
      ['钱七', true, '783.30', '783.30', '1902.30'],
    ]);
    expect(out.rows[0]!.values).toMatchObject({ 'result.insuredBase.amount': '7546.00', 'result.insuredBase.limit': 'lower', 'result.employer.workInjury': '15.09' });
    expect(out.rows[1]!.values).toMatchObject({ 'result.housingFund.employee': '700.00', 'result.employer.workInjury': '20.00' });
    expect(out.rows[3]!.errors).toMatchObject([{ field: 'base', code: 'not-a-number' }]);
  });

  it('writes a results file with the input columns, the figures and the notices in words', () => {
    const out = batch(calc, `${SHEET}\r\n`);
    const csv = resultsCsv(messages('zh-CN').t, out);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ 姓名: '张三', 'result.employer.total': '1939.32', 'result.jianFenJinJiao.employee': '792.50' });
    expect(rows[2]).toMatchObject({ 姓名: '王五', 'result.employer.total': '', 'result.employee.unemployment': '' });
    // the carried-forward rate, in words, on the rows that rest on it
    const notices = Object.keys(rows[0]!).find((k) => k !== '姓名' && rows[0]![k]!.includes('暂沿用原费率'));
    expect(notices).toBeDefined();
    expect(rows[0]![notices!]).toContain('失业保险个人费率');
    expect(rows[3]![notices!]).toBe('');
  });
});
