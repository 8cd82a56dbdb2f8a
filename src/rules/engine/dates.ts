/** Calendar helpers on ISO strings (YYYY-MM-DD, YYYY-MM). No Date objects, no time zones. */

export type IsoDate = string; // YYYY-MM-DD
export type IsoMonth = string; // YYYY-MM

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isIsoMonth(s: string): boolean {
  const m = MONTH_RE.exec(s);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function firstDay(month: IsoMonth): IsoDate {
  return `${month}-01`;
}

/** Months since year 0, so that month arithmetic is integer arithmetic. */
export function monthIndex(month: IsoMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): IsoMonth {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

export function addMonths(month: IsoMonth, n: number): IsoMonth {
  return monthFromIndex(monthIndex(month) + n);
}

export function monthsBetween(from: IsoMonth, to: IsoMonth): number {
  return monthIndex(to) - monthIndex(from);
}

/** The day before an ISO date. */
export function dayBefore(date: IsoDate): IsoDate {
  const d = Number(date.slice(8, 10));
  if (d > 1) return `${date.slice(0, 8)}${String(d - 1).padStart(2, '0')}`;
  return lastDay(addMonths(monthOf(date), -1));
}

/** Last day of a month. */
export function lastDay(month: IsoMonth): IsoDate {
  return `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
}
