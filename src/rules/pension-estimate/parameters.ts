import { defineParameter, type Rounding, type Source } from '../engine';

/** 国发〔2005〕38号: the national formula for the basic and personal-account pensions, from 2006-01-01. */
export const NATIONAL_2005: Source = {
  doc: '国发〔2005〕38号',
  title: '国务院关于完善企业职工基本养老保险制度的决定',
  url: 'https://www.gov.cn/zhengce/zhengceku/2008-03/28/content_7376.htm',
  confidence: 'secondary',
  note: 'Formula (基础养老金 = (C + C × Ī) ÷ 2 × N × 1%; 个人账户养老金 = 储存额 ÷ 计发月数) quoted identically by several independent policy catalogues; the official text itself was not read.',
};

/** 国发〔2005〕38号 附件 个人账户养老金计发月数表. */
export const PAYOUT_TABLE_2005: Source = {
  ...NATIONAL_2005,
  title: '国务院关于完善企业职工基本养老保险制度的决定 附件：个人账户养老金计发月数表',
  note: 'Whole-year table as transcribed by several independent secondary sources, which agree except at age 47 (208 or 207): age 47 is left uncovered.',
};

/** The 济南 12345 hotline answer: from 2025-01-01 a retirement age with extra months uses a month-level table. */
export const MONTHLY_PAYOUT_2025: Source = {
  doc: '济南市12345市民服务热线 答复（2025-06-12）',
  title: '2025年1月1日起非整岁退休按到月的计发月数表计发（60岁1个月为138.4，50岁1个月为194.6）',
  url: 'https://www.jinan.gov.cn/col23076/art/2025/art_23076_5018027.html',
  origin: { city: 'jinan' },
  confidence: 'secondary',
  inferred: true,
  note: 'Local answer quoted in a secondary source, not the national text (not found). Linear interpolation between whole years, rounded half-up to 0.1 month, reproduces both examples and two award sheets (Jiangsu 60y3m: 87722.18 ÷ 137.3 = 638.91; Sichuan 60y1m: 111640.05 ÷ 138.4 = 806.65).',
};

/** Shanghai's rules for the basic pension (0.083% a leftover month; each part rounded to 0.1 yuan). */
export const SH_BASIC_2021: Source = {
  doc: '沪人社规〔2021〕27号',
  title: '本市企业职工基本养老金计发有关规定（原文未见）',
  confidence: 'secondary',
  inferred: true,
  note: 'Cited by number only in a secondary pension engine: leftover months credit 0.083% each; basic, account and transitional pensions each rounded to 0.1 yuan (分进角). Reproduces five transcribed Shanghai award sheets (2023-03 to 2026-01) to 0.1 yuan, one of them 0.1 yuan off. The effective date was not found: coverage from 2022-01-01 is inferred from the notice year.',
};

/** Shanghai's transitional pension: C × 1.0 × service before 1993 × 1.2% + 虚账实记 ÷ 120. */
export const SH_TRANSITIONAL_2021: Source = {
  doc: '沪人社规〔2021〕32号',
  title: '本市过渡性养老金计发有关规定（原文未见）',
  confidence: 'secondary',
  inferred: true,
  note: 'Cited by number only in a secondary pension engine. Reproduces the transitional pension on two transcribed award sheets (2023-03: 695.5; 2025-12: 659.5 + 281.1). The effective date was not found: coverage from 2022-01-01 is inferred from the notice year.',
};

/** Transcribed Shanghai award sheets (核定表 / 预核定表), 2023-03 to 2026-01. */
export const SH_AWARD_SHEETS: Source = {
  doc: '上海养老金核定表案例（第三方转录）',
  title: '上海市企业职工基本养老金核定表 / 预核定表 5 例',
  confidence: 'secondary',
  note: 'Test file of a public pension engine that transcribes official award sheets. A 2026-01 pre-approval sheet reads "2025年基数未公布，暂用2024年基数12434元"; a 2023-03 one used the base of wage year 2021 (11396). Sheets name a base by its wage year.',
};

/** 分进角: each part of the pension rounded half-up to 0.1 yuan. */
export const JIAO: Rounding = { places: 1, mode: 'half-up' };

/** The 计发月数 rounding of a month-level age: 0.1 month, half up. */
export const PAYOUT_ROUNDING: Rounding = { places: 1, mode: 'half-up' };

const BASE_RULE_NOTE = 'C for every retirement month of year Y is the 全口径 average monthly wage of year Y − 1 ("办理申领时上年度全市城镇单位就业人员月平均工资", secondary). The wage year is the entry year minus one.';

/**
 * 计发基数 C by the year of retirement: the entry from Y-01-01 holds the base for retirements in year Y.
 * `published` is when the value became known; before then a retirement of year Y is worked out provisionally with
 * the latest published base, as the 预核定表 do.
 */
export const pensionBase = defineParameter<string>({
  id: 'pension.base',
  unit: 'CNY/month',
  values: [
    {
      from: '2022-01-01',
      value: '11396',
      source: { ...SH_AWARD_SHEETS, note: `Average wage of 2021, used on a 2023-03 pre-approval sheet ("用2021年基数") and listed as the 2022 base by a secondary pension engine; publication date not found. ${BASE_RULE_NOTE}` },
    },
    {
      from: '2023-01-01',
      value: '12183',
      source: {
        doc: '上海市2023年度基本养老金计发基数（文件未见）',
        title: '2023年计发基数12183元（上海市2022年全口径城镇单位就业人员月平均工资）',
        confidence: 'secondary',
        note: `Secondary pension-engine note: "2023年基数12183元，2024年基数12307元，2025年基数12434元". Matches the 2023-07 contribution ceiling 36549 = 3 × 12183. Publication date not found, so for rules as of a date in 2023 the value may be treated as known too early. ${BASE_RULE_NOTE}`,
      },
    },
    {
      from: '2024-01-01',
      value: '12307',
      source: {
        doc: '上海市2024年度基本养老金计发基数（文件未见）',
        title: '2024年计发基数12307元（上海市2023年全口径城镇单位就业人员月平均工资）',
        confidence: 'secondary',
        note: `Same engine note, a national table of 2024 provincial bases ("上海": 12307.0), and a 2024-11 award sheet. Matches the 2024-07 contribution ceiling 36921 = 3 × 12307. Publication date not found. ${BASE_RULE_NOTE}`,
      },
    },
    {
      from: '2025-01-01',
      published: '2025-09-18',
      value: '12434',
      source: {
        doc: '上海市人力资源和社会保障局 2025-09-18 通告',
        title: '2025年计发基数12434元（上海市2024年全口径城镇单位就业人员月平均工资）',
        url: 'https://rsj.sh.gov.cn/tgsgg_17341/20250918/t0035_1435637.html',
        confidence: 'secondary',
        note: `Value attributed to this rsj notice by a secondary source (the notice was not read); used on 2025-11 and 2025-12 award sheets. Matches the 2025-07 band 7460–37302 (37302 = 3 × 12434). ${BASE_RULE_NOTE}`,
      },
    },
    {
      from: '2026-01-01',
      published: '2026-08-13',
      value: '12577',
      source: {
        doc: '上海市人力资源和社会保障局《企业基本养老金计发办法》页面（2026-08-13）',
        title: '2026年计发基数12577元（上海市2025年全口径城镇单位就业人员月平均工资）',
        url: 'https://rsj.sh.gov.cn/tshbx_17729/20260813/t0035_1443100.html',
        confidence: 'secondary',
        note: `Value cited from this page by two unrelated secondary sources (the page was not read). Consistent with the official 2026-07 contribution ceiling 37731 = 3 × 12577 and floor 7546 = round(0.6 × 12577) (rsj Q&A 2026-08-24). ${BASE_RULE_NOTE}`,
      },
    },
  ],
});

export interface BasicRate {
  /** Credit for each full contribution year. */
  perYear: string;
  /** Credit for each leftover month. */
  perMonth: string;
}

export const basicRate = defineParameter<BasicRate>({
  id: 'pension.basic-rate',
  unit: 'table',
  values: [
    // 国发〔2005〕38号: 缴费每满1年发给1%; 沪人社规〔2021〕27号 (as cited): 不满1年的月数每月0.083%.
    { from: '2022-01-01', value: { perYear: '0.01', perMonth: '0.00083' }, source: SH_BASIC_2021 },
  ],
});

/** 计发月数 for each whole age; null where the sources disagree (47: 208 or 207). */
export type PayoutTable = Readonly<Record<number, string | null>>;

export const payoutMonthsTable = defineParameter<PayoutTable>({
  id: 'pension.payout-months',
  unit: 'table',
  values: [
    {
      // 国发〔2005〕38号 附件: 个人账户养老金计发月数表 (ages 40–70).
      from: '2006-01-01',
      value: {
        40: '233', 41: '230', 42: '226', 43: '223', 44: '220', 45: '216', 46: '212', 47: null, 48: '204', 49: '199',
        50: '195', 51: '190', 52: '185', 53: '180', 54: '175', 55: '170', 56: '164', 57: '158', 58: '152', 59: '145',
        60: '139', 61: '132', 62: '125', 63: '117', 64: '109', 65: '101', 66: '93', 67: '84', 68: '75', 69: '65', 70: '56',
      },
      source: PAYOUT_TABLE_2005,
    },
  ],
});

export interface MonthlyPayoutRule {
  /** Decimal places of a month-level 计发月数. */
  places: number;
}

/** Ages with extra months: linear between whole years, to 0.1 month. Not covered before 2025. */
export const payoutMonthsByMonth = defineParameter<MonthlyPayoutRule>({
  id: 'pension.payout-months-by-month',
  unit: 'table',
  values: [{ from: '2025-01-01', value: { places: 1 }, source: MONTHLY_PAYOUT_2025 }],
});

export interface TransitionalRule {
  /** Credit per year of service before 1993. */
  serviceRate: string;
  /** Index applied to service before 1993 (视同缴费指数). */
  serviceIndex: string;
  /** Months the 1993–1997 notional account is divided by. */
  notionalDivisor: string;
}

export const transitionalRule = defineParameter<TransitionalRule>({
  id: 'pension.transitional',
  unit: 'table',
  values: [
    // 沪人社规〔2021〕32号 (as cited): C × 1.0 × 1992年底前连续工龄 × 1.2% + 虚账实记总额 ÷ 120.
    { from: '2022-01-01', value: { serviceRate: '0.012', serviceIndex: '1.0', notionalDivisor: '120' }, source: SH_TRANSITIONAL_2021 },
  ],
});
