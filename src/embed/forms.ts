/**
 * The form of each calculator without its rules, for the portal embed (issue 17): the embed draws the form from this
 * and loads the rules with the engine and decimal.js right after (CalculatorPage's loadForm), so that a host page
 * downloads only what the form needs before it is ready.
 *
 * This file is what runs in development and in the tests: it derives the form from the calculator itself. The embed's
 * build (vite.embed.config.ts) puts in its place one small chunk per calculator holding `formOf(calculator)` as data,
 * computed when it builds (tests/embed-forms.test.ts checks that the data gives the same form, coverage and defaults).
 */
import type { AnyCalculator } from '../rules/engine';
import type { FormCalculator } from '../rules/engine/fields';
import type { Parameter } from '../rules/engine/parameter';
import { type CalculatorId, loadCalculator } from '../rules/registry';
import { coverageDeclarations } from '../ui/coverage/coverage';

/**
 * The parameters the form reads: those the coverage line names and the first one (the default year, see
 * src/ui/defaults.ts), with their dates only. coveredRanges() reads nothing else: the figures and sources stay out.
 */
export function formOf(calc: AnyCalculator): FormCalculator {
  const wanted = new Set([calc.parameters[0]?.id, ...(coverageDeclarations[calc.id as CalculatorId]?.parts.map((p) => p.parameter) ?? [])]);
  // In the calculator's order, so the first one stays first (fieldDefaults reads parameters[0]).
  const parameters = calc.parameters
    .filter((p) => wanted.has(p.id))
    .map(
      (p): Parameter<unknown> => ({
        id: p.id,
        unit: p.unit,
        ...(p.carryForward ? { carryForward: p.carryForward } : {}),
        // `value: null` ends a rule, any other value covers: 1 stands for the figure.
        values: p.values.map((v) => ({ from: v.from, value: v.value === null ? null : 1, ...(v.until ? { until: v.until } : {}), ...(v.published ? { published: v.published } : {}) }) as Parameter<unknown>['values'][number]),
      }),
    );
  return { id: calc.id, fields: calc.fields, dateField: calc.dateField, checkedOn: calc.checkedOn, parameters };
}

export function loadForm(id: CalculatorId): Promise<FormCalculator> {
  return loadCalculator(id).then(formOf);
}
