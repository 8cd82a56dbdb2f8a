import { defineParameter, type Source } from '../engine';

/**
 * Shanghai basic medical insurance cost sharing: 职工医保 (employees) and 城乡居民医保 (residents).
 * Reads like the sources: each figure as printed, dated by the year it is printed for.
 */

export const LEVELS = ['1', '2', '3'] as const;
/** 社区卫生服务中心/一级, 二级, 三级 医疗机构. */
export type HospitalLevel = (typeof LEVELS)[number];

/** Age rows of the resident source S1, as printed (“Age 0-18”, “Age 19-59”, “Age 60-69”, “Age 70 and above”). */
export const RESIDENT_BANDS = ['0-18', '19-59', '60-69', '70+'] as const;
export type ResidentBand = (typeof RESIDENT_BANDS)[number];

export type ByLevel = Record<HospitalLevel, string>;
export type ByBand<T> = Record<ResidentBand, T>;

// ---------------------------------------------------------------------------------------------------------------
// Sources

/** E1: the employee scheme's implementing rules; fixes the medical year and how yearly standards apply. */
export const EMPLOYEE_RULES_2025: Source = {
  doc: '沪医保规〔2025〕7号',
  title: '上海市职工基本医疗保险办法实施细则',
  url: 'https://ybj.sh.gov.cn/gfxwj/20250905/6173c838284f43c3b4d8c8d4513364ed.html',
  confidence: 'official',
  note: 'Dated 2025-08-29, in force 2025-09-10 to 2030-09-09. Word-for-word copy seen in GitHub Jan-mx/Socila (evidence/310000/DOC-SH-MI-FLEX-WAITING-2025).',
};

/** S1: official English portal FAQ with the 2024 resident premiums and benefits. */
export const RESIDENT_2024: Source = {
  doc: 'english.shanghai.gov.cn, 2024-09-05',
  title: "FAQs on medical insurance for overseas talents' families (2024 Shanghai resident medical insurance)",
  url: 'https://english.shanghai.gov.cn/en-CNMedicalInsurance/20240905/c976a7e388f04509acec12ce4e1a1301.html',
  origin: { language: 'en' },
  confidence: 'official',
  note: 'Official municipal English portal; a summary (no Chinese notice number seen). Verbatim text seen in the pages corpus.',
};

/**
 * S2: undated table 上海市职工基本医疗保险 / 待遇 (pre-2023 structure: 共付段 paid by 附加基金). Secondary, repository
 * not identifiable, retiree rows cut off. Not dated, so not encoded as a parameter (no year to attach it to);
 * exported for the settlement-mechanics tests only.
 */
export const EMPLOYEE_UNDATED_TABLE: Source = {
  doc: 'S2 (undated table, no document number)',
  title: '上海市职工基本医疗保险 待遇表（在职职工：门急诊自负段1500元，共付段附加基金支付65%/60%/50%（44岁以下）、75%/70%/60%（45岁以上）；住院起付段1500元，统筹段85%）',
  confidence: 'secondary',
  note: 'Seen only as a search excerpt; the repository is not named, so there is no URL. Dated to before the 2023 outpatient reform by inference from its structure. Not used by the calculator.',
};

// ---------------------------------------------------------------------------------------------------------------
// Employee scheme sources (fact sheet medical-2023-2026.md §0)

/** O1: the 2023 medical-year notice; the first under the 门诊共济 reform (沪府办规〔2021〕18号). */
export const EMPLOYEE_MY2023: Source = {
  doc: '沪医保规〔2023〕6号',
  title: '关于本市基本医疗保险2023医保年度转换有关事项的通知',
  url: 'http://m.xunjk.com/wap/cnzhongguoctouwang/cnzhongguoctouwang/2023/0828/771494.html',
  confidence: 'official',
  copyOnly: true,
  note:
    '上海市医疗保障局, implementing 沪府办规〔2021〕18号 “经市政府同意”; medical year 2023-07-01 to 2024-06-30. Official text seen word for word on two third-party pages ' +
    '(https://www.ybzffs.com/page41?article_id=28663 for the title, number and §§1–4; the xunjk copy with the full §4 table and “信息来源：上海医保”); the official URL itself was not seen.',
};

/** O2: the 2024 medical-year announcement of 上海医保 (no document number). */
export const EMPLOYEE_MY2024: Source = {
  doc: '上海医保 2024医保年度公告（无文号）',
  title: '2024医保年度职工医保“封顶线”调高至63万元，个人账户资金7月1日计入到位',
  url: 'https://www.jzzjf.com/news/show/3641',
  confidence: 'secondary',
  note: 'Three copies of the 上海医保 announcement (jzzjf.com 2024-07-03; also a copy marked “内容来源：上海医保” and a masked copy at http://bid.caigoupt.com/info-281824243.html). 自负段 and 起付标准 “不作调整”; cap 61万 → 63万; above the cap “仍按规定继续报销80%”.',
};

/** O3: the 2025 medical-year announcement, as 劳动报/中工网 reported it. */
export const EMPLOYEE_MY2025: Source = {
  doc: '上海医保 2025医保年度公告（劳动报、中工网报道，无文号）',
  title: '2025医保年度职工医保“封顶线”从63万元提高到65万元，自负段和起付标准不作调整',
  url: 'http://www.tjwdhx.com/chaogugongganpingtai/22156.html',
  confidence: 'secondary',
  note: 'One news report of the announcement. 自负段 and 起付标准 “不作调整”; cap 63万 → 65万; above the cap “仍按规定继续报销80%”; account allocation “与2024医保年度一致”.',
};

const RATIOS_INFERRED = (src: Source): Source => ({
  ...src,
  inferred: true,
  note: `Inferred: the announcement restates only the 自负段, 起付标准 and cap and is silent on the ratios; read as unchanged from 沪医保规〔2023〕6号. ${src.note ?? ''}`,
});

const BEFORE_MY2023: Source = {
  doc: 'not encoded',
  title: '2023医保年度以前（门诊共济改革以前）的职工医保待遇标准',
  confidence: 'secondary',
  note:
    'Before 2023-07-01 the outpatient co-pay segment was paid by the 附加基金 and the figures ran by age bands (in service ≤44 / ≥45 / 中人一档; retired ≤69 / ≥70 / 中人). ' +
    'They are seen only in a city guide (上海本地宝, SEC) and stale pages, for MY2022-23 as context, and need the birth date and work history the calculator does not ask for: not covered.',
};

/** O5: the 2020 medical-year announcement: the medical year moves from 1 April to 1 July. */
export const EMPLOYEE_MY2020: Source = {
  doc: '上海医保 2020医保年度公告（新闻报道，无文号）',
  title: '职工医保医保年度由每年4月1日起改为7月1日起；2019医保年度延长3个月至2020年6月30日；统筹基金最高支付限额从53万元提高到55万元',
  url: 'https://dbsqp.com/user/4/article/item/28426',
  confidence: 'secondary',
  note: 'Reporter 鲁哲; image credited to the 上海医保 WeChat account.',
};

/** O4: the 2021 medical-year announcement (“记者从上海市医保局获悉”). */
const EMPLOYEE_MY2021: Source = {
  doc: '上海医保 2021医保年度公告（新闻报道，无文号）',
  title: '2021医保年度职工医保统筹基金最高支付限额从55万元提高到57万元',
  url: 'https://www.chuanchengzhongyi.com/kepu/468f38012d3fd128.html',
  confidence: 'secondary',
  note: 'Same text at https://pinweizhan.com/xiaoshou/xinli/wzgzz9.html.',
};

// ---------------------------------------------------------------------------------------------------------------
// Medical year

export type YearRule = 'july-june' | 'calendar';

/** 沪医保规〔2025〕7号 七（一）: 医保年度为每年的7月1日至次年6月30日。 Since 2020 (O5): before, 1 April – 31 March. */
export const employeeMedicalYear = defineParameter<YearRule>({
  id: 'medical.employee.medical-year',
  unit: 'table',
  values: [
    {
      from: '2003-04-01',
      value: null,
      source: {
        doc: 'not encoded',
        title: '2020年以前的医保年度（4月1日至次年3月31日）',
        confidence: 'secondary',
        note: 'The medical year ran 1 April – 31 March (official English letter to retirees, 2008; O5); the 2019 medical year was extended to 2020-06-30 (O5). No figures before 2023-07-01 are encoded, so these years are not covered.',
      },
    },
    { from: '2020-07-01', value: 'july-june', source: { ...EMPLOYEE_MY2020, note: 'The medical year runs 1 July – 30 June from 2020-07-01; still so in the 2021–2025 announcements (O1–O4). ' + (EMPLOYEE_MY2020.note ?? '') } },
    {
      from: '2025-07-01',
      until: '2030-09-09',
      value: 'july-june',
      source: {
        ...EMPLOYEE_RULES_2025,
        article: '七（一）',
        note: 'In force 2025-09-10; the medical year 2025-07-01/2026-06-30 in which it took effect is read by the same rule. ' + (EMPLOYEE_RULES_2025.note ?? ''),
      },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Resident sources

/** R1: the 2025 resident notice (official site). */
export const RESIDENT_2025: Source = {
  doc: '沪医保规〔2024〕4号',
  title: '关于2025年本市城乡居民基本医疗保险有关事项的通知',
  url: 'http://service.shanghai.gov.cn/XingZhengWenDangKuJyh/XZGFDetails.aspx?docid=241119143635jkEeHbMNMTTc0sQdAHd',
  confidence: 'official',
  note: 'Published and in force 2024-11-05. Benefits: “待遇按照现行政策执行”; it names only the 大病 cap (40万), not the basic-fund figures.',
};

/** R5: the resident 办法 wording, repeated by several guides (all agree). */
export const RESIDENT_RULES_WORDING: Source = {
  doc: '上海市城乡居民基本医疗保险办法（待遇条款，指南转述）',
  title: '60周岁及以上人员、以及重残人员住院：一级 90%、二级 80%、三级 70%；60周岁以下人员：80%、75%、60%',
  url: 'https://flbkb.com/falvwen/falv/l07p32.html',
  confidence: 'secondary',
  note: 'Wording of the resident 办法 as six or more guides repeat it (e.g. http://m.ditoo.cn/news_info_3801.html, 2023-04-18); consistent with the 2024 official English FAQ’s ranges (10%–30% for 60+, 20%–40% under 60).',
};

/** The resident benefit year: 1 January – 31 December. */
export const residentMedicalYear = defineParameter<YearRule>({
  id: 'medical.resident.medical-year',
  unit: 'table',
  // Each year's enrolment notice restates it (“享受20xx年度（1月1日至12月31日）待遇”).
  carryForward: { period: 'calendar-year' },
  values: [
    {
      from: '2024-01-01',
      until: '2024-12-31',
      value: 'calendar',
      source: {
        ...RESIDENT_2024,
        inferred: true,
        note: 'S1 labels premiums and benefits “2024” and gives the outpatient deductible “/year”. Read as the calendar year, as the yearly resident notices run to 31 December (2022: 沪医保规〔2021〕20号; 2023: https://shanghai.gov.cn/rketjk2/20230327/c766e47dfea14603bdf3018c964851b5.html, official) and the 2025 enrolment notice states it.',
      },
    },
    {
      from: '2025-01-01',
      until: '2025-12-31',
      value: 'calendar',
      source: {
        doc: '上海医保 2025年城乡居民医保参保通知（转载）',
        title: '享受2025年度（1月1日至12月31日）待遇；每年12月25日前参保',
        url: 'https://wxredian.com/art?id=7c8d74b408def0c3e5ef45693550fa85',
        confidence: 'secondary',
        note: 'Copy of the 上海医保 notice. The yearly resident notices run to 31 December (2022: 沪医保规〔2021〕20号; 2023: https://shanghai.gov.cn/rketjk2/20230327/c766e47dfea14603bdf3018c964851b5.html, official).',
      },
    },
    {
      from: '2026-01-01',
      until: '2026-12-31',
      value: 'calendar',
      source: { doc: '2026年城乡居民医保参保（报道）', title: '2026年度待遇期为2026年1月1日至12月31日', url: 'https://www.maigoo.com/news/652372.html', confidence: 'secondary', note: 'Two secondary pages agree (also https://www.163.com/dy/article/KE875PF90556DF0Q.html).' },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Employee scheme (职工医保): yearly figures, MY2023-24 on (沪医保规〔2023〕6号 and the yearly announcements)

/** What a person knows: in service, or retired (and when). */
export const EMPLOYEE_CATEGORIES = ['in-service', 'retired'] as const;
export type EmployeeCategory = (typeof EMPLOYEE_CATEGORIES)[number];

/** The three groups of 沪医保规〔2023〕6号: 在职职工; 2001年1月1日以后退休; 2000年12月31日以前退休. */
export const EMPLOYEE_GROUPS = ['in-service', 'retired-2001-on', 'retired-by-2000'] as const;
export type EmployeeGroup = (typeof EMPLOYEE_GROUPS)[number];
export type ByGroup<T> = Record<EmployeeGroup, T>;

const byGroup = <T>(inService: T, after: T, before: T): ByGroup<T> => ({ 'in-service': inService, 'retired-2001-on': after, 'retired-by-2000': before });
const levels = (a: string, b: string, c: string): ByLevel => ({ '1': a, '2': b, '3': c });

/** Each medical year's figures hold for that year only (沪医保规〔2025〕7号 九（二）: published before each medical year). */
const MY = { from2023: '2023-07-01', to2023: '2024-06-30', from2024: '2024-07-01', to2024: '2025-06-30', from2025: '2025-07-01', to2025: '2026-06-30' } as const;

/** 门急诊自负段 (yearly, after the 当年账户): 500 / 300 / 200, “不作调整” in 2024 and 2025. */
export const employeeOutpatientDeductible = defineParameter<ByGroup<string>>({
  id: 'medical.employee.outpatient-deductible',
  unit: 'CNY',
  carryForward: { period: 'medical-year' },
  values: [
    { from: '2020-07-01', value: null, source: BEFORE_MY2023 },
    { from: MY.from2023, until: MY.to2023, value: byGroup('500', '300', '200'), source: { ...EMPLOYEE_MY2023, article: '四' } },
    { from: MY.from2024, until: MY.to2024, value: byGroup('500', '300', '200'), source: EMPLOYEE_MY2024 },
    { from: MY.from2025, until: MY.to2025, value: byGroup('500', '300', '200'), source: EMPLOYEE_MY2025 },
  ],
});

/** 共负段: the share the 统筹基金 pays, 一级 / 二级 / 三级: 80/75/70, 85/80/75, 90/85/80. */
export const employeeOutpatientFundShare = defineParameter<ByGroup<ByLevel>>({
  id: 'medical.employee.outpatient-fund-share',
  unit: 'ratio',
  carryForward: { period: 'medical-year' },
  values: [
    { from: '2020-07-01', value: null, source: BEFORE_MY2023 },
    { from: MY.from2023, until: MY.to2023, value: byGroup(levels('0.80', '0.75', '0.70'), levels('0.85', '0.80', '0.75'), levels('0.90', '0.85', '0.80')), source: { ...EMPLOYEE_MY2023, article: '三、四' } },
    { from: MY.from2024, until: MY.to2024, value: byGroup(levels('0.80', '0.75', '0.70'), levels('0.85', '0.80', '0.75'), levels('0.90', '0.85', '0.80')), source: RATIOS_INFERRED(EMPLOYEE_MY2024) },
    { from: MY.from2025, until: MY.to2025, value: byGroup(levels('0.80', '0.75', '0.70'), levels('0.85', '0.80', '0.75'), levels('0.90', '0.85', '0.80')), source: RATIOS_INFERRED(EMPLOYEE_MY2025) },
  ],
});

/** 住院 / 急诊观察室留院观察 统筹基金起付标准 (yearly): 1500 / 1200 / 700, “继续按照2022年度标准执行”, then “不作调整”. */
export const employeeInpatientDeductible = defineParameter<ByGroup<string>>({
  id: 'medical.employee.inpatient-deductible',
  unit: 'CNY',
  carryForward: { period: 'medical-year' },
  values: [
    { from: '2020-07-01', value: null, source: BEFORE_MY2023 },
    { from: MY.from2023, until: MY.to2023, value: byGroup('1500', '1200', '700'), source: { ...EMPLOYEE_MY2023, article: '四' } },
    { from: MY.from2024, until: MY.to2024, value: byGroup('1500', '1200', '700'), source: EMPLOYEE_MY2024 },
    { from: MY.from2025, until: MY.to2025, value: byGroup('1500', '1200', '700'), source: EMPLOYEE_MY2025 },
  ],
});

/** 住院 share the 统筹基金 pays above the 起付标准: 85% in service, 92% retired; one ratio for every hospital level. */
export const employeeInpatientFundShare = defineParameter<ByGroup<string>>({
  id: 'medical.employee.inpatient-fund-share',
  unit: 'ratio',
  carryForward: { period: 'medical-year' },
  values: [
    { from: '2020-07-01', value: null, source: BEFORE_MY2023 },
    { from: MY.from2023, until: MY.to2023, value: byGroup('0.85', '0.92', '0.92'), source: { ...EMPLOYEE_MY2023, article: '四' } },
    { from: MY.from2024, until: MY.to2024, value: byGroup('0.85', '0.92', '0.92'), source: RATIOS_INFERRED(EMPLOYEE_MY2024) },
    { from: MY.from2025, until: MY.to2025, value: byGroup('0.85', '0.92', '0.92'), source: RATIOS_INFERRED(EMPLOYEE_MY2025) },
  ],
});

/** 统筹基金最高支付限额 per medical year: 55万 (2020), 57万 (2021), 59万 (2022), 61万 (2023), 63万 (2024), 65万 (2025). */
export const employeeCap = defineParameter<string>({
  id: 'medical.employee.annual-cap',
  unit: 'CNY',
  carryForward: { period: 'medical-year' },
  values: [
    { from: '2020-07-01', until: '2021-06-30', value: '550000', source: { ...EMPLOYEE_MY2020, article: '“从53万元提高到55万元”' } },
    { from: '2021-07-01', until: '2022-06-30', value: '570000', source: { ...EMPLOYEE_MY2021, article: '“从55万元提高到57万元”' } },
    { from: '2022-07-01', until: '2023-06-30', value: '590000', source: { ...EMPLOYEE_MY2023, article: '三（“从59万元提高到61万元”）', note: 'MY2022-23 read from the 2023 notice’s “from 59万”; the city guide 上海本地宝 gives the same (57万→59万). ' + (EMPLOYEE_MY2023.note ?? '') } },
    { from: MY.from2023, until: MY.to2023, value: '610000', source: { ...EMPLOYEE_MY2023, article: '三' } },
    { from: MY.from2024, until: MY.to2024, value: '630000', source: EMPLOYEE_MY2024 },
    { from: MY.from2025, until: MY.to2025, value: '650000', source: EMPLOYEE_MY2025 },
  ],
});

/** Above the cap: 地方附加医疗保险基金 pays 80%, 其余职工自负 (2023); “仍按规定继续报销80%” (2024, 2025). */
export const employeeAboveCapShare = defineParameter<string>({
  id: 'medical.employee.above-cap-share',
  unit: 'ratio',
  carryForward: { period: 'medical-year' },
  values: [
    { from: '2020-07-01', value: null, source: BEFORE_MY2023 },
    { from: MY.from2023, until: MY.to2023, value: '0.80', source: { ...EMPLOYEE_MY2023, article: '三' } },
    { from: MY.from2024, until: MY.to2024, value: '0.80', source: EMPLOYEE_MY2024 },
    { from: MY.from2025, until: MY.to2025, value: '0.80', source: EMPLOYEE_MY2025 },
  ],
});

/** Order of payment (fact sheet §1.3): 当年账户 first (outpatient), 自负段 / 起付 and the rest from the 历年账户, then cash. */
export const EMPLOYEE_SETTLEMENT_ORDER: Source = {
  doc: '上海市职工基本医疗保险办法（上海市人民政府令第8号，2013年）',
  title: '门急诊：当年账户 → 自负段（历年账户、现金）→ 共负段；住院：起付段（历年账户、现金）→ 统筹段；超过最高支付限额，附加基金支付80%',
  url: 'https://ins.com.cn/post/18962.html',
  confidence: 'secondary',
  note: 'Rule text of the 2013 办法 as guides quote it (also http://readke.com/c/3343615.html, https://m.kang5.net/2016/08/24/322909.html); the 当年账户 step from the city-guide tables (上海本地宝). Above-cap 80% from 沪医保规〔2023〕6号 三.',
};

/**
 * How the yearly maximum is read: it measures eligible expenses above the 起付标准 (住院, 急观; 家床 and 大病 join it but are
 * not modelled), not the fund's payments (2013 办法 wording as a Q&A quotes it; the official simulator's field
 * “年度起付线上封顶线下（住院/家床/大病）医疗费用数值累计”). Open: whether outpatient 共负段 spending joins it from 2023.
 */
export const EMPLOYEE_CAP_READING: Source = {
  doc: '上海市职工基本医疗保险办法（2013年）关于最高支付限额的规定（问答转述）；官方测算器字段',
  title: '起付标准以上的住院、急诊观察、门诊大病和家庭病床医疗费用，累计超过统筹基金最高支付限额的部分，由附加基金支付80%',
  confidence: 'secondary',
  inferred: true,
  note: 'A Q&A page (address not recorded) quotes the 办法; the official simulator field names agree. Interpretation graded medium in the fact sheet. Open question: whether outpatient 共负段 expenses count toward the cap after 2023 — not counted here (the simulator lists only 住院/家床/大病).',
};

// ---------------------------------------------------------------------------------------------------------------
// Resident scheme (城乡居民医保), calendar years 2024 (S1) and 2025 (R1: “待遇按照现行政策执行”), 2026 carried forward

const RESIDENT_2025_AS_2024 = (what: string): Source => ({
  ...RESIDENT_2025,
  inferred: true,
  note: `R1: “待遇按照现行政策执行” — the 2025 ${what} are the 2024 figures continued; the figures themselves are printed in the 2024 official FAQ and the resident 办法 wording (secondary guides). ${RESIDENT_2025.note ?? ''}`,
});

/** S1 “Outpatient and emergency care — Deductibles: Age 0-18: ¥300/year; Age 19-59: ¥500/year; Age 60-69: ¥300/year; Age 70 and above: ¥300/year”. */
export const residentOutpatientDeductible = defineParameter<ByBand<string>>({
  id: 'medical.resident.outpatient-deductible',
  unit: 'CNY',
  carryForward: { period: 'calendar-year' },
  values: [
    { from: '2024-01-01', until: '2024-12-31', value: { '0-18': '300', '19-59': '500', '60-69': '300', '70+': '300' }, source: { ...RESIDENT_2024, article: 'Outpatient and emergency care — Deductibles' } },
    { from: '2025-01-01', until: '2025-12-31', published: '2024-11-05', value: { '0-18': '300', '19-59': '500', '60-69': '300', '70+': '300' }, source: RESIDENT_2025_AS_2024('outpatient deductibles') },
  ],
});

/** S1 “Personal expenses: Primary hospitals: 30%; Secondary hospitals: 40%; Tertiary hospitals: 50%” (all ages). */
export const residentOutpatientPatientShare = defineParameter<ByLevel>({
  id: 'medical.resident.outpatient-patient-share',
  unit: 'ratio',
  carryForward: { period: 'calendar-year' },
  values: [
    { from: '2024-01-01', until: '2024-12-31', value: { '1': '0.30', '2': '0.40', '3': '0.50' }, source: { ...RESIDENT_2024, article: 'Outpatient and emergency care — Personal expenses' } },
    { from: '2025-01-01', until: '2025-12-31', published: '2024-11-05', value: { '1': '0.30', '2': '0.40', '3': '0.50' }, source: RESIDENT_2025_AS_2024('outpatient shares') },
  ],
});

/** S1 “Inpatient care — Deductibles per visit: Primary hospitals: ¥50; Secondary hospitals: ¥100; Tertiary hospitals: ¥300”. */
export const residentInpatientDeductible = defineParameter<ByLevel>({
  id: 'medical.resident.inpatient-deductible',
  unit: 'CNY',
  carryForward: { period: 'calendar-year' },
  values: [
    { from: '2024-01-01', until: '2024-12-31', value: { '1': '50', '2': '100', '3': '300' }, source: { ...RESIDENT_2024, article: 'Inpatient care — Deductibles per visit' } },
    { from: '2025-01-01', until: '2025-12-31', published: '2024-11-05', value: { '1': '50', '2': '100', '3': '300' }, source: RESIDENT_2025_AS_2024('inpatient deductibles') },
  ],
});

const RESIDENT_INPATIENT_SHARES: ByBand<ByLevel> = {
  '0-18': { '1': '0.20', '2': '0.25', '3': '0.40' },
  '19-59': { '1': '0.20', '2': '0.25', '3': '0.40' },
  '60-69': { '1': '0.10', '2': '0.20', '3': '0.30' },
  '70+': { '1': '0.10', '2': '0.20', '3': '0.30' },
};

/**
 * The patient's inpatient share by level: the fund pays 90/80/70 (60+ and 重残) and 80/75/60 (under 60) — the resident
 * 办法 wording (R5). S1 prints only the ranges (10%–30%, 20%–40%), which these fit. The second-collection fact sheet
 * corrects the earlier 二级 70% for under-60s to 75%.
 */
export const residentInpatientPatientShare = defineParameter<ByBand<ByLevel>>({
  id: 'medical.resident.inpatient-patient-share',
  unit: 'ratio',
  carryForward: { period: 'calendar-year' },
  values: [
    { from: '2024-01-01', until: '2024-12-31', value: RESIDENT_INPATIENT_SHARES, source: { ...RESIDENT_RULES_WORDING, note: '2024: the per-level shares of the 办法 wording; the official English FAQ (english.shanghai.gov.cn, 2024-09-05) gives the ranges 20%–40% (under 60) and 10%–30% (60+), which they fit. ' + (RESIDENT_RULES_WORDING.note ?? '') } },
    { from: '2025-01-01', until: '2025-12-31', published: '2024-11-05', value: RESIDENT_INPATIENT_SHARES, source: RESIDENT_2025_AS_2024('inpatient shares (办法 wording, R5)') },
  ],
});

/** 城乡居民医保 统筹基金年度最高支付限额: not found for any year (R1 names only the 大病 cap). */
export const residentCap = defineParameter<string>({
  id: 'medical.resident.annual-cap',
  unit: 'CNY',
  values: [
    {
      from: '2024-01-01',
      value: null,
      source: { doc: 'not found', title: '城乡居民医保统筹基金年度最高支付限额', confidence: 'secondary', note: 'Neither the 2024 FAQ nor 沪医保规〔2024〕4号 gives one (the latter names only the 大病 cap, 40万); no other source found. A third-party claim (250,000) is unreliable and not used.' },
    },
  ],
});
