import { defineParameter, type Source } from '../engine';

/**
 * 全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13) and its annex
 * 国务院关于渐进式延迟法定退休年龄的办法, in force 2025-01-01.
 */
export const REFORM_2025: Source = {
  doc: '全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定',
  title: '国务院关于渐进式延迟法定退休年龄的办法',
  url: 'https://www.mohrss.gov.cn/SYrlzyhshbzb/ztzl/zt202409/qwfb/202409/t20240913_525781.html',
  confidence: 'official',
  article: '第一条、附件1–3',
  note: 'Decision and Article 1 read in an official copy; the annex tables themselves were not seen — the cohort rule reproduces every annex row quoted in secondary sources.',
};

/** 办法 第二条 (minimum contribution years from 2030) and 附件4 提高最低缴费年限情况表. */
export const REFORM_2025_MINIMUM: Source = {
  ...REFORM_2025,
  article: '第二条、附件4',
  inferred: true,
  note: 'Article 2 read in an official copy ("从2030年1月1日起…由十五年逐步提高至二十年，每年提高六个月"); the annex 4 table was not seen — each year\'s value follows Article 2 and matches the annex rows quoted in secondary sources.',
};

/** 办法 第三条: flexible early and late retirement. */
export const REFORM_2025_FLEXIBLE: Source = {
  ...REFORM_2025,
  article: '第三条',
  note: 'Article 3 read in an official copy.',
};

/** 人社部发〔2024〕94号 第七条: which year's minimum contribution years applies to a flexible retirement. */
export const FLEXIBLE_MEASURES_2024: Source = {
  doc: '人社部发〔2024〕94号',
  title: '实施弹性退休制度暂行办法',
  url: 'https://www.gov.cn/zhengce/zhengceku/202501/content_6995747.htm',
  confidence: 'secondary',
  article: '第七条',
  note: 'Full text not read; the Article 7 rule (early: the chosen retirement year; late: the statutory retirement year) is cited consistently by several independent secondary sources.',
};

/** 中华人民共和国社会保险法 第十六条: fifteen years of contributions at statutory age for a monthly pension. */
export const SOCIAL_INSURANCE_LAW_16: Source = {
  doc: '中华人民共和国社会保险法',
  title: '中华人民共和国社会保险法',
  url: 'https://www.mohrss.gov.cn/xxgk2020/fdzdgknr/zcfg/fl/202011/t20201102_394629.html',
  confidence: 'official',
  article: '第十六条',
  note: '"参加基本养老保险的个人，达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。" Read in an official copy; the law is in force from 2011-07-01.',
};

const ORIGINAL_AGES: Source = {
  doc: '国发〔1978〕104号',
  title: '国务院关于工人退休、退职的暂行办法 / 国务院关于安置老弱病残干部的暂行办法',
  confidence: 'secondary',
  note: 'Original statutory ages 60 (men), 55 (women in cadre posts), 50 (women in worker posts), as restated in the 2024 decision, whose point 5 ends these provisions on 2025-01-01.',
};

export type RetirementCategory = 'male' | 'female-55' | 'female-50';
export const RETIREMENT_CATEGORIES: readonly RetirementCategory[] = ['male', 'female-55', 'female-50'];

/** The cohort rule of one category: who is affected, and by how much. */
export interface CohortRule {
  /** Original statutory age, in months. */
  originalMonths: number;
  /** First birth month whose age rises (YYYY-MM); absent when nobody's age rises. */
  firstBirthMonth?: string;
  /** Birth months per one-month rise. */
  stepMonths: number;
  /** Most months the age rises. */
  capMonths: number;
}

export type Schedule = Record<RetirementCategory, CohortRule>;

export const retirementSchedule = defineParameter<Schedule>({
  id: 'retirement-age.schedule',
  unit: 'table',
  values: [
    {
      from: '1978-06-02',
      value: {
        male: { originalMonths: 720, stepMonths: 1, capMonths: 0 },
        'female-55': { originalMonths: 660, stepMonths: 1, capMonths: 0 },
        'female-50': { originalMonths: 600, stepMonths: 1, capMonths: 0 },
      },
      source: ORIGINAL_AGES,
    },
    {
      // 办法 第一条: 男职工和原法定退休年龄为五十五周岁的女职工，每四个月延迟一个月，分别逐步延迟至六十三周岁和五十八周岁；
      // 原法定退休年龄为五十周岁的女职工，每二个月延迟一个月，逐步延迟至五十五周岁。
      from: '2025-01-01',
      published: '2024-09-13',
      value: {
        male: { originalMonths: 720, firstBirthMonth: '1965-01', stepMonths: 4, capMonths: 36 },
        'female-55': { originalMonths: 660, firstBirthMonth: '1970-01', stepMonths: 4, capMonths: 36 },
        'female-50': { originalMonths: 600, firstBirthMonth: '1975-01', stepMonths: 2, capMonths: 60 },
      },
      source: REFORM_2025,
    },
  ],
});

/**
 * Minimum contribution years for a monthly pension, by the year of retirement (looked up on the first day of the
 * retirement month). Decimal strings of years: "15.5" is 15 years 6 months.
 */
export const minimumContribution = defineParameter<string>({
  id: 'retirement-age.minimum-contribution',
  unit: 'years',
  values: [
    // 社会保险法 第十六条: 达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。
    { from: '2011-07-01', value: '15', source: SOCIAL_INSURANCE_LAW_16 },
    // 办法 第二条 / 附件4: 从2030年1月1日起…由十五年逐步提高至二十年，每年提高六个月。
    { from: '2030-01-01', published: '2024-09-13', value: '15.5', source: REFORM_2025_MINIMUM },
    { from: '2031-01-01', published: '2024-09-13', value: '16', source: REFORM_2025_MINIMUM },
    { from: '2032-01-01', published: '2024-09-13', value: '16.5', source: REFORM_2025_MINIMUM },
    { from: '2033-01-01', published: '2024-09-13', value: '17', source: REFORM_2025_MINIMUM },
    { from: '2034-01-01', published: '2024-09-13', value: '17.5', source: REFORM_2025_MINIMUM },
    { from: '2035-01-01', published: '2024-09-13', value: '18', source: REFORM_2025_MINIMUM },
    { from: '2036-01-01', published: '2024-09-13', value: '18.5', source: REFORM_2025_MINIMUM },
    { from: '2037-01-01', published: '2024-09-13', value: '19', source: REFORM_2025_MINIMUM },
    { from: '2038-01-01', published: '2024-09-13', value: '19.5', source: REFORM_2025_MINIMUM },
    { from: '2039-01-01', published: '2024-09-13', value: '20', source: REFORM_2025_MINIMUM },
  ],
});

/** How far a person may retire before or after the statutory retirement month. */
export interface FlexibleRule {
  /** Most months earlier than the statutory age (never below the original age). */
  maxEarlyMonths: number;
  /** Most months later than the statutory age. */
  maxLateMonths: number;
}

/** Looked up on the first day of the statutory retirement month. */
export const flexibleRule = defineParameter<FlexibleRule>({
  id: 'retirement-age.flexible',
  unit: 'table',
  values: [
    // 办法 第三条: 提前时间最长不超过三年，且退休年龄不得低于…原法定退休年龄；…弹性延迟退休，延迟时间最长不超过三年。
    { from: '2025-01-01', published: '2024-09-13', value: { maxEarlyMonths: 36, maxLateMonths: 36 }, source: REFORM_2025_FLEXIBLE },
  ],
});
