import type { Calculator } from '../engine';
import { compute, type LongTermCareResult } from './compute';
import {
  APPLICATION_QA,
  ASSESSMENT_MEASURES_2018,
  assessmentValidity,
  CIVIL_CODE_1259,
  CIVIL_CODE_PERIODS,
  CLAIM_CONDITIONS,
  claimMinAge,
  continuityBonus,
  entitledLevels,
  fundShare,
  hourlyPriceTiers,
  INSTITUTION_STANDARD_BEFORE_2025_09,
  institutionDailyStandard,
  insuredResidentMinAge,
  LEVELS_QA,
  MEASURES_2017,
  MEASURES_2026,
  TRIAL_SUMMARY,
  weeklyHours,
} from './parameters';
import { fields, parse, type LongTermCareInput } from './schema';

export const longTermCare: Calculator<LongTermCareInput, LongTermCareResult> = {
  id: 'long-term-care',
  fields,
  dateField: 'careDate',
  parse,
  compute,
  parameters: [insuredResidentMinAge, claimMinAge, entitledLevels, assessmentValidity, weeklyHours, continuityBonus, fundShare, hourlyPriceTiers, institutionDailyStandard],
  citations: [MEASURES_2017, ASSESSMENT_MEASURES_2018, MEASURES_2026, CLAIM_CONDITIONS, LEVELS_QA, APPLICATION_QA, TRIAL_SUMMARY, CIVIL_CODE_1259, CIVIL_CODE_PERIODS, INSTITUTION_STANDARD_BEFORE_2025_09.source],
  checkedOn: '2026-11-28',
  example: { careDate: '2025-10-15', age: '82', scheme: 'employee', drawingPension: true, level: '5', setting: 'home', hourlyPrice: '65', continuousHomeCareMonths: '8', bonusChoice: 'hours' },
};

export type { LongTermCareInput, LongTermCareResult };
