// @vitest-environment node
/**
 * The batch's fast path (`run(calc, raw, asOf, { explain: false })`, ComputeOptions in src/rules/engine/calculator.ts):
 * for every calculator of the registry and many generated inputs (600 each) (its valid and invalid generators in
 * tests/properties/arbitraries/<id>.ts), the same answer as the full run in everything but the steps, which it
 * leaves out: the same result, the same notices (carried-forward ones included, read from the steps the calculator
 * kept) in the same order, the same field errors. The command line's results file is made from exactly these, so
 * its bytes cannot change (tests/cli/stream.test.ts compares the files themselves).
 * unemployment-benefit, the one calculator with its own fast path so far, is also run over a wider spread of claims
 * (every claim month the rules know, tiered and flat standards, extensions, months not covered) and with several
 * as-of dates, twice each, so that its cache of month prices is read as well as filled.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, run, type RunResult } from '../../src/rules/engine';
import { calculatorIds, loadCalculator } from '../../src/rules/registry';
import { RETIREMENT_CATEGORIES } from '../../src/rules/retirement-age/parameters';
import { AS_OF, type CalculatorArbitraries, isoDate, isoMonth } from './lib';

const files = import.meta.glob<{ default: CalculatorArbitraries }>('./arbitraries/*.ts');
const TIMEOUT = 60_000;

/** The full run as the fast path must answer it: the same, with no steps. */
function withoutSteps(r: RunResult): RunResult {
  return r.ok ? { ...r, steps: [] } : r;
}

describe.each(calculatorIds)('%s: run() with explain: false', (id) => {
  it(
    'answers as the full run, without the steps, for generated valid and invalid inputs',
    async () => {
      const calc = await loadCalculator(id);
      const arbs = (await files[`./arbitraries/${id}.ts`]!()).default;
      const asOf = arbs.asOf ?? AS_OF;
      let ok = 0;
      fc.assert(
        fc.property(fc.oneof({ weight: 3, arbitrary: arbs.valid }, { weight: 1, arbitrary: arbs.invalid }), (raw) => {
          const full = run(calc, raw, asOf);
          const fast = run(calc, raw, asOf, { explain: false });
          expect(fast).toEqual(withoutSteps(full));
          // The same keys in the same order too: the results file is written from them.
          expect(JSON.stringify(fast)).toBe(JSON.stringify(withoutSteps(full)));
          if (full.ok) ok++;
        }),
        { numRuns: 600 },
      );
      // The check is not vacuous: most generated inputs are answered.
      expect(ok).toBeGreaterThan(200);
    },
    TIMEOUT,
  );
});

describe('unemployment-benefit: the fast path over every kind of claim', () => {
  it(
    'gives the same payments, total and notices as the full run, for several as-of dates, cache cold and warm',
    async () => {
      const calc = await loadCalculator('unemployment-benefit');
      const arbs = (await files['./arbitraries/unemployment-benefit.ts']!()).default;
      const asOfs = ['2016-06-30', '2021-01-01', '2025-07-01', AS_OF, '2028-12-31'] as const;
      // Claims under the 2026 rules by people near retirement: the extension (第十一条) and its months.
      const nearRetirement = fc.record({
        claimDate: isoDate('2026-08-16', '2027-12-31'),
        contributionYears: fc.integer({ min: 1, max: 12 }).map(String),
        involuntary: fc.constant('yes'),
        registered: fc.constant('yes'),
        birthMonth: isoMonth('1962-01', '1980-12'),
        retirementCategory: fc.constantFrom(...RETIREMENT_CATEGORIES),
      });
      const codes = new Set<string>();
      let extended = 0;
      let notCovered = 0;
      fc.assert(
        fc.property(fc.oneof(arbs.valid, nearRetirement), fc.constantFrom(...asOfs), (raw, asOf) => {
          const full = run(calc, raw, asOf);
          for (let i = 0; i < 2; i++) expect(JSON.stringify(run(calc, raw, asOf, { explain: false }))).toBe(JSON.stringify(withoutSteps(full)));
          if (full.ok) {
            for (const n of full.notices) codes.add(n.code);
            const r = full.result as { extendedMonths: number; notCoveredMonths: string[] };
            if (r.extendedMonths > 0) extended++;
            if (r.notCoveredMonths.length) notCovered++;
          }
        }),
        { numRuns: 2500 },
      );
      // The spread reached what the fast path must get right: extensions, months not covered. (None of its parameters
      // carries forward today; the generic test above covers the calculators whose parameters do.)
      expect(codes).toContain('months-not-covered');
      expect(extended).toBeGreaterThan(0);
      expect(notCovered).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});

describe('normalizeText: text it leaves alone is returned as it came', () => {
  /** normalizeText before its shortcut: the four passes and trim() on every text. */
  const reference = (raw: string) =>
    raw
      .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[\u3000\s]+/g, ' ')
      .replace(/[。]/g, '.')
      .replace(/[、]/g, ',')
      .trim();
  // Plain ASCII, full-width forms, every kind of space and line break (and the BOM, which trim() removes), 。、 and Chinese.
  const char = fc.oneof(
    fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)),
    fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '。', '、', '年', '男', '元'),
  );
  it('equals the four passes for any text', () => {
    fc.assert(fc.property(fc.array(char, { maxLength: 12 }).map((a) => a.join('')), (raw) => {
      expect(normalizeText(raw)).toBe(reference(raw));
    }), { numRuns: 5000 });
    // Hand-picked: each changed character alone, and text left alone.
    for (const raw of ['\ufeff3.5', '３．５', ' 3.5', '3.5\u3000', '1、2', '3。5', '2025-09-15', '男', '']) expect(normalizeText(raw)).toBe(reference(raw));
  });
});
