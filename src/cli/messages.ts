import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n } from 'i18next';
import type { FieldError } from '../rules/engine';
import { errorText } from '../i18n/messages';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..', 'i18n', 'locales');

/** The English messages, read straight from the locale files, for doors without a page. */
export function englishMessages(): i18n {
  const dir = join(LOCALES, 'en');
  const resources: Record<string, unknown> = {};
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.json')) resources[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  }
  const t = i18next.createInstance();
  void t.init({ lng: 'en', fallbackLng: 'en', ns: Object.keys(resources), defaultNS: 'common', resources: { en: resources as never }, initAsync: false, interpolation: { escapeValue: false } });
  return t;
}

/** "Claim date: enter a date like 2025-09-15" — the field's label, then what is wrong with it. */
export function fieldMessage(t: i18n, calculatorId: string, e: FieldError): string {
  const label = t.t(`${calculatorId}:fields.${e.field}.label`, { defaultValue: e.field });
  return `${label}: ${errorText((key, options) => t.t(key, options ?? {}) as string, e)}`;
}
