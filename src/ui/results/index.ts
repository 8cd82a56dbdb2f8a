import type { Component } from 'svelte';
import type { AnyCalculator, Notice, Step } from '../../rules/engine';
import type { CalculatorId } from '../../rules/registry';

// Props are types, not interfaces, so that they fit Svelte's Record<string, any> props constraint.
export type ResultViewProps = {
  result: unknown;
  steps: Step[];
  notices: Notice[];
  /**
   * false on the calculator page, where the summary card above already gives the headline figures; a side-by-side
   * comparison (two results, no card each) leaves it at the default and shows them.
   */
  headline?: boolean;
};

/** What an extra panel of a calculator page gets: the calculator, the rules-as-of date and the form's current values. */
export type ExtraViewProps = {
  calculator: AnyCalculator;
  asOf: string;
  values: Record<string, string>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loader<P extends Record<string, any>> = () => Promise<{ default: Component<P> }>;

/** The result view of each calculator, loaded with its page. */
export const resultViews: Record<CalculatorId, Loader<ResultViewProps>> = {
  'unemployment-benefit': () => import('./UnemploymentResult.svelte') as never,
  'pension-adjustment': () => import('./PensionAdjustmentResult.svelte') as never,
  'long-term-care': () => import('./LongTermCareResult.svelte') as never,
  'medical-cost-sharing': () => import('./MedicalCostResult.svelte') as never,
  'retirement-age': () => import('./RetirementAgeResult.svelte') as never,
  'pension-estimate': () => import('./PensionEstimateResult.svelte') as never,
  'contributions': () => import('./ContributionsResult.svelte') as never,
  'maternity': () => import('./MaternityResult.svelte') as never,
};

/**
 * Optional panels shown below a calculator's result (a year-by-year history, several bills in a row, …).
 * They run the same calculator through `run()`; they never hold rules of their own.
 */
export const extraViews: Partial<Record<CalculatorId, Loader<ExtraViewProps>>> = {
  'pension-adjustment': () => import('../extras/PensionAdjustmentHistory.svelte') as never,
  'long-term-care': () => import('../extras/LongTermCareGuide.svelte') as never,
  'medical-cost-sharing': () => import('../extras/MedicalBillsPanel.svelte') as never,
  'contributions': () => import('../extras/ContributionsGuide.svelte') as never,
};
