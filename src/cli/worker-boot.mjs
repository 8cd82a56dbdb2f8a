// Starts a worker thread of the command line (src/cli/csv.ts): Node's worker threads do not inherit tsx's loader,
// so the TypeScript entry is imported after registering it. Plain JavaScript, so Node can load it as it is.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) (await import('tsx/esm/api')).register();
await import(workerData.entry);
