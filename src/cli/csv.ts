/**
 * npm run --silent estimate -- <calculator-id> --csv in.csv [--as-of YYYY-MM-DD] > out.csv
 * The batch page's work on the command line: the same reading (UTF-8 or GBK), the same rows through `run()`,
 * the same results file, with messages in English. Exit 0 with a results file (row errors are in its error
 * column), 2 when the file cannot be read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { columnsFor, MAX_BYTES, processBytes, problemMessage, resultsCsv, tooLarge, type Lang, type Translate } from '../batch';
import type { AnyCalculator, IsoDate } from '../rules/engine';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..', 'i18n', 'locales');

/** Both languages straight from the locale files: Chinese headers are read, English is written. */
function messages() {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const lng of ['zh-CN', 'en']) {
    const dir = join(LOCALES, lng);
    resources[lng] = {};
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.json')) resources[lng][file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    }
  }
  const i18n = i18next.createInstance();
  void i18n.init({ lng: 'en', fallbackLng: false, ns: Object.keys(resources['en']!), defaultNS: 'common', resources: resources as never, initAsync: false, interpolation: { escapeValue: false }, returnNull: false });
  return i18n;
}

/** Returns the exit status; writes the results file to stdout, a file problem to stderr. */
export function csvMain(calc: AnyCalculator, path: string, asOf: IsoDate): number {
  const i18n = messages();
  const t: Translate = (key, params) => i18n.t(key, params ?? {}) as string;
  const columns = columnsFor(calc, (lng: Lang, key) => (i18n.t(key, { lng, defaultValue: '' }) as string) || undefined);
  let bytes: Uint8Array;
  try {
    // The size first: a 1 GB file is refused without being read into memory.
    const size = statSync(path).size;
    if (size > MAX_BYTES) {
      process.stderr.write(`${path}: ${problemMessage(t, tooLarge(size), columns, 'en')}\n`);
      return 2;
    }
    bytes = readFileSync(path);
  } catch (e) {
    process.stderr.write(`Cannot read ${path}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const done = processBytes(bytes, calc, { calculatorId: calc.id, columns, asOf });
  if (!done.ok) {
    process.stderr.write(`${path}: ${problemMessage(t, done.problem, columns, 'en')}\n`);
    return 2;
  }
  // Which encoding was used, when it was not UTF-8 (GBK, UTF-16): on stderr, so the results file stays clean.
  if (!done.outcome.encoding.startsWith('utf-8')) process.stderr.write(`${path}: ${t(`batch:results.encoding.${done.outcome.encoding}`)}\n`);
  process.stdout.write(resultsCsv(t, done.outcome));
  return 0;
}
