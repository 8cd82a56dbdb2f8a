import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n } from 'i18next';
import type { Lang, LabelOf, Translate } from '../batch';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..', 'i18n', 'locales');

/** Both languages straight from the locale files (headers are read in either); messages are in `lng`. */
export function messages(lng: Lang): i18n {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const l of ['zh-CN', 'en']) {
    const dir = join(LOCALES, l);
    resources[l] = {};
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.json')) resources[l][file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    }
  }
  const i18n = i18next.createInstance();
  void i18n.init({ lng, fallbackLng: false, ns: Object.keys(resources['en']!), defaultNS: 'common', resources: resources as never, initAsync: false, interpolation: { escapeValue: false }, returnNull: false });
  return i18n;
}

/** i18n's `t`; a key without values is looked up once (a results file asks for "OK" on every row). */
export function translate(i18n: i18n): Translate {
  const plain = new Map<string, string>();
  return (key, params) => {
    if (params) return i18n.t(key, params) as string;
    let v = plain.get(key);
    if (v === undefined) plain.set(key, (v = i18n.t(key, {}) as string));
    return v;
  };
}
export const labelOf = (i18n: i18n): LabelOf => (lng, key) => (i18n.t(key, { lng, defaultValue: '' }) as string) || undefined;
