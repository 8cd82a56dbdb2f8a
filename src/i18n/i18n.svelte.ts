import i18next, { type TOptions } from 'i18next';
import { first, formWords, partial, restWords, wholeWords } from 'virtual:words';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/*
 * Every namespace file is loaded on demand, so that a page pulls in only its own words. Only the default language's
 * common words and page headings are in the first load (virtual:words; a calculator page's heading and lead show with
 * the page's first paint, before its own words arrive); English ones come with the first switch to English. In the
 * portal embed a namespace may come in two parts, what the form shows and the rest (src/i18n/parts.ts).
 */
const i18n = i18next.createInstance();
void i18n.init({
  lng: 'zh-CN',
  fallbackLng: false,
  ns: Object.keys(first),
  defaultNS: 'common',
  resources: { 'zh-CN': first },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

let locale = $state<Locale>('zh-CN');
/**
 * A count per namespace, raised when words of it arrive: t() reads its own namespace's, so words arriving for the
 * result area (trust, the rest of a calculator's) do not draw the form's labels again (on a phone that redraw was the
 * longest task after the form, issue 17).
 */
const revisions = $state<Record<string, number>>({});
const nsOf = (key: string): string => {
  const colon = key.indexOf(':');
  return colon < 0 ? 'common' : key.slice(0, colon);
};
function touched(namespaces: readonly string[]): void {
  for (const ns of new Set(namespaces)) revisions[ns] = (revisions[ns] ?? 0) + 1;
}

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
  const ns = nsOf(key);
  if (!i18n.hasResourceBundle(i18n.language, ns)) return unknownNs;
  return i18n.getResource(i18n.language, ns, key.includes(':') ? key.slice(ns.length + 1) : key) as unknown;
}
const unknownNs = Symbol();

/** Translate. Reading the runes makes every template that calls t() follow a language switch or a namespace load. */
export function t(key: string, options?: TOptions): string {
  void locale;
  void revisions[nsOf(key)];
  return (options === undefined ? plain(key) : undefined) ?? (i18n.t(key, options ?? {}) as string);
}

export function exists(key: string): boolean {
  void locale;
  void revisions[nsOf(key)];
  // A key absent from its loaded namespace does not exist (no fallback language, no plural without a count).
  const words = stored(key);
  return words === undefined ? false : typeof words === 'string' ? true : i18n.exists(key);
}

export function currentLocale(): Locale {
  return locale;
}

/** How much of a namespace: the part its form shows (a split namespace in the embed, src/i18n/parts.ts), or all. */
export type WordsPart = 'form' | 'all';

const firstParts = Object.keys(first).map((ns): [string, WordsPart] => [ns, partial.includes(ns) ? 'form' : 'all']);
/** The namespaces pages have asked for, with how much; a switch of language loads them in the new language first. */
const wanted = new Map<string, WordsPart>(firstParts);
/** Raised when `wanted` grows: a switch of language loads again what was asked for while it loaded. */
let wantedChanges = 0;
/** What is loaded, by '<lng>/<ns>'. */
const have = new Map<string, WordsPart>(firstParts.map(([ns, part]) => [`zh-CN/${ns}`, part]));

/**
 * Switches the language once the new language's words for every page seen so far are loaded, so nothing shows a
 * bare key. `documentLang: false` leaves <html lang> alone (the embed on a host page).
 */
export async function setLocale(next: Locale, options: { documentLang?: boolean } = {}): Promise<void> {
  // A page asking for words while these load (a calculator opening as the embed starts in English) asks in the old
  // language: load again until nothing new was asked for, and once more after the switch.
  const loadWanted = () => Promise.all([...wanted].map(([ns, part]) => loadOne(next, ns, part)));
  let seen: number;
  do {
    seen = wantedChanges;
    await loadWanted();
  } while (seen !== wantedChanges);
  await i18n.changeLanguage(next);
  locale = next;
  if (options.documentLang !== false && typeof document !== 'undefined') document.documentElement.lang = next;
  touched((await loadWanted()).flat());
}

/**
 * Each namespace's loads, one after another (a form part on its way, then the rest), so that two pages asking at once
 * fetch and add each file once, and the rest never comes before its form part.
 */
const chains = new Map<string, Promise<string[]>>();

/** Loads what is missing of a namespace in a language; the namespaces words were added to. */
function loadOne(lng: Locale, ns: string, part: WordsPart): Promise<string[]> {
  const at = `${lng}/${ns}`;
  // A failed fetch (offline, no service worker yet) is tried again by the next load.
  const next = (chains.get(at) ?? Promise.resolve([]))
    .catch(() => [])
    .then(async (): Promise<string[]> => {
      const got = have.get(at);
      if (got === 'all' || got === part) return [];
      // A namespace in parts: its form part first (it also holds the calculator's page words), then the rest if asked.
      const inParts = at in restWords;
      const whole = wholeWords[at];
      const loaded = await Promise.all(
        inParts ? [got ? undefined : formWords[at]?.(), part === 'all' ? restWords[at]?.() : undefined] : [whole?.().then((m) => ({ default: { [ns]: m.default } }))],
      );
      const added: string[] = [];
      for (const bundle of loaded) {
        for (const [n, words] of Object.entries(bundle?.default ?? {})) {
          i18n.addResourceBundle(lng, n, words, true, true);
          added.push(n);
        }
      }
      if (loaded.some(Boolean)) have.set(at, inParts ? part : 'all');
      return added;
    });
  chains.set(at, next);
  return next;
}

async function load(lng: Locale, namespaces: readonly string[], part: WordsPart): Promise<string[]> {
  return (await Promise.all(namespaces.map((ns) => loadOne(lng, ns, part)))).flat();
}

/**
 * Loads namespaces in the current language only: a page pulls in just its own words, in one language. `part: 'form'`
 * loads only what a form shows of a namespace that comes in parts (the embed; elsewhere the whole namespace).
 */
export async function loadNamespaces(namespaces: readonly string[], options: { part?: WordsPart } = {}): Promise<void> {
  const part = options.part ?? 'all';
  for (const ns of namespaces) {
    if (wanted.get(ns) === 'all' || wanted.get(ns) === part) continue;
    wanted.set(ns, part);
    wantedChanges++;
  }
  touched(await load(locale, namespaces, part));
}
