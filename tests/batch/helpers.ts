import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { columnsFor, processBytes, type BatchOutcome, type BatchSpec, type Lang, type Translate } from '../../src/batch';
import type { AnyCalculator } from '../../src/rules/engine';

const LOCALES = join(__dirname, '../../src/i18n/locales');

/** Both languages from the locale files, as the page has them after loading a calculator's namespace. */
export function messages(lng: Lang = 'en') {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const l of ['zh-CN', 'en']) {
    resources[l] = {};
    for (const f of readdirSync(join(LOCALES, l))) if (f.endsWith('.json')) resources[l][f.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(LOCALES, l, f), 'utf8'));
  }
  const i18n = i18next.createInstance();
  void i18n.init({ lng, fallbackLng: false, ns: Object.keys(resources['en']!), defaultNS: 'common', resources: resources as never, initAsync: false, interpolation: { escapeValue: false }, returnNull: false });
  const t: Translate = (key, params) => i18n.t(key, params ?? {}) as string;
  const label = (l: Lang, key: string) => (i18n.t(key, { lng: l, defaultValue: '' }) as string) || undefined;
  return { t, label };
}

export function spec(calc: AnyCalculator, asOf = '2026-11-28'): BatchSpec {
  return { calculatorId: calc.id, columns: columnsFor(calc, messages().label), asOf };
}

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** Runs a CSV (text or bytes) through the batch and fails the test on a whole-file problem. */
export function batch(calc: AnyCalculator, csv: string | Uint8Array, asOf = '2026-11-28'): BatchOutcome {
  const done = processBytes(typeof csv === 'string' ? utf8(csv) : csv, calc, spec(calc, asOf));
  if (!done.ok) throw new Error(`file problem: ${JSON.stringify(done.problem)}`);
  return done.outcome;
}

export function problem(calc: AnyCalculator, csv: string | Uint8Array) {
  const done = processBytes(typeof csv === 'string' ? utf8(csv) : csv, calc, spec(calc));
  return done.ok ? undefined : done.problem;
}
