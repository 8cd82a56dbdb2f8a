import type { Parameter } from '../../rules/engine';
import { calculatorIds, type CalculatorId, loadCalculator } from '../../rules/registry';
import { coverageDeclarations } from './coverage';

/**
 * What the home page needs to say what each calculator covers: for every parameter a coverage line names, its dated
 * entries without their values or sources (from, until, published, and whether the entry ends the rule), and its
 * carry-forward period. `coverageOf` reads these exactly as it reads the parameters, so the words follow the rules
 * on any day; the home page loads this small table instead of every calculator's rules.
 *
 * Run at build time (vite.config.ts, `virtual:coverage-index`), in Node, from the rules themselves: a new notice in a
 * parameter file changes the home page with the next build, and no table is kept by hand.
 */
export type CoverageIndex = Record<CalculatorId, { parameters: Parameter<0>[] }>;

export async function coverageIndex(): Promise<CoverageIndex> {
  const out: Partial<CoverageIndex> = {};
  for (const id of calculatorIds) {
    const calc = await loadCalculator(id);
    const wanted = new Set(coverageDeclarations[id].parts.map((p) => p.parameter));
    out[id] = {
      parameters: calc.parameters
        .filter((p) => wanted.has(p.id))
        .map((p) => ({
          id: p.id,
          unit: p.unit,
          ...(p.carryForward ? { carryForward: p.carryForward } : {}),
          values: p.values.map((v) => ({
            from: v.from,
            value: v.value === null ? null : 0,
            ...(v.until ? { until: v.until } : {}),
            ...(v.published ? { published: v.published } : {}),
            // The coverage lines never name a source; the sources page reads the rules themselves.
            source: { doc: '', title: '', confidence: v.source.confidence },
          })),
        })),
    };
  }
  return out as CoverageIndex;
}
