import i18next, { type TOptions } from 'i18next';
import enCommon from './locales/en/common.json';
import zhCommon from './locales/zh-CN/common.json';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every namespace file, loaded on demand so that a page pulls in only its own words. */
const files = import.meta.glob<Record<string, unknown>>(['./locales/*/*.json', '!./locales/*/common.json'], { import: 'default' });

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'zh-CN',
  fallbackLng: false,
  ns: ['common'],
  defaultNS: 'common',
  resources: { 'zh-CN': { common: zhCommon }, en: { common: enCommon } },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

let locale = $state<Locale>('zh-CN');
let revision = $state(0);

/** Translate. Reading the runes makes every template that calls t() follow a language switch or a namespace load. */
export function t(key: string, options?: TOptions): string {
  void locale;
  void revision;
  return i18n.t(key, options ?? {}) as string;
}

export function exists(key: string): boolean {
  void locale;
  void revision;
  return i18n.exists(key);
}

export function currentLocale(): Locale {
  return locale;
}

export function setLocale(next: Locale): void {
  void i18n.changeLanguage(next);
  locale = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** Loads the namespaces in both languages, so a later switch of language is instant. */
export async function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  const missing = namespaces.flatMap((ns) => LOCALES.filter((lng) => !i18n.hasResourceBundle(lng, ns)).map((lng) => [lng, ns] as const));
  if (!missing.length) return;
  await Promise.all(
    missing.map(async ([lng, ns]) => {
      const load = files[`./locales/${lng}/${ns}.json`];
      if (!load) return;
      i18n.addResourceBundle(lng, ns, await load(), true, true);
    }),
  );
  revision++;
}
