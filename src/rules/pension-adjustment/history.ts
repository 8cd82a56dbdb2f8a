import { dec, type Dec, type IsoDate, type Notice, round, tryValueAt, yuan } from '../engine';
import { adjustYear, partsOf, shareOf, type ComponentKind, type YearResult } from './compute';
import { adjustmentRules } from './parameters';
import type { PensionAdjustmentInput } from './schema';

/**
 * One covered adjustment of one person's pension, as a table or a chart reads it. Money is yuan a month, two decimals.
 * Where rounding leaves more than one December pension possible, the plain fields hold the lowest and `high` the highest.
 */
export interface HistoryRow {
  year: number;
  /** The basic pension for December of the previous year. */
  before: string;
  increase: string;
  /** The pension from January of the year: before + increase. */
  after: string;
  /** The increase as a percentage of `before`, two decimals (a figure for reading, not an amount of the notice). */
  share: string;
  /** The increase by part: flat, contribution years, percentage, age items together, special groups. */
  parts: Record<ComponentKind, string>;
  /** increase × months from January to the month of payment; null where no payment date was found. */
  backPay: string | null;
  backPayMonths: number | null;
  paidOn: string | null;
  /** The highest figures of a range (the plain fields are the lowest). */
  high?: { before: string; increase: string; after: string; backPay: string | null };
  /** True when no December pension gives exactly the pension after this year's increase: the range brackets it. */
  gap?: boolean;
}

const FEN = dec('0.01');
const fen = (d: Dec) => d.times(100).round().toNumber();
const ofFen = (n: number) => dec(n).dividedBy(100);

/**
 * The history worked back from the pension after the increase of `lastYear`: for each covered year that covers the
 * person (drawing a pension by 31 December of the year before), the December pension that the year's rules turn into
 * the pension after it. Each year's pension after the increase grows with the December pension (one fen more before
 * is at least one fen more after), so the December pension is found by bisection over fen amounts; where the rounding
 * of the percentage part skips the amount given, the two December pensions on either side are kept as a range.
 */
export function historyBack(input: PensionAdjustmentInput, lastYear: number, after: Dec, asOf: IsoDate): { rows: HistoryRow[]; notices: Notice[] } {
  const rows: HistoryRow[] = [];
  const notices: Notice[] = [];
  let lo = fen(after);
  let hi = lo;
  for (let year = lastYear; ; year--) {
    if (input.retiredBy > `${year - 1}-12`) break; // not yet drawing a pension by the year's cut-off: no adjustment
    if (!tryValueAt(adjustmentRules, `${year}-01-01`, asOf)) {
      if (rows.length) notices.push({ code: 'history-before-coverage', params: { year: String(year + 1), previous: String(year) } });
      break;
    }
    const rules = tryValueAt(adjustmentRules, `${year}-01-01`, asOf)!.value;
    const at = (b: number): YearResult => adjustYear({ ...input, year, decemberPension: ofFen(b) }, asOf).result;
    // Only the percentage part depends on the December pension; the other parts (flat, years, age) are fixed for the
    // year. So f(b) = b + fixed + the percentage part, rounded as adjustYear rounds it (its row is checked below).
    const probe = at(fen(after));
    const fixed = dec(probe.increase).minus(probe.components.find((c) => c.kind === 'percent')?.amount ?? '0');
    const rate = dec(rules.percent.rate);
    const rounding = rules.percent.rounding ?? { places: 2, mode: 'half-up' as const };
    const f = (b: number) => fen(ofFen(b).plus(fixed).plus(round(ofFen(b).times(rate), rounding)));
    if (f(1) > hi) {
      notices.push({ code: 'history-too-low', params: { year: String(year), after: yuan(ofFen(hi)), least: yuan(ofFen(f(1))) } });
      break;
    }
    // Smallest b with f(b) ≥ lo, and largest b with f(b) ≤ hi (f(b) > b, so both lie in 1 … hi).
    const bMin = bisect(1, lo, (b) => f(b) >= lo);
    const bMax = bisect(1, hi + 1, (b) => f(b) > hi) - 1;
    const gap = bMin > bMax;
    const [low, high] = gap ? [bMax, bMin] : [bMin, bMax];
    const row = rowFor(year, at(low));
    if (fen(dec(row.after)) !== f(low)) throw new Error(`pension-adjustment: the ${year} increase depends on the pension beyond its percentage part`);
    if (high !== low) {
      const h = at(high);
      row.high = { before: yuan(ofFen(high)), increase: h.increase, after: h.newPension, backPay: h.backPay?.amount ?? null };
    }
    if (gap) {
      row.gap = true;
      notices.push({ code: 'history-gap', params: { year: String(year), after: yuan(ofFen(lo)), low: row.before, lowAfter: row.after, high: row.high!.before, highAfter: row.high!.after } });
    } else if (row.high) {
      notices.push({ code: 'history-range', params: { year: String(year), low: row.before, high: row.high.before } });
    }
    rows.unshift(row);
    lo = low;
    hi = high;
  }
  if (rows.length) {
    notices.push({ code: 'history-only-adjustments' });
    const partial = rows.filter((r) => {
      const rules = tryValueAt(adjustmentRules, `${r.year}-01-01`, asOf)!.value;
      return !rules.fullTextSeen || !rules.percent.rounding;
    });
    if (partial.length) notices.push({ code: 'history-rules-partial', params: { years: partial.map((r) => r.year).join('、') } });
  }
  return { rows, notices };
}

/** The smallest integer n in [from, to] for which `test` holds (`test` false then true); `to` when it never holds before. */
function bisect(from: number, to: number, test: (n: number) => boolean): number {
  let a = from;
  let b = to;
  while (a < b) {
    const m = Math.floor((a + b) / 2);
    if (test(m)) b = m;
    else a = m + 1;
  }
  return a;
}

export function rowFor(year: number, r: YearResult): HistoryRow {
  const before = dec(r.newPension).minus(r.increase);
  return {
    year,
    before: yuan(before),
    increase: r.increase,
    after: r.newPension,
    share: shareOf(dec(r.increase), before.lessThan(FEN) ? FEN : before),
    parts: partsOf(r.components),
    backPay: r.backPay?.amount ?? null,
    backPayMonths: r.backPay?.months ?? null,
    paidOn: r.backPay?.paidOn ?? null,
  };
}
