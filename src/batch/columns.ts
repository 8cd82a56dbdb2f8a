import Papa from 'papaparse';
import { type AnyCalculator, getPath } from '../rules/engine';
import type { Column, LabelOf, Lang } from './types';

/**
 * A header or an option word as a person might type it: full-width forms folded (NFKC), spaces collapsed,
 * case ignored, and a trailing "*", "?" or "(optional)"/"（选填）"/"（必填）" mark dropped.
 */
export function normalizeHeader(s: string): string {
  let h = s.normalize('NFKC').replace(/^\uFEFF/, '').replace(/[\s\u3000]+/g, ' ').trim();
  for (let prev = ''; prev !== h; ) {
    prev = h;
    h = h.replace(/\s*(\((optional|required|选填|必填)\)|[*?])$/i, '');
  }
  return h.toLowerCase();
}

/** Looser still: a unit or note in brackets at the end dropped too ("累计缴纳年限（年）" → "累计缴纳年限"). */
export function looseHeader(s: string): string {
  let h = normalizeHeader(s);
  for (let prev = ''; prev !== h; ) {
    prev = h;
    h = h.replace(/\s*(\([^()]*\)|[*?])$/, '');
  }
  return h;
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
    if (f.optionsWhen) column.optionsWhen = f.optionsWhen;
    if (f.kind === 'choice') {
      const options: Record<string, string> = {};
      for (const o of f.options ?? []) {
        for (const word of [o, labelOf('zh-CN', `${calc.id}:fields.${f.name}.options.${o}`), labelOf('en', `${calc.id}:fields.${f.name}.options.${o}`)]) {
          if (word) options[normalizeHeader(word)] ??= o;
        }
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

/** A header row to fill in, in one language, with the BOM and CRLF that Excel expects. */
export function templateCsv(columns: readonly Column[], lng: Lang): string {
  return `\uFEFF${Papa.unparse([columns.map((c) => c.headers[lng])], { newline: '\r\n' })}\r\n`;
}
