import i18next, { type TOptions } from 'i18next';
import zhCommon from './locales/zh-CN/common.json';
import zhPages from './locales/zh-CN/pages.json';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Every namespace file, loaded on demand so that a page pulls in only its own words. Only the default language's
 * common words and page headings are in the first load (a calculator page's heading and lead show with the page's
 * first paint, before its own words arrive); English ones come with the first switch to English.
 */
const files = import.meta.glob<Record<string, unknown>>(['./locales/*/*.json', '!./locales/zh-CN/common.json', '!./locales/zh-CN/pages.json'], { import: 'default' });

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'zh-CN',
  fallbackLng: false,
  ns: ['common', 'pages'],
  defaultNS: 'common',
  resources: { 'zh-CN': { common: zhCommon, pages: zhPages } },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

let locale = $state<Locale>('zh-CN');
let revision = $state(0);

/**
 * The stored words of a key without options, when they are plain text (no {{value}}, no $t() nesting): exactly what
 * i18next would return for them, without its interpolation pass. A form's first render asks for a few hundred labels
 * and hints, and on a phone that pass was most of the long task that draws the form (issue 17).
 */
function plain(key: string): string | undefined {
  const words = stored(key);
  return typeof words === 'string' && !words.includes('{{') && !words.includes('$t(') ? words : undefined;
}

/** What the loaded namespace holds at a key (undefined: nothing), or `unknown` when its namespace is not loaded. */
function stored(key: string): unknown {
  const colon = key.indexOf(':');
  const ns = colon < 0 ? 'common' : key.slice(0, colon);
  if (!i18n.hasResourceBundle(i18n.language, ns)) return unknownNs;
  return i18n.getResource(i18n.language, ns, colon < 0 ? key : key.slice(colon + 1)) as unknown;
}
const unknownNs = Symbol('namespace not loaded');

/** Translate. Reading the runes makes every template that calls t() follow a language switch or a namespace load. */
export function t(key: string, options?: TOptions): string {
  void locale;
  void revision;
  return (options === undefined ? plain(key) : undefined) ?? (i18n.t(key, options ?? {}) as string);
}

export function exists(key: string): boolean {
  void locale;
  void revision;
  // A key absent from its loaded namespace does not exist (no fallback language, no plural without a count).
  const words = stored(key);
  return words === undefined ? false : typeof words === 'string' ? true : i18n.exists(key);
}

export function currentLocale(): Locale {
  return locale;
}

/** The namespaces pages have asked for; a switch of language loads them in the new language first. */
const wanted = new Set<string>(['common', 'pages']);

/**
 * Switches the language once the new language's words for every page seen so far are loaded, so nothing shows a
 * bare key. `documentLang: false` leaves <html lang> alone (the embed on a host page).
 */
export async function setLocale(next: Locale, options: { documentLang?: boolean } = {}): Promise<void> {
  await load(next, [...wanted]);
  await i18n.changeLanguage(next);
  locale = next;
  if (options.documentLang !== false && typeof document !== 'undefined') document.documentElement.lang = next;
}

/** Namespace files on their way, so that two pages asking at once fetch and add each file once. */
const pending = new Map<string, Promise<void>>();

async function load(lng: Locale, namespaces: readonly string[]): Promise<boolean> {
  const missing = namespaces.filter((ns) => !i18n.hasResourceBundle(lng, ns) && files[`./locales/${lng}/${ns}.json`]);
  await Promise.all(
    missing.map((ns) => {
      const path = `./locales/${lng}/${ns}.json`;
      let p = pending.get(path);
      if (!p) {
        p = files[path]!().then(
          (words) => void i18n.addResourceBundle(lng, ns, words, true, true),
          (e: unknown) => {
            pending.delete(path); // a failed fetch (offline, no service worker yet) is tried again next time
            throw e;
          },
        );
        pending.set(path, p);
      }
      return p;
    }),
  );
  return missing.length > 0;
}

/** Loads namespaces in the current language only: a page pulls in just its own words, in one language. */
export async function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  for (const ns of namespaces) wanted.add(ns);
  if (await load(locale, namespaces)) revision++;
}
