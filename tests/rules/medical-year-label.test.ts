// @vitest-environment node
/**
 * Amounts carried from an earlier bill are tied to a medical-year label; only a real, known label is accepted
 * (issue 15, item 7). Before, any two dates of the right shape passed, and an impossible label silently reset the
 * deductible already paid.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/rules/engine';
import { loadCalculator } from '../../src/rules/registry';
import { isKnownMedicalYearLabel } from '../../src/rules/medical-cost-sharing/year';

const calc = await loadCalculator('medical-cost-sharing');
const AS_OF_LABELS = '2026-11-28';
/** A 2024 resident outpatient bill of 1000 yuan at a level-2 hospital, 500 yuan of the deductible already paid. */
const bill = (medicalYear: string) => ({
  serviceDate: '2024-05-10',
  scheme: 'resident',
  category: 'resident-19-59',
  setting: 'outpatient',
  hospitalLevel: '2',
  bill: { total: '1000' },
  yearToDate: { deductiblePaid: '500', fundPaid: '0', medicalYear },
});

describe('medical-year labels', () => {
  it.each(['0000-00-00/0000-00-00', '2024-01-01/2099-99-99', '2024-02-30/2024-12-31', '2024-03-01/2024-12-31', '2024-01-01/2025-12-31', '1066-01-01/1066-12-31'])(
    '%s is refused at the field, not taken for a new year',
    (label) => {
      expect(isKnownMedicalYearLabel('resident', label, AS_OF_LABELS)).toBe(false);
      const out = run(calc, bill(label), '2026-11-28');
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.errors).toContainEqual({ field: 'yearToDate.medicalYear', code: 'invalid-date' });
    },
  );

  it('a resident calendar year and an employee July–June year are known; each only for its own scheme', () => {
    expect(isKnownMedicalYearLabel('resident', '2024-01-01/2024-12-31', AS_OF_LABELS)).toBe(true);
    expect(isKnownMedicalYearLabel('resident', '2023-01-01/2023-12-31', AS_OF_LABELS)).toBe(true);
    expect(isKnownMedicalYearLabel('employee', '2025-07-01/2026-06-30', AS_OF_LABELS)).toBe(true);
    expect(isKnownMedicalYearLabel('resident', '2025-07-01/2026-06-30', AS_OF_LABELS)).toBe(false);
    expect(isKnownMedicalYearLabel('employee', '2024-01-01/2024-12-31', AS_OF_LABELS)).toBe(false);
  });

  it('the same year carries the deductible already paid', () => {
    const out = run(calc, bill('2024-01-01/2024-12-31'), '2026-11-28');
    expect(out.ok).toBe(true);
    // the 500 yuan deductible (S1, level 2) is already paid, so it stays at 500.00
    if (out.ok) expect((out.result as { yearToDateAfter: { deductiblePaid: string } }).yearToDateAfter.deductiblePaid).toBe('500.00');
  });
});
