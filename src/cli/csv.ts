/**
 * npm run --silent estimate -- <calculator-id> --csv in.csv|- [--as-of YYYY-MM-DD] [--jobs N] [--lang en|zh-CN] > out.csv
 * The batch page's work on the command line, for a file of any size: the same reading (UTF-8, GBK, UTF-16), the
 * same rows through `run()`, the same results file, streamed (issue 16, item 5). The file (or standard input, `-`)
 * is read in 64 KB pieces, decoded and split into rows as it comes; runs of rows go to N worker threads; their
 * results are written to stdout in input order as soon as they are ready, and reading waits while stdout or the
 * workers are behind, so memory does not grow with the file. No row or byte limit.
 * Exit 0 with a results file (row errors are in its error column); 2 when the file cannot be read (nothing is
 * written when that is found before the first row; a quote never closed near the end stops the file there);
 * 1 on an internal failure.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { columnsFor, excelCsv, problemMessage, readableHeader, readableLayout, readableRow, recordsHeader, StreamDecoder, type Column, type FileProblem, type Lang, type TableRow, type Translate } from '../batch';
import { rawLayout, resultColumnsOf, ResultsWriter, TableStream, type ResultsLayout, type StreamHeader } from '../batch/stream';
import type { AnyCalculator, IsoDate } from '../rules/engine';
import { labelOf, messages, translate } from './locale';

/** The first bytes the encoding is chosen from (and the header looked for in). */
const HEAD_BYTES = 512 * 1024;
/** Bytes read at a time. */
const PIECE = 64 * 1024;
/** Rows sent to a worker at a time. */
const BATCH = 1000;
/** Runs of rows sent and not yet written, per worker: what bounds the memory. */
const IN_FLIGHT = 3;
/** A worker's heap: what one run of rows needs many times over; a smaller heap is collected sooner. */
const WORKER_HEAP_MB = 64;

/** The results file's layouts on the command line (`--format`). */
export const FORMATS = ['readable', 'raw'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** The layout of the results file in one format: its header row and one row's cells, from one function each. */
export function layoutFor(format: OutputFormat, t: Translate, calculatorId: string, header: StreamHeader): ResultsLayout {
  switch (format) {
    case 'raw':
      return rawLayout(t, calculatorId, header.headers, resultColumnsOf(calculatorId));
    case 'readable': {
      // The clerk's columns (src/batch/readable.ts) without one column per month: a stream cannot know every month
      // before the last row, so records go to the second file of --records.
      const layout = readableLayout(t, calculatorId, header.headers, header.fieldAt);
      return { header: () => readableHeader(t, layout), cells: (r) => readableRow(t, layout, r) };
    }
  }
}

export interface CsvOptions {
  /** Worker threads (default: the machine's cores). */
  jobs?: number;
  /** The language of the results file's headings and messages (default English, as before). */
  lang?: Lang;
  format?: OutputFormat;
  /** A second file for the readable format: one line per record (a month's payment, a part of an increase). */
  records?: string;
  /** Rows, time and peak memory on stderr at the end (for `npm run bench`). */
  stats?: boolean;
}

export interface WorkerInit {
  calculatorId: string;
  lang: Lang;
  asOf: IsoDate;
  columns: Column[];
  header: StreamHeader;
  format: OutputFormat;
  /** Whether to send back the records file's lines too (--records). */
  records: boolean;
}
export interface WorkerTask {
  seq: number;
  rows: TableRow[];
}
export interface WorkerReply {
  seq: number;
  text: string;
  /** The records file's lines of the same rows (--records). */
  records?: string;
  /** Result columns a row had that the fixed list lacks (their values are not in the file). */
  unknown: string[];
}

/** N worker threads; each run of rows comes back as text and is written in the order it was sent. */
class Pool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly done = new Map<number, { text: string; records?: string | undefined }>();
  private sent = 0;
  private written = 0;
  private pumping = false;
  private headerText: string | undefined;
  private waiters: (() => void)[] = [];
  failure: Error | undefined;
  readonly unknown = new Set<string>();

  constructor(
    jobs: number,
    init: WorkerInit,
    header: string,
    private readonly out: Writable,
    private readonly recordsOut?: Writable,
  ) {
    this.headerText = header;
    const entry = new URL(import.meta.url.endsWith('.ts') ? './csv-worker.ts' : './csv-worker.js', import.meta.url).href;
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { entry, init }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 } });
      const slot = { worker, busy: 0 };
      worker.on('message', (m: WorkerReply) => {
        slot.busy--;
        for (const c of m.unknown) this.unknown.add(c);
        this.done.set(m.seq, { text: m.text, records: m.records });
        void this.pump();
      });
      worker.on('error', (e) => this.fail(e));
      this.workers.push(slot);
    }
    out.on('error', (e) => this.fail(e));
    recordsOut?.on('error', (e) => this.fail(e));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.wake();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private async until(ready: () => boolean): Promise<void> {
    while (!ready() && !this.failure) await new Promise<void>((r) => this.waiters.push(r));
    if (this.failure) throw this.failure;
  }

  /** Sends a run of rows to the least busy worker, once fewer than IN_FLIGHT per worker are waiting to be written. */
  async submit(rows: TableRow[]): Promise<void> {
    await this.until(() => this.sent - this.written < IN_FLIGHT * this.workers.length);
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    slot.worker.postMessage({ seq: this.sent++, rows } satisfies WorkerTask);
  }

  /** Writes the finished runs in order, waiting for stdout to drain when it is full. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.done.has(this.written) && !this.failure) {
        const piece = this.done.get(this.written)!;
        let text = piece.text;
        this.done.delete(this.written);
        if (this.recordsOut && piece.records && !this.recordsOut.write(piece.records)) await Promise.race([once(this.recordsOut, 'drain'), once(this.recordsOut, 'error')]);
        if (this.headerText !== undefined) [text, this.headerText] = [this.headerText + text, undefined];
        const flushed = this.out.write(text);
        this.written++;
        if (!flushed) await Promise.race([once(this.out, 'drain'), once(this.out, 'error')]);
        this.wake();
      }
    } finally {
      this.pumping = false;
    }
    if (this.done.has(this.written)) void this.pump();
  }

  /** Waits until every run sent is written. */
  async finish(): Promise<void> {
    await this.until(() => this.written === this.sent);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/** Reads the source's first HEAD_BYTES (or all of it): the bytes, and whether that was the whole source. */
async function head(pieces: AsyncIterator<Buffer>): Promise<{ bytes: Uint8Array; final: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await pieces.next();
    if (next.done) return { bytes: Buffer.concat(chunks), final: true };
    chunks.push(next.value);
    size += next.value.length;
  }
  return { bytes: Buffer.concat(chunks), final: false };
}

/** Returns the exit status; writes the results file to `out`, a file problem to stderr. `path` '-' is standard input. */
export async function csvMain(calc: AnyCalculator, path: string, asOf: IsoDate, options: CsvOptions = {}, io: { stdin?: Readable; out?: Writable; err?: Writable } = {}): Promise<number> {
  const started = process.hrtime.bigint();
  const lang = options.lang ?? 'en';
  const format = options.format ?? 'readable';
  let recordsOut: Writable | undefined;
  const jobs = options.jobs ?? availableParallelism();
  const out = io.out ?? process.stdout;
  const err = io.err ?? process.stderr;
  const name = path === '-' ? 'standard input' : path;
  const i18n = messages(lang);
  const t = translate(i18n);
  const columns = columnsFor(calc, labelOf(i18n));
  const say = (p: FileProblem) => err.write(`${name}: ${problemMessage(t, p, columns, lang)}\n`);

  const source: Readable = path === '-' ? (io.stdin ?? process.stdin) : createReadStream(path, { highWaterMark: PIECE });
  const pieces = (source as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let pool: Pool | undefined;
  let pending: TableRow[] = [];
  let table: TableStream | undefined;
  try {
    let first: { bytes: Uint8Array; final: boolean };
    try {
      first = await head(pieces);
    } catch (e) {
      err.write(`Cannot read ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
    const start = StreamDecoder.start(first.bytes, first.final);
    if (!start.ok) {
      say(start.problem);
      return 2;
    }
    const { decoder } = start;
    table = new TableStream(
      columns,
      (header) => {
        const writer = new ResultsWriter(layoutFor(format, t, calc.id, header));
        if (options.records && format === 'readable') {
          recordsOut = createWriteStream(options.records);
          recordsOut.write(excelCsv([recordsHeader(t)]));
        }
        pool = new Pool(jobs, { calculatorId: calc.id, lang, asOf, columns, header, format, records: !!recordsOut }, writer.header(), out, recordsOut);
      },
      (row) => pending.push(row),
    );
    const send = async (all: boolean) => {
      while (pending.length >= BATCH || (all && pending.length)) {
        const rows = pending.slice(0, BATCH);
        pending = pending.slice(BATCH);
        await pool!.submit(rows);
      }
    };
    let problem = table.push(start.text);
    await send(false);
    if (!first.final) {
      while (!problem) {
        let next: IteratorResult<Buffer>;
        try {
          next = await pieces.next();
        } catch (e) {
          err.write(`Cannot read ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
          return 2;
        }
        if (next.done) break;
        problem = table.push(decoder.decode(next.value));
        await send(false);
      }
    }
    if (!problem) problem = table.push(decoder.decode(new Uint8Array(), true)) ?? table.end();
    await send(true);
    await pool?.finish();
    // Which encoding was used, when it was not UTF-8 (GBK, UTF-16): on stderr, so the results file stays clean.
    if (!decoder.encoding.startsWith('utf-8')) err.write(`${name}: ${t(`batch:results.encoding.${decoder.encoding}`)}\n`);
    if (decoder.replaced) err.write(`${name}: some bytes were not valid ${decoder.encoding.toUpperCase()} and were replaced by “�”.\n`);
    if (pool?.unknown.size) err.write(`Internal: result columns missing from src/batch/result-columns.json were left out: ${[...pool.unknown].join(', ')}. Run npm run result-columns.\n`);
    if (problem) {
      say(problem);
      return 2;
    }
    if (options.stats) {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      err.write(`stats: ${table.rows} rows in ${seconds.toFixed(2)} s (${Math.round(table.rows / seconds)} rows/s), jobs ${jobs}, peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
    }
    return 0;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    err.write(`Internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    await pool?.close();
    if (path !== '-') source.destroy();
    if (recordsOut) await new Promise<void>((done) => recordsOut!.end(done));
  }
}
