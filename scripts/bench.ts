/**
 * npm run bench [-- <id> …] [--csv-only | --no-csv] [--sizes 10000,200000,1000000] [--jobs 1,2]
 *
 * For each calculator of src/rules/registry.ts (or the ids given): the median and 95th-percentile time of one estimate
 * (parse + compute through `run()`) on its `example`, and the time of a batch of 10,000 inputs drawn from its
 * valid generator in tests/properties/arbitraries/<id>.ts (fixed seed; the example repeated when it has none).
 * Input generation is not timed. Prints a table; no assertion — the numbers are for comparison between changes.
 *
 * Then the command line's streamed batch (issue 16, item 5): for 10,000, 200,000 and 1,000,000 unemployment rows
 * (a file generated in a temporary folder: fact-sheet case A and its neighbours, one in five not involuntary or with
 * an impossible date), `estimate unemployment-benefit --csv <file>` with --jobs 1 and --jobs 2, results to /dev/null:
 * the wall time from start to exit (start-up included), rows per second, and the child's peak resident memory
 * (GNU time's "Maximum resident set size" when /usr/bin/time is there, else the command's own --stats, which
 * reports process.resourceUsage().maxRSS; worker threads are in the same process, so either covers them).
 * The machine's load average is printed with each run: on a shared machine the numbers vary with it; the CPU time
 * (user + system, GNU time) varies less, and divided by the cores it bounds the wall time on an idle machine.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { run } from '../src/rules/engine';
import { calculatorIds, isCalculatorId, loadCalculator } from '../src/rules/registry';
import type { CalculatorArbitraries } from '../tests/properties/lib';
import { AS_OF } from '../tests/properties/lib';

const EXAMPLE_RUNS = 2000;
const WARM_UP = 300;
const BATCH = 10_000;
const SEED = 20261128;

const argv = process.argv.slice(2);
const listOption = (name: string) => {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv.splice(at, 2)[1]!.split(',').map(Number);
};
const SIZES = listOption('--sizes') ?? [10_000, 200_000, 1_000_000];
const JOBS = listOption('--jobs') ?? [1, 2];
const csvOnly = argv.includes('--csv-only');
const noCsv = argv.includes('--no-csv');
const asked = argv.filter((a) => !a.startsWith('-'));
const unknown = asked.filter((id) => !isCalculatorId(id));
if (unknown.length) {
  console.error(`Unknown calculator(s): ${unknown.join(', ')}. Known: ${calculatorIds.join(', ')}.`);
  process.exit(2);
}
const ids = asked.length ? asked.filter(isCalculatorId) : calculatorIds;

const now = () => process.hrtime.bigint();
const micros = (ns: bigint | number) => Number(ns) / 1000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

interface Row {
  id: string;
  median: number;
  p95: number;
  batchMs: number;
  perInput: number;
  ok: number;
  refused: number;
  source: string;
}

const rows: Row[] = [];
for (const id of csvOnly ? [] : ids) {
  const calc = await loadCalculator(id);
  let arbs: CalculatorArbitraries | undefined;
  try {
    arbs = ((await import(`../tests/properties/arbitraries/${id}.ts`)) as { default: CalculatorArbitraries }).default;
  } catch {
    arbs = undefined;
  }
  const asOf = arbs?.asOf ?? AS_OF;

  for (let i = 0; i < WARM_UP; i++) run(calc, calc.example, asOf);
  const times: number[] = [];
  for (let i = 0; i < EXAMPLE_RUNS; i++) {
    const t = now();
    run(calc, calc.example, asOf);
    times.push(micros(now() - t));
  }
  times.sort((a, b) => a - b);

  const inputs: unknown[] = arbs ? fc.sample(arbs.valid, { numRuns: BATCH, seed: SEED }) : Array.from({ length: BATCH }, () => calc.example);
  let ok = 0;
  const t = now();
  for (const raw of inputs) if (run(calc, raw, asOf).ok) ok++;
  const batchNs = now() - t;
  rows.push({
    id,
    median: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    batchMs: micros(batchNs) / 1000,
    perInput: micros(batchNs) / BATCH,
    ok,
    refused: BATCH - ok,
    source: arbs ? 'valid generator' : 'example ×10,000',
  });
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
if (!csvOnly) console.log(`Rules as of ${AS_OF}; Node ${process.version}; ${EXAMPLE_RUNS} timed runs of each example after ${WARM_UP} warm-up runs.\n`);
if (!csvOnly) console.log(`${'calculator'.padEnd(24)}${pad('example median', 16)}${pad('p95', 10)}${pad(`batch of ${BATCH.toLocaleString('en')}`, 18)}${pad('per input', 12)}${pad('ok', 8)}${pad('refused', 9)}  inputs`);
for (const r of rows) {
  console.log(
    `${r.id.padEnd(24)}${pad(`${r.median.toFixed(1)} µs`, 16)}${pad(`${r.p95.toFixed(1)} µs`, 10)}${pad(`${r.batchMs.toFixed(0)} ms`, 18)}${pad(`${r.perInput.toFixed(1)} µs`, 12)}${pad(r.ok, 8)}${pad(r.refused, 9)}  ${r.source}`,
  );
}

/** A file of `n` unemployment rows, written piece by piece (a million rows is some 45 MB). */
function unemploymentFile(n: number, path: string): void {
  const fd = openSync(path, 'w');
  writeSync(fd, 'name,claimDate,contributionYears,involuntary,registered\r\n');
  let piece = '';
  for (let i = 0; i < n; i++) {
    // case A (2025-09-15, 3.5 years: 6 months × 2305 = 13830.00), one in five not involuntary, one in five an impossible date
    piece += `P${i},${i % 5 === 2 ? '2025-13-01' : '2025-09-15'},3.5,${i % 5 === 1 ? 'no' : 'yes'},yes\r\n`;
    if (piece.length > 1 << 20) {
      writeSync(fd, piece);
      piece = '';
    }
  }
  writeSync(fd, piece);
  closeSync(fd);
}

interface CsvRun {
  rows: number;
  jobs: number;
  seconds: number;
  peakMb: number;
  /** User + system CPU seconds of the command (GNU time), NaN without it. */
  cpu: number;
  load: string;
  status: number | null;
  counted: number;
}

function csvRun(path: string, rows: number, jobs: number): CsvRun {
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  const command = [process.execPath, 'node_modules/tsx/dist/cli.mjs', 'src/cli/estimate.ts', 'unemployment-benefit', '--format', 'raw', '--csv', path, '--as-of', AS_OF, '--jobs', String(jobs), '--stats'];
  const gnuTime = existsSync('/usr/bin/time');
  const t = now();
  const out = spawnSync(gnuTime ? '/usr/bin/time' : command[0]!, gnuTime ? ['-v', ...command] : command.slice(1), { cwd: new URL('..', import.meta.url).pathname, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = Number(now() - t) / 1e9;
  const stats = /stats: (\d+) rows .* peak memory (\d+) MB/.exec(out.stderr);
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(out.stderr);
  const peakMb = maxRss ? Number(maxRss[1]) / 1024 : Number(stats?.[2] ?? NaN);
  const cpu = ['User', 'System'].reduce((sum, k) => sum + Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(out.stderr)?.[1] ?? NaN), 0);
  return { rows, jobs, seconds, peakMb, cpu, load, status: out.status, counted: Number(stats?.[1] ?? NaN) };
}

if (!noCsv) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-csv-'));
  console.log(`\nestimate unemployment-benefit --csv (streamed), results to /dev/null; ${cpus().length} cores; peak memory: ${existsSync('/usr/bin/time') ? 'GNU time, maximum resident set size' : 'the command\'s --stats (maxRSS)'}.\n`);
  console.log(`${pad('rows', 10)}${pad('jobs', 6)}${pad('wall time', 12)}${pad('rows/s', 10)}${pad('peak memory', 14)}${pad('CPU time', 11)}  exit  rows read  load average (1, 5, 15 min) at start`);
  try {
    for (const n of SIZES) {
      const path = join(dir, `unemployment-${n}.csv`);
      unemploymentFile(n, path);
      for (const jobs of JOBS) {
        const r = csvRun(path, n, jobs);
        console.log(`${pad(r.rows.toLocaleString('en'), 10)}${pad(r.jobs, 6)}${pad(`${r.seconds.toFixed(1)} s`, 12)}${pad(Math.round(r.rows / r.seconds).toLocaleString('en'), 10)}${pad(`${r.peakMb.toFixed(0)} MB`, 14)}${pad(`${r.cpu.toFixed(0)} s`, 11)}  ${pad(String(r.status), 4)}  ${pad(r.counted.toLocaleString('en'), 9)}  ${r.load}`);
      }
      rmSync(path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
