import type Decimal from 'decimal.js';
import { coveredRanges, type FieldSpec, InputReader, type IsoDate, type Parsed } from '../engine';
import { EMPLOYEE_CATEGORIES, type EmployeeCategory, type HospitalLevel, LEVELS, residentMedicalYear } from './parameters';
import { isKnownMedicalYearLabel, medicalYearOf, type Scheme } from './year';

export const SCHEMES = ['employee', 'resident'] as const;
export const RESIDENT_CATEGORIES = ['resident-60-plus', 'resident-19-59', 'resident-child-student'] as const;
export type ResidentCategory = (typeof RESIDENT_CATEGORIES)[number];
export const CATEGORIES = [...EMPLOYEE_CATEGORIES, ...RESIDENT_CATEGORIES] as const;
export type Category = EmployeeCategory | ResidentCategory;
export const SETTINGS = ['outpatient', 'inpatient'] as const;
export type Setting = (typeof SETTINGS)[number];

export interface Bill {
  total: Decimal;
  /** 自费: items outside the insurance catalogue. */
  notCovered: Decimal;
  /** 分类自负: the share of category-B (乙类) items the patient pays before the rest is covered. */
  categoryBSelfPay: Decimal;
}

export interface MedicalInput {
  /** Outpatient: the visit date. Inpatient: the discharge date (沪医保规〔2025〕7号 七（三）（四）). */
  serviceDate: IsoDate;
  admissionDate?: IsoDate;
  scheme: Scheme;
  /** Employee inpatient: the category at discharge; outpatient: on the visit date. */
  category: Category;
  setting: Setting;
  hospitalLevel: HospitalLevel;
  bill: Bill;
  yearToDate: {
    deductiblePaid: Decimal;
    fundPaid: Decimal;
    /** The medical year the two amounts belong to, as a result's `yearToDateAfter.medicalYear` gives it (machine input). */
    medicalYear?: string;
  };
  /** Employee individual medical account balances (当年账户, 历年账户). */
  accounts?: { currentYear: Decimal; previousYears: Decimal };
}

const MONEY = { min: 0, max: '1000000000', places: 2 } as const;

export const fields: readonly FieldSpec[] = [
  { name: 'serviceDate', kind: 'date', required: true },
  { name: 'scheme', kind: 'choice', required: true, options: SCHEMES },
  { name: 'category', kind: 'choice', required: true, options: CATEGORIES },
  { name: 'setting', kind: 'choice', required: true, options: SETTINGS },
  { name: 'admissionDate', kind: 'date', required: false, when: { field: 'setting', equals: 'inpatient' } },
  { name: 'hospitalLevel', kind: 'choice', required: true, options: LEVELS },
  { name: 'bill.total', kind: 'money', required: true, group: 'bill' },
  { name: 'bill.notCovered', kind: 'money', required: false, group: 'bill' },
  { name: 'bill.categoryBSelfPay', kind: 'money', required: false, group: 'bill' },
  { name: 'yearToDate.deductiblePaid', kind: 'money', required: false, group: 'yearToDate' },
  { name: 'yearToDate.fundPaid', kind: 'money', required: false, group: 'yearToDate' },
  { name: 'accounts.currentYear', kind: 'money', required: false, when: { field: 'scheme', equals: 'employee' } },
  { name: 'accounts.previousYears', kind: 'money', required: false, when: { field: 'scheme', equals: 'employee' } },
];

const YEAR_RE = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;

export function parse(raw: unknown, asOf: IsoDate): Parsed<MedicalInput> {
  const r = new InputReader(raw);
  const serviceDate = r.date('serviceDate', { min: '1990-01-01', max: '2100-12-31' });
  const scheme = r.choice('scheme', SCHEMES);
  const category = r.choice('category', CATEGORIES);
  const setting = r.choice('setting', SETTINGS);
  const admissionDate = r.optionalDate('admissionDate', { min: '1990-01-01', max: '2100-12-31' });
  const hospitalLevel = r.choice('hospitalLevel', LEVELS);
  const total = r.decimal('bill.total', MONEY);
  const notCovered = r.optionalDecimal('bill.notCovered', MONEY);
  const categoryBSelfPay = r.optionalDecimal('bill.categoryBSelfPay', MONEY);
  const deductiblePaid = r.optionalDecimal('yearToDate.deductiblePaid', MONEY);
  const fundPaid = r.optionalDecimal('yearToDate.fundPaid', MONEY);
  const currentYear = r.optionalDecimal('accounts.currentYear', MONEY);
  const previousYears = r.optionalDecimal('accounts.previousYears', MONEY);
  const carriedYear = r.optionalText('yearToDate.medicalYear', { maxLength: 21, invalid: 'invalid-date' });

  const ok = (field: string) => !r.errors.some((e) => e.field === field);
  const zero = total.minus(total);
  const bill: Bill = { total, notCovered: notCovered ?? zero, categoryBSelfPay: categoryBSelfPay ?? zero };

  // Each category belongs to one scheme.
  if (ok('scheme') && ok('category')) {
    const own: readonly string[] = scheme === 'employee' ? EMPLOYEE_CATEGORIES : RESIDENT_CATEGORIES;
    if (!own.includes(category)) r.problem('category', 'inconsistent');
  }
  // 自费 and 分类自负 are parts of the bill.
  if (ok('bill.total') && ok('bill.notCovered') && ok('bill.categoryBSelfPay') && bill.notCovered.plus(bill.categoryBSelfPay).greaterThan(total)) {
    r.problem('bill.total', 'inconsistent');
  }
  if (admissionDate !== undefined && ok('admissionDate')) {
    if (setting !== 'inpatient') r.problem('admissionDate', 'inconsistent');
    else if (ok('serviceDate') && admissionDate > serviceDate) r.problem('admissionDate', 'inconsistent');
  }
  // Residents have no individual medical account.
  if (scheme === 'resident' && ok('scheme')) {
    if (currentYear?.greaterThan(0)) r.problem('accounts.currentYear', 'inconsistent');
    if (previousYears?.greaterThan(0)) r.problem('accounts.previousYears', 'inconsistent');
  }
  // Only a real medical year of this scheme: an impossible label must not pass for another year (and reset the deductible).
  if (carriedYear !== undefined && ok('yearToDate.medicalYear') && !(ok('scheme') ? isKnownMedicalYearLabel(carriedYear, scheme) : YEAR_RE.test(carriedYear))) {
    r.problem('yearToDate.medicalYear', 'invalid-date');
  }

  if (ok('serviceDate') && ok('scheme')) {
    const year = medicalYearOf(scheme, serviceDate, asOf);
    if (scheme === 'resident') {
      const range = coveredRanges(residentMedicalYear, asOf)[0];
      const bounds = { from: range?.from ?? '', to: range?.to ?? '' };
      if (!year) r.problem('serviceDate', 'date-not-covered', bounds);
      // A stay over the turn of the resident year: the resident source gives no rule for it.
      else if (admissionDate !== undefined && ok('admissionDate') && admissionDate < year.from) r.problem('admissionDate', 'date-not-covered', { from: year.from, to: year.to });
    }
    // Carried amounts from a later medical year than this bill's: the bills are out of order.
    if (year && carriedYear !== undefined && YEAR_RE.test(carriedYear) && carriedYear.slice(0, 10) > year.from) r.problem('serviceDate', 'inconsistent');
  }

  const input: MedicalInput = {
    serviceDate,
    scheme,
    category,
    setting,
    hospitalLevel,
    bill,
    yearToDate: { deductiblePaid: deductiblePaid ?? zero, fundPaid: fundPaid ?? zero },
  };
  if (carriedYear !== undefined) input.yearToDate.medicalYear = carriedYear;
  if (admissionDate !== undefined) input.admissionDate = admissionDate;
  if (currentYear !== undefined || previousYears !== undefined) input.accounts = { currentYear: currentYear ?? zero, previousYears: previousYears ?? zero };
  return r.done(input);
}
