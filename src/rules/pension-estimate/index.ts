import type { Calculator } from '../engine';
import { flexibleRule, minimumContribution, retirementSchedule } from '../retirement-age/parameters';
import { compute, type PensionEstimateResult } from './compute';
import { cityAverageWage } from '../shared/contribution-base';
import { accountRate, ACCOUNT_SHARE_SOURCE, BASE_BAND_2019, basicRate, indexBounds, MONTHLY_PAYOUT_2025, NATIONAL_2005, payoutMonthsByMonth, payoutMonthsTable, pensionBase, SH_AWARD_SHEETS, SH_BASIC_2021, SH_JIAO_UP, SH_TRANSITIONAL_2021, transitionalRule, WHOLE_YEARS_BEFORE_2025 } from './parameters';
import { fields, parse, type PensionEstimateInput } from './schema';

export const pensionEstimate: Calculator<PensionEstimateInput, PensionEstimateResult> = {
  id: 'pension-estimate',
  fields,
  dateField: 'retirementMonth',
  parse,
  compute,
  parameters: [accountRate, cityAverageWage, pensionBase, basicRate, payoutMonthsTable, payoutMonthsByMonth, transitionalRule, indexBounds, minimumContribution, retirementSchedule, flexibleRule],
  citations: [BASE_BAND_2019, ACCOUNT_SHARE_SOURCE, NATIONAL_2005, SH_BASIC_2021, SH_JIAO_UP, SH_TRANSITIONAL_2021, WHOLE_YEARS_BEFORE_2025, MONTHLY_PAYOUT_2025, SH_AWARD_SHEETS],
  checkedOn: '2026-12-01',
  example: {
    basis: 'sheet',
    birthMonth: '1965-09',
    category: 'male',
    retirementMonth: '2025-12',
    contribution: { years: '30', months: '9' },
    averageIndex: '1.8776',
    accountBalance: '409300',
    serviceBefore1993: '4.42',
    notionalAccount1993to1997: '33732',
  },
};

export type { PensionEstimateInput, PensionEstimateResult };
export type { SalaryProjection } from './salary';
