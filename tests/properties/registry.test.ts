// @vitest-environment node
/**
 * Property tests of every calculator in src/rules/registry.ts, driven by its generators in
 * tests/properties/arbitraries/<id>.ts (a default export of type CalculatorArbitraries, see ./lib.ts).
 *
 * For each calculator:
 *  - valid inputs: run() answers ok, throws nothing, leaves the raw input untouched; no NaN or Infinity anywhere in
 *    the outcome; every decimal string of the result ("money") has at most two decimals and is not negative;
 *  - invalid inputs: run() answers field errors on the calculator's own fields with known codes, never an exception;
 *  - fuzz: any junk in the calculator's fields never throws, and an ok answer passes the checks of valid inputs;
 *  - full-width digits: a valid input typed with full-width digits gives the same outcome;
 *  - the calculator's own rule invariants.
 * At least MIN_INPUTS generated inputs per calculator per run. PROPERTY_SCALE=<n> multiplies every count,
 * FC_SEED=<n> replays a run (fast-check prints the seed of a failure).
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyCalculator, FieldError, FieldErrorCode, RunResult } from '../../src/rules/engine';
import { calculatorIds, loadCalculator } from '../../src/rules/registry';
import { AS_OF, type CalculatorArbitraries, contextFor, hostile, inputPaths, type Raw, setPath, withFullWidthDigits } from './lib';

const MIN_INPUTS = 10_000;
const SCALE = Number(process.env['PROPERTY_SCALE'] ?? '1') || 1;
const SEED = process.env['FC_SEED'] !== undefined ? Number(process.env['FC_SEED']) : undefined;
/** Inputs per check; `valid` is topped up so that each calculator reaches MIN_INPUTS with its invariants. */
const RUNS = { valid: 3000, invalid: 2500, fuzz: 1500, fullWidth: 1000, hostile: 400 };
const TIMEOUT = 60_000;

const ERROR_CODES = [
  'required',
  'not-a-number',
  'not-an-integer',
  'too-many-decimals',
  'out-of-range',
  'too-long',
  'invalid-date',
  'invalid-month',
  'date-not-covered',
  'invalid-choice',
  'invalid-boolean',
  'inconsistent',
] as const satisfies readonly FieldErrorCode[];
// A new error code must be added above (this line stops compiling otherwise).
const everyCode: [Exclude<FieldErrorCode, (typeof ERROR_CODES)[number]>] extends [never] ? true : false = true;
void everyCode;

const files = import.meta.glob<{ default: CalculatorArbitraries }>('./arbitraries/*.ts');
const fileFor = (id: string) => `./arbitraries/${id}.ts`;

function params(runs: number): fc.Parameters<unknown> {
  return { numRuns: Math.max(1, Math.round(runs * SCALE)), ...(SEED !== undefined ? { seed: SEED } : {}) };
}

const MONEY_RE = /^-?\d+\.\d+$/;
const NON_FINITE_RE = /\bNaN\b|Infinity/;

/** Every problem of an ok outcome: NaN/Infinity anywhere, money with more than two decimals or below zero in the result. */
function outcomeProblems(outcome: RunResult, notMoney: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const walk = (v: unknown, path: string, money: boolean): void => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) problems.push(`${path} is ${v}`);
    } else if (typeof v === 'string') {
      if (NON_FINITE_RE.test(v)) problems.push(`${path} = "${v}" holds NaN/Infinity`);
      else if (money && MONEY_RE.test(v)) {
        if (v.split('.')[1]!.length > 2) problems.push(`${path} = "${v}" has more than two decimals`);
        if (v.startsWith('-') && !/^-0\.0*$/.test(v)) problems.push(`${path} = "${v}" is negative`);
      }
    } else if (Decimal.isDecimal(v)) {
      if (!v.isFinite()) problems.push(`${path} is Decimal ${v.toString()}`);
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`, money));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`, money && !notMoney.has(k));
    }
  };
  if (!outcome.ok) return problems;
  walk(outcome.result, 'result', true);
  walk(outcome.steps, 'steps', false);
  walk(outcome.notices, 'notices', false);
  return problems;
}

function errorProblems(errors: readonly FieldError[], fieldNames: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!errors.length) problems.push('refused with no field error');
  for (const e of errors) {
    if (!fieldNames.has(e.field)) problems.push(`error on unknown field "${e.field}" (${e.code})`);
    if (!(ERROR_CODES as readonly string[]).includes(e.code)) problems.push(`unknown error code "${e.code}" on ${e.field}`);
    for (const [k, v] of Object.entries(e.params ?? {})) {
      if (typeof v !== 'string') problems.push(`error param ${e.field}.${k} is not a string`);
    }
  }
  return problems;
}

/** Junk a person or a caller could send in any field. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.stringMatching(/^[-+]?[0-9０-９]{0,6}([.．][0-9]{0,4})?$/),
  fc.stringMatching(/^(19|20)\d\d[-/年.]\d{1,2}([-/月.]\d{1,2}日?)?$/),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined, '', '0', '-0', '1e400', '是', 'true', {}, []),
  fc.object({ maxDepth: 1 }),
  fc.array(fc.integer(), { maxLength: 2 }),
);

describe('every registered calculator has generators', () => {
  it.each(calculatorIds)('%s', (id) => {
    if (!files[fileFor(id)]) {
      throw new Error(
        `No property-test generators for "${id}": create tests/properties/arbitraries/${id}.ts exporting default { valid, invalid, invariants? } (see tests/properties/lib.ts and arbitraries/unemployment-benefit.ts).`,
      );
    }
  });

  it('has no generators for a calculator that is not registered (a misspelt file name)', () => {
    const orphans = Object.keys(files)
      .map((f) => f.replace(/^\.\/arbitraries\/(.*)\.ts$/, '$1'))
      .filter((id) => !(calculatorIds as readonly string[]).includes(id));
    expect(orphans, 'arbitraries files whose name is no registered calculator id').toEqual([]);
  });
});

for (const id of calculatorIds) {
  const load = files[fileFor(id)];
  if (!load) continue;

  describe(`properties of ${id}`, async () => {
    const calc: AnyCalculator = await loadCalculator(id);
    const arbs = (await load()).default;
    const asOf = arbs.asOf ?? AS_OF;
    const ctx = contextFor(calc, asOf);
    const notMoney = new Set(arbs.notMoney ?? []);
    const fieldNames = new Set([...calc.fields.map((f) => f.name), calc.dateField, ...(arbs.machineFields ?? [])]);

    const invariantInputs = (arbs.invariants ?? []).reduce((n, inv) => n + inv.runs * inv.inputsPerRun, 0);
    const validRuns = Math.max(RUNS.valid, MIN_INPUTS - RUNS.invalid - RUNS.fuzz - RUNS.fullWidth - invariantInputs);

    it(`runs at least ${MIN_INPUTS} generated inputs`, () => {
      expect(validRuns + RUNS.invalid + RUNS.fuzz + RUNS.fullWidth + invariantInputs).toBeGreaterThanOrEqual(MIN_INPUTS);
    });

    it('valid inputs: an answer, no exception, no NaN/Infinity, money ≥ 0 with at most two decimals, input untouched', () => {
      fc.assert(
        fc.property(arbs.valid, (raw: Raw) => {
          const before = JSON.stringify(raw);
          const out = ctx.estimate(raw);
          if (JSON.stringify(raw) !== before) throw new Error(`run() changed its raw input: ${before} → ${JSON.stringify(raw)}`);
          if (!out.ok) throw new Error(`valid input refused: ${JSON.stringify(out.errors)}`);
          const problems = outcomeProblems(out, notMoney);
          if (problems.length) throw new Error(problems.join('; '));
        }),
        params(validRuns),
      );
    }, TIMEOUT);

    it("invalid inputs: field errors on the calculator's own fields, never an exception", () => {
      fc.assert(
        fc.property(arbs.invalid, (raw: Raw) => {
          const out = ctx.estimate(raw);
          if (out.ok) throw new Error('invalid input was accepted');
          const problems = errorProblems(out.errors, fieldNames);
          if (problems.length) throw new Error(problems.join('; '));
        }),
        params(RUNS.invalid),
      );
    }, TIMEOUT);

    it('junk in any field: never an exception; errors well formed, or an answer that passes the checks of valid inputs', () => {
      const names = calc.fields.map((f) => f.name);
      const fuzz = fc.tuple(arbs.valid, fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: Math.min(3, names.length) }), fc.array(junk, { minLength: 3, maxLength: 3 })).map(
        ([valid, fields, values]) => {
          const raw = structuredClone(valid);
          fields.forEach((f, i) => setPath(raw, f, values[i]));
          return raw;
        },
      );
      const scattered = fc.array(fc.tuple(fc.constantFrom(...names), junk), { maxLength: names.length }).map((pairs) => pairs.reduce<Raw>((raw, [f, v]) => setPath(raw, f, v), {}));
      fc.assert(
        fc.property(fc.oneof(fuzz, scattered), (raw: Raw) => {
          const out = ctx.estimate(raw);
          const problems = out.ok ? outcomeProblems(out, notMoney) : errorProblems(out.errors, fieldNames);
          if (problems.length) throw new Error(problems.join('; '));
        }),
        params(RUNS.fuzz),
      );
    }, TIMEOUT);

    it('hostile shapes (odd toString/valueOf, arrays, 1 MB strings) in any field or holder of fields: never an exception', () => {
      const paths = inputPaths(calc, arbs.machineFields);
      const placed = fc.tuple(arbs.valid, fc.uniqueArray(fc.constantFrom(...paths), { minLength: 1, maxLength: 3 }), fc.array(hostile, { minLength: 3, maxLength: 3 })).map(
        ([valid, at, values]) => {
          const raw = structuredClone(valid);
          at.forEach((p, i) => setPath(raw, p, values[i]));
          return raw;
        },
      );
      fc.assert(
        fc.property(fc.oneof({ weight: 9, arbitrary: placed }, { weight: 1, arbitrary: hostile as fc.Arbitrary<Raw> }), (raw: Raw) => {
          let out: RunResult;
          try {
            out = ctx.estimate(raw);
          } catch (e) {
            throw new Error(`run() threw ${e instanceof Error ? e.message : String(e)}`);
          }
          const problems = out.ok ? outcomeProblems(out, notMoney) : errorProblems(out.errors, fieldNames);
          if (problems.length) throw new Error(problems.join('; '));
        }),
        params(RUNS.hostile),
      );
    }, TIMEOUT);

    it('full-width digits give the same outcome as ASCII digits', () => {
      fc.assert(
        fc.property(arbs.valid, (raw: Raw) => {
          const [wide, ascii] = [ctx.estimate(withFullWidthDigits(raw)), ctx.estimate(raw)];
          // Outcomes are plain data: equal JSON is equal outcomes (expect() only for the diff of a failure).
          if (JSON.stringify(wide) !== JSON.stringify(ascii)) expect(wide).toEqual(ascii);
        }),
        params(RUNS.fullWidth / 2),
      );
    }, TIMEOUT);

    for (const inv of arbs.invariants ?? []) {
      it(`invariant: ${inv.name}`, () => inv.check(ctx, { scale: SCALE, ...(SEED !== undefined ? { seed: SEED } : {}) }), TIMEOUT);
    }
  });
}
