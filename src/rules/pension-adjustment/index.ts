import type { Calculator } from '../engine';
import { compute, type PensionAdjustmentResult } from './compute';
import { adjustmentRules, CITATIONS, paymentDates } from './parameters';
import { fields, parse, type PensionAdjustmentInput } from './schema';

export const pensionAdjustment: Calculator<PensionAdjustmentInput, PensionAdjustmentResult> = {
  id: 'pension-adjustment',
  fields,
  dateField: 'year',
  parse,
  compute,
  parameters: [adjustmentRules, paymentDates],
  citations: CITATIONS,
  checkedOn: '2026-11-28',
  // A woman born 1950-05, retired 2005-06 with 32 years 4 months, drawing 5200.00 in December 2024 (age 74 at end-2024).
  example: { knownPension: 'december', year: '2025', retiredBy: '2005-06', decemberPension: '5200', contributionYears: { years: '32', months: '4' }, birthMonth: '1950-05', sex: 'female' },
};

export { coveredYears } from './schema';
export type { HistoryRow } from './history';
export type { BackPay, Component, ComponentItem, ComponentKind, IneligibleReason } from './compute';
export type { PensionAdjustmentInput, PensionAdjustmentResult };
