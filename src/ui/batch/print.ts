import { RowReader } from '../../batch/run';
import type { BatchOutcome, Column, RowOutcome } from '../../batch/types';
import { type AnyCalculator, type Outcome, run } from '../../rules/engine';

/** At most this many people are printed at once: each is a page of explanation, and the page is built in the DOM. */
export const MAX_PRINT = 500;

export interface PrintItem {
  row: RowOutcome;
  /** The row run again with its steps (the worker sends no steps back), for a row that has a result. */
  outcome?: Outcome<unknown>;
}

/** The rows to print, each run again through `run()` for its explanation. */
export function printItems(calc: AnyCalculator, columns: readonly Column[], outcome: BatchOutcome, rows: readonly RowOutcome[]): PrintItem[] {
  const reader = new RowReader(outcome.headers, outcome.fieldAt, columns);
  return rows.map((row) => {
    if (!row.ok) return { row };
    const again = run(calc, reader.raw(row.cells), outcome.asOf);
    return again.ok ? { row, outcome: { result: again.result, steps: again.steps, notices: again.notices } } : { row };
  });
}
