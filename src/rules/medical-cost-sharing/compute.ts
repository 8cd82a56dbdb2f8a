import {
  type Citation,
  dec,
  type Dec,
  type IsoDate,
  type Lookup,
  max,
  min,
  type Notice,
  type Outcome,
  type Parameter,
  round,
  type Rounding,
  step,
  type Step,
  tryValueAt,
  used,
  valueAt,
  yuan,
} from '../engine';
import {
  type ByBand,
  EMPLOYEE_CAP_READING,
  EMPLOYEE_MY2023,
  EMPLOYEE_RULES_2025,
  EMPLOYEE_SETTLEMENT_ORDER,
  type EmployeeGroup,
  employeeAboveCapShare,
  employeeCap,
  employeeInpatientDeductible,
  employeeInpatientFundShare,
  employeeOutpatientDeductible,
  employeeOutpatientFundShare,
  RESIDENT_2024,
  RESIDENT_RULES_WORDING,
  type ResidentBand,
  residentCap,
  residentInpatientDeductible,
  residentInpatientPatientShare,
  residentMedicalYear,
  residentOutpatientDeductible,
  residentOutpatientPatientShare,
} from './parameters';
import type { Bill, MedicalInput, ResidentCategory } from './schema';
import { medicalYearOf, type MedicalYear, yearParameter } from './year';

/**
 * The funds' shares are settled in fen. The sources do not state the rounding; settlement slips are in fen and
 * 四舍五入 (half-up) is assumed. Only the funds' shares are rounded: every other part is a difference of exact amounts.
 */
export const FUND_ROUNDING: Rounding = { places: 2, mode: 'half-up' };

/** The parts of a bill, as the settlement slip lists them. Null where the year's figures are not covered, or (accounts, 附加基金) for residents. */
export interface Breakdown {
  /** 自费 */
  notCovered: string;
  /** 分类自负 */
  categoryBSelfPay: string;
  /** 当年账户段 (employee outpatient: the current-year account pays the covered amount first). */
  currentYearAccount: string | null;
  /** 起付标准 / 自负段 borne by the patient in this bill (from the 历年账户 or cash). */
  deductible: string | null;
  /** The patient's share above the deductible and under the yearly maximum (共负段 / 统筹段 个人负担). */
  coPay: string | null;
  /** The patient's share of expenses above the yearly maximum (employees: 20%). */
  aboveCap: string | null;
  /** 地方附加医疗保险基金: its 80% of expenses above the yearly maximum (employees; part of fundPays). */
  supplementaryFund: string | null;
  /** What the previous-years account (历年账户) paid of the patient's parts (employees). */
  previousYearsAccount: string | null;
  /** Cash: the patient's parts not paid from an account (= patientPays). */
  cash: string | null;
}

export interface YearToDate {
  medicalYear: string;
  deductiblePaid: string;
  inpatientDeductiblePaid: string;
  expensesAboveDeductible: string;
  fundPaid: string;
}

export interface MedicalCostResult {
  /** False when the medical year's figures are not sourced: no split is given then. */
  covered: boolean;
  scheme: MedicalInput['scheme'];
  setting: MedicalInput['setting'];
  /** "2025-07-01/2026-06-30"; null where the year's dates are not sourced. */
  medicalYear: string | null;
  /** Employees: the group of 沪医保规〔2023〕6号 the person is settled in. */
  group: EmployeeGroup | null;
  fundPays: string | null;
  /** Both accounts together (当年账户 + 历年账户); "0.00" for residents, who have none. */
  accountPays: string | null;
  /** What the patient pays in cash. fundPays + accountPays + patientPays = bill.total. */
  patientPays: string | null;
  breakdown: Breakdown;
  /** What each account paid (employees). */
  accountUse: { currentYear: string; previousYears: string } | null;
  /** The accumulators to carry to the next bill of the same medical year. */
  yearToDateAfter: YearToDate | null;
  /** The account balances after this bill (employees who gave them). */
  accountsAfter: { currentYear: string; previousYears: string } | null;
}

// ---------------------------------------------------------------------------------------------------------------
// The settlement of one bill, segment by segment

export interface SegmentInput {
  /** The part of the deductible still due in this bill: the yearly standard less what is paid, or a per-admission standard. */
  deductibleDue: Dec;
  /** The fund's share of the covered amount above the deductible (and under the yearly maximum). */
  fundShare: Dec;
  /** Employee outpatient: the current-year account pays the covered amount before the 自负段. */
  currentYearFirst: boolean;
  /** Employee inpatient: room left under the yearly maximum for expenses above the 起付, and the 附加基金's share above it. */
  cap?: { room: Dec; aboveShare: Dec };
}

export interface Balances {
  currentYear: Dec;
  previousYears: Dec;
}

/** The patient's parts, in the order the previous-years account pays them. */
export interface PatientParts {
  categoryB: Dec;
  deductible: Dec;
  coPay: Dec;
  aboveCap: Dec;
}

export interface Settlement {
  covered: Dec;
  currentYearAccount: Dec;
  deductible: Dec;
  /** Covered expenses above the deductible (after the current-year account). */
  base: Dec;
  underCap: Dec;
  overCap: Dec;
  poolFund: Dec;
  supplementaryFund: Dec;
  fund: Dec;
  coPay: Dec;
  aboveCap: Dec;
  /** What the previous-years account paid of each part, and what was left to cash. */
  fromAccount: PatientParts;
  inCash: PatientParts;
  previousYearsAccount: Dec;
  accountPays: Dec;
  patientPays: Dec;
}

/**
 * Order of payment (fact sheet medical-2023-2026 §1.3): 自费 and 分类自负 first; outpatient: 当年账户 first, then the
 * yearly 自负段, then the fund's share of the 共负段; inpatient: the 起付段, then the 统筹段, above the yearly maximum the
 * 附加基金's 80%. Each patient part is paid from the 历年账户 first, then cash; 自费 is cash.
 */
export function settle(bill: Bill, seg: SegmentInput, balances?: Balances): Settlement {
  const zero = dec(0);
  const covered = bill.total.minus(bill.notCovered).minus(bill.categoryBSelfPay);
  const currentYearAccount = seg.currentYearFirst && balances ? min(covered, balances.currentYear) : zero;
  const afterAccount = covered.minus(currentYearAccount);
  const deductible = min(afterAccount, max(seg.deductibleDue, zero));
  const base = afterAccount.minus(deductible);
  const underCap = seg.cap ? min(base, max(seg.cap.room, zero)) : base;
  const overCap = base.minus(underCap);
  const poolFund = round(underCap.times(seg.fundShare), FUND_ROUNDING);
  const supplementaryFund = seg.cap ? round(overCap.times(seg.cap.aboveShare), FUND_ROUNDING) : zero;
  const fund = poolFund.plus(supplementaryFund);
  const coPay = underCap.minus(poolFund);
  const aboveCap = overCap.minus(supplementaryFund);
  let left = balances ? balances.previousYears : zero;
  const take = (part: Dec): [Dec, Dec] => {
    const a = min(part, left);
    left = left.minus(a);
    return [a, part.minus(a)];
  };
  const [aB, cB] = take(bill.categoryBSelfPay);
  const [aD, cD] = take(deductible);
  const [aC, cC] = take(coPay);
  const [aA, cA] = take(aboveCap);
  const fromAccount = { categoryB: aB, deductible: aD, coPay: aC, aboveCap: aA };
  const inCash = { categoryB: cB, deductible: cD, coPay: cC, aboveCap: cA };
  const previousYearsAccount = aB.plus(aD).plus(aC).plus(aA);
  const accountPays = currentYearAccount.plus(previousYearsAccount);
  const patientPays = bill.notCovered.plus(cB).plus(cD).plus(cC).plus(cA);
  return { covered, currentYearAccount, deductible, base, underCap, overCap, poolFund, supplementaryFund, fund, coPay, aboveCap, fromAccount, inCash, previousYearsAccount, accountPays, patientPays };
}

// ---------------------------------------------------------------------------------------------------------------

const NS = 'medical-cost-sharing';

/** The rows of S1 a resident category reads. 60-69 and 70+ are one category; 0-18 is the child/student row; 重残人员 take the 60+ rows (R5). */
export const RESIDENT_ROWS: Record<ResidentCategory, readonly ResidentBand[]> = {
  'resident-60-plus': ['60-69', '70+'],
  'resident-19-59': ['19-59'],
  'resident-child-student': ['0-18'],
  'resident-severely-disabled': ['60-69', '70+'],
};

function pickRow<T>(table: ByBand<T>, category: ResidentCategory, id: string): T {
  const rows = RESIDENT_ROWS[category].map((b) => table[b]);
  const first = rows[0]!;
  // A category that spans rows needs them to agree; a year where they differ needs the category split.
  if (rows.some((r) => JSON.stringify(r) !== JSON.stringify(first))) throw new Error(`${id}: rows ${RESIDENT_ROWS[category].join(', ')} differ; split ${category}`);
  return first;
}

const fmt = (d: Dec): string => yuan(d);
const pct = (ratio: Dec): string => ratio.times(100).toString();

const YEAR_CITATION: Record<MedicalInput['scheme'], Citation> = {
  employee: { ...EMPLOYEE_RULES_2025, article: '七（一）' },
  resident: { ...RESIDENT_2024, inferred: true, note: 'Read as the calendar year (the yearly resident notices run to 31 December).' },
};

interface Carried {
  deductiblePaid: Dec;
  inpatientDeductiblePaid: Dec;
  expensesAboveDeductible: Dec;
  fundPaid: Dec;
}

/** The carried accumulators belong to the bill's medical year, or start again at zero in a new one (七（一）: all per medical year). */
function carried(input: MedicalInput, year: MedicalYear, steps: Step[]): Carried {
  const given = input.yearToDate;
  if (given.medicalYear !== undefined && given.medicalYear !== year.label) {
    steps.push(step(`${NS}:new-year`, { previous: given.medicalYear, medicalYear: year.label }, { citations: [YEAR_CITATION[input.scheme]] }));
    return { deductiblePaid: dec(0), inpatientDeductiblePaid: dec(0), expensesAboveDeductible: dec(0), fundPaid: dec(0) };
  }
  return { deductiblePaid: given.deductiblePaid, inpatientDeductiblePaid: given.inpatientDeductiblePaid, expensesAboveDeductible: given.expensesAboveDeductible, fundPaid: given.fundPaid };
}

function yearStep(input: MedicalInput, year: MedicalYear, steps: Step[]): void {
  const param = yearParameter(input.scheme);
  steps.push(
    step(`${NS}:medical-year`, { scheme: input.scheme, serviceDate: input.serviceDate, medicalYear: year.label, rule: year.lookup.value }, { params: [used(param, year.lookup)], citations: [YEAR_CITATION[input.scheme]] }),
  );
}

function billSteps(input: MedicalInput, steps: Step[]): void {
  const b = input.bill;
  steps.push(step(`${NS}:not-covered`, { amount: fmt(b.notCovered) }));
  steps.push(step(`${NS}:category-b`, { amount: fmt(b.categoryBSelfPay) }));
}

function uncovered(input: MedicalInput, medicalYear: string | null, group: EmployeeGroup | null): MedicalCostResult {
  return {
    covered: false,
    scheme: input.scheme,
    setting: input.setting,
    medicalYear,
    group,
    fundPays: null,
    accountPays: null,
    patientPays: null,
    breakdown: {
      notCovered: fmt(input.bill.notCovered),
      categoryBSelfPay: fmt(input.bill.categoryBSelfPay),
      currentYearAccount: null,
      deductible: null,
      coPay: null,
      aboveCap: null,
      supplementaryFund: null,
      previousYearsAccount: null,
      cash: null,
    },
    accountUse: null,
    yearToDateAfter: null,
    accountsAfter: null,
  };
}

function settledResult(input: MedicalInput, year: MedicalYear, group: EmployeeGroup | null, s: Settlement, after: Carried, balances?: Balances): MedicalCostResult {
  const employee = input.scheme === 'employee';
  return {
    covered: true,
    scheme: input.scheme,
    setting: input.setting,
    medicalYear: year.label,
    group,
    fundPays: fmt(s.fund),
    accountPays: fmt(s.accountPays),
    patientPays: fmt(s.patientPays),
    breakdown: {
      notCovered: fmt(input.bill.notCovered),
      categoryBSelfPay: fmt(input.bill.categoryBSelfPay),
      currentYearAccount: employee ? fmt(s.currentYearAccount) : null,
      deductible: fmt(s.deductible),
      coPay: fmt(s.coPay),
      aboveCap: fmt(s.aboveCap),
      supplementaryFund: employee ? fmt(s.supplementaryFund) : null,
      previousYearsAccount: employee ? fmt(s.previousYearsAccount) : null,
      cash: fmt(s.patientPays),
    },
    accountUse: balances ? { currentYear: fmt(s.currentYearAccount), previousYears: fmt(s.previousYearsAccount) } : null,
    yearToDateAfter: {
      medicalYear: year.label,
      deductiblePaid: fmt(after.deductiblePaid),
      inpatientDeductiblePaid: fmt(after.inpatientDeductiblePaid),
      expensesAboveDeductible: fmt(after.expensesAboveDeductible),
      fundPaid: fmt(after.fundPaid),
    },
    accountsAfter: balances ? { currentYear: fmt(balances.currentYear.minus(s.currentYearAccount)), previousYears: fmt(balances.previousYears.minus(s.previousYearsAccount)) } : null,
  };
}

function coveredStep(input: MedicalInput, s: Settlement): Step {
  const b = input.bill;
  return step(`${NS}:covered`, { total: fmt(b.total), notCovered: fmt(b.notCovered), categoryBSelfPay: fmt(b.categoryBSelfPay), covered: fmt(s.covered) }, { formula: `${fmt(b.total)} − ${fmt(b.notCovered)} − ${fmt(b.categoryBSelfPay)} = ${fmt(s.covered)}` });
}

function totalStep(input: MedicalInput, s: Settlement): Step {
  return step(
    `${NS}:total`,
    { fund: fmt(s.fund), account: fmt(s.accountPays), patient: fmt(s.patientPays), total: fmt(input.bill.total) },
    { formula: `${fmt(s.fund)} + ${fmt(s.accountPays)} + ${fmt(s.patientPays)} = ${fmt(s.fund.plus(s.accountPays).plus(s.patientPays))}` },
  );
}

// ---------------------------------------------------------------------------------------------------------------

export function compute(input: MedicalInput, asOf: IsoDate): Outcome<MedicalCostResult> {
  return input.scheme === 'employee' ? computeEmployee(input, asOf) : computeResident(input, asOf);
}

function computeResident(input: MedicalInput, asOf: IsoDate): Outcome<MedicalCostResult> {
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const date = input.serviceDate;
  // Throws NotCoveredError outside the sourced years (the schema reports it first).
  valueAt(residentMedicalYear, date, asOf);
  const year = medicalYearOf('resident', date, asOf)!;
  const category = input.category as ResidentCategory;
  const level = input.hospitalLevel;
  yearStep(input, year, steps);
  // R5: “60周岁及以上人员、以及重残人员” share the 60+ rates.
  steps.push(step(`${NS}:resident-category`, { category, rows: RESIDENT_ROWS[category].join(', ') }, { citations: [category === 'resident-severely-disabled' ? RESIDENT_RULES_WORDING : RESIDENT_2024] }));
  if (category === 'resident-child-student') notices.push({ code: 'child-student-row' });
  const from = carried(input, year, steps);
  billSteps(input, steps);

  const outpatient = input.setting === 'outpatient';
  // Outpatient: a yearly 起付标准 by age row; inpatient: 起付 per admission, by level.
  const yearly = outpatient ? valueAt(residentOutpatientDeductible, date, asOf) : undefined;
  const perAdmission = outpatient ? undefined : valueAt(residentInpatientDeductible, date, asOf);
  const standard = dec(yearly ? pickRow(yearly.value, category, residentOutpatientDeductible.id) : perAdmission!.value[level]);
  const due = outpatient ? max(standard.minus(from.deductiblePaid), dec(0)) : standard;
  // Outpatient: patient 30% / 40% / 50% by level (all ages); inpatient: by age row and level (办法 wording).
  const oLookup = outpatient ? valueAt(residentOutpatientPatientShare, date, asOf) : undefined;
  const iLookup = outpatient ? undefined : valueAt(residentInpatientPatientShare, date, asOf);
  const patientShare = dec(oLookup ? oLookup.value[level] : pickRow(iLookup!.value, category, residentInpatientPatientShare.id)[level]);
  const share = dec(1).minus(patientShare);
  // 统筹基金年度最高支付限额: not found for residents; the fund's share is then not limited by it.
  const capLookup = tryValueAt(residentCap, date, asOf);
  const s = settle(input.bill, { deductibleDue: due, fundShare: share, currentYearFirst: false, ...(capLookup ? { cap: { room: dec(capLookup.value).minus(from.fundPaid), aboveShare: dec(0) } } : {}) });

  steps.push(coveredStep(input, s));
  if (outpatient) {
    steps.push(
      step(
        `${NS}:deductible-yearly`,
        { standard: fmt(standard), paid: fmt(from.deductiblePaid), due: fmt(due), deductible: fmt(s.deductible) },
        { params: [used(residentOutpatientDeductible, yearly!, () => standard.toString())], formula: `min(${fmt(s.covered)}, max(${fmt(standard)} − ${fmt(from.deductiblePaid)}, 0)) = ${fmt(s.deductible)}` },
      ),
    );
  } else {
    steps.push(step(`${NS}:deductible-admission`, { level, standard: fmt(standard), deductible: fmt(s.deductible) }, { params: [used(residentInpatientDeductible, perAdmission!, () => standard.toString())], formula: `min(${fmt(s.covered)}, ${fmt(standard)}) = ${fmt(s.deductible)}` }));
  }
  const shareParam = oLookup ? used(residentOutpatientPatientShare, oLookup, () => patientShare.toString()) : used(residentInpatientPatientShare, iLookup!, () => patientShare.toString());
  steps.push(
    step(
      `${NS}:fund-share`,
      { level, patientShare: pct(patientShare), fundShare: pct(share), base: fmt(s.base), fund: fmt(s.poolFund), coPay: fmt(s.coPay) },
      { params: [shareParam], rounding: FUND_ROUNDING, formula: `(${fmt(s.covered)} − ${fmt(s.deductible)}) × (1 − ${patientShare.toString()}) = ${s.base.times(share).toString()} → ${fmt(s.poolFund)}` },
    ),
  );
  if (!outpatient) notices.push({ code: 'inpatient-share-secondary' });
  if (capLookup) steps.push(step(`${NS}:cap`, { cap: fmt(dec(capLookup.value)), fundPaid: fmt(from.fundPaid), fund: fmt(s.fund), aboveCap: fmt(s.aboveCap) }, { params: [used(residentCap, capLookup)] }));
  else {
    steps.push(step(`${NS}:cap-not-found`, { fundPaid: fmt(from.fundPaid.plus(s.fund)) }));
    notices.push({ code: 'cap-not-found', params: { medicalYear: year.label } });
  }
  steps.push(totalStep(input, s));

  const after: Carried = {
    // The outpatient 起付 is counted per year; the inpatient one is per admission.
    deductiblePaid: outpatient ? from.deductiblePaid.plus(s.deductible) : from.deductiblePaid,
    inpatientDeductiblePaid: dec(0),
    expensesAboveDeductible: dec(0),
    fundPaid: from.fundPaid.plus(s.fund),
  };
  steps.push(step(`${NS}:year-to-date`, { medicalYear: year.label, deductiblePaid: fmt(after.deductiblePaid), fundPaid: fmt(after.fundPaid), setting: input.setting }));
  notices.push({ code: 'major-illness-not-included' });
  return { result: settledResult(input, year, null, s, after), steps, notices };
}

/** 沪医保规〔2023〕6号: 在职职工; 2001年1月1日以后退休; 2000年12月31日以前退休. */
export function employeeGroup(input: Pick<MedicalInput, 'category' | 'retiredOn'>): EmployeeGroup {
  if (input.category !== 'retired') return 'in-service';
  return input.retiredOn !== undefined && input.retiredOn <= '2000-12' ? 'retired-by-2000' : 'retired-2001-on';
}

interface EmployeeFigures {
  deductible: Lookup<Record<EmployeeGroup, string>>;
  share: Lookup<Record<EmployeeGroup, string>> | Lookup<Record<EmployeeGroup, Record<string, string>>>;
  cap: Lookup<string>;
  aboveCap: Lookup<string>;
}

function lookupEmployee(input: MedicalInput, asOf: IsoDate): EmployeeFigures | undefined {
  const date = input.serviceDate;
  const outpatient = input.setting === 'outpatient';
  const deductible = tryValueAt(outpatient ? employeeOutpatientDeductible : employeeInpatientDeductible, date, asOf);
  const share = outpatient ? tryValueAt(employeeOutpatientFundShare, date, asOf) : tryValueAt(employeeInpatientFundShare, date, asOf);
  const cap = tryValueAt(employeeCap, date, asOf);
  const aboveCap = tryValueAt(employeeAboveCapShare, date, asOf);
  if (!deductible || !share || !cap || !aboveCap) return undefined;
  return { deductible, share, cap, aboveCap };
}

/** The patient part's split between the previous-years account and cash, in words for a step. */
function paidBy(s: Settlement, part: keyof PatientParts): { account: string; cash: string } {
  return { account: fmt(s.fromAccount[part]), cash: fmt(s.inCash[part]) };
}

function computeEmployee(input: MedicalInput, asOf: IsoDate): Outcome<MedicalCostResult> {
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const date = input.serviceDate;
  const year = medicalYearOf('employee', date, asOf);
  const group = employeeGroup(input);
  if (!year) {
    steps.push(step(`${NS}:employee-year-not-sourced`, { serviceDate: date }, { citations: [YEAR_CITATION.employee] }));
    billSteps(input, steps);
    notices.push({ code: 'employee-year-not-sourced', params: { serviceDate: date } });
    return { result: uncovered(input, null, group), steps, notices };
  }
  yearStep(input, year, steps);
  const outpatient = input.setting === 'outpatient';
  if (!outpatient) {
    // 七（四）: 跨医保年度的，按出院时所处医保年度的统筹基金起付标准和最高支付限额执行。
    if (input.admissionDate !== undefined && input.admissionDate < year.from) {
      steps.push(step(`${NS}:stay-spans-years`, { admissionDate: input.admissionDate, serviceDate: date, medicalYear: year.label }, { citations: [{ ...EMPLOYEE_RULES_2025, article: '七（四）' }] }));
    }
    // 七（三）: 由在职转为退休的，在出院时按退休人员的统筹基金起付标准执行。
    steps.push(step(`${NS}:employee-category-discharge`, { category: input.category, serviceDate: date }, { citations: [{ ...EMPLOYEE_RULES_2025, article: '七（三）' }] }));
  } else {
    // 七（五）: 在职时按在职职工的自负段标准执行，退休时按退休人员的自负段标准执行；自负额继续累计。
    steps.push(step(`${NS}:employee-category-visit`, { category: input.category, serviceDate: date }, { citations: [{ ...EMPLOYEE_RULES_2025, article: '七（五）' }] }));
  }
  // 沪医保规〔2023〕6号: three groups, the retirees split at 2001-01-01.
  steps.push(step(`${NS}:employee-group`, { group, retiredOn: input.retiredOn ?? '' }, { citations: [{ ...EMPLOYEE_MY2023, article: '四' }] }));
  const from = carried(input, year, steps);
  billSteps(input, steps);

  // 沪医保规〔2025〕7号 九（二）: the yearly standards are published before each medical year.
  const f = lookupEmployee(input, asOf);
  if (!f) {
    steps.push(step(`${NS}:employee-figures-not-found`, { medicalYear: year.label }, { citations: [{ ...EMPLOYEE_RULES_2025, article: '九（二）' }] }));
    notices.push({ code: 'employee-figures-not-found', params: { medicalYear: year.label } });
    return { result: uncovered(input, year.label, group), steps, notices };
  }

  const level = input.hospitalLevel;
  const standard = dec(f.deductible.value[group]);
  const paidBefore = outpatient ? from.deductiblePaid : from.inpatientDeductiblePaid;
  const due = max(standard.minus(paidBefore), dec(0));
  const groupShare = f.share.value[group]!;
  // Outpatient: a share per hospital level; inpatient: one share for every level.
  const share = dec(typeof groupShare === 'string' ? groupShare : groupShare[level]!);
  const cap = dec(f.cap.value);
  const aboveShare = dec(f.aboveCap.value);
  if (!input.accounts) notices.push({ code: 'accounts-not-given' });
  const balances: Balances = input.accounts ?? { currentYear: dec(0), previousYears: dec(0) };
  const capRoom = max(cap.minus(from.expensesAboveDeductible), dec(0));
  const s = settle(input.bill, { deductibleDue: due, fundShare: share, currentYearFirst: outpatient, ...(outpatient ? {} : { cap: { room: capRoom, aboveShare } }) }, balances);

  const deductibleParam = used(outpatient ? employeeOutpatientDeductible : employeeInpatientDeductible, f.deductible as Lookup<Record<EmployeeGroup, string>>, () => standard.toString());
  const shareParam = used((outpatient ? employeeOutpatientFundShare : employeeInpatientFundShare) as Parameter<unknown>, f.share as Lookup<unknown>, () => share.toString());
  const capParam = used(employeeCap, f.cap);
  const aboveParam = used(employeeAboveCapShare, f.aboveCap);
  const order: Citation = { ...EMPLOYEE_SETTLEMENT_ORDER };
  // The 2024 and 2025 announcements restate no ratios: read as unchanged (marked inferred in the source).
  if (shareParam.source.inferred) notices.push({ code: 'employee-ratios-inferred', params: { medicalYear: year.label } });

  steps.push(coveredStep(input, s));
  if (s.fromAccount.categoryB.greaterThan(0)) {
    steps.push(step(`${NS}:category-b-account`, { amount: fmt(input.bill.categoryBSelfPay), ...paidBy(s, 'categoryB') }, { citations: [order] }));
  }
  if (outpatient) {
    steps.push(
      step(
        `${NS}:current-year-account`,
        { balance: fmt(balances.currentYear), amount: fmt(s.currentYearAccount), left: fmt(s.covered.minus(s.currentYearAccount)) },
        { formula: `min(${fmt(s.covered)}, ${fmt(balances.currentYear)}) = ${fmt(s.currentYearAccount)}`, citations: [order] },
      ),
    );
    steps.push(
      step(
        `${NS}:employee-outpatient-deductible`,
        { group, standard: fmt(standard), paid: fmt(paidBefore), due: fmt(due), deductible: fmt(s.deductible), ...paidBy(s, 'deductible') },
        { params: [deductibleParam], citations: [order], formula: `min(${fmt(s.covered.minus(s.currentYearAccount))}, max(${fmt(standard)} − ${fmt(paidBefore)}, 0)) = ${fmt(s.deductible)}` },
      ),
    );
    steps.push(
      step(
        `${NS}:employee-outpatient-share`,
        { level, fundShare: pct(share), base: fmt(s.base), fund: fmt(s.poolFund), coPay: fmt(s.coPay), ...paidBy(s, 'coPay') },
        { params: [shareParam], citations: [order], rounding: FUND_ROUNDING, formula: `${fmt(s.base)} × ${share.toString()} = ${s.base.times(share).toString()} → ${fmt(s.poolFund)}; ${fmt(s.base)} − ${fmt(s.poolFund)} = ${fmt(s.coPay)}` },
      ),
    );
    // Open question (fact sheet §1.3): outpatient 共负段 spending is not counted toward the yearly maximum here.
    steps.push(step(`${NS}:employee-cap-outpatient`, { cap: fmt(cap), expensesBefore: fmt(from.expensesAboveDeductible) }, { params: [capParam], citations: [EMPLOYEE_CAP_READING] }));
  } else {
    steps.push(
      step(
        `${NS}:employee-inpatient-deductible`,
        { group, standard: fmt(standard), paid: fmt(paidBefore), due: fmt(due), deductible: fmt(s.deductible), ...paidBy(s, 'deductible') },
        { params: [deductibleParam], citations: [order], formula: `min(${fmt(s.covered)}, max(${fmt(standard)} − ${fmt(paidBefore)}, 0)) = ${fmt(s.deductible)}` },
      ),
    );
    steps.push(
      step(
        `${NS}:employee-cap`,
        { cap: fmt(cap), expensesBefore: fmt(from.expensesAboveDeductible), room: fmt(capRoom), base: fmt(s.base), underCap: fmt(s.underCap), overCap: fmt(s.overCap) },
        { params: [capParam], citations: [EMPLOYEE_CAP_READING], formula: `min(${fmt(s.base)}, max(${fmt(cap)} − ${fmt(from.expensesAboveDeductible)}, 0)) = ${fmt(s.underCap)}; ${fmt(s.base)} − ${fmt(s.underCap)} = ${fmt(s.overCap)}` },
      ),
    );
    steps.push(
      step(
        `${NS}:employee-inpatient-share`,
        { group, fundShare: pct(share), underCap: fmt(s.underCap), fund: fmt(s.poolFund), coPay: fmt(s.coPay), ...paidBy(s, 'coPay') },
        { params: [shareParam], citations: [order], rounding: FUND_ROUNDING, formula: `${fmt(s.underCap)} × ${share.toString()} = ${s.underCap.times(share).toString()} → ${fmt(s.poolFund)}; ${fmt(s.underCap)} − ${fmt(s.poolFund)} = ${fmt(s.coPay)}` },
      ),
    );
    if (s.overCap.greaterThan(0)) {
      steps.push(
        step(
          `${NS}:employee-above-cap`,
          { overCap: fmt(s.overCap), share: pct(aboveShare), fund: fmt(s.supplementaryFund), rest: fmt(s.aboveCap), ...paidBy(s, 'aboveCap') },
          { params: [aboveParam], citations: [{ ...EMPLOYEE_MY2023, article: '三' }], rounding: FUND_ROUNDING, formula: `${fmt(s.overCap)} × ${aboveShare.toString()} = ${s.overCap.times(aboveShare).toString()} → ${fmt(s.supplementaryFund)}` },
        ),
      );
    }
  }
  steps.push(
    step(
      `${NS}:previous-years-account`,
      { balance: fmt(balances.previousYears), amount: fmt(s.previousYearsAccount), left: fmt(balances.previousYears.minus(s.previousYearsAccount)) },
      { citations: [order], formula: `${fmt(s.fromAccount.categoryB)} + ${fmt(s.fromAccount.deductible)} + ${fmt(s.fromAccount.coPay)} + ${fmt(s.fromAccount.aboveCap)} = ${fmt(s.previousYearsAccount)}` },
    ),
  );
  steps.push(totalStep(input, s));
  const after: Carried = {
    deductiblePaid: outpatient ? from.deductiblePaid.plus(s.deductible) : from.deductiblePaid,
    inpatientDeductiblePaid: outpatient ? from.inpatientDeductiblePaid : from.inpatientDeductiblePaid.plus(s.deductible),
    // The cap accumulator: eligible inpatient expenses above the 起付标准 (EMPLOYEE_CAP_READING).
    expensesAboveDeductible: outpatient ? from.expensesAboveDeductible : from.expensesAboveDeductible.plus(s.base),
    fundPaid: from.fundPaid.plus(s.fund),
  };
  steps.push(
    step(`${NS}:employee-year-to-date`, {
      medicalYear: year.label,
      deductiblePaid: fmt(after.deductiblePaid),
      inpatientDeductiblePaid: fmt(after.inpatientDeductiblePaid),
      expensesAboveDeductible: fmt(after.expensesAboveDeductible),
      fundPaid: fmt(after.fundPaid),
    }),
  );
  return { result: settledResult(input, year, group, s, after, balances), steps, notices };
}
