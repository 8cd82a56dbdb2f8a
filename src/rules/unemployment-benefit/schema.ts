import type Decimal from 'decimal.js';
import { addMonths, coveredRanges, type FieldSpec, firstDay, InputReader, type IsoDate, type IsoMonth, monthOf, type Parsed, tryValueAt } from '../engine';
import { RETIREMENT_CATEGORIES, type RetirementCategory } from '../retirement-age/parameters';
import { RETIREMENT_CATEGORY_ALIASES } from '../shared/aliases';
import { duration, standard } from './parameters';

export interface UnemploymentInput {
  claimDate: IsoDate;
  contributionYears: Decimal;
  ageAtUnemployment?: number;
  involuntary: boolean;
  registered: boolean;
  birthMonth?: IsoMonth;
  retirementCategory?: RetirementCategory;
}

export const fields: readonly FieldSpec[] = [
  { name: 'claimDate', kind: 'date', required: true },
  { name: 'contributionYears', kind: 'decimal', required: true, duration: 'years' },
  { name: 'involuntary', kind: 'boolean', required: true },
  { name: 'registered', kind: 'boolean', required: true },
  // 沪人社就发〔2016〕13号 tiers the standard by age; the flat standards (沪人社规〔2020〕13号 on) do not ask it.
  { name: 'ageAtUnemployment', kind: 'integer', required: false, duration: 'age', when: { field: 'claimDate', before: '2017-04-01' } },
  { name: 'birthMonth', kind: 'month', required: false, group: 'retirement' },
  { name: 'retirementCategory', kind: 'choice', required: false, options: RETIREMENT_CATEGORIES, aliases: RETIREMENT_CATEGORY_ALIASES, group: 'retirement' },
];

export function parse(raw: unknown, asOf: IsoDate): Parsed<UnemploymentInput> {
  const r = new InputReader(raw);
  const claimDate = r.date('claimDate', { min: '1990-01-01', max: '2100-12-31' });
  const contributionYears = r.decimal('contributionYears', { min: 0, max: 70, places: 2 });
  const ageAtUnemployment = r.optionalInteger('ageAtUnemployment', { min: 16, max: 80 });
  const involuntary = r.boolean('involuntary');
  const registered = r.boolean('registered');
  const birthMonth = r.optionalMonth('birthMonth', { min: '1920-01', max: '2015-12' });
  const retirementCategory = r.optionalChoice('retirementCategory', RETIREMENT_CATEGORIES);

  if (!r.errors.some((e) => e.field === 'claimDate')) {
    if (!tryValueAt(duration, claimDate, asOf)) {
      const range = coveredRanges(duration, asOf)[0];
      r.problem('claimDate', 'date-not-covered', { from: range?.from ?? '', to: range?.to ?? '' });
    } else {
      // The 2016 table depends on age at unemployment; the flat standards from 2020-07-01 do not.
      const first = tryValueAt(standard, firstDay(addMonths(monthOf(claimDate), 1)), asOf);
      if (first?.value.kind === 'tiered' && ageAtUnemployment === undefined && !r.errors.some((e) => e.field === 'ageAtUnemployment')) {
        r.problem('ageAtUnemployment', 'required');
      }
    }
  }
  if (birthMonth && !retirementCategory) r.problem('retirementCategory', 'required');
  if (retirementCategory && !birthMonth) r.problem('birthMonth', 'required');

  const input: UnemploymentInput = { claimDate, contributionYears, involuntary, registered };
  if (ageAtUnemployment !== undefined) input.ageAtUnemployment = ageAtUnemployment;
  if (birthMonth) input.birthMonth = birthMonth;
  if (retirementCategory) input.retirementCategory = retirementCategory;
  return r.done(input);
}
