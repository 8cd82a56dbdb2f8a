import { defineParameter, type Source } from '../engine';

/** The standards (失业保险金支付标准) and duration rules, dated as the notices date them. */

export const CLAIM_RULES_2026: Source = {
  doc: '沪人社规〔2026〕18号',
  title: '上海市失业保险金申领发放实施办法',
  url: 'https://rsj.sh.gov.cn/tshbx_17729/20260812/t0035_1443067.html',
  confidence: 'official',
};

const DURATION_BEFORE_2026: Source = {
  doc: '上海市失业保险办法 / 上海市失业保险实施细则（沪劳保就发〔1999〕17号）',
  title: '领取失业保险金期限：缴费满1年不满2年为2个月，以后每增加1年增加2个月，最长24个月',
  url: 'http://www.sjdymedia.com/consultation/detailed-8233.html',
  confidence: 'secondary',
  note: 'Same rule in several secondary texts (2020 Q&A, 2024 澎湃 report of the rsj announcement); the 1999 text itself was not seen.',
};

/** 失业保险条例（国务院令第258号）第十四条: the three conditions for drawing benefit. */
export const NATIONAL_REGULATION: Source = {
  doc: '国务院令第258号',
  title: '失业保险条例',
  confidence: 'secondary',
  article: '第十四条',
};

/** 国务院关于渐进式延迟法定退休年龄的办法 第七条: extension for claimants less than a year from retirement, from 2025-01-01. */
export const NATIONAL_EXTENSION_2025: Source = {
  doc: '国务院关于渐进式延迟法定退休年龄的办法',
  title: '对领取失业保险金且距法定退休年龄不足一年的人员，领取失业保险金年限延长至法定退休年龄',
  url: 'https://www.mohrss.gov.cn/SYrlzyhshbzb/ztzl/zt202409/qwfb/202409/t20240913_525781.html',
  confidence: 'official',
  article: '第七条',
};

export interface DurationRule {
  /** Months granted per full year of contribution (第六条). */
  monthsPerYear: number;
  /** Most months one determination grants. */
  maxMonths: number;
}

export const duration = defineParameter<DurationRule>({
  id: 'unemployment.duration',
  unit: 'table',
  values: [
    { from: '2016-04-01', value: { monthsPerYear: 2, maxMonths: 24 }, source: DURATION_BEFORE_2026 },
    { from: '2026-08-16', published: '2026-08-06', until: '2031-08-15', value: { monthsPerYear: 2, maxMonths: 24 }, source: { ...CLAIM_RULES_2026, article: '第六条' } },
  ],
});

/** One row of the tiered table: contribution-year band and age band. Upper bounds are exclusive. */
export interface TierRow {
  minYears: number;
  maxYears?: number;
  minAge?: number;
  maxAge?: number;
  months1to12: string;
  months13to24: string;
  /** Extended amount; null where the row has none. */
  extended: string | null;
}

export type Standard =
  | { kind: 'tiered'; rows: TierRow[] }
  | { kind: 'flat'; months1to12: string; months13to24: string; extended: string };

function flat(months1to12: string, months13to24: string, extended: string): Standard {
  return { kind: 'flat', months1to12, months13to24, extended };
}

export const standard = defineParameter<Standard>({
  id: 'unemployment.standard',
  unit: 'CNY/month',
  values: [
    {
      // 沪人社就发〔2016〕13号: by accumulated contribution years (1–10, 10–25, 25+) and age at unemployment (35, 45).
      from: '2016-04-01',
      published: '2016-03-31',
      until: '2018-03-31',
      value: {
        kind: 'tiered',
        rows: [
          { minYears: 1, maxYears: 10, maxAge: 35, months1to12: '1415', months13to24: '1132', extended: null },
          { minYears: 1, maxYears: 10, minAge: 35, months1to12: '1470', months13to24: '1176', extended: '941' },
          { minYears: 10, maxYears: 25, maxAge: 45, months1to12: '1470', months13to24: '1176', extended: '941' },
          { minYears: 10, maxYears: 25, minAge: 45, months1to12: '1520', months13to24: '1216', extended: '973' },
          { minYears: 25, months1to12: '1520', months13to24: '1216', extended: '973' },
        ],
      },
      source: {
        doc: '沪人社就发〔2016〕13号',
        title: '关于调整本市失业保险金支付标准的通知',
        url: 'http://renshe.jiading.cn/zcfg/sjwj/content_183470',
        confidence: 'secondary',
        note: 'Full notice on the Jiading district HRSS site; merged table cells read with the 2014 notice of the same layout.',
      },
    },
    {
      from: '2017-04-01',
      value: null,
      source: {
        doc: 'not found',
        title: '2017-04, 2018-04, 2019-04 and 2020-04 standards',
        confidence: 'secondary',
        note: 'Shanghai re-set the standards each April in this period (the 2019/20 maximum was 1815); those tables were not found.',
      },
    },
    {
      from: '2020-07-01',
      value: flat('1895', '1516', '1240'),
      source: { doc: '沪人社规〔2020〕13号', title: '关于调整本市失业保险金支付标准的通知', url: 'http://sh.2233323.com/post/25928.html', confidence: 'secondary' },
    },
    {
      from: '2021-07-01',
      published: '2021-06-22',
      value: flat('1975', '1580', '1330'),
      source: { doc: '沪人社规〔2021〕21号', title: '关于调整本市失业保险金支付标准的通知', url: 'http://52wenku.com/glzl/2994.html', confidence: 'secondary', note: 'Dated 2021-06-22, valid to 2023-06-30, repeals 沪人社规〔2020〕13号. Full notice text reproduced on a third-party page (fact sheet grade: repost-of-official); also http://www.yunnanlong.com/c/3265635.html.' },
    },
    {
      from: '2022-07-01',
      published: '2022-06-22',
      value: flat('2055', '1644', '1420'),
      source: { doc: '沪人社规〔2022〕21号', title: '关于调整本市失业保险金支付标准的通知', url: 'https://www.hr-soft.cn/info/2022070626618.html', confidence: 'secondary', note: 'Dated 2022-06-22, valid to 2024-06-30, repeals 沪人社规〔2021〕21号 (both notices carry the serial number 21). Full text reproduced on a third-party page (fact sheet grade: repost-of-official); the 2023 notice repeals “沪人社规〔2022〕21号” by name (http://m.sh.bendibao.com/zffw/279439.html). Also http://www.ruoyo.com/wuxian/shiye/462.html.' },
    },
    {
      from: '2023-07-01',
      value: flat('2175', '1740', '1510'),
      source: { doc: '沪人社规〔2023〕17号', title: '关于调整本市失业保险金支付标准的通知', url: 'http://www.shebaodata.com/zhishi/shiye/333462.html', confidence: 'secondary', note: 'Dated 2023-06-26, valid to 2025-06-30 (http://m.sh.bendibao.com/zffw/279439.html). Document number confirmed by the official 2024 notice; amounts from secondary tables.' },
    },
    {
      from: '2024-07-01',
      published: '2024-06-26',
      value: flat('2255', '1804', '1595'),
      source: { doc: '沪人社规〔2024〕13号', title: '关于调整本市失业保险金支付标准的通知', url: 'https://rsj.sh.gov.cn/tshbx_17729/20240628/t0035_1425027.html', confidence: 'official' },
    },
    {
      from: '2025-07-01',
      published: '2025-06-30',
      value: flat('2305', '1844', '1650'),
      source: { doc: '沪人社规〔2025〕9号', title: '关于调整本市失业保险金支付标准的通知', url: 'https://rsj.sh.gov.cn/tshbx_17729/20250704/t0035_1433841.html', confidence: 'official' },
    },
    {
      from: '2026-07-01',
      published: '2026-06-30',
      until: '2028-06-30',
      value: flat('2340', '1872', '1690'),
      source: { doc: '沪人社规〔2026〕7号', title: '关于调整本市失业保险金支付标准的通知', url: 'https://rsj.sh.gov.cn/tshbx_17729/20260702/t0035_1442080.html', confidence: 'official' },
    },
  ],
});

/** From this claim date on, 沪人社规〔2026〕18号 第十一条 extends benefit to the statutory retirement age. */
export const extensionRule = defineParameter<{ withinMonths: number }>({
  id: 'unemployment.extension-to-retirement',
  unit: 'months',
  values: [
    { from: '2026-08-16', published: '2026-08-06', until: '2031-08-15', value: { withinMonths: 12 }, source: { ...CLAIM_RULES_2026, article: '第十一条' } },
  ],
});
