import { defineParameter, type IsoDate, type Rounding, type Source } from '../engine';

/**
 * The yearly adjustment of Shanghai retirees' basic pensions (调整本市退休人员基本养老金).
 * One rule set per year, dated 1 January of that year (every notice applies "从Y年1月1日起"), valid to 31 December,
 * published when the notice (or, where it was not found, the bureau's release) was made public.
 * Amounts are yuan per month; rates are ratios of the person's own basic pension for December of the previous year.
 */

function at(source: Source, article: string, extra: Partial<Source> = {}): Source {
  return { ...source, article, ...extra };
}

/** A one-band-per-person table: the highest band whose age the person has reached applies (2022 notice 二、（四）). */
export interface AgeBand {
  minAge: number;
  amount: string;
}

export type AgeTilt =
  /** 2016–2021: one amount for women aged 60 or more and men aged 65 or more at the end of the previous year. */
  | { kind: 'women-60-men-65'; female: number; male: number; amount: string; source: Source }
  /** 2022–2025: by age at the end of the previous year, one band only. */
  | { kind: 'bands'; bands: AgeBand[]; source: Source };

export type ExtraItem =
  /** Turned the old pension age (women 60, men 65) during the previous year. */
  | {
      kind: 'reached-pension-age';
      female: number;
      male: number;
      amount: string;
      source: Source;
      /** Seen on one secondary page only, not in the bureau's summaries (which omit such items even when the notice has them). */
      unverified?: true;
    }
  /** Turned one of these ages during the previous year. */
  | { kind: 'milestone-age'; ages: number[]; amount: string; source: Source }
  /** Pre-1949 revolutionary old workers on 100% pay (劳人险〔1983〕3号), 两航 and 招商局 uprising personnel. */
  | { kind: 'special-group'; amount: string; source: Source };

export interface AdjustmentRules {
  /** Who is covered: retired and drawing a monthly basic pension by 31 December of the previous year. */
  scope: Source;
  flat: { amount: string; source: Source };
  /** Per full contribution year (deemed years included), with a floor; `floor: null` where none was found. `absent`: the notice has no years part. */
  years: { perYear: string; floor: string | null; source: Source } | { absent: true; source: Source };
  /** Percentage of the person's own basic pension for December of the previous year. `rounding: null`: no rounding clause seen. */
  percent: { rate: string; rounding: Rounding | null; roundingSource?: Source; source: Source };
  age: AgeTilt;
  /** Further items of the notice that depend on the person (only where the notice text was seen). */
  extras: ExtraItem[];
  /** True when the notice's full list of items was seen; false when only the headline items (press release, cut-off text) were. */
  fullTextSeen: boolean;
  /** The percentage base of 机关事业单位-method retirees was a same-rank average (2016–2021); this calculator uses the person's own pension. */
  institutionBaseDiffers: boolean;
}

const UP_TO_JIAO: Rounding = { places: 1, mode: 'up' };

// ——— Sources ———

const RELEASE_2016: Source = {
  doc: '2016年本市调整退休人员基本养老金（文号未找到）',
  title: '上海市人社局 2016年调整本市企业和机关事业单位退休人员基本养老金 发布稿（转载）',
  url: 'http://www.whxn.com.cn/news/ylbx/584424.html',
  confidence: 'secondary',
  note: 'Bureau release reposted on several sites (also zbcbb.com 2016-08-06, gkjzy.com); notice text and document number not found.',
};

const RELEASE_2017: Source = {
  doc: '2017年本市调整退休人员基本养老金（文号未找到）',
  title: '2017年上海调整退休人员基本养老金（转载）',
  url: 'https://taizhoudaily.net/jzwd/202310/17422.html',
  confidence: 'secondary',
  note: 'Chinese repost with all four parts and the 37.5 floor; flat, per-year and % parts also in Chinanews 2017-05-09 (http://www.jlxqt.cn/opinion4341). Notice text not found.',
};

const RELEASE_2018: Source = {
  doc: '2018年本市调整退休人员基本养老金（文号未找到）',
  title: '2018年上海调整退休人员基本养老金（中华网转载）',
  url: 'https://economy.china.com/domestic/11173294/20180703/32627190_2.html',
  confidence: 'secondary',
  note: 'Same figures at http://m.canet.com.cn/view-619386-1.html (which says "women 55", taken as a typo). Notice text not found.',
};

const RELEASE_2019: Source = {
  doc: '2019年本市调整退休人员基本养老金（文号未找到）',
  title: '2019年调整本市企业退休人员基本养老金问答（转载）',
  url: 'http://lxhro.com/news/html/1397.html',
  confidence: 'secondary',
  note: 'Q&A repost dated 2019-06-27; also 社区晨报 2019-05-22 (http://sqcb.zhoudaosh.com/cjd/html/2019-05/22/content_792865.html). Notice text not found.',
};

const RELEASE_2020: Source = {
  doc: '2020年本市调整退休人员基本养老金（文号未找到）',
  title: '上海调整退休人员基本养老金（新浪上海 2020-05-12）',
  url: 'http://sh.sina.com.cn/news/m/2020-05-12/detail-iirczymk1229172-p2.shtml',
  confidence: 'secondary',
  note: 'Same wording in the 人民网 repost http://hganjian.com/guonei/20200514/4915.html and 劳动报. Notice text not found.',
};

const NOTICE_2021: Source = {
  doc: '沪人社规〔2021〕13号',
  title: '关于2021年调整本市企业和机关事业单位退休人员基本养老金的通知（全文转载）',
  url: 'http://www.afinance.cn/lc/Comment.asp?ArticleID=2582977',
  confidence: 'secondary',
  note: 'Full text of items 一 to 五 reposted (page mis-titled 2020); document number from the traditional-character repost http://www.hjpbs.com/a/45622.html. Exact title not seen; based on 人社部发〔2021〕20号.',
};

/** The bureau's own English release of 2021-05-14: flat 70, 3 %, +20 for women over 60 and men over 65. */
const RSJ_EN_2021: Source = {
  doc: '上海市人社局英文新闻 2021-05-14',
  title: 'Shanghai raises basic pensions for retirees (rsj.sh.gov.cn)',
  url: 'https://rsj.sh.gov.cn/tnews_17614/20210514/t0035_1399548.html',
  confidence: 'official',
  note: 'Official release of the headline items; the notice text itself was seen only in a third-party repost.',
};

const NOTICE_2022: Source = {
  doc: '沪人社规〔2022〕26号',
  title: '上海市人力资源和社会保障局 上海市财政局关于2022年调整本市退休人员基本养老金的通知',
  url: 'http://www.gzfuluhua.cn/jbylbxsjzc/20230404/45c01f252fe24c31ad8a9f1ac915f6ef.html',
  confidence: 'secondary',
  note: 'Full notice text reposted on a third-party page (traditional characters); published 2022-07-11, in force 2022-07-12, based on 人社部发〔2022〕27号.',
};

const NOTICE_2023: Source = {
  doc: '沪人社规〔2023〕10号',
  title: '上海市人力资源和社会保障局 上海市财政局关于2023年调整本市退休人员基本养老金的通知',
  url: 'https://law.esnai.cn/do.aspx?action=show&controller=home&lawid=210614',
  confidence: 'secondary',
  note: 'Legal-database text, cut off in item （三）; issued 2023-07-11, in force 2023-07-13. Official copy linked at https://rsj.sh.gov.cn/tzcjd_17352_17352/20230726/t0035_1417286.html (not opened).',
};

const RELEASE_2023: Source = {
  doc: '上海发布 2023-07-14',
  title: '上海调整退休人员基本养老金（看看新闻/上海发布）',
  url: 'https://m.kankanews.com/detail/ZGwkjZXnGQx',
  confidence: 'secondary',
};

const RELEASE_2024: Source = {
  doc: '2024年本市调整退休人员基本养老金（文号未找到）',
  title: '上海调整退休人员基本养老金（看看新闻 / 澎湃 2024-06-28）',
  url: 'https://kankanews.com/detail/PqwPlqj5EwV',
  confidence: 'secondary',
  note: 'Bureau release as reported; also 澎湃 repost http://m.dbgt.com.cn/newsDetail_forward_27893094?commTag=true. Notice text and document number not found.',
};

const RELEASE_2025: Source = {
  doc: '2025年本市调整退休人员基本养老金（文号未找到）',
  title: '上海调整退休人员基本养老金（澎湃 2025-07-24）',
  url: 'http://m.hfxdc.cn/p/5472421.html',
  confidence: 'secondary',
  note: 'Bureau release as reported (澎湃 repost); same wording in the 中新网 repost https://ge2ut.hznaoa.cn/world/gkse84886999. Notice text and document number not found.',
};

/**
 * The “reached 60 (women) / 65 (men) during the previous year” item for 2023–2025: each amount from one secondary page
 * (low confidence), not in the bureau's summaries. Encoded because the summaries leave such items out even when the
 * notice has them (2022: the official notice has +150, its summaries list four items only), and the amounts fall by
 * 30 a year like the sourced ones (2021: 180, 2022: 150). Marked unverified; each use carries a notice.
 */
function reachedAge(doc: string, title: string, url: string, note: string): Source {
  return { doc, title, url, confidence: 'secondary', note: `Low confidence: one secondary page; not in the bureau's release summaries. ${note}` };
}
const REACHED_2023 = reachedAge('2023年调整（达龄增加，单一来源）', '2022年当年内女年满60周岁、男年满65周岁的人员每月增加120元', 'http://shebao.southmoney.com/yanglao/yanglaojin/202404/520783_2.html', 'Page wording: “65岁的男人和60岁的女人”.');
const REACHED_2024 = reachedAge('2024年调整（达龄增加，单一来源）', '2023年当年内女年满60周岁、男年满65周岁的人员每月增加90元', 'https://qunfachuanzhen.com/new/9b3dcc0d5dd5470ba06f8ad4fbe8dc27', '淘淘社保, 2024-07-31; it also notes the item and the 70+ tilt never apply to one person in the same year.');
const REACHED_2025 = reachedAge('2025年调整（达龄增加，单一来源）', '2024年当年内女年满60周岁、男年满65周岁的人员每月增加60元', 'https://www.csshebao.com/yanglao/126922.html', 'csshebao.com (pension-adjustment fact sheet: “verify before encoding”; the additions sheet adds the 30-a-year pattern).');

// ——— Shared shapes ———

function women60men65(source: Source): AgeTilt {
  return { kind: 'women-60-men-65', female: 60, male: 65, amount: '20', source };
}

function bands(source: Source): AgeTilt {
  return {
    kind: 'bands',
    bands: [
      { minAge: 70, amount: '25' },
      { minAge: 75, amount: '35' },
      { minAge: 80, amount: '45' },
    ],
    source,
  };
}

function release(source: Source, y: number, flat: string, perYear: string, floor: string | null, rate: string): AdjustmentRules {
  return {
    scope: at(source, '调整范围', { note: `Release: retired by ${y - 1}-12-31 and drawing a monthly basic pension.` }),
    flat: { amount: flat, source: at(source, '定额调整') },
    years: { perYear, floor, source: at(source, '挂钩调整（缴费年限）') },
    percent: { rate, rounding: null, source: at(source, '挂钩调整（本人基本养老金）') },
    age: women60men65(at(source, '倾斜调整')),
    extras: [],
    fullTextSeen: false,
    institutionBaseDiffers: true,
  };
}

/** How the 2023–2025 releases' age top-ups are read. */
const AGE_BANDS_AS_2022 = { note: 'Bands read as in the 2022 notice (70–74, 75–79, 80+, one band only): the release says 分别.' };

export const adjustmentRules = defineParameter<AdjustmentRules>({
  id: 'pension-adjustment.rules',
  unit: 'table',
  values: [
    {
      // ①先统一增加80元；②按本人缴费(含视同缴费)每满1年增加2.5元；③以本人12月的基本养老金为基数增加2.5%；12月底前女性年满60周岁、男性年满65周岁的，每月再增加20元。
      from: '2016-01-01',
      until: '2016-12-31',
      published: '2016-06-15',
      value: release(RELEASE_2016, 2016, '80', '2.5', null, '0.025'),
      source: { ...RELEASE_2016, note: `${RELEASE_2016.note} No floor on the years part stated. Announcement date not found: published set to the payment date 2016-06-15, by which it was public.` },
    },
    {
      // 定额60元；每满1年2.5元，不足37.5元按37.5元；本人2016年12月基本养老金的2.5%；2016年底男满65、女满60周岁再增加20元。
      from: '2017-01-01',
      until: '2017-12-31',
      published: '2017-05-05',
      value: release(RELEASE_2017, 2017, '60', '2.5', '37.5', '0.025'),
      source: { ...RELEASE_2017, note: `${RELEASE_2017.note} Announcement date not found: published set to 2017-05-05, by which the increase was paid.` },
    },
    {
      // 定额60元；每满1年2元，不足30元按30元；本人2017年12月基本养老金的2.1%；2017年底男满65、女满60周岁再增加20元。
      from: '2018-01-01',
      until: '2018-12-31',
      published: '2018-05-18',
      value: release(RELEASE_2018, 2018, '60', '2', '30', '0.021'),
      source: { ...RELEASE_2018, note: `${RELEASE_2018.note} Announcement date not found: published set to the payment date 2018-05-18.` },
    },
    {
      // 定额60元；每满1年2元，不足30元按30元；本人2018年12月基本养老金的2.2%；2018年底男满65、女满60周岁再增加20元。
      from: '2019-01-01',
      until: '2019-12-31',
      published: '2019-05-18',
      value: release(RELEASE_2019, 2019, '60', '2', '30', '0.022'),
      source: { ...RELEASE_2019, note: `${RELEASE_2019.note} Announcement date not found: published set to the payment date 2019-05-18.` },
    },
    {
      // 一是每人定额增加75元；二是按本人职保缴费年限(含视同缴费年限)每满1年增加1.5元，不足22.5元的按22.5元计算；三是以本人2019年12月的基本养老金为基数增加2.3%；2019年底男满65岁、女满60岁的再增加20元。
      from: '2020-01-01',
      until: '2020-12-31',
      published: '2020-05-12',
      value: release(RELEASE_2020, 2020, '75', '1.5', '22.5', '0.023'),
      source: RELEASE_2020,
    },
    {
      from: '2021-01-01',
      until: '2021-12-31',
      published: '2021-05-12',
      value: {
        // 一、2020年12月31日前已按规定办理退休手续并按月领取基本养老金的退休人员。
        scope: at(NOTICE_2021, '调整范围'),
        // （一）每人每月增加70元。
        flat: { amount: '70', source: { ...RSJ_EN_2021, note: 'Notice item （一）, seen in the third-party repost of 沪人社规〔2021〕13号; confirmed by the bureau\'s English release.' } },
        // Items （一）–（五） have no per-contribution-year item.
        years: { absent: true, source: at(NOTICE_2021, '（一）–（五）', { note: 'No per-contribution-year item among items （一） to （五）; the press summaries list only three items too.' }) },
        // （二）以2020年12月按月领取的基本养老金为基数，每月增加3%；（五）按本通知增加的基本养老金，尾数不足一角的，见分进角。
        percent: {
          rate: '0.03',
          rounding: UP_TO_JIAO,
          roundingSource: at(NOTICE_2021, '（五）', { note: 'The clause covers every increase under the notice; all other items are whole yuan, so it falls on the percentage part alone.' }),
          source: { ...RSJ_EN_2021, note: 'Notice item （二）, enterprise method: own pension; confirmed by the bureau\'s English release.' },
        },
        // （三）2020年12月31日前女年满60周岁(1960年12月31日以前出生)、男年满65周岁(1955年12月31日以前出生)的人员，每人每月增加20元。
        age: women60men65({ ...RSJ_EN_2021, note: 'Notice item （三）; confirmed by the bureau\'s English release.' }),
        extras: [
          // （三）其中：2020年当年内女年满60周岁(1960年出生)、男年满65周岁(1955年出生)的再增加180元，
          { kind: 'reached-pension-age', female: 60, male: 65, amount: '180', source: at(NOTICE_2021, '（三）') },
          // 当年内年满70周岁(1950年出生)、75周岁(1945年出生)、80周岁(1940年出生)的再增加20元。
          { kind: 'milestone-age', ages: [70, 75, 80], amount: '20', source: at(NOTICE_2021, '（三）') },
          // （四）建国前参加革命工作…的老工人、两航起义人员、…招商局驾船起义人员，按上述规定增加基本养老金后，每人每月再增加200元。
          { kind: 'special-group', amount: '200', source: at(NOTICE_2021, '（四）') },
        ],
        fullTextSeen: true,
        // （二）按机关事业单位办法计发养老金的人员，以本人退休时职务职级对应的同职务职级人员平均养老金为基数。
        institutionBaseDiffers: true,
      },
      source: { ...NOTICE_2021, note: `${NOTICE_2021.note} Published set to the announcement of 2021-05-12 (上海松江 account, 澎湃 and others).` },
    },
    {
      from: '2022-01-01',
      until: '2022-12-31',
      published: '2022-07-11',
      value: {
        // 一、调整范围：2021年12月31日前已按规定办理退休手续并按月领取基本养老金的退休人员。
        scope: at(NOTICE_2022, '一、调整范围'),
        // 二（一）每人每月增加60元。
        flat: { amount: '60', source: at(NOTICE_2022, '二、（一）') },
        // 二（二）按本人缴费年限(含视同缴费年限)，每满1年每月增加1元，增加额不足15元的，补足到15元。
        years: { perYear: '1', floor: '15', source: at(NOTICE_2022, '二、（二）') },
        // 二（三）按本人2021年12月份按月领取的基本养老金为基数，每月增加1.9%（增加额尾数不足一角的，见分进角）。
        percent: { rate: '0.019', rounding: UP_TO_JIAO, roundingSource: at(NOTICE_2022, '二、（三）'), source: at(NOTICE_2022, '二、（三）') },
        // 二（四）年满70周岁不满75周岁(1947年至1951年期间出生)25元；年满75周岁不满80周岁(1942年至1946年)35元；年满80周岁(1941年及以前出生)45元。
        age: bands(at(NOTICE_2022, '二、（四）')),
        extras: [
          // 二（五）2021年当年内女年满60周岁(1961年出生)、男年满65周岁(1956年出生)的人员，每人每月增加150元。
          { kind: 'reached-pension-age', female: 60, male: 65, amount: '150', source: at(NOTICE_2022, '二、（五）') },
          // 二（六）建国前参加革命工作…的老工人、两航起义人员、…招商局驾船起义人员，按上述规定增加基本养老金后，每人每月再增加200元。
          { kind: 'special-group', amount: '200', source: at(NOTICE_2022, '二、（六）') },
        ],
        fullTextSeen: true,
        institutionBaseDiffers: false,
      },
      source: NOTICE_2022,
    },
    {
      from: '2023-01-01',
      until: '2023-12-31',
      published: '2023-07-11',
      value: {
        // 从2023年1月1日起调整…；2022年底前已按规定办理退休手续并按月领取基本养老金的退休人员。
        scope: at(NOTICE_2023, '调整范围'),
        // （一）每人每月增加61元。
        flat: { amount: '61', source: at(NOTICE_2023, '（一）') },
        // （二）按本人缴费年限(含视同缴费年限)，每满1年每月增加1元，增加额不足15元的，补足到15元。
        years: { perYear: '1', floor: '15', source: at(NOTICE_2023, '（二）') },
        // 三是按本人2022年12月份按月领取的基本养老金为基数，每月增加1.8%；(the notice text is cut at this item: no rounding clause seen)
        percent: { rate: '0.018', rounding: null, source: at(NOTICE_2023, '（三）', { note: 'Rate from the notice opening of item （三）, completed by the 上海发布 release (https://m.kankanews.com/detail/ZGwkjZXnGQx); any rounding clause was not visible.' }) },
        // 四是对2022年底前年满70周岁、75周岁和80周岁的人员，每人每月分别再增加25元、35元和45元。
        age: bands(at(RELEASE_2023, '四是', AGE_BANDS_AS_2022)),
        extras: [{ kind: 'reached-pension-age', female: 60, male: 65, amount: '120', source: REACHED_2023, unverified: true }],
        fullTextSeen: false,
        institutionBaseDiffers: false,
      },
      source: NOTICE_2023,
    },
    {
      from: '2024-01-01',
      until: '2024-12-31',
      published: '2024-06-28',
      value: {
        // 从2024年1月起，上海对2023年底前已按规定办理退休手续并按月领取基本养老金的职保退休人员增加基本养老金。
        scope: at(RELEASE_2024, '调整范围'),
        // 一是每人每月增加61元；
        flat: { amount: '61', source: at(RELEASE_2024, '一是') },
        // 二是按本人缴费年限(含视同缴费年限)，每满1年每月增加1元，增加额不足15元的，补足到15元；
        years: { perYear: '1', floor: '15', source: at(RELEASE_2024, '二是') },
        // 三是按本人2023年12月按月领取的基本养老金为基数，每月增加1%；
        percent: { rate: '0.01', rounding: null, source: at(RELEASE_2024, '三是') },
        // 四是对2023年底前年满70周岁、75周岁和80周岁的人员，每人每月分别再增加25元、35元和45元。
        age: bands(at(RELEASE_2024, '四是', AGE_BANDS_AS_2022)),
        extras: [{ kind: 'reached-pension-age', female: 60, male: 65, amount: '90', source: REACHED_2024, unverified: true }],
        fullTextSeen: false,
        institutionBaseDiffers: false,
      },
      source: RELEASE_2024,
    },
    {
      from: '2025-01-01',
      until: '2025-12-31',
      published: '2025-07-24',
      value: {
        // 从2025年1月起，上海对2024年底前已按规定办理退休手续并按月领取基本养老金的职保退休人员增加基本养老金。
        scope: at(RELEASE_2025, '调整范围'),
        // 每人每月增加50元；
        flat: { amount: '50', source: at(RELEASE_2025, '定额调整') },
        // 按本人缴费年限(含视同缴费年限)，每满1年每月增加0.5元，增加额不足7.5元的，补足到7.5元；
        years: { perYear: '0.5', floor: '7.5', source: at(RELEASE_2025, '挂钩调整（缴费年限）') },
        // 按本人2024年12月份按月领取的基本养老金为基数，每月增加0.53%；
        percent: { rate: '0.0053', rounding: null, source: at(RELEASE_2025, '挂钩调整（本人基本养老金）') },
        // 对2024年底前年满70周岁、75周岁和80周岁的人员，每人每月分别再增加25元、35元和45元。
        age: bands(at(RELEASE_2025, '倾斜调整', AGE_BANDS_AS_2022)),
        extras: [{ kind: 'reached-pension-age', female: 60, male: 65, amount: '60', source: REACHED_2025, unverified: true }],
        fullTextSeen: false,
        institutionBaseDiffers: false,
      },
      source: RELEASE_2025,
    },
    {
      from: '2026-01-01',
      value: null,
      source: {
        doc: 'not found',
        title: '2026年调整本市退休人员基本养老金的通知',
        confidence: 'secondary',
        note: 'Searched by title, by the release opening 从2026年1月起…2025年底前…, in English and for the national 2026 notice (checked 2026-11-28); nothing found. Index entries naming a 2026 notice are mock data.',
      },
    },
  ],
});

/** The documents the steps cite beside the parameters (scope and rounding clauses, the bureau's releases). */
export const CITATIONS: readonly Source[] = [NOTICE_2021, RSJ_EN_2021, NOTICE_2022, NOTICE_2023, RELEASE_2023];

/** When the year's increase (with back pay from January) reached enterprise-method and 机关事业单位 retirees. */
export interface PaymentDates {
  enterprise: IsoDate;
  institution: IsoDate;
}

function paid(y: number, published: IsoDate, enterprise: IsoDate, institution: IsoDate, source: Source) {
  return { from: `${y}-01-01`, until: `${y}-12-31`, published, value: { enterprise, institution }, source };
}

export const paymentDates = defineParameter<PaymentDates>({
  id: 'pension-adjustment.payment-date',
  unit: 'table',
  values: [
    // 6月15日发放到位 (all groups).
    paid(2016, '2016-06-15', '2016-06-15', '2016-06-15', at(RELEASE_2016, '发放')),
    paid(2017, '2017-05-05', '2017-05-05', '2017-05-05', {
      doc: '中新网 2017-05-09',
      title: 'Shanghai raises pensions (Chinanews, English translation)',
      url: 'http://www.jlxqt.cn/opinion4341',
      confidence: 'secondary',
      note: 'The fact sheet reads it as paid by 5 May 2017; not re-checked. Only the month matters here. 机关事业 date not found, taken as the same.',
    }),
    // 企业 5月18日；机关事业 6月20日.
    paid(2018, '2018-05-18', '2018-05-18', '2018-06-20', at(RELEASE_2018, '发放')),
    paid(2019, '2019-05-18', '2019-05-18', '2019-06-20', {
      doc: '社区晨报 2019-05-22',
      title: '本市调整退休人员基本养老金（社区晨报转发）',
      url: 'http://sqcb.zhoudaosh.com/cjd/html/2019-05/22/content_792865.html',
      confidence: 'secondary',
    }),
    // 上述增加的养老金将于5月18日通过相关银行、邮局发放；机关事业单位于6月20日发放到位。
    paid(2020, '2020-05-12', '2020-05-18', '2020-06-20', {
      doc: '劳动报 2020-05-13',
      title: '上海调整退休人员基本养老金（劳动报转载）',
      url: 'http://tech.jiangsulong.com/a/2020/0513/0513R0a42020.html',
      confidence: 'secondary',
    }),
    // 企业职保退休人员、城乡居保人员将于5月18日…发放；机关事业单位退休人员增加的养老金将于6月20日发放到位。
    paid(2021, '2021-05-12', '2021-05-18', '2021-06-20', {
      doc: '上海松江 2021-05-12',
      title: '本市调整退休人员基本养老金（上海松江公众号转载）',
      url: 'http://51haodu.com/t/RU9pcG!1T2hqeA==',
      confidence: 'secondary',
      note: "The bureau's English release says the increase is paid \"by June 20\" (all groups).",
    }),
    // 企业退休人员和城乡居保按月领取养老金人员于7月20日，机关事业单位退休人员于7月27日…发放。
    paid(2022, '2022-07-11', '2022-07-20', '2022-07-27', {
      doc: '上观新闻 2022-07-28',
      title: '本市调整退休人员基本养老金（上观新闻）',
      url: 'https://freewechat.com/a/MjM5ODI2NDMwMw==/2653012886/3',
      confidence: 'secondary',
    }),
    // 上述增加的养老金(含从今年1月份起补发的养老金)，企业…于7月17日，机关事业单位退休人员于7月31日…发放。
    paid(2023, '2023-07-11', '2023-07-17', '2023-07-31', at(RELEASE_2023, '发放')),
    // 企业退休人员和城乡居保按月领取养老金人员于7月25日发放到位，机关事业单位退休人员于7月29日发放到位。
    paid(2024, '2024-06-28', '2024-07-25', '2024-07-29', at(RELEASE_2024, '发放')),
    // 企业退休人员和城乡居保按月领取养老金人员于7月28日，机关事业单位退休人员于7月29日…发放。
    paid(2025, '2025-07-24', '2025-07-28', '2025-07-29', {
      doc: '中新网上海 2025-07-24',
      title: '上海调整退休人员基本养老金（中新网转载）',
      url: 'https://ge2ut.hznaoa.cn/world/gkse84886999',
      confidence: 'secondary',
    }),
  ],
});
