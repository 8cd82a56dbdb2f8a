import { defineParameter, type Source } from '../engine';

/**
 * The city-wide contribution base limits (社会保险缴费基数上下限) and the city average wage behind them
 * (上年度全口径城镇单位就业人员月平均工资). Since 2020 a contribution year runs from 1 July to 30 June.
 * Each `note` records the grade the fact sheet gives the row (contributions-maternity-and-more.md §4.1).
 */

export interface BaseLimits {
  /** 缴费基数下限 (60% of the average, rounded as published). */
  lower: string;
  /** 缴费基数上限 (300% of the average). */
  upper: string;
}

const HISTORY_JSON: Source = {
  doc: 'GitHub history JSON (file id 55755678886)',
  title: '上海市社会保险缴费基数历年上下限（公开代码中的历史数据）',
  confidence: 'secondary',
  note: 'Fact sheet grade: medium. The official 2016 and 2017 base notices were not found.',
};

const CHINA_BRIEFING_2019: Source = {
  doc: 'china-briefing.com 2019',
  title: "Shanghai's Social Insurance Contribution Base Upper, Lower Limits Updated",
  url: 'https://www.china-briefing.com/news/shanghais-social-insurance-contribution-base-upper-lower-limits-updated/',
  confidence: 'secondary',
  origin: { language: 'en' },
};

const I_ADMIN_2019: Source = {
  doc: 'i-admin.com 2019-05',
  title: 'Shanghai social insurance contribution base and rates effective from 1st May 2019',
  confidence: 'secondary',
  origin: { language: 'en' },
  note: 'Fact sheet grade: medium.',
};

const RSA_TAX: Source = {
  doc: 'rsa-tax.com',
  title: 'Shanghai new social contributions limits',
  url: 'https://www.rsa-tax.com/single-post/shanghai-new-social-contributions-limits',
  confidence: 'secondary',
  origin: { language: 'en' },
};

export const BASE_2025: Source = {
  doc: '上海市人力资源和社会保障局 2025年社会保险缴费基数公告',
  title: '关于2025年度本市职工社会保险缴费基数上下限的公告',
  url: 'https://rsj.sh.gov.cn/tgsgg_17341/20250918/t0035_1435637.html',
  confidence: 'secondary',
  note: 'Fact sheet grade: medium-high. Read through the norbital register (rows CN-SH05.floor-2025, CN-SH05.ceiling-2025), which cites this official URL; the notice itself was not read.',
};

export const BASE_2026: Source = {
  doc: '上海市人力资源和社会保障局 政策问答 2026-08-24',
  title: '2026年度社会保险缴费基数上下限及缴费基数如何确定',
  url: 'https://rsj.sh.gov.cn/tdjjf_17554/20260824/t0035_1443297.html',
  confidence: 'official',
  note: 'Fact sheet grade: high (official text, mirror DOC-SH-CONTRIB-BASE-2026). Also states the base rules: the previous year\'s own average monthly wage; a new job uses the first full month\'s wage.',
};

const AVERAGE_2026: Source = {
  doc: '上海市人力资源和社会保障局 公告 2026-08-18',
  title: '2025年本市全口径城镇单位就业人员平均工资',
  url: 'https://rsj.sh.gov.cn/tgsgg_17341/20260818/t0035_1443203.html',
  confidence: 'secondary',
  note: 'Fact sheet grade: medium-high (through the norbital register, which cites this official URL).',
};

export const contributionBaseLimits = defineParameter<BaseLimits>({
  id: 'shanghai.contribution-base-limits',
  unit: 'table',
  values: [
    { from: '2016-04-01', until: '2017-03-31', value: { lower: '3563', upper: '17817' }, source: HISTORY_JSON },
    { from: '2017-04-01', until: '2018-03-31', value: { lower: '3902', upper: '19512' }, source: HISTORY_JSON },
    {
      from: '2018-04-01',
      until: '2019-03-31',
      value: { lower: '4279', upper: '21396' },
      source: { ...CHINA_BRIEFING_2019, note: 'Fact sheet grade: medium-high (the 2019 article gives them as last year\'s limits; zhaiyz/salarycalculator README agrees).' },
    },
    { from: '2019-04-01', until: '2019-04-30', value: { lower: '4699', upper: '23496' }, source: { ...CHINA_BRIEFING_2019, note: 'Fact sheet grade: medium-high.' } },
    { from: '2019-05-01', until: '2020-06-30', value: { lower: '4927', upper: '24633' }, source: I_ADMIN_2019 },
    {
      from: '2020-07-01',
      until: '2021-06-30',
      value: { lower: '4927', upper: '28017' },
      source: { doc: 'research/pension.md §2.4', title: '2020年度缴费基数（下限维持 4927 元）', confidence: 'secondary', note: 'Fact sheet grade: medium. The lower limit was kept at the 2019 figure.' },
    },
    { from: '2021-07-01', until: '2022-06-30', value: { lower: '5975', upper: '31014' }, source: { ...RSA_TAX, note: 'Fact sheet grade: medium.' } },
    { from: '2022-07-01', until: '2023-06-30', value: { lower: '6520', upper: '34188' }, source: { ...RSA_TAX, note: 'Fact sheet grade: medium-high (the rsj disclosed them on 5 July).' } },
    {
      from: '2023-07-01',
      until: '2024-06-30',
      value: { lower: '7310', upper: '36549' },
      source: { doc: 'public calculator code "Shanghai 2023-2024 standards"', title: '2023年度上海社保缴费基数上下限', confidence: 'secondary', note: 'Fact sheet grade: medium.' },
    },
    {
      from: '2024-07-01',
      until: '2025-06-30',
      value: { lower: '7384', upper: '36921' },
      source: { doc: 'acbcshanghai.com', title: '2024年度上海社保缴费基数上下限', confidence: 'secondary', note: 'Fact sheet grade: medium-high (a public Python calculator docstring agrees).' },
    },
    { from: '2025-07-01', until: '2026-06-30', published: '2025-09-18', value: { lower: '7460', upper: '37302' }, source: BASE_2025 },
    { from: '2026-07-01', until: '2027-06-30', published: '2026-08-24', value: { lower: '7546', upper: '37731' }, source: BASE_2026 },
  ],
});

/**
 * The previous year's city average monthly wage (全口径) behind each contribution year's limits (upper = 3 ×, lower = 60%,
 * rounded, from 2023-07): one table for every calculator that needs it (contributions, the maternity allowance's bounds).
 * Each figure holds for its own year only (`until`); it is not known before its publication.
 */
export const cityAverageWage = defineParameter<string>({
  id: 'shanghai.city-average-wage',
  unit: 'CNY/month',
  values: [
    { from: '2016-04-01', until: '2017-03-31', value: '5939', source: { ...HISTORY_JSON, note: 'The 2015 average. Fact sheet grade: medium.' } },
    { from: '2017-04-01', until: '2018-03-31', value: '6504', source: { ...HISTORY_JSON, note: 'The 2016 average. Fact sheet grade: medium.' } },
    { from: '2018-04-01', until: '2019-03-31', value: '7132', source: { ...CHINA_BRIEFING_2019, note: 'The 2017 average. Fact sheet grade: medium-high.' } },
    { from: '2019-04-01', until: '2019-04-30', value: '7832', source: { ...CHINA_BRIEFING_2019, note: 'Fact sheet grade: medium-high.' } },
    { from: '2019-05-01', until: '2020-06-30', value: '8211', source: { ...I_ADMIN_2019, note: 'The 全口径 average. Fact sheet grade: medium.' } },
    { from: '2020-07-01', until: '2021-06-30', value: '9339', source: { doc: 'research/pension.md §2.4', title: '2020年度缴费基数', confidence: 'secondary', note: 'Fact sheet grade: medium.' } },
    { from: '2021-07-01', until: '2022-06-30', value: '10338', source: { ...RSA_TAX, note: 'Fact sheet grade: medium.' } },
    { from: '2022-07-01', until: '2023-06-30', published: '2022-07-05', value: '11396', source: { ...RSA_TAX, note: 'Disclosed by the rsj on 5 July 2022. Fact sheet grade: medium-high.' } },
    { from: '2023-07-01', until: '2024-06-30', value: '12183', source: { doc: 'public calculator code "Shanghai 2023-2024 standards"', title: '2023年度上海社保缴费基数上下限', confidence: 'secondary', note: 'Fact sheet grade: medium.' } },
    { from: '2024-07-01', until: '2025-06-30', value: '12307', source: { doc: 'acbcshanghai.com', title: '2024年度上海社保缴费基数上下限', confidence: 'secondary', note: 'Fact sheet grade: medium-high.' } },
    { from: '2025-07-01', until: '2026-06-30', published: '2025-09-18', value: '12434', source: { ...BASE_2025, note: 'The 2024 average behind the 2025 limits (3 × 12434 = 37302). Fact sheet grade: medium-high.' } },
    { from: '2026-07-01', until: '2027-06-30', published: '2026-08-18', value: '12577', source: AVERAGE_2026 },
  ],
});
