/**
 * npm run --silent estimate -- <calculator-id> '<input-json>' [--as-of YYYY-MM-DD]
 * npm run --silent estimate -- <calculator-id> --input input.json   (or the JSON on standard input, for large input)
 * Prints one JSON document on stdout. Exit status 0 on a result, 2 on bad input or an unknown calculator.
 * npm run --silent estimate -- <calculator-id> --csv in.csv|- [--as-of YYYY-MM-DD] [--jobs N] [--lang en|zh-CN]
 *   [--format readable|raw] [--records months.csv] > out.csv: a batch of any size, streamed (see csv.ts).
 * --help: the usage, exit 0.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { isIsoDate, run } from '../rules/engine';
import { calculatorIds, isCalculatorId, loadCalculator } from '../rules/registry';
import { englishMessages, fieldMessage } from './messages';
import { todayInShanghai } from '../lib/today';

/** The rules-as-of dates the page accepts (CalculatorPage): the command line takes the same. */
export const AS_OF_RANGE = { min: '2000-01-01', max: '2100-12-31' } as const;
/** Larger JSON input is refused before it is read (no input of any calculator comes near it). */
const MAX_INPUT_BYTES = 1024 * 1024;
/** More worker threads than this only cost memory. */
const MAX_JOBS = 64;

export const USAGE = `Usage:
  npm run --silent estimate -- <calculator> '<input JSON>' [--as-of YYYY-MM-DD]
  npm run --silent estimate -- <calculator> --input input.json [--as-of YYYY-MM-DD]
  npm run --silent estimate -- <calculator> [--as-of YYYY-MM-DD] < input.json
  npm run --silent estimate -- <calculator> --csv in.csv [--as-of YYYY-MM-DD] [--jobs N] [--lang en|zh-CN] [--format readable|raw] [--records records.csv] > out.csv
  npm run --silent estimate -- <calculator> --csv - [options] < in.csv > out.csv
  npm run --silent estimate -- --help

Prints one JSON document: {"ok": true, "calculator", "asOf", "result", "steps", "notices"}, exit 0,
or {"ok": false, "errors": [{"field", "code", "message"}]}, exit 2.
--as-of: the rules as they stood on that day (${AS_OF_RANGE.min} to ${AS_OF_RANGE.max}; default today in Shanghai).
--csv: a batch, one result row per input row, streamed: a file of any size, or standard input with "-".
  --jobs N: worker threads (default: this machine's ${availableParallelism()} cores); rows come out in input order.
  --lang: the language of the results file's headings and messages (default en).
  --format readable (the default): the key figures in words in the chosen language, right after the name column,
    money as plain numbers a spreadsheet sums. --format raw: the machine form (result.<path> columns), for scripts.
  --records FILE: with readable, one line per record (a month's payment, a part of an increase) in a second file.
  --stats: rows per second and peak memory on stderr at the end.
Paths are relative to the folder you run the command from.
Calculators: ${calculatorIds.join(', ')}.
`;

function print(doc: unknown): void {
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
}

function fail(errors: { field: string; code: string; message: string }[]): never {
  print({ ok: false, errors });
  process.exit(2);
}

/** `npm run` runs in the project's folder; a path the caller typed is relative to where they typed it (INIT_CWD). */
export function callerPath(path: string): string {
  return resolve(process.env['INIT_CWD'] ?? process.cwd(), path);
}

/** Takes `--name value` out of the arguments; undefined when absent, '' when the value is missing. */
function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  return args.splice(at, 2)[1] ?? '';
}

function readInputFile(path: string): string {
  try {
    if (statSync(path).size > MAX_INPUT_BYTES) fail([{ field: 'input', code: 'too-large', message: `The input file ${path} is over 1 MB.` }]);
    return readFileSync(path, 'utf8');
  } catch (e) {
    fail([{ field: 'input', code: 'unreadable', message: `Cannot read ${path}: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) fail([{ field: 'input', code: 'too-large', message: 'The input on standard input is over 1 MB.' }]);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const asOf = option(args, '--as-of') ?? todayInShanghai();
  const csvPath = option(args, '--csv');
  const inputPath = option(args, '--input');
  const jobsText = option(args, '--jobs');
  const lang = option(args, '--lang') ?? 'en';
  const format = option(args, '--format') ?? 'readable';
  const recordsPath = option(args, '--records');
  const stats = args.includes('--stats');
  if (stats) args.splice(args.indexOf('--stats'), 1);
  const [id, json] = args;
  if (!id || !isCalculatorId(id)) {
    fail([{ field: 'calculator', code: 'unknown-calculator', message: `Unknown calculator "${id ?? ''}". Known: ${calculatorIds.join(', ')}. See --help.` }]);
  }
  if (!isIsoDate(asOf) || asOf < AS_OF_RANGE.min || asOf > AS_OF_RANGE.max) {
    fail([{ field: 'asOf', code: 'invalid-date', message: `The --as-of date must be a date from ${AS_OF_RANGE.min} to ${AS_OF_RANGE.max}, like 2026-07-01.` }]);
  }
  if (csvPath !== undefined) {
    const jobs = jobsText === undefined ? undefined : Number(jobsText);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS)) {
      fail([{ field: 'jobs', code: 'out-of-range', message: `--jobs must be a whole number from 1 to ${MAX_JOBS}.` }]);
    }
    if (lang !== 'en' && lang !== 'zh-CN') fail([{ field: 'lang', code: 'invalid-choice', message: '--lang must be en or zh-CN.' }]);
    if (csvPath === '') fail([{ field: 'input', code: 'unreadable', message: 'Give --csv a file, or - for standard input.' }]);
    const { csvMain, FORMATS } = await import('./csv');
    if (!(FORMATS as readonly string[]).includes(format)) fail([{ field: 'format', code: 'invalid-choice', message: `--format must be one of: ${FORMATS.join(', ')}.` }]);
    process.exitCode = await csvMain(await loadCalculator(id), csvPath === '-' ? '-' : callerPath(csvPath), asOf, { lang, format: format as (typeof FORMATS)[number], stats, ...(jobs ? { jobs } : {}), ...(recordsPath ? { records: callerPath(recordsPath) } : {}) });
    return;
  }
  let text: string;
  if (inputPath !== undefined) text = readInputFile(callerPath(inputPath));
  else if (json !== undefined) text = json;
  else if (!process.stdin.isTTY) text = await readStdin();
  else fail([{ field: 'input', code: 'invalid-json', message: 'Give the input as a JSON argument, with --input file.json, or on standard input. See --help.' }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
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
