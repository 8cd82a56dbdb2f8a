import { defineParameter, type Source } from '../engine';

/**
 * Shanghai basic medical insurance cost sharing: 职工医保 (employees) and 城乡居民医保 (residents).
 * Reads like the sources: each figure as printed, dated by the year it is printed for.
 */

export const LEVELS = ['1', '2', '3'] as const;
/** 社区卫生服务中心/一级, 二级, 三级 医疗机构. */
export type HospitalLevel = (typeof LEVELS)[number];

/** Age rows of the resident source S1, as printed (“Age 0-18”, “Age 19-59”, “Age 60-69”, “Age 70 and above”). */
export const RESIDENT_BANDS = ['0-18', '19-59', '60-69', '70+'] as const;
export type ResidentBand = (typeof RESIDENT_BANDS)[number];

export type ByLevel = Record<HospitalLevel, string>;
export type ByBand<T> = Record<ResidentBand, T>;

// ---------------------------------------------------------------------------------------------------------------
// Sources

/** E1: the employee scheme's implementing rules; fixes the medical year and how yearly standards apply. */
export const EMPLOYEE_RULES_2025: Source = {
  doc: '沪医保规〔2025〕7号',
  title: '上海市职工基本医疗保险办法实施细则',
  url: 'https://ybj.sh.gov.cn/gfxwj/20250905/6173c838284f43c3b4d8c8d4513364ed.html',
  confidence: 'official',
  note: 'Dated 2025-08-29, in force 2025-09-10 to 2030-09-09. Word-for-word copy seen in GitHub Jan-mx/Socila (evidence/310000/DOC-SH-MI-FLEX-WAITING-2025).',
};

/** S1: official English portal FAQ with the 2024 resident premiums and benefits. */
export const RESIDENT_2024: Source = {
  doc: 'english.shanghai.gov.cn, 2024-09-05',
  title: "FAQs on medical insurance for overseas talents' families (2024 Shanghai resident medical insurance)",
  url: 'https://english.shanghai.gov.cn/en-CNMedicalInsurance/20240905/c976a7e388f04509acec12ce4e1a1301.html',
  origin: { language: 'en' },
  confidence: 'official',
  note: 'Official municipal English portal; a summary (no Chinese notice number seen). Verbatim text seen in the pages corpus.',
};

/**
 * S2: undated table 上海市职工基本医疗保险 / 待遇 (pre-2023 structure: 共付段 paid by 附加基金). Secondary, repository
 * not identifiable, retiree rows cut off. Not dated, so not encoded as a parameter (no year to attach it to);
 * exported for the settlement-mechanics tests only.
 */
export const EMPLOYEE_UNDATED_TABLE: Source = {
  doc: 'S2 (undated table, no document number)',
  title: '上海市职工基本医疗保险 待遇表（在职职工：门急诊自负段1500元，共付段附加基金支付65%/60%/50%（44岁以下）、75%/70%/60%（45岁以上）；住院起付段1500元，统筹段85%）',
  confidence: 'secondary',
  note: 'Seen only as a search excerpt; the repository is not named, so there is no URL. Dated to before the 2023 outpatient reform by inference from its structure. Not used by the calculator.',
};

const EMPLOYEE_FIGURES_NOT_FOUND: Source = {
  doc: 'not found',
  title: '职工医保各医保年度待遇标准（门急诊自负段、共付段基金支付比例、住院起付标准、统筹基金支付比例、最高支付限额、个人医疗账户计入标准）',
  confidence: 'secondary',
  note:
    'Set and published by 市医疗保障局 before each medical year (沪医保规〔2025〕7号 九（二）). No such yearly notice was found for any medical year 2016-07 to 2027-06, nor the 2023 outpatient mutual-aid (门诊共济) reform text. ' +
    'A third-party data file (good9527/china-medical-insurance) claims figures for 2024-25 and 2025-26 under document numbers and URLs that look invented; rejected.',
};

// ---------------------------------------------------------------------------------------------------------------
// Medical year

export type YearRule = 'july-june' | 'calendar';

/** 沪医保规〔2025〕7号 七（一）: 医保年度为每年的7月1日至次年6月30日。 */
export const employeeMedicalYear = defineParameter<YearRule>({
  id: 'medical.employee.medical-year',
  unit: 'table',
  values: [
    {
      from: '2003-04-01',
      value: null,
      source: {
        doc: 'not found',
        title: '2003–2025 医保年度起止日期',
        confidence: 'secondary',
        note: 'The 2003 medical year ran 1 April – 31 March (official English letter to retirees, 2008). The dates of the years between were not seen.',
      },
    },
    {
      from: '2025-07-01',
      until: '2030-09-09',
      value: 'july-june',
      source: {
        ...EMPLOYEE_RULES_2025,
        article: '七（一）',
        note: 'In force 2025-09-10; the medical year 2025-07-01/2026-06-30 in which it took effect is read by the same rule. ' + (EMPLOYEE_RULES_2025.note ?? ''),
      },
    },
  ],
});

/** The resident source names its figures by a single year (“2024”) and its outpatient deductibles “per year”. */
export const residentMedicalYear = defineParameter<YearRule>({
  id: 'medical.resident.medical-year',
  unit: 'table',
  values: [
    {
      from: '2024-01-01',
      until: '2024-12-31',
      value: 'calendar',
      source: {
        ...RESIDENT_2024,
        inferred: true,
        note: 'S1 labels premiums and benefits “2024” and gives the outpatient deductible “/year”; it does not state the start and end of the year. Read as the calendar year 2024. No Shanghai text giving the resident year’s dates was found.',
      },
    },
    {
      from: '2025-01-01',
      value: null,
      source: { doc: 'not found', title: '2025 年起城乡居民医保待遇标准', confidence: 'secondary', note: 'No 2025 or 2026 resident figures were found.' },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Employee scheme (职工医保): yearly figures

export const EMPLOYEE_CATEGORIES = ['in-service-under-45', 'in-service-45-plus', 'retired'] as const;
export type EmployeeCategory = (typeof EMPLOYEE_CATEGORIES)[number];

/** One segment rule: the yearly deductible (自负段 / 起付标准) and the fund's share above it, by hospital level. */
export interface SegmentRule {
  deductible: string;
  fundShare: ByLevel;
}

/** The figures 市医疗保障局 publishes before each medical year (沪医保规〔2025〕7号 九（二）). */
export interface EmployeeYearFigures {
  /** 门急诊: 当年账户 first, then the yearly 自负段, then the 共付段 shared with the fund. */
  outpatient: Record<EmployeeCategory, SegmentRule>;
  /** 住院 / 急诊观察室留院观察: the yearly 统筹基金起付标准, then the 统筹段. */
  inpatient: Record<EmployeeCategory, SegmentRule>;
  /** 统筹基金最高支付限额 for the medical year (住院, 家庭病床 and 门诊大病 share it). */
  cap: string;
}

export const employeeFigures = defineParameter<EmployeeYearFigures>({
  id: 'medical.employee.year-figures',
  unit: 'table',
  values: [{ from: '2016-07-01', value: null, source: EMPLOYEE_FIGURES_NOT_FOUND }],
});

// ---------------------------------------------------------------------------------------------------------------
// Resident scheme (城乡居民医保), 2024 (S1)

/** S1 “Outpatient and emergency care — Deductibles: Age 0-18: ¥300/year; Age 19-59: ¥500/year; Age 60-69: ¥300/year; Age 70 and above: ¥300/year”. */
export const residentOutpatientDeductible = defineParameter<ByBand<string>>({
  id: 'medical.resident.outpatient-deductible',
  unit: 'CNY',
  values: [
    { from: '2024-01-01', until: '2024-12-31', value: { '0-18': '300', '19-59': '500', '60-69': '300', '70+': '300' }, source: { ...RESIDENT_2024, article: 'Outpatient and emergency care — Deductibles' } },
    { from: '2025-01-01', value: null, source: { doc: 'not found', title: '2025 年起城乡居民门急诊起付标准', confidence: 'secondary' } },
  ],
});

/** S1 “Personal expenses: Primary hospitals: 30%; Secondary hospitals: 40%; Tertiary hospitals: 50%” (all ages). */
export const residentOutpatientPatientShare = defineParameter<ByLevel>({
  id: 'medical.resident.outpatient-patient-share',
  unit: 'ratio',
  values: [
    { from: '2024-01-01', until: '2024-12-31', value: { '1': '0.30', '2': '0.40', '3': '0.50' }, source: { ...RESIDENT_2024, article: 'Outpatient and emergency care — Personal expenses' } },
    { from: '2025-01-01', value: null, source: { doc: 'not found', title: '2025 年起城乡居民门急诊自负比例', confidence: 'secondary' } },
  ],
});

/** S1 “Inpatient care — Deductibles per visit: Primary hospitals: ¥50; Secondary hospitals: ¥100; Tertiary hospitals: ¥300”. */
export const residentInpatientDeductible = defineParameter<ByLevel>({
  id: 'medical.resident.inpatient-deductible',
  unit: 'CNY',
  values: [
    { from: '2024-01-01', until: '2024-12-31', value: { '1': '50', '2': '100', '3': '300' }, source: { ...RESIDENT_2024, article: 'Inpatient care — Deductibles per visit' } },
    { from: '2025-01-01', value: null, source: { doc: 'not found', title: '2025 年起城乡居民住院起付标准', confidence: 'secondary' } },
  ],
});

/**
 * S1 “Inpatient care — Personal expenses: Age 0-18: 20%-40%; Age 19-59: 20%-40%; Age 60-69: 10%-30%; Age 70 and above: 10%-30%”.
 * The source prints a range per age row, not a share per hospital level: the per-level split is inferred.
 */
export const residentInpatientPatientShare = defineParameter<ByBand<ByLevel>>({
  id: 'medical.resident.inpatient-patient-share',
  unit: 'ratio',
  values: [
    {
      from: '2024-01-01',
      until: '2024-12-31',
      value: {
        '0-18': { '1': '0.20', '2': '0.30', '3': '0.40' },
        '19-59': { '1': '0.20', '2': '0.30', '3': '0.40' },
        '60-69': { '1': '0.10', '2': '0.20', '3': '0.30' },
        '70+': { '1': '0.10', '2': '0.20', '3': '0.30' },
      },
      source: {
        ...RESIDENT_2024,
        article: 'Inpatient care — Personal expenses',
        inferred: true,
        note: 'S1 prints only the ranges 20%-40% (0-59) and 10%-30% (60+). The per-level split (一级 lowest, 三级 highest, 10-point steps) is inferred from the same source’s outpatient shares (30/40/50 by level); an undated secondary Q&A (inpatient 二级 70%, 三级 60%, 一级 80% fund share for under-60s) agrees.',
      },
    },
    { from: '2025-01-01', value: null, source: { doc: 'not found', title: '2025 年起城乡居民住院自负比例', confidence: 'secondary' } },
  ],
});

/** 城乡居民医保 统筹基金年度最高支付限额: not found for any year. */
export const residentCap = defineParameter<string>({
  id: 'medical.resident.annual-cap',
  unit: 'CNY',
  values: [
    {
      from: '2024-01-01',
      value: null,
      source: { doc: 'not found', title: '城乡居民医保统筹基金年度最高支付限额', confidence: 'secondary', note: 'S1 does not give it; no other source found. A third-party claim (250,000) is unreliable and not used.' },
    },
  ],
});
