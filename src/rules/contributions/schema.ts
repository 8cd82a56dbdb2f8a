import type Decimal from 'decimal.js';
import { dec, type FieldSpec, InputReader, type IsoDate, type IsoMonth, type Parsed } from '../engine';
import { numberedAliases } from '../shared/aliases';
import { WORK_INJURY_CLASSES, type WorkInjuryClass } from './parameters';

export const KINDS = ['employee', 'flexible'] as const;
export type Kind = (typeof KINDS)[number];
export const HOUSING_FUND_RATES = ['5', '6', '7'] as const;

export interface ContributionsInput {
  month: IsoMonth;
  kind: Kind;
  /** The person's own monthly base before the limits (employee: last year's average monthly wage; flexible: the base chosen). */
  base: Decimal;
  workInjuryClass?: WorkInjuryClass;
  /** The employer's actual work-injury rate in percent (base rate plus its floating part). */
  workInjuryRate?: Decimal;
  /** Housing-fund rate in percent, the same for each side. */
  housingFundRate?: Decimal;
  housingFundBase?: Decimal;
  grossWage?: Decimal;
  /** Pay inside the gross wage that the minimum-wage comparison leaves out (overtime, the heat allowance, …). */
  excludedPay?: Decimal;
}

const EMPLOYEE = { field: 'kind', equals: 'employee' } as const;

export const fields: readonly FieldSpec[] = [
  { name: 'month', kind: 'month', required: true },
  { name: 'kind', kind: 'choice', required: true, options: KINDS, aliases: { employee: ['职工', '单位职工', '在职', '在职职工'], flexible: ['灵活就业', '灵活', '灵活就业人员'] } },
  { name: 'base', kind: 'money', required: true },
  { name: 'workInjuryClass', kind: 'choice', required: false, options: WORK_INJURY_CLASSES, aliases: numberedAliases(WORK_INJURY_CLASSES, ['类', '类行业']), when: EMPLOYEE, group: 'workInjury' },
  { name: 'workInjuryRate', kind: 'decimal', required: false, when: EMPLOYEE, group: 'workInjury' },
  { name: 'housingFundRate', kind: 'choice', required: false, options: HOUSING_FUND_RATES, aliases: { 5: ['0.05'], 6: ['0.06'], 7: ['0.07'] }, when: EMPLOYEE, group: 'housingFund' },
  { name: 'housingFundBase', kind: 'money', required: false, when: EMPLOYEE, group: 'housingFund' },
  { name: 'grossWage', kind: 'money', required: false, when: EMPLOYEE, group: 'minimumWage' },
  { name: 'excludedPay', kind: 'money', required: false, when: EMPLOYEE, group: 'minimumWage' },
];

const MONEY = { min: 0, max: 10_000_000, places: 2 } as const;

export function parse(raw: unknown, _asOf: IsoDate): Parsed<ContributionsInput> {
  const r = new InputReader(raw);
  const month = r.month('month', { min: '2016-01', max: '2100-12' });
  const kind = r.choice('kind', KINDS);
  const base = r.decimal('base', MONEY);
  const input: ContributionsInput = { month, kind, base };
  // The employer's lines, the housing fund and the wage check apply to an employee only (a flexible worker has no employer).
  if (kind === 'employee' && !r.errors.some((e) => e.field === 'kind')) {
    const workInjuryClass = r.optionalChoice('workInjuryClass', WORK_INJURY_CLASSES);
    const workInjuryRate = r.optionalDecimal('workInjuryRate', { min: '0.01', max: 10, places: 4 });
    const housingFundRate = r.optionalChoice('housingFundRate', HOUSING_FUND_RATES);
    const housingFundBase = r.optionalDecimal('housingFundBase', MONEY);
    const grossWage = r.optionalDecimal('grossWage', MONEY);
    const excludedPay = r.optionalDecimal('excludedPay', MONEY);
    if (workInjuryClass) input.workInjuryClass = workInjuryClass;
    if (workInjuryRate) input.workInjuryRate = workInjuryRate;
    if (housingFundRate) input.housingFundRate = dec(housingFundRate);
    if (housingFundBase) input.housingFundBase = housingFundBase;
    if (grossWage) input.grossWage = grossWage;
    if (excludedPay) {
      if (!grossWage && !r.errors.some((e) => e.field === 'grossWage')) r.problem('grossWage', 'required');
      else if (grossWage && excludedPay.greaterThan(grossWage)) r.problem('excludedPay', 'out-of-range', { min: '0', max: grossWage.toString() });
      input.excludedPay = excludedPay;
    }
    if (housingFundBase && !housingFundRate && !r.errors.some((e) => e.field === 'housingFundRate')) r.problem('housingFundRate', 'required');
  }
  return r.done(input);
}
