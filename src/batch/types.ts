import type { FieldCondition } from '../rules/engine';
import type { FieldKind, FieldSpec, IsoDate, Notice } from '../rules/engine';

/** The two languages a header may be written in. */
export type Lang = 'zh-CN' | 'en';

/** Translates a message key with values; the page passes i18n's `t`, the command line an English instance. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A field label in one language, or undefined when the locale files have none. */
export type LabelOf = (lng: Lang, key: string) => string | undefined;

/** One input column of a calculator's CSV: a FieldSpec with the headers and option words accepted for it. */
export interface Column {
  /** The field's dotted name, also accepted as a header. */
  name: string;
  kind: FieldKind;
  required: boolean;
  when?: FieldCondition;
  /** Choice options by another field's value (FieldSpec.optionsWhen). */
  optionsWhen?: FieldSpec['optionsWhen'];
  /** The field's label in each language (the field name where a label is missing). */
  headers: Record<Lang, string>;
  /** Normalised headers accepted for this column: both labels and the raw name. */
  aliases: string[];
  /** Normalised option words (code, zh-CN label, en label, short forms) → option code, for choice fields. */
  options?: Record<string, string>;
  /** The short forms the field spec accepts, by the value they stand for (FieldSpec.aliases), for the guide. */
  shorthand?: Readonly<Record<string, readonly string[]>>;
  /** A count that may be written with its unit (FieldSpec.duration), for the guide. */
  duration?: FieldSpec['duration'];
  /** How a blank choice is read (FieldSpec.blankReads). */
  blankReads?: FieldSpec['blankReads'];
}

/** All a worker needs besides the file: plain data, so it can be posted. */
export interface BatchSpec {
  calculatorId: string;
  columns: Column[];
  asOf: IsoDate;
}

/** Why a whole file cannot be read. Each code is a message `batch:problems.<code>`. */
export type FileProblemCode =
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'spreadsheet'
  | 'encoding'
  | 'foreign-encoding'
  | 'unclosed-quote'
  | 'no-known-columns'
  | 'missing-columns'
  | 'duplicate-column'
  | 'no-rows'
  | 'too-many-rows'
  | 'too-many-lines'
  | 'failed';

export interface FileProblem {
  code: FileProblemCode;
  params?: Record<string, string>;
  /** Field names the problem is about (missing columns): the message names them in the reader's language. */
  fields?: string[];
}

/** Row problems that are not a field's (`batch:rowErrors.<code>`); any other code is `common:errors.<code>`. */
export const ROW_CODES = ['extra-cells', 'bad-quotes', 'internal-error'] as const;
export type RowCode = (typeof ROW_CODES)[number];

export interface RowError {
  /** The field at fault, when there is one. */
  field?: string;
  /** The column's header as written in the file, when the field has a column. */
  column?: string;
  code: string;
  params?: Record<string, string>;
}

/** How a result value is laid out in a cell: a scalar, a list of scalars, or JSON of a list of records. */
export type ResultColumnKind = 'value' | 'list' | 'json';

export interface ResultColumn {
  /** "result.<dotted path>" */
  name: string;
  kind: ResultColumnKind;
}

export interface RowOutcome {
  /** The row number as a spreadsheet shows it (the header is usually row 1). */
  row: number;
  /** The row's cells as read, one per header. */
  cells: string[];
  ok: boolean;
  errors: RowError[];
  /** Flattened result, by result column name (the raw format). */
  values: Record<string, string>;
  /** The result itself, for the readable format's key figures and records (readable.ts); absent for a row in error. */
  result?: unknown;
  notices: Notice[];
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16le' | 'utf-16be';

export interface BatchOutcome {
  calculatorId: string;
  asOf: IsoDate;
  encoding: Encoding;
  delimiter: string;
  /** The header row as written in the file. */
  headers: string[];
  headerRow: number;
  /** For each header: the field it feeds, or null for a column the calculator does not use (kept as is). */
  fieldAt: (string | null)[];
  /** Non-blank rows above the header (a title line), skipped. */
  skippedAbove: number;
  resultColumns: ResultColumn[];
  rows: RowOutcome[];
}

/** Messages between the page and the worker. */
/**
 * 'run': read the file and run every row (one worker). A large file is read once: 'read' asks one worker for the
 * table, then each worker gets 'run-table' with its contiguous slice of the rows (no worker parses the file again).
 * `part` on 'run': this worker runs one of `count` contiguous slices of the rows.
 */
export type ToWorker =
  | { type: 'run'; bytes: ArrayBuffer; spec: BatchSpec; part?: { index: number; count: number } }
  | { type: 'read'; bytes: ArrayBuffer; spec: BatchSpec }
  | { type: 'run-table'; table: import('./table').Table; encoding: Encoding; spec: BatchSpec };
export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'table'; table: import('./table').Table; encoding: Encoding }
  | { type: 'done'; outcome: BatchOutcome }
  | { type: 'problem'; problem: FileProblem };
