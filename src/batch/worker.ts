/// <reference lib="webworker" />
/**
 * Runs a batch off the page's thread: the file's bytes and the column spec come in, progress and the outcome go
 * out. Nothing leaves the browser: the worker has no network code, and the calculators are the registry's.
 */
import { isCalculatorId, loadCalculator } from '../rules/registry';
import { BatchRunner, prepare, readFile } from './index';
import type { FromWorker, ToWorker } from './types';

const post = (m: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  const { spec } = m;
  if (!isCalculatorId(spec.calculatorId)) return post({ type: 'problem', problem: { code: 'failed', params: { message: spec.calculatorId } } });
  try {
    if (m.type === 'read') {
      const read = readFile(new Uint8Array(m.bytes), spec);
      return post(read.ok ? { type: 'table', table: read.table, encoding: read.encoding } : { type: 'problem', problem: read.problem });
    }
    const calc = await loadCalculator(spec.calculatorId);
    let runner: BatchRunner;
    if (m.type === 'run-table') {
      runner = new BatchRunner(calc, m.table, spec.columns, spec.asOf, m.encoding);
    } else {
      const prepared = prepare(new Uint8Array(m.bytes), calc, spec, m.part);
      if (!prepared.ok) return post({ type: 'problem', problem: prepared.problem });
      runner = prepared.runner;
    }
    post({ type: 'progress', done: 0, total: runner.total });
    while (runner.step()) post({ type: 'progress', done: runner.done, total: runner.total });
    post({ type: 'progress', done: runner.done, total: runner.total });
    post({ type: 'done', outcome: runner.outcome() });
  } catch (err) {
    post({ type: 'problem', problem: { code: 'failed', params: { message: err instanceof Error ? err.message : String(err) } } });
  }
};
