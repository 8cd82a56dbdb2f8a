/**
 * npm run bench [-- <id> …]
 *
 * For each calculator of src/rules/registry.ts (or the ids given): the median and 95th-percentile time of one estimate
 * (parse + compute through `run()`) on its `example`, and the time of a batch of 10,000 inputs drawn from its
 * valid generator in tests/properties/arbitraries/<id>.ts (fixed seed; the example repeated when it has none).
 * Input generation is not timed. Prints a table; no assertion — the numbers are for comparison between changes.
 */
import fc from 'fast-check';
import { run } from '../src/rules/engine';
import { calculatorIds, isCalculatorId, loadCalculator } from '../src/rules/registry';
import type { CalculatorArbitraries } from '../tests/properties/lib';
import { AS_OF } from '../tests/properties/lib';

const EXAMPLE_RUNS = 2000;
const WARM_UP = 300;
const BATCH = 10_000;
const SEED = 20261128;

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
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
for (const id of ids) {
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
console.log(`Rules as of ${AS_OF}; Node ${process.version}; ${EXAMPLE_RUNS} timed runs of each example after ${WARM_UP} warm-up runs.\n`);
console.log(`${'calculator'.padEnd(24)}${pad('example median', 16)}${pad('p95', 10)}${pad(`batch of ${BATCH.toLocaleString('en')}`, 18)}${pad('per input', 12)}${pad('ok', 8)}${pad('refused', 9)}  inputs`);
for (const r of rows) {
  console.log(
    `${r.id.padEnd(24)}${pad(`${r.median.toFixed(1)} µs`, 16)}${pad(`${r.p95.toFixed(1)} µs`, 10)}${pad(`${r.batchMs.toFixed(0)} ms`, 18)}${pad(`${r.perInput.toFixed(1)} µs`, 12)}${pad(r.ok, 8)}${pad(r.refused, 9)}  ${r.source}`,
  );
}
