import type { Calculator } from '../engine';
import { cityAverageWage } from '../shared/contribution-base';
import { HOLIDAY_MEASURES_2013, HOLIDAY_MEASURES_2025, statutoryHolidays } from '../shared/holidays';
import { compute, type MaternityResult } from './compute';
import {
  allowanceRule,
  CHILDCARE_SUBSIDY_2025,
  childcareLeave,
  childcareSubsidy,
  contributionTest,
  COUNTING_2022,
  EMPLOYER_REFUND_2025,
  employerRefund,
  medicalSubsidy,
  NATIONAL_619,
  nationalLeave,
  partnerLeave,
  RSJ_LEAVE_TABLE,
  RULES_2021,
  RULES_2026,
  SHANGHAI_REGULATION_2021,
  shanghaiBirthLeave,
  SOCIAL_INSURANCE_LAW,
} from './parameters';
import { fields, parse, type MaternityInput } from './schema';

export const maternity: Calculator<MaternityInput, MaternityResult> = {
  id: 'maternity',
  fields,
  dateField: 'eventDate',
  parse,
  compute,
  parameters: [nationalLeave, shanghaiBirthLeave, statutoryHolidays, allowanceRule, cityAverageWage, contributionTest, medicalSubsidy, partnerLeave, childcareLeave, employerRefund, childcareSubsidy],
  citations: [NATIONAL_619, SHANGHAI_REGULATION_2021, COUNTING_2022, RSJ_LEAVE_TABLE, RULES_2021, RULES_2026, SOCIAL_INSURANCE_LAW, EMPLOYER_REFUND_2025, CHILDCARE_SUBSIDY_2025, HOLIDAY_MEASURES_2013, HOLIDAY_MEASURES_2025],
  checkedOn: '2026-12-01',
  example: { event: 'birth', eventDate: '2026-03-10', babies: '1', difficultBirth: false, employerAverageWage: '15000', contributionMonths: '36', consecutiveMonths: '36', monthlyWage: '18000' },
};

export type { MaternityInput, MaternityResult };
