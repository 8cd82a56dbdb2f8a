/**
 * A calculator's key figures, declared once in src/lib/key-figures/<id>.ts: the lines of the summary card (`summary`,
 * read by src/ui/summary for the page, the print and the embed) and the readable columns of a batch results file
 * (`columns`, read by src/batch/readable.ts), side by side so that a figure added to one is seen missing from the
 * other. Pure: no DOM, no Svelte, no i18next (words come from the caller's `t`); the page imports `summary` and the
 * batch `columns`, each without the other's code (separate exports, so the bundler leaves out the one not used).
 */
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

// ------------------------------------------------------------------ the readable columns of a batch results file

/** Translates a message key with values, already bound to one language (the batch's `Translate`). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** How a cell is shown: money grouped on screen ("2,340.00") and plain in a file; numbers right-aligned. */
export type CellKind = 'money' | 'number' | 'text';

/** What a column's value is made from: the result, and words from the locale files. */
export interface Words {
  t: Translate;
  ns: string;
  yes(b: boolean): string;
  month(m: string | null | undefined): string;
  list(items: readonly string[]): string;
}

export interface KeyColumn<R> {
  /** `batch:readable.columns.<calculator>.<key>` is the heading. */
  key: string;
  kind: CellKind;
  value(r: R, w: Words): string | number | null | undefined;
}

export interface ColumnsDeclaration<R> {
  columns: readonly KeyColumn<R>[];
  /** The result's list of records, one entry each; `sort` orders the columns (an ISO month, an item's rank). */
  records?(r: R, w: Words): { id: string; heading: string; amount: string | null; sort: string }[];
}

export const col = <R>(key: string, kind: CellKind, value: KeyColumn<R>['value']): KeyColumn<R> => ({ key, kind, value });
export const ym = (m: { years: number; months: number } | null | undefined, w: Words) => (m ? w.t('batch:readable.yearsMonths', { years: m.years, months: m.months }) : '');
/** A reason sentence without its full stop, so that several join into one cell with the list separator. */
const sentence = (s: string) => s.replace(/[。.]\s*$/, '');
export const reasonsOf = (codes: readonly string[], w: Words) => w.list(codes.map((c) => sentence(w.t(`${w.ns}:reasons.${c}`, { defaultValue: c }))));
