import { defineParameter, type Source } from '../engine';

/** The rules of maternity leave and the maternity allowance (生育生活津贴), dated as the documents date them. */

/** 女职工劳动保护特别规定 第七条: 98 days, +15 难产, +15 per extra baby, 15 days before birth; miscarriage 15 / 42 days. */
export const NATIONAL_619: Source = {
  doc: '国务院令第619号',
  title: '女职工劳动保护特别规定',
  url: 'https://xzfg.moj.gov.cn/front/law/detail?LawID=343&Query=',
  confidence: 'official',
  article: '第七条',
};

/** 上海市人口与计划生育条例（2021-11-25 修正）第三十一条. */
export const SHANGHAI_REGULATION_2021: Source = {
  doc: '上海市人大常委会 2021年11月25日修正',
  title: '上海市人口与计划生育条例',
  url: 'https://www.shanghai.gov.cn/jcsfbrkcqjhfzzh/20230621/c440fb200a9b48da87aed931e369792f.html',
  confidence: 'official',
  article: '第三十一条',
  note: 'Text read in LawRefBook/Laws; effective on the day of the revision (exbulletin.com 2021-12-02, medium).',
};

/** 上海市计划生育奖励与补助若干规定 第二条: the 生育假 runs on from the maternity leave and is extended over statutory holidays. */
export const COUNTING_2022: Source = {
  doc: '沪府规〔2022〕18号',
  title: '上海市计划生育奖励与补助若干规定',
  url: 'https://www.shanghai.gov.cn/nw12344/20221110/87151565cd6246c99854c129797d178c.html',
  confidence: 'secondary',
  article: '第二条',
  note: 'Wording quoted in two public source tables (“生育假一般应当与产假合并连续使用……遇法定节假日顺延”); the full text was not read. Issued 2022-11-10; this tool applies the same counting to births from 2021-11-25 (the version in force before it was not read).',
};

/** 上海市人力资源和社会保障局《女职工产假一览表》: rest days and statutory holidays are inside the 98 days; 难产 as the medical papers record it. */
export const RSJ_LEAVE_TABLE: Source = {
  doc: '上海市人力资源和社会保障局',
  title: '女职工产假一览表',
  url: 'https://rsj.sh.gov.cn/tmsztc_17502/20200617/t0035_1379441.html',
  confidence: 'secondary',
  note: 'Quoted in a public source table: “产假（顺产、难产、多胎、流产）：休息日包含，法定假日包含”; a caesarean adds 15 days only where the 生育医学证明 or discharge summary records 难产.',
};

export const RULES_2021: Source = {
  doc: '沪医保规〔2021〕9号',
  title: '本市职工生育保险待遇的规定（原标题未核对）',
  url: 'https://ybj.sh.gov.cn/gfxwj/20220221/896fab70895744b19f48655977d25a19.html',
  confidence: 'secondary',
  note: 'Read through the norbital compliance register (rows CN-SH21.*) and kaizencpa.com FAQ 221; in force to 2026-06-30. The official minimum allowance standard (2892 a month in two secondary pages, year not stated) is not encoded; the 60% bound lies far above it. Its own effective date was not read (published on ybj.sh.gov.cn 2022-02-21); this tool applies it from 2021-11-25, the start of the Shanghai 60-day rule, and the same allowance formula is reported for the rules since 2011-07 (banfaji.com 2024-10-14).',
};

export const RULES_2026: Source = {
  doc: '沪医保规〔2026〕5号',
  title: '本市职工生育保险待遇的规定，2026年7月1日起（原标题未核对）',
  url: 'https://www.shanghai.gov.cn/gwk/search/content/79e981546eaf4727ae47502f4de955b8',
  confidence: 'secondary',
  note: 'Read through the norbital compliance register (rows CN-SH14.*); valid 2026-07-01 to 2027-06-30.',
};

export const SOCIAL_INSURANCE_LAW: Source = {
  doc: '中华人民共和国社会保险法（2018年修正）',
  title: '社会保险法 第五十三条至第五十六条',
  confidence: 'official',
  article: '第五十四条',
  note: 'Text read in LawRefBook/Laws: the employer pays the maternity premium; an employee whose employer paid it receives the benefits.',
};

const inferredStart = (s: Source): Source => ({ ...s, inferred: true });

export interface LeaveRule {
  base: number;
  difficult: number;
  perExtraBaby: number;
  /** Days of the 98 that may be taken before the birth. */
  prenatalMax: number;
  miscarriageUnder4: number;
  miscarriage4Plus: number;
  /** 满4个月: the pregnancy length from which the 42 days apply. */
  miscarriageMonths: number;
}

export const nationalLeave = defineParameter<LeaveRule>({
  id: 'maternity.national-leave',
  unit: 'table',
  values: [{ from: '2012-04-28', value: { base: 98, difficult: 15, perExtraBaby: 15, prenatalMax: 15, miscarriageUnder4: 15, miscarriage4Plus: 42, miscarriageMonths: 4 }, source: NATIONAL_619 }],
});

/** 生育假 on top of the national leave, for a birth in line with the law and regulations (第三十一条第二款). */
export const shanghaiBirthLeave = defineParameter<number>({
  id: 'maternity.shanghai-birth-leave',
  unit: 'table',
  values: [
    {
      from: '2016-03-01',
      value: null,
      source: {
        doc: '上海市人口与计划生育条例（2016年修正）',
        title: '生育假 30 天（2016-03-01 至 2021-11-24）',
        confidence: 'secondary',
        note: '30 days reported by thenanfang.com; the 2016 text was not read, nor the holiday tables and allowance bounds of those years, so births before 2021-11-25 are not covered.',
      },
    },
    { from: '2021-11-25', value: 60, source: { ...SHANGHAI_REGULATION_2021, article: '第三十一条第二款' } },
  ],
});

export const partnerLeave = defineParameter<number>({
  id: 'maternity.partner-leave',
  unit: 'table',
  values: [{ from: '2021-11-25', value: 10, source: { ...SHANGHAI_REGULATION_2021, article: '第三十一条第二款' } }],
});

export const childcareLeave = defineParameter<number>({
  id: 'maternity.childcare-leave',
  unit: 'table',
  values: [{ from: '2021-11-25', value: 5, source: { ...SHANGHAI_REGULATION_2021, article: '第三十一条第三款', note: '5 days a year for each parent until the child is 3.' } }],
});

export interface AllowanceRule {
  /** Bounds of the monthly standard, as shares of the city average. */
  lowerShare: string;
  upperShare: string;
  /** The monthly standard is divided by this to give the daily amount. */
  divisor: number;
}

export const allowanceRule = defineParameter<AllowanceRule>({
  id: 'maternity.allowance-rule',
  unit: 'table',
  values: [
    { from: '2021-11-25', until: '2026-06-30', value: { lowerShare: '0.6', upperShare: '3', divisor: 30 }, source: inferredStart(RULES_2021) },
    { from: '2026-07-01', until: '2027-06-30', value: { lowerShare: '0.6', upperShare: '3', divisor: 30 }, source: { ...RULES_2026, note: `${RULES_2026.note} The standard is the unit's previous calendar-year average contribution wage (row CN-SH14.allowance-standard).` } },
  ],
});

export interface ContributionTest {
  cumulativeMonths: number;
  consecutiveMonths: number;
}

export const contributionTest = defineParameter<ContributionTest>({
  id: 'maternity.contribution-test',
  unit: 'months',
  values: [
    { from: '2021-11-25', until: '2026-06-30', value: { cumulativeMonths: 12, consecutiveMonths: 9 }, source: inferredStart(RULES_2021) },
    { from: '2026-07-01', until: '2027-06-30', value: { cumulativeMonths: 12, consecutiveMonths: 9 }, source: { ...RULES_2026, article: '第四条第（一）项' } },
  ],
});

export interface MedicalSubsidy {
  birth: string;
  miscarriage4Plus: string;
  miscarriageUnder4: string;
}

export const medicalSubsidy = defineParameter<MedicalSubsidy>({
  id: 'maternity.medical-subsidy',
  unit: 'CNY',
  values: [
    { from: '2021-11-25', value: { birth: '3600', miscarriage4Plus: '600', miscarriageUnder4: '400' }, source: inferredStart(RULES_2021) },
    {
      from: '2026-07-01',
      until: '2027-06-30',
      value: null,
      source: { ...RULES_2026, article: '第五条', note: 'One reader of the register (row CN-SH14.medical-costs) says the fixed 3600/600/400 subsidies are not carried over and medical costs are paid under other rules; not verified, so left open.' },
    },
  ],
});

/** 沪人社规〔2025〕14号: 50% of the employer's contributions for 6 months from the birth month, for births from 2025-01-01. */
export interface EmployerRefund {
  sharePercent: number;
  months: number;
}

export const EMPLOYER_REFUND_2025: Source = {
  doc: '沪人社规〔2025〕14号',
  title: '用人单位在女职工产假期间的社会保险费补贴（原标题未核对）',
  url: 'https://rsj.sh.gov.cn/tjypx_17728/20250808/t0035_1434756.html',
  confidence: 'official',
  note: 'Figures confirmed on the official English portal (english.shanghai.gov.cn 2025-11-07); valid 2025-07-18 to 2030-07-17 (register CN-SH26, medium-high). The notice’s own title was not read; the title here describes it.',
};

export const employerRefund = defineParameter<EmployerRefund>({
  id: 'maternity.employer-refund',
  unit: 'table',
  values: [{ from: '2025-01-01', published: '2025-07-18', until: '2030-07-17', value: { sharePercent: 50, months: 6 }, source: EMPLOYER_REFUND_2025 }],
});

export interface ChildcareSubsidy {
  perYear: string;
  perMonth: string;
  untilAge: number;
}

export const CHILDCARE_SUBSIDY_2025: Source = {
  doc: '育儿补贴制度实施方案（2025年7月）',
  title: '育儿补贴制度实施方案',
  url: 'https://www.gov.cn/zhengce/202507/content_7034531.htm',
  confidence: 'secondary',
  note: '3600 a year per child under 3 from 2025-01-01 (medium-high, quoted in public files); part years at 300 a month (national Q&A wording, medium); Shanghai pays children born before 2025 by the months due (medium). Published July 2025 (day not recorded): the end of that month is used as the publication date.',
};

export const childcareSubsidy = defineParameter<ChildcareSubsidy>({
  id: 'maternity.childcare-subsidy',
  unit: 'CNY',
  values: [{ from: '2025-01-01', published: '2025-07-31', value: { perYear: '3600', perMonth: '300', untilAge: 3 }, source: CHILDCARE_SUBSIDY_2025 }],
});
