import Papa from 'papaparse';
import { type AnyCalculator, getPath } from '../rules/engine';
import type { Column, LabelOf, Lang } from './types';

/**
 * Longest header or option word looked at: longer text is no header or option of ours (the longest label is some
 * 40 characters), and is not normalised at all, so a 50 KB cell costs nothing.
 */
export const MAX_HEADER = 200;

const MARKS = ['(optional)', '(required)', '(选填)', '(必填)'];
const isSpace = (c: string) => /\s/.test(c);

/** Drops trailing spaces and marks from the end, each at most once per character: linear in the text's length. */
function stripTrailing(h: string, loose: boolean): string {
  let end = h.length;
  for (;;) {
    while (end > 0 && isSpace(h[end - 1]!)) end--;
    const c = h[end - 1];
    if (c === '*' || c === '?') {
      end--;
      continue;
    }
    if (c !== ')') break;
    if (loose) {
      // any note in brackets at the end: "(年)", "(yuan)", with no bracket inside it
      const open = h.lastIndexOf('(', end - 2);
      if (open < 0 || h.slice(open + 1, end - 1).includes(')')) break;
      end = open;
      continue;
    }
    const tail = h.slice(Math.max(0, end - 10), end).toLowerCase();
    const mark = MARKS.find((m) => tail.endsWith(m));
    if (!mark) break;
    end -= mark.length;
  }
  return h.slice(0, end);
}

/**
 * A header or an option word as a person might type it: full-width forms folded (NFKC), spaces collapsed,
 * case ignored, and trailing "*", "?" or "(optional)"/"（选填）"/"（必填）" marks dropped. Text longer than
 * MAX_HEADER gives '' (matches nothing).
 */
export function normalizeHeader(s: string): string {
  if (s.length > MAX_HEADER) return '';
  const h = s.normalize('NFKC').replace(/^\uFEFF/, '').replace(/[\s\u3000]+/g, ' ').trim();
  return stripTrailing(h, false).toLowerCase();
}

/** Looser still: a unit or note in brackets at the end dropped too ("累计缴纳年限（年）" → "累计缴纳年限"). */
export function looseHeader(s: string): string {
  return stripTrailing(normalizeHeader(s), true);
}

/**
 * Header → field name: every column's own headers, then the loose forms that name one column only (two labels that
 * differ only by a unit in brackets, like "年龄（岁）" and "年龄（个月）", keep their loose form out).
 */
export function headerIndex(columns: readonly Column[]): (header: string) => string | undefined {
  const exact = new Map<string, string>();
  for (const c of columns) for (const a of c.aliases) if (!exact.has(a)) exact.set(a, c.name);
  const loose = new Map<string, string | null>();
  for (const c of columns) {
    for (const a of new Set(c.aliases.map(looseHeader))) loose.set(a, loose.has(a) && loose.get(a) !== c.name ? null : c.name);
  }
  return (header) => exact.get(normalizeHeader(header)) ?? loose.get(looseHeader(header)) ?? undefined;
}

/** The CSV columns of a calculator, from its FieldSpecs; labels in both languages come from `labelOf`. */
export function columnsFor(calc: AnyCalculator, labelOf: LabelOf): Column[] {
  return calc.fields.map((f) => {
    const label = (lng: Lang) => labelOf(lng, `${calc.id}:fields.${f.name}.label`) || f.name;
    const headers = { 'zh-CN': label('zh-CN'), en: label('en') };
    const column: Column = {
      name: f.name,
      kind: f.kind,
      required: f.required,
      headers,
      aliases: [...new Set([headers['zh-CN'], headers.en, f.name].map(normalizeHeader))],
    };
    if (f.when) column.when = { ...f.when };
    if (f.aliases) column.shorthand = f.aliases;
    if (f.duration) column.duration = f.duration;
    if (f.optionsWhen) column.optionsWhen = f.optionsWhen;
    if (f.blankReads) column.blankReads = f.blankReads;
    if (f.kind === 'choice') {
      const options: Record<string, string> = {};
      for (const o of f.options ?? []) {
        for (const word of [o, labelOf('zh-CN', `${calc.id}:fields.${f.name}.options.${o}`), labelOf('en', `${calc.id}:fields.${f.name}.options.${o}`)]) {
          if (word) options[normalizeHeader(word)] ??= o;
        }
        for (const word of f.aliases?.[o] ?? []) options[normalizeHeader(word)] ??= o;
      }
      column.options = options;
    }
    return column;
  });
}

/** The value of a calculator's example for one column, as a person would type it in a cell. */
export function exampleCell(calc: AnyCalculator, column: Column): string {
  const v = getPath(calc.example, column.name);
  return v === undefined || v === null ? '' : String(v);
}

/**
 * A header row to fill in, in one language, with the BOM and CRLF that Excel expects. With `example`: a name column
 * first (kept as it is, not an input) and one example line (`cells`: the name, then one cell per column).
 */
export function templateCsv(columns: readonly Column[], lng: Lang, example?: { nameHeader: string; cells: readonly string[] }): string {
  const header = columns.map((c) => c.headers[lng]);
  const rows = example ? [[example.nameHeader, ...header], [...example.cells]] : [header];
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}
