import { describe, expect, it } from 'vitest';
import { formOf, loadForm } from '../../src/embed/forms';
import { calculatorIds, loadCalculator } from '../../src/rules/registry';
import { coverageDeclarations, coverageOf } from '../../src/ui/coverage/coverage';
import { fieldDefaults } from '../../src/ui/defaults';

/**
 * The portal embed draws each form from data its build computes with formOf() (vite.embed.config.ts writes
 * JSON.stringify(formOf(calculator)) into embed/form-<id>-*.js): that data, read back as JSON, must give the same
 * fields, the same coverage line and the same starting values as the calculator itself, on any rules-as-of date.
 */
const DATES = ['2016-06-30', '2020-07-01', '2024-12-31', '2025-07-01', '2026-01-01', '2026-12-02', '2030-06-30'];

describe('the embed form data (src/embed/forms.ts)', () => {
  for (const id of calculatorIds) {
    it(`${id}: as JSON, the same form, coverage and defaults as the rules`, async () => {
      const calc = await loadCalculator(id);
      const form = JSON.parse(JSON.stringify(await loadForm(id))) as ReturnType<typeof formOf>;
      expect(form.fields).toEqual(calc.fields);
      expect(form.dateField).toBe(calc.dateField);
      expect(form.checkedOn).toBe(calc.checkedOn);
      expect(form.parameters[0]!.id).toBe(calc.parameters[0]!.id);
      for (const asOf of DATES) {
        expect(coverageOf(form, coverageDeclarations[id], asOf)).toEqual(coverageOf(calc, coverageDeclarations[id], asOf));
        expect(fieldDefaults(form, asOf)).toEqual(fieldDefaults(calc, asOf));
      }
    });
  }

  it('holds the dates of the parameters only, no figure and no source', async () => {
    const form = await loadForm('unemployment-benefit');
    // unemployment-benefit's coverage reads unemployment.standard, its first parameter: one parameter, nothing else
    expect(form.parameters.map((p) => p.id)).toEqual(['unemployment.standard']);
    for (const v of form.parameters[0]!.values) {
      expect(v.value === 1 || v.value === null).toBe(true);
      expect('source' in v).toBe(false);
    }
  });
});
