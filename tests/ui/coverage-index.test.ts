import { describe, expect, it } from 'vitest';
import index from 'virtual:coverage-index';
import { calculatorIds, loadCalculator } from '../../src/rules/registry';
import { coverageDeclarations, coverageOf } from '../../src/ui/coverage/coverage';

/**
 * The home page says what each calculator covers from the build-time table of parameter dates (virtual:coverage-index),
 * not from the rules: the words must be the ones the rules give, on any day — before a notice is published, inside a
 * carried-forward window, once a new year has begun.
 */
describe('the home page coverage table', () => {
  const days = ['2016-06-01', '2020-07-01', '2023-12-31', '2025-01-01', '2025-08-31', '2025-09-01', '2026-06-30', '2026-07-01', '2026-12-01', '2027-01-01', '2027-07-01', '2028-12-31'];
  for (const id of calculatorIds) {
    it(`${id}: the same coverage as its rules on every day tried`, async () => {
      const calc = await loadCalculator(id);
      for (const day of days) expect(coverageOf(index[id], coverageDeclarations[id], day), `${id} on ${day}`).toEqual(coverageOf(calc, coverageDeclarations[id], day));
    });
  }

  it('holds only dates: no figure and no source text reaches the home page', () => {
    for (const id of calculatorIds)
      for (const p of index[id].parameters)
        for (const v of p.values) {
          expect(v.value === null || v.value === 0).toBe(true);
          expect(v.source.doc).toBe('');
        }
    // the unemployment standard's first dated entry, as src/rules/unemployment-benefit/parameters.ts dates it
    expect(index['unemployment-benefit'].parameters[0]!.values[0]!.from).toBe('2016-04-01');
  });
});
