// @vitest-environment node
/**
 * The streamed results file writes its header before it has seen a row, so each calculator's result columns are a
 * fixed list (src/batch/result-columns.json, written by `npm run result-columns` from the example and the valid
 * generators). Inputs drawn with another seed must give no column outside it, or a calculator's new result value
 * would be left out of the command line's file: then run `npm run result-columns` again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenResult } from '../../src/batch/run';
import { resultColumnsOf } from '../../src/batch/stream';
import { run } from '../../src/rules/engine';
import { calculatorIds, loadCalculator } from '../../src/rules/registry';
import type { CalculatorArbitraries } from '../properties/lib';
import { AS_OF } from '../properties/lib';

describe('the fixed result columns of the streamed results file', () => {
  it.each(calculatorIds)('%s: every result value of 1,000 other inputs has its column', { timeout: 120_000 }, async (id) => {
    const calc = await loadCalculator(id);
    const arbs = ((await import(`../properties/arbitraries/${id}.ts`)) as { default: CalculatorArbitraries }).default;
    const list = new Set(resultColumnsOf(id));
    expect(list.size).toBeGreaterThan(0);
    const missing = new Set<string>();
    let ok = 0;
    for (const raw of [calc.example, ...fc.sample(arbs.valid, { numRuns: 1_000, seed: 2026_12_02 })]) {
      const r = run(calc, raw, arbs.asOf ?? AS_OF);
      if (!r.ok) continue;
      ok++;
      for (const [c] of flattenResult(r.result)) if (!list.has(c.name)) missing.add(c.name);
    }
    expect(ok).toBeGreaterThan(500);
    expect([...missing]).toEqual([]);
  });

  it('unemployment-benefit: the columns in the order the calculator gives them, as the page has them', () => {
    expect(resultColumnsOf('unemployment-benefit')).toEqual(['result.eligible', 'result.reasons', 'result.months', 'result.extendedMonths', 'result.payments', 'result.total', 'result.notCoveredMonths']);
  });
});
