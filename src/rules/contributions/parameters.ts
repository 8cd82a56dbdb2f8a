import { defineParameter, type Source } from '../engine';

/**
 * Contribution rates (社会保险费率) by insurance and side, the work-injury class rates, the housing fund (住房公积金,
 * not social insurance) and the high-temperature allowance, dated as the notices date them. Each `note` records the
 * grade the fact sheet gives (contributions-maternity-and-more.md §4.2–§4.5, §6).
 */

const FORVISMAZARS_2016: Source = {
  doc: 'forvismazars.com 2016-05',
  title: 'Update on mandatory social insurance in Shanghai',
  confidence: 'secondary',
  origin: { language: 'en' },
  note: 'Fact sheet grade: medium (announced 2016-03, applied back to 2016-01; Caixin agrees).',
};

const I_ADMIN_2019: Source = {
  doc: 'i-admin.com 2019-05',
  title: 'Shanghai social insurance rates from 1 May 2019 (国办发〔2019〕13号)',
  confidence: 'secondary',
  origin: { language: 'en' },
  note: 'Fact sheet grade: medium-high for the pension cut to 16%, medium for the other rows.',
};

const I_ADMIN_MATERNITY_MERGE: Source = {
  doc: '沪医保规〔2019〕8号',
  title: 'Adjustments for Shanghai medical insurance and maternity insurance (i-admin.com)',
  confidence: 'secondary',
  origin: { language: 'en' },
  note: 'Fact sheet grade: medium. Read through i-admin.com; the notice itself was not read.',
};

/** 单位缴纳社会保险费的比例是多少？ (rsj 便民问答, 2025-01-20): 养老16%；医疗9%（含生育保险）；失业0.5%；工伤基础费率0.2%-1.9%. */
export const RATES_QA_2025: Source = {
  doc: '上海市人力资源和社会保障局 便民问答 2025-01-20',
  title: '单位缴纳社会保险费的比例是多少？',
  url: 'https://rsj.sh.gov.cn/tdjjf_17554/20250120/t0035_1430072.html',
  confidence: 'official',
  note: 'Fact sheet grade: high (official text, mirror DOC-SH-CONTRIB-RATES-2025). Employer rates only.',
};

const MEDICAL_2025: Source = {
  doc: '沪医保规〔2025〕2号',
  title: '关于调整本市职工基本医疗保险缴费费率的通知',
  url: 'https://shanghai.chinatax.gov.cn/zzzb/zcwj/202508/t477427.html',
  confidence: 'official',
  note: 'The 9% employer rate is official (rsj Q&A 2025-01-20, grade high); its split into 8.5% basic (maternity included) + 0.5% local supplement (地方附加) and the 2% employee rate come from the norbital register row CN-SH06.medical-2025-instrument (grade medium-high).',
};

const MEDICAL_2026: Source = {
  doc: '沪医保规〔2026〕2号',
  title: '关于本市职工基本医疗保险缴费费率的通知（2026年）',
  url: 'https://ybj.sh.gov.cn/gfxwj/20260313/921e047144694b61b6df8ca0c5ef2cfc.html',
  confidence: 'secondary',
  note: 'Fact sheet grade: medium-high (norbital register row CN-SH06.medical-2026-instrument, which cites this official URL).',
};

export const UNEMPLOYMENT_2025: Source = {
  doc: '上海市人力资源和社会保障局 2025-01-03 失业保险费率通知',
  title: '关于继续实施阶段性降低失业保险费率政策的通知（2025年）',
  url: 'https://rsj.sh.gov.cn/tshbx_17729/20250103/t0035_1429759.html',
  confidence: 'secondary',
  note: 'Fact sheet grade: medium-high (norbital register row CN-SH06.unemployment-2025); valid to 2025-12-31. The 2026 notice was not found: the 0.5% is carried forward through 2026.',
};

const UNEMPLOYMENT_BY_2018: Source = {
  doc: 'arkipedia / zhaiyz salarycalculator 2018',
  title: '失业保险费 单位 0.5%、个人 0.5%',
  confidence: 'secondary',
  inferred: true,
  note: 'Fact sheet grade: medium. In force by 2018 at the latest; the date of the cut from 1% was not found, so 2017 is left uncovered and the row starts 2018-01-01.',
};

/** 灵活就业人员按什么标准缴费？ (rsj 便民问答, 2024-03-07). */
export const FLEX_QA_2024: Source = {
  doc: '上海市人力资源和社会保障局 便民问答 2024-03-07',
  title: '灵活就业人员按什么标准缴费？',
  url: 'https://rsj.sh.gov.cn/tdjjf_17554/20200918/t0035_1393992.html',
  confidence: 'official',
  note: 'Fact sheet grade: high (official text, mirror DOC-SH-FLEX-RATES): a base of 60%–300% of the previous year\'s city average, chosen by the person; pension 20% and medical 10% from 2024-03-01. Rates before 2024-03-01 were not found.',
};

export const WORK_INJURY_2026: Source = {
  doc: '沪人社规〔2026〕2号',
  title: '关于本市工伤保险行业基准费率的通知（浮动费率办法见沪人社规〔2026〕3号）',
  url: 'https://rsj.sh.gov.cn/tshbx_17729/20260121/t0035_1438097.html',
  confidence: 'secondary',
  note: 'Fact sheet grade: high for the 0.2%–1.9% band, medium-high for the eight classes (norbital register rows CN-SH07.*). A staffing agency is class II.',
};

const WORK_INJURY_2015: Source = {
  doc: '人社部发〔2015〕71号',
  title: '关于调整工伤保险费率政策的通知（八类行业基准费率 0.2%–1.9%，2015-10-01 起）',
  confidence: 'secondary',
  note: 'Fact sheet grade: medium (lexology.com 2015; the same band nationally since 2015-10-01).',
};

const HOUSING_FUND_2025: Source = {
  doc: '沪公积金管委会〔2025〕8号',
  title: '关于2025年度上海市调整住房公积金缴存基数、比例以及月缴存额上下限的通知',
  url: 'https://www.shzfgjj.cn/html/newxxgk/zcwj/gfxwj/228051.html',
  confidence: 'secondary',
  note: 'Fact sheet grade: medium-high (norbital register rows CN-SH09, including CN-SH09.per-side-rounding: each side rounds to the whole yuan, half-up).',
};

const HOUSING_FUND_2026: Source = {
  doc: '沪公积金管委会〔2026〕3号',
  title: '关于2026年度上海市调整住房公积金缴存基数、比例以及月缴存额上下限的通知',
  url: 'https://www.shzfgjj.cn/html/newxxgk/zcwj/gfxwj/228478.html',
  confidence: 'secondary',
  note: 'Fact sheet grade: medium-high (norbital register row CN-SH40). A voluntary supplementary fund of 1–5% is not modelled.',
};

/** 沪人社规〔2019〕19号 (extended by 沪人社规〔2023〕29号): the summer high-temperature allowance. */
export const HEAT_ALLOWANCE: Source = {
  doc: '沪人社规〔2019〕19号（沪人社规〔2023〕29号延长至2028-12-31）',
  title: '关于调整本市夏季高温津贴标准的通知',
  url: 'https://rsj.sh.gov.cn/tgzfl_17732/20260409/t0035_1439840.html',
  confidence: 'secondary',
  note: 'Fact sheet grade: medium-high (Xinhua 2019-05-21; norbital register rows CN-SH19.*). 300 is a floor, not a cap. Part-month treatment is not stated in any source.',
};

/** 沪人社规〔2025〕10号 第一条: what the monthly minimum wage comparison leaves out. */
export const MIN_WAGE_EXCLUSIONS: Source = {
  doc: '沪人社规〔2025〕10号',
  title: '关于调整本市最低工资标准的通知',
  url: 'https://rsj.sh.gov.cn/tgzfl_17732/20250714/t0035_1434097.html',
  confidence: 'official',
  article: '第一条',
  note: 'Overtime pay; the summer high-temperature allowance, middle and night shift allowances and allowances for toxic or hazardous work; meal, commuting and housing subsidies; the worker\'s own social insurance and housing-fund contributions.',
};

/** 见分进角 (round each line up to the next 0.1 yuan): the one source that states a rounding for social insurance. */
export const ROUNDING_JIAO: Source = {
  doc: 'zhaiyz/salarycalculator README (2018)',
  title: '社保缴费见分进角，公积金四舍五入到元',
  url: 'http://www.rrb365.com/news/20150706050552.html',
  confidence: 'secondary',
  note: 'Fact sheet grade: low-medium. The README cites rrb365.com (2015).',
};

/** Fen half-up on each line: a register's own default, stated because "the law is silent". */
export const ROUNDING_FEN: Source = {
  doc: 'norbital-ai/templates register CN-X-SI-ROUNDING',
  title: '社会保险费按分四舍五入（登记册的默认做法）',
  confidence: 'secondary',
  note: 'Fact sheet grade: low. No official rounding rule was found; ask 12333.',
};

const rate = (id: string, values: Parameters<typeof defineParameter<string>>[0]['values'], carry = false) =>
  defineParameter<string>({ id, unit: 'ratio', values, ...(carry ? { carryForward: { period: 'calendar-year' as const } } : {}) });

export const employerPension = rate('contributions.rate.employer.pension', [
  { from: '2016-01-01', value: '0.20', source: FORVISMAZARS_2016 },
  { from: '2019-05-01', value: '0.16', source: I_ADMIN_2019 },
  { from: '2025-01-20', value: '0.16', source: { ...RATES_QA_2025, note: 'The same 16% as from 2019-05-01, confirmed in force by the official Q&A of 2025-01-20. Fact sheet grade: high.' } },
]);

export const employeePension = rate('contributions.rate.employee.pension', [
  { from: '2016-01-01', value: '0.08', source: FORVISMAZARS_2016 },
  {
    from: '2025-01-20',
    value: '0.08',
    source: { doc: 'norbital-ai/templates register CN-SH06.pension-16-8', title: '养老保险 单位16%、个人8%', confidence: 'secondary', note: 'Fact sheet grade: medium-high. The same 8% as before.' },
  },
]);

export const employerMedical = rate('contributions.rate.employer.medical', [
  {
    from: '2019-05-01',
    value: '0.105',
    source: { ...I_ADMIN_2019, note: 'Medical 9.5% plus maternity 1% (a separate insurance until 2019-12-31), shown together as one medical line. Fact sheet grade: medium. Earlier medical rates are not covered.' },
  },
  { from: '2020-01-01', value: '0.105', source: I_ADMIN_MATERNITY_MERGE },
  {
    from: '2022-01-01',
    value: '0.10',
    source: {
      doc: 'stoneforest.com.sg 2022',
      title: 'Shanghai social insurance rates 2022: employer medical 10%',
      confidence: 'secondary',
      origin: { language: 'en' },
      inferred: true,
      note: 'Fact sheet grade: low-medium. In force in 2022; the date of the cut from 10.5% was not found, so the row starts 2022-01-01, the earliest month it is reported for.',
    },
  },
  {
    from: '2025-01-01',
    value: '0.09',
    source: { ...RATES_QA_2025, inferred: true, note: 'The official Q&A of 2025-01-20 gives 9% (maternity included). The date of the cut from 10% was not found: the row starts with the month of the Q&A.' },
  },
  { from: '2025-03-01', until: '2026-02-28', value: '0.09', source: MEDICAL_2025 },
  { from: '2026-03-01', until: '2027-02-28', value: '0.09', source: MEDICAL_2026 },
]);

export const employeeMedical = rate('contributions.rate.employee.medical', [
  { from: '2016-01-01', value: '0.02', source: FORVISMAZARS_2016 },
  { from: '2025-03-01', until: '2026-02-28', value: '0.02', source: { ...MEDICAL_2025, confidence: 'secondary' } },
  { from: '2026-03-01', until: '2027-02-28', value: '0.02', source: MEDICAL_2026 },
]);

/** Re-issued every calendar year (the 2025 notice ends 2025-12-31): the 2026 notice was not found, so it carries forward. */
export const employerUnemployment = rate(
  'contributions.rate.employer.unemployment',
  [
    { from: '2016-01-01', value: '0.01', source: FORVISMAZARS_2016 },
    { from: '2017-01-01', value: null, source: { doc: 'not found', title: '2017 unemployment-insurance rate', confidence: 'secondary', note: 'The date of the cut from 1% to 0.5% was not found.' } },
    { from: '2018-01-01', value: '0.005', source: UNEMPLOYMENT_BY_2018 },
    { from: '2025-01-01', until: '2025-12-31', value: '0.005', source: UNEMPLOYMENT_2025 },
  ],
  true,
);

export const employeeUnemployment = rate(
  'contributions.rate.employee.unemployment',
  [
    { from: '2016-01-01', value: '0.005', source: FORVISMAZARS_2016 },
    { from: '2025-01-01', until: '2025-12-31', value: '0.005', source: UNEMPLOYMENT_2025 },
  ],
  true,
);

export const flexiblePension = rate('contributions.rate.flexible.pension', [{ from: '2024-03-01', value: '0.20', source: FLEX_QA_2024 }]);
export const flexibleMedical = rate('contributions.rate.flexible.medical', [{ from: '2024-03-01', value: '0.10', source: FLEX_QA_2024 }]);

export const WORK_INJURY_CLASSES = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
export type WorkInjuryClass = (typeof WORK_INJURY_CLASSES)[number];

/** 行业基准费率, class I … VIII, as ratios. */
export const workInjuryClassRates = defineParameter<readonly string[]>({
  id: 'contributions.work-injury-class-rates',
  unit: 'table',
  values: [
    { from: '2015-10-01', value: ['0.002', '0.004', '0.007', '0.009', '0.011', '0.013', '0.016', '0.019'], source: WORK_INJURY_2015 },
    {
      from: '2019-05-01',
      value: ['0.0016', '0.0032', '0.0056', '0.0072', '0.0088', '0.0104', '0.0128', '0.0152'],
      source: {
        ...I_ADMIN_2019,
        inferred: true,
        note: 'Fact sheet grade: medium. A temporary cut of the band to 0.16%–1.52% from 2019-05-01; the classes in between are worked out as 80% of each base rate, and the end of the cut was not found (the official Q&A of 2025-01-20 again gives 0.2%–1.9%).',
      },
    },
    { from: '2025-01-20', value: ['0.002', '0.004', '0.007', '0.009', '0.011', '0.013', '0.016', '0.019'], source: { ...RATES_QA_2025, note: 'The Q&A gives the band 0.2%–1.9%; the eight classes within it are those of 人社部发〔2015〕71号.' } },
    { from: '2026-01-01', value: ['0.002', '0.004', '0.007', '0.009', '0.011', '0.013', '0.016', '0.019'], source: WORK_INJURY_2026 },
  ],
});

export interface HousingFundLimits {
  lower: string;
  upper: string;
  /** Rates each side may choose, as ratios. */
  minRate: string;
  maxRate: string;
}

export const housingFundLimits = defineParameter<HousingFundLimits>({
  id: 'contributions.housing-fund-limits',
  unit: 'table',
  values: [
    { from: '2025-07-01', until: '2026-06-30', value: { lower: '2690', upper: '37302', minRate: '0.05', maxRate: '0.07' }, source: HOUSING_FUND_2025 },
    { from: '2026-07-01', until: '2027-06-30', value: { lower: '2740', upper: '37731', minRate: '0.05', maxRate: '0.07' }, source: HOUSING_FUND_2026 },
  ],
});

export const heatAllowance = defineParameter<string>({
  id: 'contributions.high-temperature-allowance',
  unit: 'CNY/month',
  values: [{ from: '2019-06-01', until: '2028-12-31', value: '300', source: HEAT_ALLOWANCE }],
});
