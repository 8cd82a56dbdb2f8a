// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

/** Runs the command exactly as `npm run --silent estimate -- …` does. */
function estimate(...args: string[]) {
  const out = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/estimate.ts'), ...args], { encoding: 'utf8', cwd: root });
  return { status: out.status, json: JSON.parse(out.stdout) as Record<string, unknown>, stdout: out.stdout };
}

describe('npm run estimate', () => {
  it('prints one JSON document with the result: fact-sheet case A (6 months at 2305 = 13830.00)', () => {
    const { status, json } = estimate('unemployment-benefit', '{"claimDate":"2025-09-15","contributionYears":3.5,"involuntary":true,"registered":true}', '--as-of', '2026-11-28');
    expect(status).toBe(0);
    expect(json).toMatchObject({ ok: true, calculator: 'unemployment-benefit', asOf: '2026-11-28', result: { eligible: true, months: 6, total: '13830.00' } });
    const payments = (json['result'] as { payments: { amount: string }[] }).payments;
    expect(payments.map((p) => p.amount)).toEqual(Array(6).fill('2305.00'));
    expect((json['steps'] as unknown[]).length).toBeGreaterThan(3);
  });

  it('answers the medical example of issue 13: a retiree’s hospital stay in MY2025-26 (worked by hand, no official example exists)', () => {
    // Discharge 2025-10-02 → medical year 2025-07-01/2026-06-30 (沪医保规〔2025〕7号 七（四）). Retired 2012-04 → the
    // “2001年1月1日以后退休” group: 起付 1200, 统筹基金 92% (MY2025-26 announcement; ratio inferred unchanged), cap 65万.
    // 起付 1200: 300 from the 历年账户, 900 cash; 10800 × 0.92 = 9936 fund; 864 cash. 9936 + 300 + 1764 = 12000.
    const { status, json } = estimate(
      'medical-cost-sharing',
      '{"serviceDate":"2025-10-02","admissionDate":"2025-09-25","scheme":"employee","category":"retired","retiredOn":"2012-04","setting":"inpatient","hospitalLevel":2,"bill":{"total":"12000"},"accounts":{"currentYear":"0","previousYears":"300"}}',
      '--as-of',
      '2026-12-02',
    );
    expect(status).toBe(0);
    expect(json).toMatchObject({ ok: true, result: { medicalYear: '2025-07-01/2026-06-30', fundPays: '9936.00', accountPays: '300.00', patientPays: '1764.00', breakdown: { deductible: '1200.00', previousYearsAccount: '300.00', cash: '1764.00' } } });
  });

  it('answers bad input with field errors in English and exit status 2', () => {
    const { status, json } = estimate('unemployment-benefit', '{"claimDate":"2025-13-01","contributionYears":"-1","involuntary":"maybe"}');
    expect(status).toBe(2);
    expect(json['ok']).toBe(false);
    expect(json['errors']).toEqual(
      expect.arrayContaining([
        { field: 'claimDate', code: 'invalid-date', message: 'Date your claim was accepted: Enter a date as year-month-day, like 2025-09-15' },
        { field: 'contributionYears', code: 'out-of-range', message: 'Years of unemployment-insurance contributions: Enter a value from 0 to 70' },
        expect.objectContaining({ field: 'involuntary', code: 'invalid-boolean' }),
        expect.objectContaining({ field: 'registered', code: 'required' }),
      ]),
    );
  });

  it('rejects an unknown calculator and input that is not a JSON object with exit status 2', () => {
    const unknown = estimate('no-such-thing', '{}');
    expect(unknown.status).toBe(2);
    expect(unknown.json).toMatchObject({ ok: false, errors: [{ field: 'calculator', code: 'unknown-calculator' }] });
    const notJson = estimate('unemployment-benefit', '{claimDate:');
    expect(notJson.status).toBe(2);
    expect(notJson.json).toMatchObject({ ok: false, errors: [{ code: 'invalid-json' }] });
  });
});

describe('npm run estimate with hostile input (issue 15)', () => {
  it('a machine field holding an object whose toString is no function: field error and exit 2, not a stack trace', () => {
    const input = '{"serviceDate":"2024-05-10","scheme":"resident","category":"resident-19-59","setting":"outpatient","hospitalLevel":"2","bill":{"total":"1200"},"yearToDate":{"medicalYear":{"toString":1}}}';
    const { status, json, stdout } = estimate('medical-cost-sharing', input, '--as-of', '2026-11-28');
    expect(stdout).not.toMatch(/TypeError|at .*\.ts:/);
    expect(status).toBe(2);
    expect(json).toMatchObject({ ok: false, errors: [{ field: 'yearToDate.medicalYear', code: 'invalid-date' }] });
  });

  it('objects with odd toString/valueOf in the fields of every calculator: one JSON document, exit 2', () => {
    const odd = '{"toString":1,"valueOf":{},"constructor":null}';
    for (const [id, input] of [
      ['unemployment-benefit', `{"claimDate":${odd},"contributionYears":${odd},"involuntary":${odd},"registered":[${odd}]}`],
      ['retirement-age', `{"birthMonth":${odd},"gender":${odd}}`],
      ['medical-cost-sharing', `{"serviceDate":"2024-05-10","scheme":"resident","category":"resident-19-59","setting":"outpatient","hospitalLevel":"2","bill":${odd}}`],
    ] as const) {
      const { status, json } = estimate(id, input);
      expect(status, id).toBe(2);
      expect(json['ok'], id).toBe(false);
    }
  });
});

describe('npm run estimate: options (issue 15, item 9)', () => {
  const run = (args: string[], options: { input?: string; cwd?: string } = {}) => {
    const out = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/estimate.ts'), ...args], {
      encoding: 'utf8',
      cwd: root,
      input: options.input ?? '',
      // npm run sets INIT_CWD to the folder the command was typed in
      env: { ...process.env, ...(options.cwd ? { INIT_CWD: options.cwd } : {}) },
    });
    return { status: out.status, stdout: out.stdout, stderr: out.stderr };
  };
  const CASE_A = { claimDate: '2025-09-15', contributionYears: 3.5, involuntary: true, registered: true };
  const dir = mkdtempSync(join(tmpdir(), 'estimate-'));

  it('--help prints the usage and exits 0 without running an estimate', () => {
    const out = run(['unemployment-benefit', JSON.stringify(CASE_A), '--help']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^Usage:/);
    expect(out.stdout).toContain('--input input.json');
    expect(out.stdout).not.toContain('13830.00');
  });

  it.each(['0000-01-01', '9999-12-31', '1999-12-31', '2101-01-01'])('--as-of %s is outside 2000–2100, as on the page: exit 2', (asOf) => {
    const out = run(['unemployment-benefit', JSON.stringify(CASE_A), '--as-of', asOf]);
    expect(out.status).toBe(2);
    expect(JSON.parse(out.stdout)).toMatchObject({ ok: false, errors: [{ field: 'asOf', code: 'invalid-date' }] });
  });

  it('JSON over 128 KB from --input (a path relative to the caller) and from standard input: case A, 13830.00', () => {
    // A note field the calculator ignores pads the input to 200 KB, past what a command-line argument can carry.
    const big = JSON.stringify({ ...CASE_A, note: 'x'.repeat(200_000) });
    writeFileSync(join(dir, 'input.json'), big);
    for (const out of [run(['unemployment-benefit', '--input', 'input.json', '--as-of', '2026-11-28'], { cwd: dir }), run(['unemployment-benefit', '--as-of', '2026-11-28'], { input: big })]) {
      expect(out.status).toBe(0);
      // case A: floor(3.5) × 2 = 6 months × 2305 = 13830.00
      expect(JSON.parse(out.stdout)).toMatchObject({ ok: true, result: { months: 6, total: '13830.00' } });
    }
  });

  it('a relative --csv path is read from the caller\'s folder, not the project\'s', () => {
    writeFileSync(join(dir, 'people.csv'), 'claimDate,contributionYears,involuntary,registered\n2025-09-15,3.5,yes,yes\n');
    const out = run(['unemployment-benefit', '--format', 'raw', '--csv', 'people.csv', '--as-of', '2026-11-28'], { cwd: dir });
    expect([out.status, out.stderr]).toEqual([0, '']);
    expect(out.stdout).toContain('13830.00');
  });

  it('no input at all: a message and exit 2', () => {
    const out = run(['unemployment-benefit']);
    expect(out.status).toBe(2);
    expect(JSON.parse(out.stdout)).toMatchObject({ ok: false, errors: [{ field: 'input', code: 'invalid-json' }] });
  });
});
