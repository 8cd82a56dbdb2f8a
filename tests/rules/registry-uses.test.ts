import { describe, expect, it } from 'vitest';
import { run } from '../../src/rules/engine';
import { calculatorIds, isCalculatorId, loadCalculator, prepareRun } from '../../src/rules/registry';
import type { RetirementAgeResult } from '../../src/rules/retirement-age';

/**
 * Issue 17: a calculator may run another for some inputs (Calculator.uses). The retirement table's first-pension cells
 * are single runs of the pension estimate, whose rules the retirement page no longer carries: the registry loads them
 * before a run whose input has the award-sheet figures (prepareRun), or at once for the doors that run any input
 * (loadCalculator without options: the command line, batches). The page's bytes are in scripts/check-budget.mjs.
 * This file runs in its own module registry (vitest isolates files), so nothing has loaded the pension estimate yet.
 */
const TODAY = '2026-12-02';
const BASE = { birthMonth: '1975-03', category: 'female-50' };
const AWARD = { contribution: { years: '30' }, averageIndex: '1.2', accountBalance: '150000' };

describe('the calculators a calculator uses, loaded by the registry when an input needs them', () => {
  it('loaded "when-needed", the retirement age runs without the figures, and refuses to leave cells out without them loaded', async () => {
    const calc = await loadCalculator('retirement-age', { uses: 'when-needed' });
    const plain = run(calc, BASE, TODAY);
    expect(plain.ok && (plain.result as RetirementAgeResult).tables[0]!.rows.map((w) => w.pension)).toEqual([null, null, null]);
    // An input without the figures, or with only some of them (refused: the others are asked for), needs nothing.
    await prepareRun(calc, BASE, TODAY);
    await prepareRun(calc, { ...BASE, averageIndex: '1.2' }, TODAY);
    expect(() => run(calc, { ...BASE, ...AWARD }, TODAY)).toThrow(/pension-estimate rules not loaded/);
  });

  it('prepareRun with the figures (in the short forms a person writes) loads the pension estimate; the cells equal its own runs', async () => {
    const calc = await loadCalculator('retirement-age', { uses: 'when-needed' });
    // "女工人" is 女职工（原50岁） and "30年" 30 years, read as run() reads them (src/rules/engine/input.ts).
    await prepareRun(calc, { birthMonth: '1975-03', category: '女工人', contribution: { years: '30年' }, averageIndex: '1.2', accountBalance: '150000' }, TODAY);
    const out = run(calc, { ...BASE, ...AWARD }, TODAY);
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const estimate = await loadCalculator('pension-estimate');
    const rows = (out.result as RetirementAgeResult).tables[0]!.rows;
    // 2025-03, 2025-05, 2028-05 (the window worked out in retirement-age-table.test.ts)
    expect(rows.map((w) => w.month)).toEqual(['2025-03', '2025-05', '2028-05']);
    for (const w of rows) {
      const single = run(estimate, { ...BASE, retirementMonth: w.month, ...AWARD }, TODAY);
      if (!single.ok) throw new Error(JSON.stringify(single.errors));
      expect(w.pension).toMatchObject({ total: single.result.total, basic: single.result.basic, account: single.result.account, payoutMonths: single.result.payoutMonths });
    }
    // 2025-05: 4,875.70 元 (hand-computed in retirement-age-table.test.ts: 4,103.30 + 772.40)
    expect(rows[1]!.pension?.total).toBe('4875.70');
  });

  it('every calculator a calculator uses is a calculator of the registry, and none uses itself back', async () => {
    const all = await Promise.all(calculatorIds.map(async (id) => [id, (await loadCalculator(id)).uses?.calculators ?? []] as const));
    const uses = new Map(all);
    expect(uses.get('retirement-age')).toEqual(['pension-estimate']);
    for (const [id, list] of all) {
      for (const used of list) {
        expect(isCalculatorId(used)).toBe(true);
        expect(uses.get(used as never) ?? []).not.toContain(id);
      }
    }
  });
});
