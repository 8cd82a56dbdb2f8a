// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { processBytes, resultsCsv, templateCsv } from '../../src/batch';
import { loadCalculator } from '../../src/rules/registry';
import { messages, spec, utf8 } from './helpers';

describe('10,000 rows', () => {
  it('run through and come back out as a results file with the same rows', async () => {
    const ub = await loadCalculator('unemployment-benefit');
    const s = spec(ub);
    // Contribution years 1.0 … 12.9 in turn, claims accepted 2025-09-15 (沪人社规〔2025〕9号: 2305 a month in 2025-10 …
    // 2026-06, 2340 from 2026-07 under 沪人社规〔2026〕7号). Every 1,000th row has a bad date.
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const years = `${1 + (i % 12)}.${i % 10}`;
      lines.push(`居民${i},${i % 1000 === 999 ? '2025-02-30' : '2025-09-15'},${years},是,是`);
    }
    const csv = `${templateCsv(s.columns, 'zh-CN').replace('\uFEFF', '\uFEFF姓名,')}${lines.join('\r\n')}\r\n`;
    const bytes = utf8(csv);

    const started = performance.now();
    const done = processBytes(bytes, ub, s);
    const ran = performance.now();
    if (!done.ok) throw new Error(JSON.stringify(done.problem));
    const out = resultsCsv(messages('en').t, done.outcome);
    const written = performance.now();
    console.log(`10,000 rows: ${(bytes.length / 1024).toFixed(0)} KB in; read and run ${(ran - started).toFixed(0)} ms; results file ${(written - ran).toFixed(0)} ms, ${(out.length / 1024 / 1024).toFixed(1)} MB`);

    expect(done.outcome.rows).toHaveLength(10_000);
    expect(done.outcome.rows.filter((r) => !r.ok).map((r) => r.row)).toEqual([1001, 2001, 3001, 4001, 5001, 6001, 7001, 8001, 9001, 10001]);
    const back = Papa.parse<Record<string, string>>(out.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(back).toHaveLength(10_000);
    // Row 2 (i = 0): 1.0 year → 2 months × 2305 = 4610.00.
    expect(back[0]).toMatchObject({ 姓名: '居民0', Row: '2', Status: 'OK', 'result.months': '2', 'result.total': '4610.00' });
    // i = 4: 5.4 years → 10 months: 2025-10 … 2026-06 at 2305 (9) + 2026-07 at 2340 (1) = 20745 + 2340 = 23085.00.
    expect(back[4]).toMatchObject({ 姓名: '居民4', 'result.months': '10', 'result.total': '23085.00' });
    expect(back[999]).toMatchObject({ 姓名: '居民999', Status: 'Error', Errors: '“申领受理日期”: Enter a date as year-month-day, like 2025-09-15' });
    // The input columns come back as they went in.
    expect(back.map((r) => r['姓名'])).toEqual(lines.map((l) => l.split(',')[0]));
  }, 120_000);
});
