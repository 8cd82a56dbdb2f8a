import type { IsoDate } from './dates';
import type { Source } from './source';

/**
 * What a person does after a result: where to apply or ask, what to bring, how long it takes, how the money is paid.
 * Facts with sources, like parameters; the words are in the calculator's locale file (`nextSteps.<key>`).
 * A fact no official text was found for is left out, and `unsourced` says what is missing.
 */
export interface NextStep<R> {
  key: string;
  source: Source;
  /** The procedure this line describes is in force from this day (it is about what to do now, so it is read as of today). */
  from?: IsoDate;
  /** Shown only for results where this holds (e.g. only when an extension applies). */
  applies?: (result: R) => boolean;
}

/**
 * A "not eligible" answer that one condition would change: re-run the calculator with `set` applied to the raw input,
 * and show what the person would then get. `reason` is the result's reason code the change removes.
 */
export interface WhatIf {
  reason: string;
  set: Record<string, string>;
}

export interface NextSteps<R> {
  steps: readonly NextStep<R>[];
  whatIf: readonly WhatIf[];
  /** Locale key (`nextSteps.unsourced`) naming what could not be sourced and is therefore left out. */
  unsourced: boolean;
}

/** The Shanghai human-resources and social-security bureau's consultation line, as printed on every page of its site. */
export const RSJ_HOTLINE: Source = {
  doc: '上海市人力资源和社会保障局网站',
  title: '人社咨询：12333',
  url: 'https://rsj.sh.gov.cn/',
  confidence: 'official',
  article: '网站页脚',
  note: 'Footer of rsj.sh.gov.cn pages (e.g. the 沪人社规〔2026〕18号 page and the 2026-08-17 Q&A): "人社咨询:12333".',
};
