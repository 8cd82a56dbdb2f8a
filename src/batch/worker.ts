/// <reference lib="webworker" />
/**
 * Runs a batch off the page's thread: the file's bytes and the column spec come in, progress and the outcome go
 * out. Nothing leaves the browser: the worker has no network code, and the calculators are the registry's.
 */
import { isCalculatorId, loadCalculator } from '../rules/registry';
import { prepare } from './index';
import type { FromWorker, ToWorker } from './types';

const post = (m: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const { bytes, spec, part } = e.data;
  if (!isCalculatorId(spec.calculatorId)) return post({ type: 'problem', problem: { code: 'failed', params: { message: spec.calculatorId } } });
  try {
    const calc = await loadCalculator(spec.calculatorId);
    const prepared = prepare(new Uint8Array(bytes), calc, spec, part);
    if (!prepared.ok) return post({ type: 'problem', problem: prepared.problem });
    const { runner } = prepared;
    post({ type: 'progress', done: 0, total: runner.total });
    while (runner.step()) post({ type: 'progress', done: runner.done, total: runner.total });
    post({ type: 'progress', done: runner.done, total: runner.total });
    post({ type: 'done', outcome: runner.outcome() });
  } catch (err) {
    post({ type: 'problem', problem: { code: 'failed', params: { message: err instanceof Error ? err.message : String(err) } } });
  }
};
