/**
 * What a host page asks of an embedded calculator (custom element attributes or the iframe's query string),
 * read the same way for both doors. Nothing here is shown to the person; a bad value falls back to the default
 * and is reported to the host page's developer in the console.
 */
import { isIsoDate } from '../rules/engine/dates';
import { type CalculatorId, isCalculatorId } from '../rules/registry';
import { LOCALES, type Locale } from '../i18n/i18n.svelte';

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

export interface EmbedOptions {
  /** undefined when the id is missing or unknown: the embed then says "not found". */
  calculator: CalculatorId | undefined;
  lang: Locale;
  /** The rules-as-of date (YYYY-MM-DD); undefined means today in Shanghai. */
  asOf: string | undefined;
  /** Large-text mode for older people. */
  elderly: boolean;
  /** The embed's own 长辈版 and language switches; false (controls="none") for a host page that has its own. */
  controls: boolean;
}

export interface RawEmbedOptions {
  calculator?: string | null | undefined;
  lang?: string | null | undefined;
  asOf?: string | null | undefined;
  elderly?: boolean | string | null | undefined;
  controls?: string | null | undefined;
}

export const HEIGHT_MESSAGE = 'sh-benefit-calculator:height';

/** The message the iframe posts to its parent whenever its content changes height. No personal data. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  calculator: string;
  height: number;
}

function warn(message: string): void {
  if (typeof console !== 'undefined') console.warn(`[sh-benefit-calculator] ${message}`);
}

function isLocale(s: string): s is Locale {
  return (LOCALES as readonly string[]).includes(s);
}

export function readOptions(raw: RawEmbedOptions): EmbedOptions {
  const id = (raw.calculator ?? '').trim();
  const calculator = isCalculatorId(id) ? id : undefined;
  if (!calculator) warn(`unknown calculator "${id}"`);

  const wanted = (raw.lang ?? '').trim();
  let lang: Locale = 'zh-CN';
  if (isLocale(wanted)) lang = wanted;
  else if (/^en\b/i.test(wanted)) lang = 'en';
  else if (wanted && !/^zh\b/i.test(wanted)) warn(`unsupported lang "${wanted}", using zh-CN`);

  const date = (raw.asOf ?? '').trim();
  const asOf = date && isIsoDate(date) ? date : undefined;
  if (date && !asOf) warn(`as-of "${date}" is not a date like 2026-07-01, using today`);

  const e = raw.elderly;
  const elderly = typeof e === 'boolean' ? e : e != null && !['0', 'false', 'no', 'off'].includes(e.trim().toLowerCase());
  const c = (raw.controls ?? '').trim().toLowerCase();
  const controls = !['none', 'hide', 'hidden', 'off', 'false', '0', 'no'].includes(c);
  if (c && controls && c !== 'show') warn(`controls "${c}" is not "none", showing the switches`);
  return { calculator, lang, asOf, elderly, controls };
}

/** The iframe route's query string: ?calculator=<id>&lang=zh-CN|en&asOf=YYYY-MM-DD&elderly=1&controls=none */
export function optionsFromQuery(search: string): EmbedOptions {
  const q = new URLSearchParams(search);
  return readOptions({ calculator: q.get('calculator'), lang: q.get('lang'), asOf: q.get('asOf') ?? q.get('as-of'), elderly: q.get('elderly'), controls: q.get('controls') });
}

/**
 * A share link made inside an embed is the embedding page's address plus #/<id>?<answers>; opened again, the
 * embed of that calculator fills its form from it. Any other hash belongs to the host page and is left alone.
 */
export function sharedFromHash(hash: string, calculator: string | undefined): URLSearchParams | undefined {
  if (!calculator) return undefined;
  const m = /^#\/([^?]*)\?(.*)$/.exec(hash);
  // A hash that cannot be decoded (the host page's own "#/50%off", a link cut inside an escape) is not ours: ignored.
  if (!m || safeDecode(m[1]!) !== calculator) return undefined;
  return new URLSearchParams(m[2]);
}
