import Decimal from 'decimal.js';

/**
 * Layout helpers of the hand-written charts (no chart library). Amounts stay decimal strings; only the drawing
 * position of a bar is a float (a pixel is no figure anyone reads: every figure shown is the string itself,
 * through money()).
 */

/** A value's share of the largest one, 0…1, for drawing only. */
export function share(value: string, max: string): number {
  const m = new Decimal(max);
  if (m.lte(0)) return 0;
  return Decimal.max(0, Decimal.min(1, new Decimal(value).div(m))).toNumber();
}

/** The largest of the values (null ones left out), "0" when none. */
export function maxOf(values: readonly (string | null)[]): string {
  let max = new Decimal(0);
  for (const v of values) if (v !== null && new Decimal(v).gt(max)) max = new Decimal(v);
  return max.toFixed();
}

/** A rough width of a label in px at font size `fs`: CJK characters are one em, Latin and digits about 0.6 em. */
export function textWidth(text: string, fs: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return w * fs;
}

/**
 * Where labels go without overlapping, in the order of priority given: each candidate is a start x and a width; it is
 * moved inside [0, width] and put on the first of `rows` rows where it touches no label already placed; a label that
 * finds no row is left out (the table beside the chart has every figure). Returns index → row, and the start x used.
 */
export function placeLabels(
  candidates: readonly { index: number; from: number; width: number }[],
  width: number,
  rows = 1,
  gap = 6,
): Map<number, { row: number; x: number }> {
  const placed: { from: number; to: number; row: number }[] = [];
  const out = new Map<number, { row: number; x: number }>();
  for (const c of candidates) {
    if (out.has(c.index) || c.width > width) continue;
    const from = Math.max(0, Math.min(width - c.width, c.from));
    const to = from + c.width;
    for (let row = 0; row < rows; row++) {
      if (placed.some((k) => k.row === row && from < k.to + gap && to > k.from - gap)) continue;
      placed.push({ from, to, row });
      out.set(c.index, { row, x: from });
      break;
    }
  }
  return out;
}

/** Runs of equal consecutive values: the months a standard is paid, for the spoken summary of a chart. */
export function runs<T extends { value: string | null }>(points: readonly T[]): { from: number; to: number; value: string | null }[] {
  const out: { from: number; to: number; value: string | null }[] = [];
  points.forEach((p, i) => {
    const last = out[out.length - 1];
    if (last && last.value === p.value) last.to = i;
    else out.push({ from: i, to: i, value: p.value });
  });
  return out;
}

/** Months from a to b ("2025-01", "2025-03" → 2). */
export function monthsBetween(a: string, b: string): number {
  return Number(b.slice(0, 4)) * 12 + Number(b.slice(5, 7)) - (Number(a.slice(0, 4)) * 12 + Number(a.slice(5, 7)));
}
