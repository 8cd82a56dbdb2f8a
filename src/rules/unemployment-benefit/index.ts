import type { Calculator } from '../engine';
import { retirementSchedule } from '../retirement-age/parameters';
import { minimumLivingStandard, minimumWage } from '../shared/wage-floors';
import { compute, type UnemploymentResult } from './compute';
import { CLAIM_RULES_2026, duration, extensionRule, NATIONAL_EXTENSION_2025, NATIONAL_REGULATION, standard } from './parameters';
import { fields, parse, type UnemploymentInput } from './schema';

export const unemploymentBenefit: Calculator<UnemploymentInput, UnemploymentResult> = {
  id: 'unemployment-benefit',
  fields,
  dateField: 'claimDate',
  parse,
  compute,
  parameters: [standard, duration, extensionRule, minimumLivingStandard, minimumWage, retirementSchedule],
  citations: [CLAIM_RULES_2026, NATIONAL_REGULATION, NATIONAL_EXTENSION_2025],
  checkedOn: '2026-11-28',
  example: { claimDate: '2025-09-15', contributionYears: '3.5', involuntary: true, registered: true },
};

export type { UnemploymentInput, UnemploymentResult };
