import { defineParameter, type Source } from '../engine';

/**
 * Shanghai long-term care insurance (上海市长期护理保险). No official Chinese text of the 办法 (2016, 2017, 2021 or
 * 2026 version), of its 实施细则 or of the 医保局 notices was available; the only official texts seen are the
 * English translations of Arts. 1–4 of 沪府发〔2017〕97号 and 沪府办发〔2018〕2号. Every benefit figure below is
 * therefore `secondary`. Figures that could not be sourced at all (the provider's hourly price, the institution's
 * daily charge, which level falls in which institutional band) are asked of the person instead.
 */

/** 沪府发〔2017〕97号, the citywide 办法 (official English translation; Arts. 1–4 readable). */
export const MEASURES_2017: Source = {
  doc: '沪府发〔2017〕97号',
  title: '上海市长期护理保险试点办法',
  url: 'https://english.shanghai.gov.cn/en-Bulletin/20240921/1549e5c9feec4dffb6d177979294f211.html',
  origin: { language: 'en', translation: 'official' },
  confidence: 'official',
  note: 'Official English translation "Procedures of Shanghai Municipality on the Pilot Program of Long-term Nursing Insurance" (SMPG G [2017] No. 97, 2017-12-30); Arts. 1-4 seen; Chinese text not seen. Citywide start 2018-01-01 from Xinhua 2017-12-26 (secondary).',
};

/** 沪府办发〔2018〕2号, the unified needs assessment (official English translation; Arts. 1–4 readable). */
export const ASSESSMENT_MEASURES_2018: Source = {
  doc: '沪府办发〔2018〕2号',
  title: '上海市老年照护统一需求评估及服务管理办法',
  url: 'https://english.shanghai.gov.cn/en-Bulletin/20240921/34e3c67f0cb146e1a6468119838d545f.html',
  origin: { language: 'en', translation: 'official' },
  confidence: 'official',
  note: 'Official English translation "Procedures of Shanghai Municipality on the Unified Needs Assessment and Service Administration of the Elderly Nursing" (SMPG GO D [2018] No. 2, 2018-01-05); Arts. 1-4 seen; Chinese title from secondary pages.',
};

/** The 2026 version of the 办法: known only as a page in the 2026 gazette, through a secondary registry. */
export const MEASURES_2026: Source = {
  doc: '上海市长期护理保险试点办法（2026 年版，文号未找到）',
  title: '上海市长期护理保险试点办法',
  url: 'https://www.shanghai.gov.cn/202602bgtwj/20260122/83a46aaeed2448e4a54666ceb3d663df.html',
  confidence: 'secondary',
  note: 'Listed (URL only, page date 2026-01-22) in a public research Source Registry v0.4.0 (GitHub file id 69197072401, entry SRC-C6A1F835). Content, number and effective date not seen.',
};
/** The day the 2026 version appeared (its page date); from here on the figures below may have changed. */
export const MEASURES_2026_PUBLISHED = '2026-01-22';

/** Q&A pages repeating the home-care article of the 办法 (version not named). */
const HOME_CARE_QA: Source = {
  doc: '上海市长期护理保险试点办法（版本未明）',
  title: '上海长护险2到6级评估标准及费用（问答页面转述）',
  url: 'http://74vaysn.icu/565717703.html',
  confidence: 'secondary',
  article: '第十四条',
  note: 'Page dated 2025-04-14; the same figures, citing 第十四条 of the 办法, on http://lwstw.com/jijintouzi/zj3e9ispp9.html (machine-rewritten). Both say 试点阶段; the version is not named.',
};

/** The four claim conditions, as forum and Q&A pages list them. */
export const CLAIM_CONDITIONS: Source = {
  doc: '上海长护险申请条件（问答页面）',
  title: '年龄60周岁及以上；参加本市职工医保或居民医保；职工医保的参保人员须是领取养老金人员；评估等级为二至六级',
  url: 'http://jsly001.com/read-htm-tid-3513423-ordertype-desc.html',
  confidence: 'secondary',
  note: 'Same four conditions on https://zuowendang.com/jingyan/1162539.html; the 2016 trial rules as summarised by http://www.ihealthlaw.com/shanghai-launches-its-long-term-care-insurance/ agree.',
};


/** The level scheme and the three service forms, as Q&A pages repeat them. */
export const LEVELS_QA: Source = {
  doc: '上海长护险评估等级与服务形式（问答页面）',
  title: '照护一级至照护六级及其他情况；二至六级可享受社区居家照护、养老机构照护、住院医疗护理',
  url: 'https://3dmxku.com/daquan/zonghe/5273723.html',
  confidence: 'secondary',
  note: 'Page dated 2024-03-07; identical text on http://8netcn.com/jianzhu/85397.html.',
};

/** How to apply, as a secondary page describes it. */
export const APPLICATION_QA: Source = {
  doc: '上海长护险如何申请（问答页面）',
  title: '到社区事务受理服务中心申请；定点评估机构评估；受理中心告知结果；二至六级与定点护理服务机构确认服务关系',
  url: 'https://jjbkw.com/zh-tw/shehui/yoxym.html',
  confidence: 'secondary',
};

/** The 2016 trial rules as summarised by a law firm: assessment dimensions and validity. */
export const TRIAL_SUMMARY: Source = {
  doc: '沪府发〔2016〕110号（律所英文摘要）',
  title: 'Shanghai Launches its Long-Term Care Insurance',
  url: 'http://www.ihealthlaw.com/shanghai-launches-its-long-term-care-insurance/',
  origin: { language: 'en' },
  confidence: 'secondary',
  note: 'Summary of the 2016 trial measures (trial from January 2017 in Xuhui, Putuo and Jinshan). Document number 沪府发〔2016〕110号 from a single code string (GitHub file id 19585593964).',
};

/** 民法典 第一千二百五十九条: 以上、以下 include the number itself; 超过 does not. Text seen on secondary pages. */
export const CIVIL_CODE_1259: Source = {
  doc: '中华人民共和国民法典',
  title: '民法所称的“以上”“以下”“以内”“届满”，包括本数；所称的“不满”“超过”“以外”，不包括本数',
  url: 'https://www.lawparks.com/ask/does-civil-law-include-this-number',
  confidence: 'secondary',
  article: '第一千二百五十九条',
  note: 'Article text quoted on secondary pages (also jusspace.com); the same rule was 民法总则 第二百零五条. Used to read "1个月以上6个月(含)以下".',
};

/** 民法典 第二百零一条、第二百零二条: a period in years starts the next day and ends on the corresponding day (or the month's end). */
export const CIVIL_CODE_PERIODS: Source = {
  doc: '中华人民共和国民法典',
  title: '按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日',
  url: 'http://www.dandonglaw.com/news/618.html',
  confidence: 'secondary',
  article: '第二百零一条、第二百零二条',
  note: 'Article text quoted on secondary pages (also en.91xjr.com, uianet.net). Used to read "valid for at most 2 years" from the assessment date; the holiday rule of 第二百零三条 is not applied.',
};

/** The institutional standard before 2025-09-01, known only as the figure that was raised; its start is unknown. */
export const INSTITUTION_STANDARD_BEFORE_2025_09: { bands: InstitutionBands; source: Source } = {
  bands: { first: '20', second: '25', third: '30' },
  source: {
    doc: '上海市医疗保障局 养老机构支付标准问答',
    title: '养老机构照护支付标准（调整前）20/25/30 元／天',
    url: 'https://ybj.sh.gov.cn/chxbmwd/20260715/1306ff012ac04ac790f2c94defe595e7.html',
    confidence: 'secondary',
    note: 'Page not seen: known through a research Source Registry v0.4.0 (GitHub file id 69197072401, entries SRC-A1E6C5B8 and SRC-4B9D2E67), which says the page still lists 20/25/30 and that the 医保局 reply calls these the figures raised on 2025-09-01. When 20/25/30 began is not known.',
  },
};

export const insuredResidentMinAge = defineParameter<number>({
  id: 'ltc.insured-resident-min-age',
  unit: 'years',
  values: [
    // 沪府发〔2017〕97号 第三条: 第二类人员 = 60 岁以上的城乡居民基本医疗保险参保人员.
    { from: '2018-01-01', published: '2017-12-30', value: 60, source: { ...MEASURES_2017, article: '第三条' } },
  ],
});

export const claimMinAge = defineParameter<number>({
  id: 'ltc.claim-min-age',
  unit: 'years',
  values: [{ from: '2018-01-01', published: '2017-12-30', value: 60, source: CLAIM_CONDITIONS }],
});

/** The assessed levels that give a right to benefits. */
export interface EntitledLevels {
  min: number;
  max: number;
}

export const entitledLevels = defineParameter<EntitledLevels>({
  id: 'ltc.entitled-levels',
  unit: 'table',
  values: [{ from: '2018-01-01', published: '2017-12-30', value: { min: 2, max: 6 }, source: { ...LEVELS_QA, note: 'Also in the four claim conditions (jsly001.com) and the 2016 trial summary (ihealthlaw). The level is the basis of benefits: 沪府办发〔2018〕2号 第二条 (official English).' } }],
});

export const assessmentValidity = defineParameter<number>({
  id: 'ltc.assessment-validity',
  unit: 'years',
  values: [
    {
      from: '2017-01-01',
      value: 2,
      source: { ...TRIAL_SUMMARY, note: 'The maximum valid period of the assessment is 2 years (2016 trial measures). Whether the 2017, 2021 or 2026 versions kept it was not verified.' },
    },
  ],
});

/** Weekly home-care hours by assessed level (社区居家照护). */
export const weeklyHours = defineParameter<Record<number, number>>({
  id: 'ltc.home.weekly-hours',
  unit: 'hours/week',
  values: [{ from: '2018-01-01', published: '2017-12-30', value: { 2: 3, 3: 3, 4: 5, 5: 7, 6: 7 }, source: HOME_CARE_QA }],
});

/** The share of the home-care cost the fund pays. */
export const fundShare = defineParameter<string>({
  id: 'ltc.home.fund-share',
  unit: 'ratio',
  values: [
    {
      from: '2018-01-01',
      published: '2017-12-30',
      value: '0.90',
      source: {
        ...HOME_CARE_QA,
        note: 'Quoted as 90% by both Q&A pages (lwstw.com citing 第十四条), by Sixth Tone (https://www.sixthtone.com/news/1014386, about 2023), and by a research registry summarising the 医保局 worked example of 2023-01-31 (https://ybj.sh.gov.cn/ybdt/20230131/3672a3bb6dcf4ec8942f8724a4c92f8b.html, page not seen). The person pays the rest (10%).',
      },
    },
  ],
});

/** Levels 5–6 who keep receiving home care get extra hours each month, or cash instead. */
export interface ContinuityBonus {
  levels: number[];
  /** 连续接受居家照护服务1个月以上6个月(含)以下. */
  lower: { fromMonths: number; toMonths: number; extraHours: number; cash: string };
  /** 连续6个月以上 (the lower tier includes 6 months). */
  upper: { overMonths: number; extraHours: number; cash: string };
}

export const continuityBonus = defineParameter<ContinuityBonus>({
  id: 'ltc.home.continuity-bonus',
  unit: 'table',
  values: [
    {
      from: '2018-01-01',
      published: '2017-12-30',
      value: { levels: [5, 6], lower: { fromMonths: 1, toMonths: 6, extraHours: 1, cash: '40' }, upper: { overMonths: 6, extraHours: 2, cash: '80' } },
      source: {
        ...HOME_CARE_QA,
        note: '74vaysn.com: "连续接受居家照护服务1个月以上6个月(含)以下的…每月增加1小时的服务时间，或者获得40元现金补助"; the >6-month tier (2 h or 80 元) is on lwstw.com only, where "40元起" is read as a rewrite artefact for 40 元.',
      },
    },
  ],
});

/** Hourly price tiers for three kinds of care worker; which kind gets which tier is not known. Shown for reference only. */
export const hourlyPriceTiers = defineParameter<string[]>({
  id: 'ltc.home.hourly-price-tiers',
  unit: 'CNY/hour',
  values: [
    {
      from: '2026-07-15',
      value: ['40', '65', '80'],
      source: {
        doc: '上海市医疗保障局 社区居家服务收费标准问答',
        title: '长期护理保险社区居家照护服务价格（三类服务人员）',
        url: 'https://ybj.sh.gov.cn/chxbmwd/20260715/913f3113dac34914a8d1be5c15db50e0.html',
        confidence: 'secondary',
        note: 'Page not seen: a research Source Registry v0.4.0 (GitHub file id 69197072401, entry SRC-7D3A9F26) notes 40/65/80 元 for three categories of service personnel and a rule that intermediate-or-higher 养老护理员 are priced by reference to another tier. "From" is the page date; the real start is unknown. Prices are set in service agreements between the 市医保中心 and providers (lwstw.com, 第十四条).',
      },
    },
  ],
});

/** The three daily payment standards for care in an elderly-care institution (养老机构照护). */
export interface InstitutionBands {
  first: string;
  second: string;
  third: string;
}

export const institutionDailyStandard = defineParameter<InstitutionBands>({
  id: 'ltc.institution.daily-standard',
  unit: 'CNY/day',
  values: [
    {
      from: '2018-01-01',
      value: null,
      source: {
        ...MEASURES_2017,
        confidence: 'secondary',
        note: 'The institutional payment rule before 2025-09-01 was not found: an 85% share often quoted was seen nowhere, and the 20/25/30 元/day standard that was raised on 2025-09-01 has no known start date.',
      },
    },
    {
      from: '2025-09-01',
      value: { first: '25', second: '35', third: '45' },
      source: {
        doc: '上海市医疗保障局 关于养老机构支付标准的提案答复',
        title: '养老机构照护支付标准由每人每天 20/25/30 元提高至 25/35/45 元',
        url: 'https://ybj.sh.gov.cn/jytabl2/20260803/9836a654e2e842ca82379f9891ce76b2.html',
        confidence: 'secondary',
        note: 'Pages not seen: a research Source Registry v0.4.0 (GitHub file id 69197072401) summarises this 医保局 reply (SRC-4B9D2E67), the 民政局 reply on dementia-care payment that dates the rise 2025-09-01 (SRC-D7F3A219, https://mzj.sh.gov.cn/MZ_zhuzhan2595_0-2-8-2593/20260608/f4d9f23719494eed9845c0269fd09609.html) and the 民政局 2025 养老答卷 (SRC-3E7A1C95). The original notice, which levels fall in which band, and whether the standard is a flat payment or a cap were not found.',
      },
    },
  ],
});
