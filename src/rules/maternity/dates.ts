import type { IsoDate } from '../engine';

const DAY_MS = 86_400_000;

/** Day arithmetic on ISO dates, in UTC so that no time zone moves a day. */
export function addDays(date: IsoDate, n: number): IsoDate {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + n * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/** The same day `n` years later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, n: number): IsoDate {
  const y = Number(date.slice(0, 4)) + n;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}
