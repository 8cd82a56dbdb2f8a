import {
  type Citation,
  dec,
  type Dec,
  type IsoDate,
  max,
  min,
  type Notice,
  type Outcome,
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
  EMPLOYEE_RULES_2025,
  type EmployeeCategory,
  employeeFigures,
  RESIDENT_2024,
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
 * The fund's share is settled in fen. The sources do not state the rounding; settlement slips are in fen and
 * 四舍五入 (half-up) is assumed. Only the fund's share is rounded: every other part is a difference of exact amounts.
 */
export const FUND_ROUNDING: Rounding = { places: 2, mode: 'half-up' };

/** The patient's parts of a bill, as the settlement slip lists them. Null where the year's figures are not covered. */
export interface Breakdown {
  /** 自费 */
  notCovered: string;
  /** 分类自负 */
  categoryBSelfPay: string;
  /** 当年账户段 (employee outpatient: the current-year account pays the covered amount first). */
  currentYearAccount: string | null;
  /** 起付标准 / 自负段 paid in this bill. */
  deductible: string | null;
  /** The patient's share above the deductible (共付段 / 统筹段 个人负担). */
  coPay: string | null;
  /** The fund's share the yearly maximum cut off, which the patient bears. */
  aboveCap: string | null;
}

export interface YearToDate {
  medicalYear: string;
  deductiblePaid: string;
  fundPaid: string;
}

export interface MedicalCostResult {
  /** False when the medical year's figures are not sourced: no split is given then. */
  covered: boolean;
  scheme: MedicalInput['scheme'];
  setting: MedicalInput['setting'];
  /** "2025-07-01/2026-06-30"; null where the year's dates are not sourced. */
  medicalYear: string | null;
  fundPays: string | null;
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
  /** The fund's share of the covered amount above the deductible. */
  fundShare: Dec;
  /** What the fund may still pay this medical year; undefined when no maximum is known. */
  capRoom?: Dec;
  /** Employee outpatient: the current-year account pays the covered amount before the 自负段. */
  currentYearFirst: boolean;
}

export interface Balances {
  currentYear: Dec;
  previousYears: Dec;
}

export interface Settlement {
  covered: Dec;
  currentYearAccount: Dec;
  deductible: Dec;
  base: Dec;
  fundBeforeCap: Dec;
  fund: Dec;
  coPay: Dec;
  aboveCap: Dec;
  previousYearsAccount: Dec;
  accountPays: Dec;
  patientPays: Dec;
}

/**
 * Order of a Shanghai settlement slip (fact sheet §2.1, §4: receipt S11, slip field names S10, table S2):
 * 自费 → 分类自负 → [当年账户段] → 起付标准/自负段 → fund share and 个人负担 → above the yearly maximum.
 */
export function settle(bill: Bill, seg: SegmentInput, balances?: Balances): Settlement {
  const zero = dec(0);
  // 自费 and 分类自负 come off the bill before anything enters the policy range.
  const covered = bill.total.minus(bill.notCovered).minus(bill.categoryBSelfPay);
  // S2: “先由个人当年账户余额来支付，直到用完” (employee outpatient).
  const currentYearAccount = seg.currentYearFirst && balances ? min(covered, balances.currentYear) : zero;
  const afterAccount = covered.minus(currentYearAccount);
  // 起付标准 / 自负段: the patient pays until the standard is reached.
  const deductible = min(afterAccount, max(seg.deductibleDue, zero));
  const base = afterAccount.minus(deductible);
  const fundBeforeCap = round(base.times(seg.fundShare), FUND_ROUNDING);
  // 最高支付限额: the fund pays no more than what is left of its yearly maximum.
  const fund = seg.capRoom === undefined ? fundBeforeCap : min(fundBeforeCap, max(seg.capRoom, zero));
  const aboveCap = fundBeforeCap.minus(fund);
  const coPay = base.minus(fundBeforeCap);
  // 个人自付 (分类自负 + 自负): payable from the 历年账户 (slip fields “自负段历年账户支付”, “附加段历年账户支付”); 自费 is cash.
  const inScopePatient = bill.categoryBSelfPay.plus(deductible).plus(coPay).plus(aboveCap);
  const previousYearsAccount = balances ? min(inScopePatient, balances.previousYears) : zero;
  const accountPays = currentYearAccount.plus(previousYearsAccount);
  const patientPays = bill.notCovered.plus(inScopePatient).minus(previousYearsAccount);
  return { covered, currentYearAccount, deductible, base, fundBeforeCap, fund, coPay, aboveCap, previousYearsAccount, accountPays, patientPays };
}

// ---------------------------------------------------------------------------------------------------------------

const NS = 'medical-cost-sharing';

/** The rows of S1 a resident category reads. S1's 60-69 and 70+ rows are one category here; 0-18 is the child/student row. */
export const RESIDENT_ROWS: Record<ResidentCategory, readonly ResidentBand[]> = {
  'resident-60-plus': ['60-69', '70+'],
  'resident-19-59': ['19-59'],
  'resident-child-student': ['0-18'],
};

function pickRow<T>(table: ByBand<T>, category: ResidentCategory, id: string): T {
  const rows = RESIDENT_ROWS[category].map((b) => table[b]);
  const first = rows[0]!;
  // A category that spans rows needs them to agree; a year where they differ needs the category split.
  if (rows.some((r) => JSON.stringify(r) !== JSON.stringify(first))) throw new Error(`${id}: rows ${RESIDENT_ROWS[category].join(', ')} differ; split ${category}`);
  return first;
}

function fmt(d: Dec): string {
  return yuan(d);
}

function pct(ratio: Dec): string {
  return ratio.times(100).toString();
}

const YEAR_CITATION: Record<MedicalInput['scheme'], Citation> = {
  employee: { ...EMPLOYEE_RULES_2025, article: '七（一）' },
  resident: { ...RESIDENT_2024, inferred: true, note: 'Year read as the calendar year from the source’s “2024” label.' },
};

interface Carried {
  deductiblePaid: Dec;
  fundPaid: Dec;
}

/** The carried accumulators belong to the bill's medical year, or start again at zero in a new one (七（一）: all per medical year). */
function carried(input: MedicalInput, year: MedicalYear, steps: Step[]): Carried {
  const given = input.yearToDate;
  if (given.medicalYear !== undefined && given.medicalYear !== year.label) {
    steps.push(step(`${NS}:new-year`, { previous: given.medicalYear, medicalYear: year.label }, { citations: [YEAR_CITATION[input.scheme]] }));
    return { deductiblePaid: dec(0), fundPaid: dec(0) };
  }
  return { deductiblePaid: given.deductiblePaid, fundPaid: given.fundPaid };
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

function uncovered(input: MedicalInput, medicalYear: string | null): MedicalCostResult {
  return {
    covered: false,
    scheme: input.scheme,
    setting: input.setting,
    medicalYear,
    fundPays: null,
    accountPays: null,
    patientPays: null,
    breakdown: { notCovered: fmt(input.bill.notCovered), categoryBSelfPay: fmt(input.bill.categoryBSelfPay), currentYearAccount: null, deductible: null, coPay: null, aboveCap: null },
    accountUse: null,
    yearToDateAfter: null,
    accountsAfter: null,
  };
}

function settledResult(input: MedicalInput, year: MedicalYear, s: Settlement, after: Carried, balances?: Balances): MedicalCostResult {
  return {
    covered: true,
    scheme: input.scheme,
    setting: input.setting,
    medicalYear: year.label,
    fundPays: fmt(s.fund),
    accountPays: fmt(s.accountPays),
    patientPays: fmt(s.patientPays),
    breakdown: {
      notCovered: fmt(input.bill.notCovered),
      categoryBSelfPay: fmt(input.bill.categoryBSelfPay),
      currentYearAccount: fmt(s.currentYearAccount),
      deductible: fmt(s.deductible),
      coPay: fmt(s.coPay),
      aboveCap: fmt(s.aboveCap),
    },
    accountUse: balances ? { currentYear: fmt(s.currentYearAccount), previousYears: fmt(s.previousYearsAccount) } : null,
    yearToDateAfter: { medicalYear: year.label, deductiblePaid: fmt(after.deductiblePaid), fundPaid: fmt(after.fundPaid) },
    accountsAfter: balances ? { currentYear: fmt(balances.currentYear.minus(s.currentYearAccount)), previousYears: fmt(balances.previousYears.minus(s.previousYearsAccount)) } : null,
  };
}

/** Steps for the covered amount, the fund's share, the cap, the accounts and the totals. */
function settlementSteps(input: MedicalInput, s: Settlement, seg: SegmentInput, steps: Step[], fundStep: Step, capStep: Step, deductibleStep: Step, balances?: Balances): void {
  const b = input.bill;
  steps.push(
    step(`${NS}:covered`, { total: fmt(b.total), notCovered: fmt(b.notCovered), categoryBSelfPay: fmt(b.categoryBSelfPay), covered: fmt(s.covered) }, { formula: `${fmt(b.total)} − ${fmt(b.notCovered)} − ${fmt(b.categoryBSelfPay)} = ${fmt(s.covered)}` }),
  );
  if (seg.currentYearFirst && balances) {
    steps.push(step(`${NS}:current-year-account`, { balance: fmt(balances.currentYear), amount: fmt(s.currentYearAccount) }, { formula: `min(${fmt(s.covered)}, ${fmt(balances.currentYear)}) = ${fmt(s.currentYearAccount)}`, citations: [EMPLOYEE_SETTLEMENT] }));
  }
  steps.push(deductibleStep, fundStep, capStep);
  if (balances) {
    steps.push(
      step(`${NS}:previous-years-account`, { balance: fmt(balances.previousYears), amount: fmt(s.previousYearsAccount) }, { formula: `min(${fmt(b.categoryBSelfPay.plus(s.deductible).plus(s.coPay).plus(s.aboveCap))}, ${fmt(balances.previousYears)}) = ${fmt(s.previousYearsAccount)}`, citations: [EMPLOYEE_SETTLEMENT] }),
    );
  }
  steps.push(
    step(
      `${NS}:total`,
      { fund: fmt(s.fund), account: fmt(s.accountPays), patient: fmt(s.patientPays), total: fmt(b.total) },
      { formula: `${fmt(s.fund)} + ${fmt(s.accountPays)} + ${fmt(s.patientPays)} = ${fmt(s.fund.plus(s.accountPays).plus(s.patientPays))}` },
    ),
  );
}

/** Structure of the employee settlement (当年账户 first; 历年账户 for 自负): fact sheet §2.1, 上海市职工基本医疗保险办法 第三条 (machine translation), S2. */
const EMPLOYEE_SETTLEMENT: Citation = {
  doc: '上海市人民政府令第8号（2013年）',
  title: '上海市职工基本医疗保险办法',
  url: 'https://www.global-regulation.com/translation/china/161515/shanghai-basic-medical-insurance-scheme.html',
  origin: { language: 'en', translation: 'machine' },
  confidence: 'secondary',
  article: '第三条',
  note: 'Official text seen only in machine translation (Arts. 1–3); the order 当年账户 → 自负段 → 共付段 also in the undated table S2 and the settlement-slip field names.',
};

// ---------------------------------------------------------------------------------------------------------------

export function compute(input: MedicalInput, asOf: IsoDate): Outcome<MedicalCostResult> {
  return input.scheme === 'employee' ? computeEmployee(input, asOf) : computeResident(input, asOf);
}

function computeResident(input: MedicalInput, asOf: IsoDate): Outcome<MedicalCostResult> {
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const date = input.serviceDate;
  // Throws NotCoveredError outside the sourced year (the schema reports it first).
  valueAt(residentMedicalYear, date, asOf);
  const year = medicalYearOf('resident', date, asOf)!;
  const category = input.category as ResidentCategory;
  const level = input.hospitalLevel;
  yearStep(input, year, steps);
  notices.push({ code: 'resident-year-assumed', params: { medicalYear: year.label } });
  steps.push(step(`${NS}:resident-category`, { category, rows: RESIDENT_ROWS[category].join(', ') }, { citations: [RESIDENT_2024] }));
  if (category === 'resident-child-student') notices.push({ code: 'child-student-row' });
  const from = carried(input, year, steps);
  billSteps(input, steps);

  const outpatient = input.setting === 'outpatient';
  // S1 Outpatient and emergency care — Deductibles: per year, by age row. Inpatient care — Deductibles per visit: per admission, by level.
  const yearly = outpatient ? valueAt(residentOutpatientDeductible, date, asOf) : undefined;
  const perAdmission = outpatient ? undefined : valueAt(residentInpatientDeductible, date, asOf);
  const standard = dec(yearly ? pickRow(yearly.value, category, residentOutpatientDeductible.id) : perAdmission!.value[level]);
  const due = outpatient ? max(standard.minus(from.deductiblePaid), dec(0)) : standard;
  // S1 Personal expenses: outpatient 30% / 40% / 50% by level (all ages); inpatient a range per age row, split by level (inferred).
  const oLookup = outpatient ? valueAt(residentOutpatientPatientShare, date, asOf) : undefined;
  const iLookup = outpatient ? undefined : valueAt(residentInpatientPatientShare, date, asOf);
  const patientShare = dec(oLookup ? oLookup.value[level] : pickRow(iLookup!.value, category, residentInpatientPatientShare.id)[level]);
  // The fund pays what is not the patient's share.
  const share = dec(1).minus(patientShare);
  const seg: SegmentInput = { deductibleDue: due, fundShare: share, currentYearFirst: false };
  // 统筹基金年度最高支付限额: not found for residents; the fund's share is then not limited by it.
  const capLookup = tryValueAt(residentCap, date, asOf);
  if (capLookup) seg.capRoom = dec(capLookup.value).minus(from.fundPaid);
  const s = settle(input.bill, seg);

  const deductibleParam = yearly ? used(residentOutpatientDeductible, yearly, () => standard.toString()) : used(residentInpatientDeductible, perAdmission!, () => standard.toString());
  const deductibleStep = outpatient
    ? step(`${NS}:deductible-yearly`, { standard: fmt(standard), paid: fmt(from.deductiblePaid), due: fmt(due), deductible: fmt(s.deductible) }, { params: [deductibleParam], formula: `min(${fmt(s.covered)}, max(${fmt(standard)} − ${fmt(from.deductiblePaid)}, 0)) = ${fmt(s.deductible)}` })
    : step(`${NS}:deductible-admission`, { level, standard: fmt(standard), deductible: fmt(s.deductible) }, { params: [deductibleParam], formula: `min(${fmt(s.covered)}, ${fmt(standard)}) = ${fmt(s.deductible)}` });
  const shareParam = oLookup ? used(residentOutpatientPatientShare, oLookup, () => patientShare.toString()) : used(residentInpatientPatientShare, iLookup!, () => patientShare.toString());
  const fundStep = step(
    `${NS}:fund-share`,
    { level, patientShare: pct(patientShare), fundShare: pct(share), base: fmt(s.base), fund: fmt(s.fundBeforeCap), coPay: fmt(s.coPay) },
    { params: [shareParam], rounding: FUND_ROUNDING, formula: `(${fmt(s.covered)} − ${fmt(s.deductible)}) × (1 − ${patientShare.toString()}) = ${s.base.times(share).toString()} → ${fmt(s.fundBeforeCap)}` },
  );
  if (!outpatient) notices.push({ code: 'inpatient-share-inferred' });
  const capStep = capLookup
    ? step(`${NS}:cap`, { cap: fmt(dec(capLookup.value)), fundPaid: fmt(from.fundPaid), fund: fmt(s.fund), aboveCap: fmt(s.aboveCap) }, { params: [used(residentCap, capLookup)], formula: `min(${fmt(s.fundBeforeCap)}, ${capLookup.value} − ${fmt(from.fundPaid)}) = ${fmt(s.fund)}` })
    : step(`${NS}:cap-not-found`, { fundPaid: fmt(from.fundPaid.plus(s.fund)) });
  if (!capLookup) notices.push({ code: 'cap-not-found', params: { medicalYear: year.label } });
  settlementSteps(input, s, seg, steps, fundStep, capStep, deductibleStep);

  const after: Carried = {
    // S1: only the outpatient deductible is counted per year; the inpatient one is per admission.
    deductiblePaid: input.setting === 'outpatient' ? from.deductiblePaid.plus(s.deductible) : from.deductiblePaid,
    fundPaid: from.fundPaid.plus(s.fund),
  };
  steps.push(step(`${NS}:year-to-date`, { medicalYear: year.label, deductiblePaid: fmt(after.deductiblePaid), fundPaid: fmt(after.fundPaid), setting: input.setting }));
  notices.push({ code: 'major-illness-not-included' });
  return { result: settledResult(input, year, s, after), steps, notices };
}

function computeEmployee(input: MedicalInput, asOf: IsoDate): Outcome<MedicalCostResult> {
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const year = medicalYearOf('employee', input.serviceDate, asOf);
  if (!year) {
    steps.push(step(`${NS}:employee-year-not-sourced`, { serviceDate: input.serviceDate }, { citations: [YEAR_CITATION.employee] }));
    billSteps(input, steps);
    notices.push({ code: 'employee-year-not-sourced', params: { serviceDate: input.serviceDate } });
    return { result: uncovered(input, null), steps, notices };
  }
  yearStep(input, year, steps);
  const category = input.category as EmployeeCategory;
  if (input.setting === 'inpatient') {
    // 七（四）: 跨医保年度的，按出院时所处医保年度的统筹基金起付标准和最高支付限额执行。
    if (input.admissionDate !== undefined && input.admissionDate < year.from) {
      steps.push(step(`${NS}:stay-spans-years`, { admissionDate: input.admissionDate, serviceDate: input.serviceDate, medicalYear: year.label }, { citations: [{ ...EMPLOYEE_RULES_2025, article: '七（四）' }] }));
    }
    // 七（三）: 由在职转为退休的，在出院时按退休人员的统筹基金起付标准执行。
    steps.push(step(`${NS}:employee-category-discharge`, { category, serviceDate: input.serviceDate }, { citations: [{ ...EMPLOYEE_RULES_2025, article: '七（三）' }] }));
  } else {
    // 七（五）: 在职时按在职职工的自负段标准执行，退休时按退休人员的自负段标准执行；自负额继续累计。
    steps.push(step(`${NS}:employee-category-visit`, { category, serviceDate: input.serviceDate }, { citations: [{ ...EMPLOYEE_RULES_2025, article: '七（五）' }] }));
  }
  const from = carried(input, year, steps);
  billSteps(input, steps);

  // 九（二）: the yearly standards are published by 市医疗保障局 before each medical year.
  const figures = tryValueAt(employeeFigures, year.from, asOf);
  if (!figures) {
    steps.push(step(`${NS}:employee-figures-not-found`, { medicalYear: year.label }, { citations: [{ ...EMPLOYEE_RULES_2025, article: '九（二）' }] }));
    notices.push({ code: 'employee-figures-not-found', params: { medicalYear: year.label } });
    return { result: uncovered(input, year.label), steps, notices };
  }

  // From here on: the settlement once a year's notice is encoded (no year has one yet).
  const rule = input.setting === 'outpatient' ? figures.value.outpatient[category] : figures.value.inpatient[category];
  const standard = dec(rule.deductible);
  const due = max(standard.minus(from.deductiblePaid), dec(0));
  const share = dec(rule.fundShare[input.hospitalLevel]);
  const cap = dec(figures.value.cap);
  if (!input.accounts) notices.push({ code: 'accounts-not-given' });
  const balances: Balances = input.accounts ?? { currentYear: dec(0), previousYears: dec(0) };
  const seg: SegmentInput = { deductibleDue: due, fundShare: share, capRoom: cap.minus(from.fundPaid), currentYearFirst: input.setting === 'outpatient' };
  const s = settle(input.bill, seg, balances);
  const p = [used(employeeFigures, figures, () => '')];
  const deductibleStep = step(`${NS}:deductible-yearly`, { standard: fmt(standard), paid: fmt(from.deductiblePaid), due: fmt(due), deductible: fmt(s.deductible) }, { params: p, formula: `min(${fmt(s.covered.minus(s.currentYearAccount))}, max(${fmt(standard)} − ${fmt(from.deductiblePaid)}, 0)) = ${fmt(s.deductible)}` });
  const fundStep = step(
    `${NS}:fund-share`,
    { level: input.hospitalLevel, patientShare: pct(dec(1).minus(share)), fundShare: pct(share), base: fmt(s.base), fund: fmt(s.fundBeforeCap), coPay: fmt(s.coPay) },
    { params: p, rounding: FUND_ROUNDING, formula: `${fmt(s.base)} × ${share.toString()} = ${s.base.times(share).toString()} → ${fmt(s.fundBeforeCap)}` },
  );
  const capStep = step(`${NS}:cap`, { cap: fmt(cap), fundPaid: fmt(from.fundPaid), fund: fmt(s.fund), aboveCap: fmt(s.aboveCap) }, { params: p, formula: `min(${fmt(s.fundBeforeCap)}, ${fmt(cap)} − ${fmt(from.fundPaid)}) = ${fmt(s.fund)}` });
  settlementSteps(input, s, seg, steps, fundStep, capStep, deductibleStep, balances);
  const after: Carried = { deductiblePaid: from.deductiblePaid.plus(s.deductible), fundPaid: from.fundPaid.plus(s.fund) };
  steps.push(step(`${NS}:year-to-date`, { medicalYear: year.label, deductiblePaid: fmt(after.deductiblePaid), fundPaid: fmt(after.fundPaid), setting: input.setting }));
  return { result: settledResult(input, year, s, after, balances), steps, notices };
}
