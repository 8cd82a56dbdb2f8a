import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnsFor, rowErrorMessage, templateCsv } from '../../src/batch';
import { durationValue, run, withAliases } from '../../src/rules/engine';
import { calculatorIds, loadCalculator } from '../../src/rules/registry';
import { retirementAge } from '../../src/rules/retirement-age';
import { unemploymentBenefit } from '../../src/rules/unemployment-benefit';
import { exampleCell } from '../../src/batch/columns';
import { batch, messages } from './helpers';

const AS_OF = '2026-11-28';
const zh = messages('zh-CN').t;

describe('durations as people write them', () => {
  it.each([
    ['6年', 'years', '6'],
    ['3年6个月', 'years', '3.5'], // 3 + 6/12
    ['3 年 6 个月', 'years', '3.5'],
    ['三年六个月', 'years', '3.5'],
    ['3年5个月', 'years', '3.41'], // 3 + 5/12 = 3.4166…, rounded down: never a full year more
    ['0年11个月', 'years', '0.91'], // still under one year
    ['1年3个月', 'months', '15'],
    ['15个月', 'months', '15'],
    ['45岁', 'age', '45'],
    ['45周岁', 'age', '45'],
  ] as const)('%s (%s) → %s', (text, unit, value) => expect(durationValue(text, unit)).toBe(value));

  it.each([['3年12个月'], ['六'], ['abc'], ['3.5个月']])('%s is no duration', (text) => {
    expect(durationValue(text, 'years')).toBeUndefined();
  });
});

describe('every door accepts the short forms: run() reads them from the field specs', () => {
  it('女50 / 女工人 are female-50, 女55 / 女干部 female-55, 男 / 男职工 male (retirement age, born 1975-05)', () => {
    const code = (category: string) => {
      const out = run(retirementAge, { birthMonth: '1975-05', category }, AS_OF);
      return out.ok ? out.result.category : out.errors;
    };
    for (const w of ['女50', '女工人', '女 50', '女（50）']) expect(code(w)).toBe('female-50');
    for (const w of ['女55', '女干部']) expect(code(w)).toBe('female-55');
    for (const w of ['男', '男职工']) expect(code(w)).toBe('male');
    expect(code('女60')).toEqual([{ field: 'category', code: 'invalid-choice', params: { options: 'male, female-55, female-50, female-unsure' } }]);
  });

  it('"3年6个月" is 3.5 years: fact-sheet case A, 6 months from 2025-10 (min(2 × floor(3.5), 24))', () => {
    const out = run(unemploymentBenefit, { claimDate: '2025-09-15', contributionYears: '3年6个月', involuntary: 'Y', registered: 'y' }, AS_OF);
    expect(out.ok && out.result.months).toBe(6);
    expect(out.ok && out.result.total).toBe('13830.00'); // 6 × 2305 (沪人社规〔2025〕9号)
  });

  it('a short form never changes the caller’s input, and anything else is left for the schema', () => {
    const raw = { category: '女干部', birthMonth: '1975-05' };
    expect(withAliases(retirementAge.fields, raw)).toEqual({ category: 'female-55', birthMonth: '1975-05' });
    expect(raw.category).toBe('女干部');
    expect(withAliases(retirementAge.fields, null)).toBeNull();
    expect(withAliases(retirementAge.fields, { category: 'x'.repeat(1000) })).toEqual({ category: 'x'.repeat(1000) });
  });

  it('no alias of a field stands for two values, and each stands for one of its options', async () => {
    for (const id of calculatorIds) {
      const calc = await loadCalculator(id);
      for (const f of calc.fields) {
        const seen = new Map<string, string>();
        for (const [value, words] of Object.entries(f.aliases ?? {})) {
          if (f.kind === 'choice') expect(f.options, `${id}.${f.name}`).toContain(value);
          else expect(['true', 'false'], `${id}.${f.name}`).toContain(value);
          for (const w of words) {
            const key = w.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
            expect(seen.get(key) ?? value, `${id}.${f.name}: ${w}`).toBe(value);
            seen.set(key, value);
          }
        }
      }
    }
  });
});

describe('a counter sheet in shorthand', () => {
  // Claims accepted 2026-09-10 (沪人社规〔2026〕18号), 2340 a month (沪人社规〔2026〕7号): 6年 → 12 months, 3年6个月 → 6.
  const CSV = [
    '序号,姓名,申领受理日期,累计缴纳失业保险费年限,是否非因本人意愿中断就业,是否已在本市办理失业登记并有求职要求,出生年月,退休类别',
    '1,张三,2026-09-10,6年,是,是,1980-03,男职工',
    '2,李四,2026-09-10,3年6个月,Y,Y,1985-07,女50',
    '3,王五,2026-09-10,6年,N,是,1979-01,女60',
  ].join('\n');

  it('is read; a wrong value is refused with the row and the column named', () => {
    const out = batch(unemploymentBenefit, CSV);
    expect(out.rows.map((r) => r.ok)).toEqual([true, true, false]);
    expect(out.rows[0]!.values['result.months']).toBe('12'); // 2 × 6
    expect(out.rows[1]!.values['result.months']).toBe('6'); // 2 × floor(3.5)
    const [e] = out.rows[2]!.errors;
    expect(e).toMatchObject({ field: 'retirementCategory', column: '退休类别', code: 'invalid-choice' });
    expect(rowErrorMessage(zh, out.calculatorId, out.rows[2]!.row, e!)).toMatch(/^第 4 行，“退休类别”列：/);
  });
});

describe('the template', () => {
  it.each(calculatorIds)('%s: a 姓名 column (kept as is) and one example line that runs, in both languages', async (id) => {
    const calc = await loadCalculator(id);
    const columns = columnsFor(calc, messages().label);
    for (const lng of ['zh-CN', 'en'] as const) {
      const { t } = messages(lng);
      const words = (c: (typeof columns)[number]) => {
        const v = exampleCell(calc, c);
        if (c.kind === 'boolean') return v === 'true' ? t('common:form.yes') : v === 'false' ? t('common:form.no') : v;
        return c.kind === 'choice' && v ? t(`${id}:fields.${c.name}.options.${v}`) : v;
      };
      const csv = templateCsv(columns, lng, { nameHeader: t('batch:template.nameColumn'), cells: [t('batch:template.exampleName'), ...columns.map(words)] });
      const [header, example] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      expect(header![0]).toBe(lng === 'zh-CN' ? '姓名' : 'Name');
      const out = batch(calc, csv, AS_OF);
      expect(out.fieldAt[0]).toBeNull();
      expect(out.rows).toHaveLength(1);
      expect(out.rows[0]!.cells[0]).toBe(example![0]);
      const expected = run(calc, calc.example, AS_OF);
      expect(out.rows[0]!.ok, JSON.stringify(out.rows[0]!.errors)).toBe(expected.ok);
    }
  });
});
