import { type FieldSpec, type Notice, parseBooleanText, type Step } from '../../rules/engine';
import { href } from '../router.svelte';
import { shareQuery } from '../share';

/**
 * The counter print (issue 16): one A4 page per person with their name, the dates, the summary card, the next steps,
 * room for the clerk's signature and the centre's stamp, and a QR code of the share link that reopens the result.
 */
export interface SheetItem {
  /** Unique among the sheets printed at once (the batch row number, or 0 on the calculator page). */
  key: number;
  /** The person's name as typed or as in the sheet's name column; '' when there is none. */
  name: string;
  /** Shown instead of a name when there is none (the batch row: "第 3 行"). */
  fallback: string;
  /** The rules-as-of date the result was worked out for. */
  asOf: string;
  /** A result: its card, what it came from (for the next steps) and the link that reopens it. */
  outcome?: {
    result: unknown;
    steps: Step[];
    notices: Notice[];
    raw: Record<string, unknown>;
    link: string;
  };
  /** A row that could not be worked out: its messages, already in words. */
  errors?: string[];
}

/** Headers a sheet's name column may have (compared without case or spaces): the template's 姓名 and its usual variants. */
const NAME_HEADERS = ['姓名', '名字', '姓名（选填）', '居民姓名', '申请人', '申请人姓名', 'name', 'fullname', 'full name', 'personname'];

/** The column holding people's names: a column no field reads, headed 姓名 / name (or a variant). -1 when there is none. */
export function nameColumn(headers: readonly string[], fieldAt: readonly (string | null)[]): number {
  const wanted = new Set(NAME_HEADERS.map(squash));
  return headers.findIndex((h, i) => fieldAt[i] === null && wanted.has(squash(h)));
}

function squash(s: string): string {
  return s.replace(/^\uFEFF/, '').replace(/\s+/g, '').toLowerCase();
}

/** A raw input ({ bill: { total: '1' } }) as the dotted field values a share link carries ({ 'bill.total': '1' }). */
export function flatValues(raw: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatValues(v as Record<string, unknown>, `${prefix}${k}.`));
    else if (v !== undefined && v !== null) out[`${prefix}${k}`] = String(v);
  }
  return out;
}

/**
 * A row's raw input as the form's values: dotted names, and yes/no words (是, Y) as the form's own true/false, so the
 * link's form shows the same answers ticked.
 */
export function formValues(fields: readonly FieldSpec[], raw: Record<string, unknown>): Record<string, string> {
  const values = flatValues(raw);
  for (const f of fields) {
    const v = values[f.name];
    if (f.kind !== 'boolean' || v === undefined) continue;
    const b = parseBooleanText(v);
    if (typeof b === 'boolean') values[f.name] = String(b);
  }
  return values;
}

/**
 * The share link of one person's answers, for their QR code. The counter's own `?mode=counter` is left out: the
 * person opens it on their own phone, not on the shared computer.
 */
export function sheetLink(id: string, fields: readonly FieldSpec[], values: Record<string, string>, asOf: string, at: Location = location): string {
  const search = new URLSearchParams(at.search);
  search.delete('mode');
  const query = search.toString();
  return `${at.origin}${at.pathname}${query ? `?${query}` : ''}${href(id, shareQuery(fields, values, { asOf }))}`;
}

/** The document title while printing (the PDF's title and the browser's file name): the people's names first. */
export function sheetTitle(items: readonly SheetItem[], calculatorTitle: string, separator: string, more: (count: number) => string): string {
  const names = items.map((i) => i.name.trim()).filter(Boolean);
  const who = names.length > 3 ? `${names.slice(0, 3).join(separator)}${more(items.length)}` : names.join(separator);
  return who ? `${who} – ${calculatorTitle}` : calculatorTitle;
}

/**
 * Marks the page as printing sheets (html.printing-sheets hides everything but the sheets on paper) with the names as
 * its title (the PDF's title, the browser's file name). Returns what undoes both.
 */
export function beginSheets(title: string): () => void {
  const root = document.documentElement;
  const before = document.title;
  root.classList.add('printing-sheets');
  document.title = title;
  return () => {
    root.classList.remove('printing-sheets');
    document.title = before;
  };
}

/** Prints the sheets on the page; `done` runs once the print dialog closes (the caller drops the sheets). */
export function printSheets(title: string, done: () => void): void {
  const end = beginSheets(title);
  const after = () => {
    window.removeEventListener('afterprint', after);
    end();
    done();
  };
  window.addEventListener('afterprint', after);
  window.print();
}
