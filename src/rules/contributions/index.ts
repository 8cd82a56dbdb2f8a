import type { Calculator } from '../engine';
import { cityAverageWage, contributionBaseLimits } from '../shared/contribution-base';
import { compute, type ContributionsResult } from './compute';
import {
  employeeMedical,
  employeePension,
  employeeUnemployment,
  employerMedical,
  employerPension,
  employerUnemployment,
  FLEX_QA_2024,
  flexibleMedical,
  flexiblePension,
  heatAllowance,
  housingFundLimits,
  MIN_WAGE_EXCLUSIONS,
  RATES_QA_2025,
  ROUNDING_FEN,
  ROUNDING_JIAO,
  workInjuryClassRates,
} from './parameters';
import { type ContributionsInput, fields, parse } from './schema';

export const contributions: Calculator<ContributionsInput, ContributionsResult> = {
  id: 'contributions',
  fields,
  dateField: 'month',
  parse,
  compute,
  parameters: [
    contributionBaseLimits,
    cityAverageWage,
    employeePension,
    employeeMedical,
    employeeUnemployment,
    employerPension,
    employerMedical,
    employerUnemployment,
    workInjuryClassRates,
    flexiblePension,
    flexibleMedical,
    housingFundLimits,
    // shanghai.minimum-wage-monthly (src/rules/shared/wage-floors.ts) is used by the wage check too; it is listed under
    // unemployment-benefit, because the sources page lists a parameter under each calculator that names it.
    heatAllowance,
  ],
  citations: [RATES_QA_2025, FLEX_QA_2024, MIN_WAGE_EXCLUSIONS, ROUNDING_FEN, ROUNDING_JIAO],
  checkedOn: '2026-12-01',
  example: { month: '2026-08', kind: 'employee', base: '6000', workInjuryClass: '1' },
};

export type { ContributionsInput, ContributionsResult };
