import type { CalculatorId } from '../../rules/registry';
import * as contributions from './contributions';
import * as longTermCare from './long-term-care';
import * as maternity from './maternity';
import * as medical from './medical-cost-sharing';
import * as pensionAdjustment from './pension-adjustment';
import * as pensionEstimate from './pension-estimate';
import * as retirementAge from './retirement-age';
import * as unemployment from './unemployment-benefit';
import type { ColumnsDeclaration, SummaryDeclaration } from './types';

export type { Summary, SummaryLine, SummaryContext, SummaryDeclaration } from './types';

/** Each calculator's headline figures for the card (the page, the print and the embed). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const summaries: Record<CalculatorId, SummaryDeclaration<any>> = {
  'unemployment-benefit': unemployment.summary,
  'pension-adjustment': pensionAdjustment.summary,
  'long-term-care': longTermCare.summary,
  'medical-cost-sharing': medical.summary,
  'retirement-age': retirementAge.summary,
  'pension-estimate': pensionEstimate.summary,
  contributions: contributions.summary,
  maternity: maternity.summary,
};

/** The same figures as the readable columns of a batch results file. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const keyColumns: Record<CalculatorId, ColumnsDeclaration<any>> = {
  'unemployment-benefit': unemployment.columns,
  'pension-adjustment': pensionAdjustment.columns,
  'long-term-care': longTermCare.columns,
  'medical-cost-sharing': medical.columns,
  'retirement-age': retirementAge.columns,
  'pension-estimate': pensionEstimate.columns,
  contributions: contributions.columns,
  maternity: maternity.columns,
};
