import { defineParameter, type Rounding, type Source } from '../engine';
import { INDEX_BOUNDS, type IndexBounds } from './index-bounds';

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

/**
 * Before 2025: the annex gives 计发月数 by whole years of age only (退休年龄 40–70 岁), and no month-level table existed;
 * an age with extra months takes the row of its completed years (周岁), e.g. 60 years 7 months → 60 → 139.
 */
export const WHOLE_YEARS_BEFORE_2025: Source = {
  ...PAYOUT_TABLE_2005,
  title: '2025年以前退休的，按退休时周岁查个人账户养老金计发月数表',
  inferred: true,
  note: 'The annex is a table by whole years of age; the month-level table applies "2025年1月1日起" (济南 12345 answer, MONTHLY_PAYOUT_2025), so before that date the table is read by completed years. A 2023 Q&A page reads 62 years 4 months as the 62 row (https://3dmxku.com/daquan/zonghe/754026.html, low: it misquotes the row). No Shanghai sheet of a pre-2025 retirement at an age with extra months was found (issue 21 names one, 1963-05 → 2023-12 at 60 years 7 months, without its figures).',
};

/** Shanghai's rules for the basic pension (0.083% a leftover month; each part rounded to 0.1 yuan). */
export const SH_BASIC_2021: Source = {
  doc: '沪人社规〔2021〕27号',
  title: '本市企业职工基本养老金计发有关规定（原文未见）',
  confidence: 'secondary',
  inferred: true,
  note: 'Cited by number only in a secondary pension engine: leftover months credit 0.083% each; basic, account and transitional pensions each "分进角". The engine read 分进角 as half-up; the award sheets say otherwise (see SH_JIAO_UP). The effective date was not found: coverage from 2022-01-01 is inferred from the notice year.',
};

/**
 * 见分进角: an amount worked out to the fen; a fen tail carries to the next jiao. The wording is that of the Shanghai
 * pension notices ("尾数不足一角的，见分进角", 沪人社规〔2022〕26号 二（三）); for the first pension it is inferred from the sheets.
 */
export const SH_JIAO_UP: Source = {
  doc: '尾数见分进角（据核定表）',
  title: '养老金各项尾数：计算到分，见分进角',
  confidence: 'secondary',
  inferred: true,
  note: 'Inferred from the award sheets in tests/rules/pension-estimate.test.ts: fen half-up, then any fen up to the next jiao, reproduces every part printed on seven of the eight transcribed sheets (the eighth, 2023-10, quotes its index with three decimals only); two of them, 2025-11 basic 1623.0 from 1622.911 and 2026-01 basic 3398.3 from 3398.214, are missed by half-up to the jiao. The fen step is needed too: the 2023-03 transitional pension 194.18784 + 501.31217 = 695.50001 is 695.5 on the sheet, not 695.6. The transitional pension is rounded once, on its sum.',
};

/** Shanghai's transitional pension: C × 1.0 × service before 1993 × 1.2% + 虚账实记 ÷ 120. */
export const SH_TRANSITIONAL_2021: Source = {
  doc: '沪人社规〔2021〕32号',
  title: '本市过渡性养老金计发有关规定（原文未见）',
  confidence: 'secondary',
  inferred: true,
  note: 'Cited by number only in a secondary pension engine. Reproduces the transitional pension printed on three transcribed award sheets (2023-03: 695.5; 2024-11: 2000.0 and 2025-12: 940.6, whose notional accounts were worked back by the transcriber), each part to the fen and the sum 见分进角. The effective date was not found: coverage from 2022-01-01 is inferred from the notice year.',
};

/** Transcribed Shanghai award sheets (核定表 / 预核定表), 2023-03 to 2026-01; each is cited in the table test. */
export const SH_AWARD_SHEETS: Source = {
  doc: '上海养老金核定表案例（第三方转录）',
  title: '上海市企业职工基本养老金核定表 / 预核定表（转录 8 例）',
  confidence: 'secondary',
  note: 'A public pension engine\'s test file transcribing official award sheets, and three articles quoting sheets (ruoyo.com 2023-03, uzkoo.com 2023-10, a 养老规划罗姐说 post 2026-01). A 2026-01 pre-approval sheet reads "2025年基数未公布，暂用2024年基数12434元"; 2023-03 sheets used the base of wage year 2021 (11396). Sheets name a base by its wage year.',
};

/** 计算到分: an amount to the fen, half up, before the jiao step. */
export const FEN: Rounding = { places: 2, mode: 'half-up' };

/** 见分进角: a fen tail carries to the next jiao (after FEN). */
export const JIAO_UP: Rounding = { places: 1, mode: 'up' };

/** The 计发月数 rounding of a month-level age: 0.1 month, half up. */
export const PAYOUT_ROUNDING: Rounding = { places: 1, mode: 'half-up' };

const BASE_RULE_NOTE = 'C for every retirement month of year Y is the 全口径 average monthly wage of year Y − 1 ("办理申领时上年度全市城镇单位就业人员月平均工资", secondary). The wage year is the entry year minus one. Confidence as graded in shared/policy/additions-pension-unemployment-ltc.md §2.1 (its "repost-of-official" is `secondary` here: the official page itself was not read).';

/** The open question for 2019 and 2020 retirees (additions §2.2): which of two published figures was their base. */
const OPEN_2019_2020 = 'Open question: from 2019 Shanghai moved to the 全口径 average in three steps; the contribution bounds used transitional reference levels (8211 from 2019-05, 9339 from 2020-07-01) while the published 全口径 averages were 8765 (2018) and 9580 (2019). The 2019 说明 says benefits tied to the average wage would be phased in smoothly but gives no pension-base figure, and no 2019 or 2020 award sheet was found. So the base of a 2019 retiree (8765 or 8211) and of a 2020 retiree (9580 or 9339) is not known: not covered until a notice or a sheet settles it.';

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
      // 2018 全口径 average 8765 (annual 105176), published 2019-06-21; the bounds used 8211.
      from: '2019-01-01',
      published: '2019-06-21',
      value: null,
      source: {
        doc: '关于本市人社领域涉及2018年度城镇单位就业人员平均工资相关事项的说明（2019-06-21）',
        title: '2018年全口径城镇单位就业人员月平均工资8765元；缴费基数按过渡口径8211元',
        url: 'https://mip.findlaw.cn/lawyers/article/d719619.html',
        confidence: 'secondary',
        note: `Full text reposted on a third-party page (graded repost-of-official). ${OPEN_2019_2020}`,
      },
    },
    {
      // 2019 全口径 average 9580 (annual 114962), published 2020-06-30; the bounds used 9339.
      from: '2020-01-01',
      published: '2020-06-30',
      value: null,
      source: {
        doc: '关于本市人社领域涉及2019年度城镇单位就业人员平均工资相关事项的说明（2020-06-30）',
        title: '2019年全口径城镇单位就业人员月平均工资9580元；缴费基数按过渡口径9339元',
        url: 'http://lxhro.com/news/html/1909.html',
        confidence: 'secondary',
        note: `Text reposted on three third-party pages (graded repost-of-official; also https://19hk.com/show-15-129-1.html). ${OPEN_2019_2020}`,
      },
    },
    {
      from: '2021-01-01',
      value: '10338',
      source: {
        doc: '上海市2020年度全口径城镇单位就业人员月平均工资（文件未见）',
        title: '2021年计发基数10338元（2020年全口径城镇单位就业人员月平均工资）',
        url: 'https://zx095.com/zx/bk/13941.html',
        confidence: 'secondary',
        note: `Secondary page (graded secondary); no 2021 award sheet was found. Published in 2021, date not found, so for rules as of a date in 2021 the value may be treated as known too early. ${BASE_RULE_NOTE}`,
      },
    },
    {
      from: '2022-01-01',
      value: '11396',
      source: {
        doc: '上海市2021年度全口径城镇单位就业人员月平均工资（文件未见）',
        title: '2022年计发基数11396元（2021年全口径城镇单位就业人员月平均工资）',
        url: 'https://xiaoshebao.com/a/659b49c84d1e2340dc0ac0c2.html',
        confidence: 'secondary',
        note: `Notice text reposted (graded repost-of-official); the contribution bounds from 2022-07-01 rest on it. Used on two 2023-03 pre-approval sheets ("用2021年基数"). Publication date not found. ${BASE_RULE_NOTE}`,
      },
    },
    {
      // Published late June 2023 (新民晚报 reported it on 2023-07-01).
      from: '2023-01-01',
      published: '2023-07-01',
      value: '12183',
      source: {
        doc: '上海市2022年度全口径城镇单位就业人员月平均工资（新民晚报 2023-07-01 转载）',
        title: '2023年计发基数12183元（2022年全口径城镇单位就业人员月平均工资）',
        url: 'http://guizhou.mrce.com.cn/zh/2023/0701/8396.html',
        confidence: 'secondary',
        note: `Graded repost-of-official (also http://mjzbj.com/show.asp?id=549 "转自上海人力资源和社会保障"). Published in late June 2023: the report date 2023-07-01 is used as the publication date. Matches the 2023-07 contribution ceiling 36549 = 3 × 12183 and a 2023-10 award sheet. ${BASE_RULE_NOTE}`,
      },
    },
    {
      from: '2024-01-01',
      value: '12307',
      source: {
        doc: '上海市2023年度全口径城镇单位就业人员月平均工资（文件未见）',
        title: '2024年计发基数12307元（2023年全口径城镇单位就业人员月平均工资）',
        confidence: 'secondary',
        note: `Graded secondary: a secondary pension engine ("2024年基数12307元"), a national table of 2024 provincial bases and a 2024-11 award sheet. Matches the 2024-07 contribution ceiling 36921 = 3 × 12307. Publication date not found. ${BASE_RULE_NOTE}`,
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
        note: `Graded secondary citing the official URL (https://finance.itbear.com.cn/html/2025-09/241902.html and a GitHub register row citing this rsj notice; the notice was not read). Used on 2025-11 and 2025-12 award sheets. Matches the 2025-07 band 7460–37302 (37302 = 3 × 12434). ${BASE_RULE_NOTE}`,
      },
    },
    {
      from: '2026-01-01',
      published: '2026-08-18',
      value: '12577',
      source: {
        doc: '上海市人力资源和社会保障局 2026-08-18 通告',
        title: '2026年计发基数12577元（上海市2025年全口径城镇单位就业人员月平均工资）',
        url: 'https://rsj.sh.gov.cn/tgsgg_17341/20260818/t0035_1443203.html',
        confidence: 'secondary',
        note: `Graded secondary citing the official URL, with an official cross-check: the rsj Q&A of 2026-08-24 gives the 2026-07 ceiling 37731 = 3 × 12577 and floor 7546 = round(0.6 × 12577). Two other secondary sources cite it from the rsj《企业基本养老金计发办法》page of 2026-08-13 (https://rsj.sh.gov.cn/tshbx_17729/20260813/t0035_1443100.html); the later date is kept as the publication date. ${BASE_RULE_NOTE}`,
      },
    },
  ],
});

// The bounds themselves live in index-bounds.ts (the retirement-age schema reads them too, without these tables).
export { INDEX_BOUNDS, type IndexBounds };

export const indexBounds = defineParameter<IndexBounds>({
  id: 'pension.index-bounds',
  unit: 'table',
  values: [
    {
      from: '2006-01-01',
      value: INDEX_BOUNDS,
      source: {
        doc: '国办发〔2019〕13号（缴费基数 60%–300%）；核定表实例',
        title: '平均缴费工资指数：一般不超过 3，超过 3 的照常测算并提示，超过 4 的视为输入有误',
        url: 'https://www.gov.cn/zhengce/content/2019-04/04/content_5379629.htm',
        confidence: 'secondary',
        inferred: true,
        note: 'usualMax 3 = the 300% cap on the contribution base. Real sheets pass it: a 2023-10 Shanghai sheet shows 3.0118 (issue 21) and a 2023-01 Sichuan sheet 3.025 (https://414w.com/read/557303.html). An average above 3 needs yearly indexes above 3, i.e. a cap reference wage above the wage the index divides by; the largest such gap in the cited Shanghai figures is 8211 against the old-口径 2018 average 7832 (4.8%, a yearly index of at most 3 × 8211 ÷ 7832 = 3.145), and deemed years count 1.0, pulling the average down. max 4 would need every year\'s cap reference a third above its divisor: no rule or sheet comes near it, while a misplaced decimal point (30.118) is caught. Which wage Shanghai divides by in each year was not found: the bound is inferred.',
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
  /** true: an age with extra months is placed between two whole-year rows; false: the row of the completed years (周岁). */
  byMonth: boolean;
  /** Decimal places of a month-level 计发月数. */
  places: number;
}

/** Ages with extra months: the completed-years row before 2025; from 2025 linear between whole years, to 0.1 month. */
export const payoutMonthsByMonth = defineParameter<MonthlyPayoutRule>({
  id: 'pension.payout-months-by-month',
  unit: 'table',
  values: [
    { from: '2006-01-01', value: { byMonth: false, places: 0 }, source: WHOLE_YEARS_BEFORE_2025 },
    { from: '2025-01-01', value: { byMonth: true, places: 1 }, source: MONTHLY_PAYOUT_2025 },
  ],
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

/** 国办发〔2019〕13号: the contribution base lies between 60% and 300% of the 全口径 average wage. */
export const BASE_BAND_2019: Source = {
  doc: '国办发〔2019〕13号',
  title: '国务院办公厅关于印发降低社会保险费率综合方案的通知（缴费基数 60%–300%）',
  url: 'https://www.gov.cn/zhengce/content/2019-04/04/content_5379629.htm',
  confidence: 'secondary',
  note: 'Band cited in shared/policy/pension.md §2.1 (conf. high); Shanghai\'s published limits are 3 × and about 60% of the average (src/rules/shared/contribution-base.ts).',
};

/** The band as ratios of the city average wage: what an estimate from a wage bounds her yearly index by. */
export const BASE_BAND = { lower: '0.6', upper: '3' } as const;

/** 8% of the contribution base is credited to the personal account (employee share). */
export const ACCOUNT_SHARE_SOURCE: Source = {
  doc: '国发〔2005〕38号；上海市社会保险缴费比例（个人 8%）',
  title: '个人缴费 8%，全部记入个人账户',
  url: 'https://www.gov.cn/zhengce/zhengceku/2008-03/28/content_7376.htm',
  confidence: 'secondary',
  note: 'shared/policy/pension.md §2.1 and contributions-maternity-and-more.md (pension 8%, rsj Q&A 2025-01-20, high).',
};
export const ACCOUNT_SHARE = '0.08';

/**
 * The national crediting rate of the personal account (职工基本养老保险个人账户记账利率), by year. An estimate from a
 * wage uses the latest as its default interest (editable): a figure for planning, not a forecast.
 */
const ACCOUNT_RATE_SOURCE: Source = {
  doc: '人社部 财政部 职工基本养老保险个人账户记账利率（历年公布值，转录）',
  title: '个人账户记账利率：2016 8.31%、2017 7.12%、2018 8.29%、2019 7.61%、2020 6.04%、2021 6.69%、2022 6.12%、2023 3.97%、2024 2.62%',
  confidence: 'secondary',
  note: 'shared/policy/pension.md §2.5 (GitHub file id 55839220287, corroborated by id 71058976515; conf. medium). The rate is set nationally each year (人社部发〔2017〕31号). The 2025 figure (1.50%) appears only in those files (low) and is not encoded.',
};

export const accountRate = defineParameter<string>({
  id: 'pension.account-rate',
  unit: 'ratio',
  values: (
    [
      [2016, '0.0831'],
      [2017, '0.0712'],
      [2018, '0.0829'],
      [2019, '0.0761'],
      [2020, '0.0604'],
      [2021, '0.0669'],
      [2022, '0.0612'],
      [2023, '0.0397'],
      [2024, '0.0262'],
    ] as const
  ).map(([y, v]) => ({ from: `${y}-01-01`, until: `${y}-12-31`, value: v, source: ACCOUNT_RATE_SOURCE })),
});
