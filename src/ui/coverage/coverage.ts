import { type CoveredRange, coveredRanges, type Parameter } from '../../rules/engine/parameter';
import type { CalculatorId } from '../../rules/registry';

/** How a span of coverage is said: by calendar year, by medical year (1 July – 30 June, named by its first year), by month. */
export type CoveragePeriod = 'year' | 'medical-year' | 'month';

/** One part of what a calculator covers: the parameter whose dated values define it, and the locale key that says it. */
export interface CoveragePart {
  /** `<calculator>:coverage.<key>` interpolates {{range}}. */
  key: string;
  parameter: string;
  period: CoveragePeriod;
}

export interface CoverageDeclaration {
  parts: readonly CoveragePart[];
  /** A year not covered yet that the page names before the form ("the 2026 notice is not yet included"). */
  notYet?: { part: number; key: string };
}

/**
 * The ranges a parameter covers on `asOf`. The default reads the sourced values; a calculator whose figures carry
 * forward passes the engine's "covered incl. carried-forward" helper here, so the words follow the lookup.
 */
export type RangesOf = (param: Parameter<unknown>, asOf: string) => CoveredRange[];

export interface CoverageSpan {
  key: string;
  period: CoveragePeriod;
  ranges: CoveredRange[];
}

export interface Coverage {
  spans: CoverageSpan[];
  /** Set when the year after the last covered one has begun and is not covered (its notice is not yet in). */
  notYet?: { key: string; year: number };
}

export const coverageDeclarations: Record<CalculatorId, CoverageDeclaration> = {
  'unemployment-benefit': { parts: [{ key: 'months', parameter: 'unemployment.standard', period: 'month' }] },
  'pension-adjustment': { parts: [{ key: 'years', parameter: 'pension-adjustment.rules', period: 'year' }], notYet: { part: 0, key: 'notYet' } },
  'long-term-care': {
    parts: [
      { key: 'home', parameter: 'ltc.home.weekly-hours', period: 'month' },
      { key: 'institution', parameter: 'ltc.institution.daily-standard', period: 'month' },
    ],
  },
  'medical-cost-sharing': {
    parts: [
      { key: 'employee', parameter: 'medical.employee.outpatient-deductible', period: 'medical-year' },
      { key: 'resident', parameter: 'medical.resident.outpatient-deductible', period: 'year' },
    ],
  },
  'retirement-age': {
    parts: [
      { key: 'flexible', parameter: 'retirement-age.flexible', period: 'month' },
      { key: 'minimum', parameter: 'retirement-age.minimum-contribution', period: 'month' },
    ],
  },
  'pension-estimate': { parts: [{ key: 'base', parameter: 'pension.base', period: 'year' }] },
  contributions: { parts: [{ key: 'base', parameter: 'shanghai.contribution-base-limits', period: 'month' }] },
  maternity: { parts: [{ key: 'allowance', parameter: 'maternity.allowance-rule', period: 'month' }] },
};

/** What a calculator covers on `asOf`, from its parameters' dated values (never typed by hand). */
export function coverageOf(calc: { readonly parameters: readonly Parameter<unknown>[] }, decl: CoverageDeclaration, asOf: string, rangesOf: RangesOf = coveredRanges): Coverage {
  const spans = decl.parts.map((part) => {
    const param = calc.parameters.find((p) => p.id === part.parameter);
    return { key: part.key, period: part.period, ranges: param ? rangesOf(param, asOf) : [] };
  });
  const out: Coverage = { spans };
  if (decl.notYet) {
    const last = spans[decl.notYet.part]?.ranges.at(-1);
    const lastYear = last?.to ? Number(last.to.slice(0, 4)) : undefined;
    if (lastYear !== undefined && lastYear < Number(asOf.slice(0, 4))) out.notYet = { key: decl.notYet.key, year: lastYear + 1 };
  }
  return out;
}

/** The nearest covered day to `date` (for "switch to the latest covered date"); undefined when nothing is covered. */
export function nearestCovered(ranges: readonly CoveredRange[], date: string): string | undefined {
  let best: string | undefined;
  for (const r of ranges) {
    if (date >= r.from && (!r.to || date <= r.to)) return date;
    if (r.to && r.to < date) best = r.to;
    else if (r.from > date && best === undefined) best = r.from;
  }
  return best;
}
