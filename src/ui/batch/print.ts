import { RowReader } from '../../batch/run';
import { cellErrorMessage } from '../../batch/output';
import type { BatchOutcome, Column, RowOutcome, Translate } from '../../batch/types';
import { type AnyCalculator, run } from '../../rules/engine';
import type { SheetItem } from '../print/sheet';

/** What the print module brings (loaded on demand with the sheets): the name column and the share link. */
export type SheetLib = Pick<typeof import('../print/sheet'), 'formValues' | 'nameColumn' | 'sheetLink'>;

/**
 * The counter sheets of some rows, one per person: each row is run again through `run()` (the worker sends no steps
 * back) for its card and next steps; the name comes from the sheet's name column (姓名 / name), else the row number.
 */
export function sheetItems(lib: SheetLib, calc: AnyCalculator, columns: readonly Column[], outcome: BatchOutcome, rows: readonly RowOutcome[], tr: Translate): SheetItem[] {
  const reader = new RowReader(outcome.headers, outcome.fieldAt, columns);
  const nameAt = lib.nameColumn(outcome.headers, outcome.fieldAt);
  const withColumn = (e: { field: string; code: string; params?: Record<string, string> }) => {
    const column = reader.column(e.field);
    return column ? { ...e, column } : e;
  };
  return rows.map((row) => {
    const base = { key: row.row, name: nameAt >= 0 ? (row.cells[nameAt] ?? '').trim() : '', fallback: tr('batch:print.person', { row: row.row }), asOf: outcome.asOf };
    if (!row.ok) return { ...base, errors: row.errors.map((e) => cellErrorMessage(tr, calc.id, e)) };
    const raw = reader.raw(row.cells);
    const again = run(calc, raw, outcome.asOf);
    if (!again.ok) return { ...base, errors: again.errors.map((e) => cellErrorMessage(tr, calc.id, withColumn(e))) };
    const link = lib.sheetLink(calc.id, calc.fields, lib.formValues(calc.fields, raw), outcome.asOf);
    return { ...base, outcome: { result: again.result, steps: again.steps, notices: again.notices, raw, link } };
  });
}
