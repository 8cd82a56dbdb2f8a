import type Decimal from 'decimal.js';
import { coveredRanges, type FieldSpec, InputReader, type IsoDate, type IsoMonth, type Parsed } from '../engine';
import { EMPLOYEE_CATEGORIES, type EmployeeCategory, type HospitalLevel, LEVELS, residentOutpatientDeductible } from './parameters';
import { numberedAliases } from '../shared/aliases';
import { isKnownMedicalYearLabel, medicalYearOf, type Scheme } from './year';

export const SCHEMES = ['employee', 'resident'] as const;
/** 60周岁及以上; 超过18周岁、不满60周岁; 中小学生和婴幼儿（及大学生）; 重残人员 (takes the 60+ rates). */
export const RESIDENT_CATEGORIES = ['resident-60-plus', 'resident-19-59', 'resident-child-student', 'resident-severely-disabled'] as const;
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
  /** Employee retirees: the month of retirement (the 2001-01-01 line of 沪医保规〔2023〕6号). */
  retiredOn?: IsoMonth;
  setting: Setting;
  hospitalLevel: HospitalLevel;
  bill: Bill;
  yearToDate: {
    /** 门急诊自负段 (employees) / 门急诊起付标准 (residents) paid so far this medical year. */
    deductiblePaid: Decimal;
    /** Employees: 住院 / 急观 起付标准 paid so far this medical year. */
    inpatientDeductiblePaid: Decimal;
    /** Employees: eligible inpatient expenses above the 起付标准 so far this medical year (measured against the yearly maximum). */
    expensesAboveDeductible: Decimal;
    fundPaid: Decimal;
    /** The medical year the amounts belong to, as a result's `yearToDateAfter.medicalYear` gives it (machine input). */
    medicalYear?: string;
  };
  /** Employee individual medical account balances (当年账户, 历年账户). */
  accounts?: { currentYear: Decimal; previousYears: Decimal };
}

const MONEY = { min: 0, max: '1000000000', places: 2 } as const;
const EMPLOYEE = { field: 'scheme', equals: 'employee' } as const;

export const fields: readonly FieldSpec[] = [
  { name: 'serviceDate', kind: 'date', required: true },
  { name: 'scheme', kind: 'choice', required: true, options: SCHEMES, aliases: { employee: ['职工医保', '职工'], resident: ['居民医保', '居民'] } },
  { name: 'category', kind: 'choice', required: true, options: CATEGORIES, aliases: { 'in-service': ['在职', '在职职工'], retired: ['退休', '退休人员', '退休职工'], 'resident-60-plus': ['60岁以上', '60岁及以上'], 'resident-19-59': ['19-59岁', '19至59岁'], 'resident-child-student': ['学生', '儿童', '少儿', '中小学生', '大学生'], 'resident-severely-disabled': ['重残', '重残人员'] }, optionsWhen: { field: 'scheme', options: { employee: EMPLOYEE_CATEGORIES, resident: RESIDENT_CATEGORIES } } },
  { name: 'retiredOn', kind: 'month', required: true, when: { field: 'category', equals: 'retired' } },
  { name: 'setting', kind: 'choice', required: true, options: SETTINGS, aliases: { outpatient: ['门诊', '急诊', '门急诊'], inpatient: ['住院'] } },
  { name: 'admissionDate', kind: 'date', required: false, when: { field: 'setting', equals: 'inpatient' } },
  { name: 'hospitalLevel', kind: 'choice', required: true, options: LEVELS, aliases: { ...numberedAliases(LEVELS, ['级', '级医院']), 1: ['1级', '一级', '1级医院', '一级医院', '社区', '社区医院', '社区卫生服务中心'] } },
  { name: 'bill.total', kind: 'money', required: true, group: 'bill' },
  { name: 'bill.notCovered', kind: 'money', required: false, group: 'bill' },
  { name: 'bill.categoryBSelfPay', kind: 'money', required: false, group: 'bill' },
  { name: 'yearToDate.deductiblePaid', kind: 'money', required: false, group: 'yearToDate' },
  { name: 'yearToDate.inpatientDeductiblePaid', kind: 'money', required: false, group: 'yearToDate', when: EMPLOYEE },
  { name: 'yearToDate.expensesAboveDeductible', kind: 'money', required: false, group: 'yearToDate', when: EMPLOYEE },
  { name: 'yearToDate.fundPaid', kind: 'money', required: false, group: 'yearToDate' },
  { name: 'accounts.currentYear', kind: 'money', required: false, when: EMPLOYEE },
  { name: 'accounts.previousYears', kind: 'money', required: false, when: EMPLOYEE },
];

export function parse(raw: unknown, asOf: IsoDate): Parsed<MedicalInput> {
  const r = new InputReader(raw);
  const serviceDate = r.date('serviceDate', { min: '1990-01-01', max: '2100-12-31' });
  const scheme = r.choice('scheme', SCHEMES);
  const category = r.choice('category', CATEGORIES);
  // Asked only of a retiree (the form shows it then); ignored otherwise.
  const retiredOn = category === 'retired' ? r.month('retiredOn', { min: '1950-01', max: '2100-12' }) : undefined;
  const setting = r.choice('setting', SETTINGS);
  const admissionDate = r.optionalDate('admissionDate', { min: '1990-01-01', max: '2100-12-31' });
  const hospitalLevel = r.choice('hospitalLevel', LEVELS);
  const total = r.decimal('bill.total', MONEY);
  const notCovered = r.optionalDecimal('bill.notCovered', MONEY);
  const categoryBSelfPay = r.optionalDecimal('bill.categoryBSelfPay', MONEY);
  const deductiblePaid = r.optionalDecimal('yearToDate.deductiblePaid', MONEY);
  const inpatientDeductiblePaid = r.optionalDecimal('yearToDate.inpatientDeductiblePaid', MONEY);
  const expensesAboveDeductible = r.optionalDecimal('yearToDate.expensesAboveDeductible', MONEY);
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
  // Retired after the bill: not yet retired on the day (benefits as a retiree start in the month the pension starts).
  if (retiredOn !== undefined && ok('retiredOn') && ok('serviceDate') && retiredOn > serviceDate.slice(0, 7)) r.problem('retiredOn', 'inconsistent');
  // 自费 and 分类自负 are parts of the bill.
  if (ok('bill.total') && ok('bill.notCovered') && ok('bill.categoryBSelfPay') && bill.notCovered.plus(bill.categoryBSelfPay).greaterThan(total)) {
    r.problem('bill.total', 'inconsistent');
  }
  if (admissionDate !== undefined && ok('admissionDate')) {
    if (setting !== 'inpatient') r.problem('admissionDate', 'inconsistent');
    else if (ok('serviceDate') && admissionDate > serviceDate) r.problem('admissionDate', 'inconsistent');
  }
  // Residents have no individual medical account, and none of the employee inpatient accumulators.
  if (scheme === 'resident' && ok('scheme')) {
    for (const [f, v] of [
      ['accounts.currentYear', currentYear],
      ['accounts.previousYears', previousYears],
      ['yearToDate.inpatientDeductiblePaid', inpatientDeductiblePaid],
      ['yearToDate.expensesAboveDeductible', expensesAboveDeductible],
    ] as const) {
      if (v?.greaterThan(0)) r.problem(f, 'inconsistent');
    }
  }
  // Only a real medical year of the scheme (of either scheme while the scheme itself is in error): an impossible label
  // must not pass for another year's and silently reset the deductible already paid.
  if (carriedYear !== undefined && ok('yearToDate.medicalYear') && !(ok('scheme') ? [scheme] : SCHEMES).some((sc) => isKnownMedicalYearLabel(sc, carriedYear, asOf))) {
    r.problem('yearToDate.medicalYear', 'invalid-date');
  }

  if (ok('serviceDate') && ok('scheme')) {
    const year = medicalYearOf(scheme, serviceDate, asOf);
    if (scheme === 'resident') {
      // The resident figures' years (sourced, and the carried-forward one): the year's dates alone are not enough.
      const ranges = coveredRanges(residentOutpatientDeductible, asOf);
      const bounds = { from: ranges[0]?.from ?? '', to: ranges[ranges.length - 1]?.to ?? '' };
      if (!year || serviceDate < bounds.from || serviceDate > bounds.to) r.problem('serviceDate', 'date-not-covered', bounds);
      // A stay over the turn of the resident year: the resident sources give no rule for it.
      else if (admissionDate !== undefined && ok('admissionDate') && admissionDate < year.from) r.problem('admissionDate', 'date-not-covered', { from: year.from, to: year.to });
    }
    // Carried amounts from a later medical year than this bill's: the bills are out of order.
    if (year && carriedYear !== undefined && ok('yearToDate.medicalYear') && carriedYear.slice(0, 10) > year.from) r.problem('serviceDate', 'inconsistent');
  }

  const input: MedicalInput = {
    serviceDate,
    scheme,
    category,
    setting,
    hospitalLevel,
    bill,
    yearToDate: { deductiblePaid: deductiblePaid ?? zero, inpatientDeductiblePaid: inpatientDeductiblePaid ?? zero, expensesAboveDeductible: expensesAboveDeductible ?? zero, fundPaid: fundPaid ?? zero },
  };
  if (retiredOn !== undefined) input.retiredOn = retiredOn;
  if (carriedYear !== undefined) input.yearToDate.medicalYear = carriedYear;
  if (admissionDate !== undefined) input.admissionDate = admissionDate;
  if (currentYear !== undefined || previousYears !== undefined) input.accounts = { currentYear: currentYear ?? zero, previousYears: previousYears ?? zero };
  return r.done(input);
}
