/**
 * npm run --silent estimate -- <calculator-id> '<input-json>' [--as-of YYYY-MM-DD]
 * Prints one JSON document on stdout. Exit status 0 on a result, 2 on bad input or an unknown calculator.
 * npm run --silent estimate -- <calculator-id> --csv in.csv [--as-of YYYY-MM-DD] > out.csv: a batch (see csv.ts).
 */
import { isIsoDate, run } from '../rules/engine';
import { calculatorIds, isCalculatorId, loadCalculator } from '../rules/registry';
import { englishMessages, fieldMessage } from './messages';
import { todayInShanghai } from '../lib/today';

function print(doc: unknown): void {
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
}

function fail(errors: { field: string; code: string; message: string }[]): never {
  print({ ok: false, errors });
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  let asOf = todayInShanghai();
  const asOfAt = args.indexOf('--as-of');
  if (asOfAt >= 0) {
    asOf = args[asOfAt + 1] ?? '';
    args.splice(asOfAt, 2);
  }
  const csvAt = args.indexOf('--csv');
  const csvPath = csvAt >= 0 ? (args.splice(csvAt, 2)[1] ?? '') : undefined;
  const [id, json] = args;
  if (!id || !isCalculatorId(id)) {
    fail([{ field: 'calculator', code: 'unknown-calculator', message: `Unknown calculator "${id ?? ''}". Known: ${calculatorIds.join(', ')}.` }]);
  }
  if (!isIsoDate(asOf)) fail([{ field: 'asOf', code: 'invalid-date', message: 'The --as-of date must be a date like 2026-07-01.' }]);
  if (csvPath !== undefined) {
    const { csvMain } = await import('./csv');
    process.exitCode = csvMain(await loadCalculator(id), csvPath, asOf);
    return;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? '');
  } catch {
    fail([{ field: 'input', code: 'invalid-json', message: 'The input must be one JSON object, e.g. \'{"claimDate":"2025-09-15"}\'.' }]);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    fail([{ field: 'input', code: 'invalid-json', message: 'The input must be one JSON object.' }]);
  }
  const calc = await loadCalculator(id);
  const outcome = run(calc, raw, asOf);
  if (!outcome.ok) {
    const t = englishMessages();
    fail(outcome.errors.map((e) => ({ field: e.field, code: e.code, message: fieldMessage(t, id, e) })));
  }
  print({ ok: true, calculator: id, asOf, result: outcome.result, steps: outcome.steps, notices: outcome.notices });
}

try {
  await main(process.argv.slice(2));
} catch (e) {
  // Never a stack trace: an unexpected failure is still one JSON document (exit 1: our fault, not the input's).
  print({ ok: false, errors: [{ field: 'input', code: 'internal-error', message: `Internal error: ${e instanceof Error ? e.message : String(e)}` }] });
  process.exitCode = 1;
}
