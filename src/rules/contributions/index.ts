import type { Calculator } from '../engine';
import { cityAverageWage, contributionBaseLimits } from '../shared/contribution-base';
import { minimumWage } from '../shared/wage-floors';
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
    minimumWage,
    heatAllowance,
  ],
  citations: [RATES_QA_2025, FLEX_QA_2024, MIN_WAGE_EXCLUSIONS, ROUNDING_FEN, ROUNDING_JIAO],
  checkedOn: '2026-12-01',
  example: { month: '2026-08', kind: 'employee', base: '6000', workInjuryClass: '1' },
};

export type { ContributionsInput, ContributionsResult };
