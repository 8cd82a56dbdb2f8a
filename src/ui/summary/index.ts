import type { CalculatorId } from '../../rules/registry';
import type { SummaryDeclaration } from './types';
import { summary as contributions } from './contributions';
import { summary as longTermCare } from './long-term-care';
import { summary as maternity } from './maternity';
import { summary as medical } from './medical-cost-sharing';
import { summary as pensionAdjustment } from './pension-adjustment';
import { summary as pensionEstimate } from './pension-estimate';
import { summary as retirementAge } from './retirement-age';
import { summary as unemployment } from './unemployment-benefit';

export type { Summary, SummaryLine, SummaryContext, SummaryDeclaration } from './types';

/** Each calculator's headline figures; one card renders them for the page, the print and the embed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const summaries: Record<CalculatorId, SummaryDeclaration<any>> = {
  'unemployment-benefit': unemployment,
  'pension-adjustment': pensionAdjustment,
  'long-term-care': longTermCare,
  'medical-cost-sharing': medical,
  'retirement-age': retirementAge,
  'pension-estimate': pensionEstimate,
  contributions,
  maternity,
};
