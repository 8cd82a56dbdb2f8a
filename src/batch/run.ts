import Decimal from 'decimal.js';
import { type AnyCalculator, type ComputeOptions, conditionFields, fieldApplies, type IsoDate, parseBooleanText, run, type RunResult } from '../rules/engine';
import { normalizeHeader } from './columns';
import type { Table, TableRow } from './table';
import type { BatchOutcome, Column, Encoding, ResultColumn, ResultColumnKind, RowError, RowOutcome } from './types';
import { nest } from '../lib/nest';

/** Turns rows into the raw input a calculator parses; built once per file, as the columns do not change. */
export class RowReader {
  private readonly byName: Map<string, Column>;
  private readonly columnOf = new Map<string, string>();

  constructor(
    headers: readonly string[],
    private readonly fieldAt: readonly (string | null)[],
    columns: readonly Column[],
  ) {
    this.byName = new Map(columns.map((c) => [c.name, c]));
    fieldAt.forEach((f, i) => {
      if (f) this.columnOf.set(f, headers[i]!);
    });
  }

  /** The header of the column that feeds a field, as written in the file. */
  column(field: string): string | undefined {
    return this.columnOf.get(field);
  }

  /** Dotted names nest; blank cells are left out, as on the form; option words in either language become codes. */
  raw(cells: readonly string[]): Record<string, unknown> {
    const values = new Map<string, string>();
    for (let i = 0; i < this.fieldAt.length; i++) {
      const field = this.fieldAt[i];
      const cell = (cells[i] ?? '').trim();
      if (!field || cell === '') continue;
      const options = this.byName.get(field)?.options;
      values.set(field, options?.[normalizeHeader(cell)] ?? cell);
    }
    return nest(
      [...values].filter(([name]) => {
        const column = this.byName.get(name);
        return !column || this.shown(column, values);
      }),
    );
  }

  /** A field shown only when others have a value (FieldSpec.when, with its `and`) is read only then, as on the form. */
  private shown(c: Column, values: Map<string, string>, depth = 0): boolean {
    if (!c.when) return true;
    if (depth > 8) return false;
    const seen: Record<string, string> = {};
    for (const name of conditionFields(c.when)) {
      const other = this.byName.get(name);
      let v = values.get(name);
      // A file made before a choice existed: the blank choice as the calculator reads it (FieldSpec.blankReads).
      if ((v === undefined || v.trim() === '') && other?.blankReads) {
        const r = other.blankReads;
        v = r.fields.some((n) => (values.get(n) ?? '').trim() !== '') ? r.present : r.absent;
      }
      if (v === undefined || (other && !this.shown(other, values, depth + 1))) return false;
      seen[name] = String(other?.kind === 'boolean' ? parseBooleanText(v) : v);
    }
    return fieldApplies(c, seen);
  }
}

/** The raw input of one row (see RowReader). */
export function rawFromCells(cells: readonly string[], fieldAt: readonly (string | null)[], columns: readonly Column[]): Record<string, unknown> {
  return new RowReader([], fieldAt, columns).raw(cells);
}

const isScalar = (v: unknown) => v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * A result as flat cells: scalars as they are (money is already a two-decimal string), nested records as dotted
 * names, a list of scalars joined with "; ", a list of records as JSON (the explanation shows it in words).
 */
export function flattenResult(result: unknown, prefix = 'result'): [ResultColumn, string][] {
  const out: [ResultColumn, string][] = [];
  flattenInto(result, prefix, out);
  return out;
}

/** flattenResult's walk, into one list (no array per level: a batch flattens a million results). */
function flattenInto(result: unknown, prefix: string, out: [ResultColumn, string][]): void {
  if (isScalar(result)) {
    out.push([{ name: prefix, kind: 'value' }, result === null || result === undefined ? '' : String(result)]);
  } else if (Decimal.isDecimal(result)) {
    out.push([{ name: prefix, kind: 'value' }, (result as Decimal).toString()]);
  } else if (Array.isArray(result)) {
    const kind: ResultColumnKind = result.every(isScalar) ? 'list' : 'json';
    out.push([{ name: prefix, kind }, result.length === 0 ? '' : kind === 'list' ? result.map((v) => String(v ?? '')).join('; ') : JSON.stringify(result)]);
  } else if (typeof result === 'object' && Object.getPrototypeOf(result) === Object.prototype) {
    const record = result as Record<string, unknown>;
    for (const k in record) if (Object.prototype.hasOwnProperty.call(record, k)) flattenInto(record[k], `${prefix}.${k}`, out);
  } else {
    out.push([{ name: prefix, kind: 'value' }, String(result)]);
  }
}

/**
 * Runs one row through the registry's `run()`; a row never stops the batch, even on an unexpected exception.
 * The row's outcome holds no steps, so `{ explain: false }` (ComputeOptions) changes nothing in it but the time.
 */
export function runRow(calc: AnyCalculator, reader: RowReader, row: TableRow, asOf: IsoDate, options: ComputeOptions = {}): { outcome: RowOutcome; columns: ResultColumn[] } {
  const base = { row: row.row, cells: row.cells };
  let result: RunResult;
  try {
    result = run(calc, reader.raw(row.cells), asOf, options);
  } catch (e) {
    const errors: RowError[] = [...row.problems, { code: 'internal-error', params: { message: e instanceof Error ? e.message : String(e) } }];
    return { outcome: { ...base, ok: false, errors, values: {}, notices: [] }, columns: [] };
  }
  if (!result.ok || row.problems.length) {
    const fieldErrors: RowError[] = result.ok
      ? []
      : result.errors.map((e) => {
          const column = reader.column(e.field);
          return { field: e.field, ...(column ? { column } : {}), code: e.code, ...(e.params ? { params: e.params } : {}) };
        });
    return { outcome: { ...base, ok: false, errors: [...row.problems, ...fieldErrors], values: {}, notices: [] }, columns: [] };
  }
  const flat = flattenResult(result.result);
  const values: Record<string, string> = {};
  for (const [c, v] of flat) values[c.name] = v;
  return { outcome: { ...base, ok: true, errors: [], values, result: result.result, notices: result.notices }, columns: flat.map(([c]) => c) };
}

/** Rows run in chunks, so a worker can report progress and the page's fallback can yield between chunks. */
export const CHUNK = 500;

/** One of `count` contiguous slices of the rows, so that several workers can share a large file. */
export interface Part {
  index: number;
  count: number;
}

function addColumn(into: Map<string, ResultColumn>, c: ResultColumn): void {
  const known = into.get(c.name);
  // An empty list reads as a list of scalars; a later row's records make the column JSON.
  if (!known || (known.kind === 'list' && c.kind === 'json')) into.set(c.name, c);
}

/** Collects rows and the union of their result columns, in the order first seen. */
export class BatchRunner {
  readonly rows: RowOutcome[] = [];
  private readonly resultColumns = new Map<string, ResultColumn>();
  private readonly reader: RowReader;
  private readonly from: number;
  private readonly to: number;
  private next: number;

  constructor(
    private readonly calc: AnyCalculator,
    private readonly table: Table,
    columns: readonly Column[],
    private readonly asOf: IsoDate,
    private readonly encoding: Encoding,
    part: Part = { index: 0, count: 1 },
  ) {
    this.reader = new RowReader(table.headers, table.fieldAt, columns);
    const size = Math.ceil(table.rows.length / part.count);
    this.from = Math.min(part.index * size, table.rows.length);
    this.to = Math.min(this.from + size, table.rows.length);
    this.next = this.from;
  }

  /** Rows of this runner's part. */
  get total(): number {
    return this.to - this.from;
  }

  get done(): number {
    return this.next - this.from;
  }

  /** Runs the next chunk; false once every row of the part has run. */
  step(size = CHUNK): boolean {
    const end = Math.min(this.next + size, this.to);
    for (; this.next < end; this.next++) {
      const { outcome, columns } = runRow(this.calc, this.reader, this.table.rows[this.next]!, this.asOf);
      this.rows.push(outcome);
      for (const c of columns) addColumn(this.resultColumns, c);
    }
    return this.next < this.to;
  }

  outcome(): BatchOutcome {
    const t = this.table;
    return {
      calculatorId: this.calc.id,
      asOf: this.asOf,
      encoding: this.encoding,
      delimiter: t.delimiter,
      headers: t.headers,
      headerRow: t.headerRow,
      fieldAt: t.fieldAt,
      skippedAbove: t.skippedAbove,
      resultColumns: [...this.resultColumns.values()],
      rows: this.rows,
    };
  }
}

/** The outcomes of the parts of one file, in part order, as one: what a single runner would have given. */
export function mergeOutcomes(parts: readonly BatchOutcome[]): BatchOutcome {
  const columns = new Map<string, ResultColumn>();
  for (const p of parts) for (const c of p.resultColumns) addColumn(columns, c);
  return { ...parts[0]!, resultColumns: [...columns.values()], rows: parts.flatMap((p) => p.rows) };
}
