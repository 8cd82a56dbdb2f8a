import type { Calculator } from '../engine';
import { compute, type RetirementAgeResult, USES } from './table';
import { FLEXIBLE_MEASURES_2024, flexibleRule, minimumContribution, REFORM_2025, REFORM_2025_FLEXIBLE, retirementSchedule } from './parameters';
import { fields, parse, type RetirementAgeInput } from './schema';

export const retirementAge: Calculator<RetirementAgeInput, RetirementAgeResult> = {
  id: 'retirement-age',
  fields,
  dateField: 'birthMonth',
  parse,
  compute,
  parameters: [retirementSchedule, minimumContribution, flexibleRule],
  citations: [REFORM_2025, REFORM_2025_FLEXIBLE, FLEXIBLE_MEASURES_2024],
  checkedOn: '2026-11-28',
  example: { birthMonth: '1970-05', category: 'male', flexible: { direction: 'early', months: '3' } },
  // The table's first-pension cells: single runs of the pension estimate, only when the award-sheet figures are given.
  uses: USES,
};

export type { RetirementAgeInput, RetirementAgeResult };
