// @vitest-environment node
import { spawnSync } from 'node:child_process';
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
