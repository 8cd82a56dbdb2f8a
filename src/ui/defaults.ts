import type { IsoDate } from '../rules/engine/dates';
import type { FormCalculator } from '../rules/engine/fields';
import { coveredRanges } from '../rules/engine/parameter';

/**
 * What the form starts with: the date that picks the rules defaults to today, and a year that picks them to the latest
 * year the rules cover on that day (the last covered range of the calculator's first parameter). Nothing else is guessed.
 */
export function fieldDefaults(calc: FormCalculator, today: IsoDate): Record<string, string> {
  // A value the calculator declares (e.g. the latest covered adjustment year, a choice generated from the rules).
  const declared = Object.fromEntries(calc.fields.filter((f) => f.default !== undefined).map((f) => [f.name, f.default!]));
  const spec = calc.fields.find((f) => f.name === calc.dateField);
  if (!spec) return declared;
  if (declared[spec.name] !== undefined) return declared;
  if (spec.kind === 'date') return { ...declared, [spec.name]: today };
  if (spec.kind === 'integer' && /year/i.test(spec.name) && calc.parameters[0]) {
    const last = coveredRanges(calc.parameters[0], today).at(-1);
    if (!last) return declared;
    const end = last.to && last.to < today ? last.to : today;
    return { ...declared, [spec.name]: end.slice(0, 4) };
  }
  return declared;
}
