/**
 * One worker thread of `--csv --jobs N` (src/cli/csv.ts): runs runs of rows through `run()` and sends back their
 * part of the results file as text, in the order asked. Started through worker-boot.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readableLayout, recordRows, RowReader, runRow, type TableRow } from '../batch';
import { csvCell, ResultsWriter, resultColumnsOf } from '../batch/stream';
import { isCalculatorId, loadCalculator } from '../rules/registry';
import { messages, translate } from './locale';
import { layoutFor, type WorkerInit, type WorkerReply, type WorkerTask } from './csv';

const init = (workerData as { init: WorkerInit }).init;
if (!isCalculatorId(init.calculatorId)) throw new Error(`Unknown calculator ${init.calculatorId}`);
const calc = await loadCalculator(init.calculatorId);
const t = translate(messages(init.lang));
const resultColumns = resultColumnsOf(calc.id);
const known = new Set(resultColumns);
const writer = new ResultsWriter(layoutFor(init.format, t, calc.id, init.header));
const reader = new RowReader(init.header.headers, init.header.fieldAt, init.columns);
const port = parentPort!;
/** --records: the readable layout whose record lines go to the second file. */
const records = init.records ? readableLayout(t, calc.id, init.header.headers, init.header.fieldAt) : undefined;
/** The results file holds no explanation: run() skips building it (ComputeOptions). */
const NO_EXPLANATION = { explain: false } as const;

port.on('message', (task: WorkerTask) => {
  const unknown = new Set<string>();
  const outcomes = task.rows.map((row: TableRow) => {
    const { outcome, columns } = runRow(calc, reader, row, init.asOf, NO_EXPLANATION);
    for (const c of columns) if (!known.has(c.name)) unknown.add(c.name);
    return outcome;
  });
  const reply: WorkerReply = { seq: task.seq, text: writer.rows(outcomes), unknown: [...unknown] };
  if (records) {
    let text = '';
    for (const r of outcomes) for (const line of recordRows(t, records, r)) text += `${line.map(csvCell).join(',')}\r\n`;
    reply.records = text;
  }
  port.postMessage(reply);
});
