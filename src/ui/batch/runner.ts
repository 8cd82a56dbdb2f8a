/**
 * Runs a batch in Web Workers, so the page stays responsive (a large file is read once, by one worker, and its rows
 * shared among up to four, one slice each); where no worker can start (a test runner, a page opened from disk), in the page itself, a chunk at
 * a time with a pause between chunks. Either way nothing is sent anywhere: a worker only receives the file's bytes
 * and posts back the outcome.
 */
import { mergeOutcomes } from '../../batch/run';
import type { Table } from '../../batch/table';
import type { BatchOutcome, BatchSpec, Encoding, FileProblem, FromWorker, ToWorker } from '../../batch/types';

export type BatchDone = { ok: true; outcome: BatchOutcome } | { ok: false; problem: FileProblem };

export interface BatchJob {
  done: Promise<BatchDone>;
  cancel(): void;
}

type Progress = (done: number, total: number) => void;

function inPage(bytes: ArrayBuffer, spec: BatchSpec, onProgress: Progress): BatchJob {
  let cancelled = false;
  const done = (async (): Promise<BatchDone> => {
    const [{ prepare }, { isCalculatorId, loadCalculator }] = await Promise.all([import('../../batch'), import('../../rules/registry')]);
    if (!isCalculatorId(spec.calculatorId)) return { ok: false, problem: { code: 'failed', params: { message: spec.calculatorId } } };
    const prepared = prepare(new Uint8Array(bytes), await loadCalculator(spec.calculatorId), spec);
    if (!prepared.ok) return prepared;
    const { runner } = prepared;
    onProgress(0, runner.total);
    while (runner.step()) {
      onProgress(runner.done, runner.total);
      await new Promise((r) => setTimeout(r, 0));
      if (cancelled) return new Promise<never>(() => {});
    }
    onProgress(runner.done, runner.total);
    return { ok: true, outcome: runner.outcome() };
  })();
  return { done, cancel: () => (cancelled = true) };
}

/** Files from this size (some 2,000 rows) are shared among several workers, one slice of rows each. */
const SHARE_FROM = 64 * 1024;

function workerCount(bytes: ArrayBuffer): number {
  if (bytes.byteLength < SHARE_FROM) return 1;
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(4, cores));
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function inWorkers(workers: Worker[], bytes: ArrayBuffer, spec: BatchSpec, onProgress: Progress): BatchJob {
  const count = workers.length;
  const done = workers.map(() => 0);
  const totals = workers.map(() => 0);
  const outcomes: BatchOutcome[] = [];
  let started = false;
  let settled = false;
  let finished = 0;
  const stop = () => workers.forEach((w) => w.terminate());
  const result = new Promise<BatchDone>((resolve) => {
    const finish = (d: BatchDone) => {
      if (settled) return;
      settled = true;
      stop();
      resolve(d);
    };
    // The file is read once, by the first worker; each worker then runs its contiguous slice of the rows.
    const runSlices = (table: Table, encoding: Encoding) => {
      const size = Math.ceil(table.rows.length / count);
      workers.forEach((worker, index) => {
        const message: ToWorker = { type: 'run-table', table: { ...table, rows: table.rows.slice(index * size, (index + 1) * size) }, encoding, spec };
        worker.postMessage(message);
      });
    };
    workers.forEach((worker, index) => {
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        started = true;
        const m = e.data;
        if (m.type === 'table') {
          runSlices(m.table, m.encoding);
        } else if (m.type === 'progress') {
          done[index] = m.done;
          totals[index] = m.total;
          onProgress(sum(done), sum(totals));
        } else if (m.type === 'problem') {
          finish({ ok: false, problem: m.problem });
        } else {
          outcomes[index] = m.outcome;
          if (++finished === count) finish({ ok: true, outcome: mergeOutcomes(outcomes) });
        }
      };
      // A worker that cannot load (no module workers, a file:// page) fails before it says anything: run in the page.
      worker.onerror = (e) => {
        e.preventDefault();
        if (settled) return;
        if (!started) {
          settled = true;
          stop();
          void inPage(bytes, spec, onProgress).done.then(resolve);
        } else {
          finish({ ok: false, problem: { code: 'failed', params: { message: e.message } } });
        }
      };
    });
    // The bytes are copied, not transferred (the fallback still has them), and to one worker only.
    const first: ToWorker = count === 1 ? { type: 'run', bytes, spec } : { type: 'read', bytes, spec };
    workers[0]!.postMessage(first);
  });
  return {
    done: result,
    cancel: () => {
      settled = true;
      stop();
    },
  };
}

/** Runs a batch in one or more Web Workers (one slice of rows each), or in the page where no worker can start. */
export function startBatch(bytes: ArrayBuffer, spec: BatchSpec, onProgress: Progress): BatchJob {
  const workers: Worker[] = [];
  try {
    if (typeof Worker !== 'undefined') {
      for (let i = workerCount(bytes); i > 0; i--) workers.push(new Worker(new URL('../../batch/worker.ts', import.meta.url), { type: 'module' }));
    }
  } catch {
    workers.forEach((w) => w.terminate());
    workers.length = 0;
  }
  return workers.length ? inWorkers(workers, bytes, spec, onProgress) : inPage(bytes, spec, onProgress);
}
