/**
 * npm run result-columns: writes src/batch/result-columns.json, the result columns of each calculator's results file
 * on the command line, which streams and so must write its header before it has seen the rows (issue 16, item 5).
 *
 * A column is a result value's dotted path (src/batch/run.ts flattenResult). The list is the calculator's example
 * and then every column met in inputs from its valid generator (tests/properties/arbitraries/<id>.ts, fixed seed),
 * each new one placed after the column before it in that row, so related columns stay together.
 * tests/cli/result-columns.test.ts checks that other inputs give no column outside the list.
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { flattenResult } from '../src/batch/run';
import { run } from '../src/rules/engine';
import { calculatorIds, loadCalculator } from '../src/rules/registry';
import type { CalculatorArbitraries } from '../tests/properties/lib';
import { AS_OF } from '../tests/properties/lib';

const SAMPLES = 20_000;
const SEED = 16;

/** Adds a row's columns to the list, each new one after the column before it. */
export function mergeColumns(list: string[], row: readonly string[]): void {
  for (let j = 0; j < row.length; j++) {
    if (list.includes(row[j]!)) continue;
    const after = j === 0 ? -1 : list.indexOf(row[j - 1]!);
    list.splice(after + 1, 0, row[j]!);
  }
}

/**
 * Paths the generators do not draw yet (issue 20's new choices), so their columns are listed too: the first pension
 * from a salary, long-term care's two settings side by side, retirement when not sure of the category with award
 * figures, the pension history from today's pension.
 */
const EXTRA: Partial<Record<string, unknown[]>> = {
  'pension-estimate': [
    { basis: 'salary', birthMonth: '1975-03', category: 'female-55', wage: '9000', soFar: { years: '20' } },
    { basis: 'salary', birthMonth: '1968-05', category: 'male', wageShare: '1.5', soFar: { years: '30', months: '4' }, accountSoFar: '150000' },
  ],
  'long-term-care': [
    { careDate: '2026-11-20', age: '82', scheme: 'employee', drawingPension: true, level: '4', setting: 'compare', hourlyPrice: '65', dailyCharge: '150' },
    { careDate: '2026-11-20', age: '75', scheme: 'resident', level: '6', setting: 'compare', continuousHomeCareMonths: '14', bonusChoice: 'cash' },
  ],
  'retirement-age': [{ birthMonth: '1975-03', category: 'female-unsure', contribution: { years: '20' }, averageIndex: '1.2', accountBalance: '100000' }],
  'pension-adjustment': [{ knownPension: 'current', currentPension: '5200', year: '2025', retiredBy: '2012-03', contributionYears: { years: '35' }, birthMonth: '1957-03', sex: 'female' }],
};

const out: Record<string, string[]> = {};
for (const id of calculatorIds) {
  const calc = await loadCalculator(id);
  const arbs = ((await import(`../tests/properties/arbitraries/${id}.ts`)) as { default: CalculatorArbitraries }).default;
  const asOf = arbs.asOf ?? AS_OF;
  const list: string[] = [];
  for (const raw of [calc.example, ...fc.sample(arbs.valid, { numRuns: SAMPLES, seed: SEED })]) {
    const r = run(calc, raw, asOf);
    if (r.ok) mergeColumns(list, flattenResult(r.result).map(([c]) => c.name));
  }
  for (const raw of EXTRA[id] ?? []) {
    for (const date of [asOf, '2026-12-01']) {
      const r = run(calc, raw, date);
      if (r.ok) mergeColumns(list, flattenResult(r.result).map(([c]) => c.name));
    }
  }
  out[id] = list;
}
writeFileSync(new URL('../src/batch/result-columns.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log(Object.entries(out).map(([id, l]) => `${id}: ${l.length} columns`).join('\n'));
