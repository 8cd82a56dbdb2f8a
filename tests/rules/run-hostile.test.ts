// @vitest-environment node
/** run() never throws, whatever shape arrives (issue 15, item 2): the registry's door, for every calculator. */
import { describe, expect, it } from 'vitest';
import { getPath, InputReader, plainInput, run } from '../../src/rules/engine';
import { calculatorIds, loadCalculator } from '../../src/rules/registry';

describe('plainInput and getPath', () => {
  it('keeps what JSON holds and drops keys that would shadow Object.prototype', () => {
    const copy = plainInput(JSON.parse('{"a":{"toString":1,"valueOf":{},"b":"x"},"c":[1,{"toString":"no"}],"d":null}')) as Record<string, unknown>;
    expect(copy).toEqual({ a: { b: 'x' }, c: [1, {}], d: null });
    expect(String(copy['a'])).toBe('[object Object]');
    expect(String(copy['c'])).toBe('1,[object Object]');
  });

  it('drops functions, class instances, getters, a throwing proxy, and what lies deeper than 8 levels', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i++) deep = { n: deep };
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    const raw = { f: () => 1, date: new Date(0), get g() { return 'g'; }, p: hostile, deep };
    const copy = plainInput(raw) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['deep']);
    // objects at depths 1–7 are kept; the n of the one at depth 7 (depth 8) is cut: six "n" keys in all
    expect(JSON.stringify(copy).match(/"n"/g)).toHaveLength(6);
  });

  it('getPath reads own properties only', () => {
    expect(getPath({}, 'toString')).toBeUndefined();
    expect(getPath({ a: {} }, 'a.constructor')).toBeUndefined();
    expect(getPath({ a: [5] }, 'a.0')).toBeUndefined();
    expect(getPath({ a: { b: 2 } }, 'a.b')).toBe(2);
  });

  it('InputReader.text refuses objects and over-long text before normalising a megabyte of it', () => {
    const r = new InputReader({ a: { toString: 1 }, b: 'x'.repeat(1_000_000), c: ' ２０２４ ' });
    expect(r.text('a', { invalid: 'invalid-date' })).toBe('');
    expect(r.text('b')).toBe('');
    expect(r.text('c')).toBe('2024');
    expect(r.errors).toEqual([
      { field: 'a', code: 'invalid-date' },
      { field: 'b', code: 'too-long' },
    ]);
  });
});

const ODD = [{ toString: 1 }, { valueOf: 1, toString: {} }, Object.create(null), [{ toString: 1 }], { length: 1, 0: 'x' }, 'x'.repeat(1_000_000), -0, Number.NaN];

describe.each(calculatorIds)('run(%s) with hostile shapes', (id) => {
  it('never throws: odd toString/valueOf, null prototypes, arrays and a 1 MB string in every field and at the top', async () => {
    const calc = await loadCalculator(id);
    const paths = new Set([...calc.fields.map((f) => f.name), calc.dateField, 'yearToDate.medicalYear']);
    for (const p of [...paths]) if (p.includes('.')) paths.add(p.split('.')[0]!);
    for (const path of paths) {
      for (const value of ODD) {
        const raw: Record<string, unknown> = structuredClone(calc.example);
        const parts = path.split('.');
        let cur = raw;
        for (const part of parts.slice(0, -1)) cur = (cur[part] && typeof cur[part] === 'object' ? cur[part] : (cur[part] = {})) as Record<string, unknown>;
        cur[parts.at(-1)!] = value;
        expect(() => run(calc, raw, '2026-11-28'), `${path} = ${String(typeof value === 'string' ? 'long string' : JSON.stringify(value))}`).not.toThrow();
      }
    }
    for (const top of [...ODD, 1, 'x', true, undefined]) expect(() => run(calc, top, '2026-11-28')).not.toThrow();
  });
});

describe('a rules gap found inside a calculation is reported at the field it comes from (issue 15, item 9)', () => {
  it('unemployment benefit, claim 2026-09-01, born 1925-01 (female, 50): the retirement schedule has no 1975 → birthMonth, not claimDate', async () => {
    const calc = await loadCalculator('unemployment-benefit');
    const out = run(calc, { claimDate: '2026-09-01', contributionYears: 3.5, involuntary: true, registered: true, birthMonth: '1925-01', retirementCategory: 'female-50' }, '2026-11-28');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => [e.field, e.code])).toEqual([['birthMonth', 'date-not-covered']]);
  });
});
