import type { Step } from '../../rules/engine';

/** One figure of the card: a key under `<calculator>:summary.*` and the values it interpolates (already formatted). */
export interface SummaryLine {
  key: string;
  values?: Record<string, string | number>;
}

/**
 * The headline figures of a result, as the card shows them: the first line is the answer to the question asked,
 * the others follow it. `tone` is `warning` for a "not eligible" or "cannot work it out" answer.
 */
export interface Summary {
  tone: 'result' | 'warning';
  lines: SummaryLine[];
}

export interface SummaryContext {
  steps: Step[];
  /** Today in Shanghai (YYYY-MM-DD), for "already past" wording. */
  today: string;
}

/**
 * What a calculator declares as its headline figures: which result fields, phrased by which locale keys. Presentation
 * only: the figures are result fields the rules already computed; nothing is computed here but formatting.
 */
export type SummaryDeclaration<R> = (result: R, ctx: SummaryContext) => Summary;
