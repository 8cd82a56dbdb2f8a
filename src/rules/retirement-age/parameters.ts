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

const ORIGINAL_AGES: Source = {
  doc: '国发〔1978〕104号',
  title: '国务院关于工人退休、退职的暂行办法 / 国务院关于安置老弱病残干部的暂行办法',
  confidence: 'secondary',
  note: 'Original statutory ages 60 (men), 55 (women in cadre posts), 50 (women in worker posts), as restated in the 2024 decision.',
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
