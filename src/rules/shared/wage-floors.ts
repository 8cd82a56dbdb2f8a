import { defineParameter, type Source } from '../engine';

/**
 * City-wide wage floors that bound several benefits: 最低工资标准 and 最低生活保障标准 (低保).
 * Fact sheets: unemployment.md §2–3 and additions-pension-unemployment-ltc.md §3.3, §4 (which gives notice numbers where found).
 * A third-party page that reproduces a notice's text ("repost-of-official" in the fact sheet) is graded secondary here,
 * with that said in the note: such copies can be altered (the sheet names one that is).
 */

const MIN_WAGE_2025: Source = {
  doc: '沪人社规〔2025〕10号',
  title: '关于调整本市最低工资标准的通知',
  url: 'https://rsj.sh.gov.cn/tgzfl_17732/20250714/t0035_1434097.html',
  confidence: 'official',
  note: 'Dated 2025-07-11, on the web 2025-07-14; official page mirrored in GitHub Jan-mx/Socila (DOC-SH-MIN-WAGE-2025).',
};

const REPOST = 'Notice text reproduced on a third-party page (fact sheet grade: repost-of-official); the official page was not seen.';

export const minimumWage = defineParameter<string>({
  id: 'shanghai.minimum-wage-monthly',
  unit: 'CNY/month',
  values: [
    { from: '2015-04-01', value: '2020', source: { doc: 'Reuters 2015-03-30', title: 'Shanghai raises minimum wage', url: 'https://in.reuters.com/article/china-economy-wage-idINL3N0WW4CF20150330', confidence: 'secondary', origin: { language: 'en' } } },
    {
      from: '2016-04-01',
      value: '2190',
      source: { doc: '2016年最低工资标准调整（文号未找到）', title: '本市月最低工资标准从2020元调整为2190元，小时最低工资标准从18元调整为19元', url: 'http://www.law-hr.com/ask/1681271543185618.html', confidence: 'secondary', note: '劳动报 report relayed by a Q&A page; the notice itself and its number were not found.' },
    },
    {
      from: '2017-04-01',
      value: '2300',
      source: { doc: '沪人社规〔2017〕12号', title: '关于调整本市最低工资标准的通知', url: 'http://ft22.com/zuidi/7507.html', confidence: 'secondary', note: `Dated 2017-03-31; “来源:上海市人社局”; also at http://xindetihuiya.com/news/gongzi/783817.html. ${REPOST}` },
    },
    {
      from: '2018-04-01',
      value: '2420',
      source: { doc: '2018年最低工资标准通知（文号未见）', title: '关于调整本市最低工资标准的通知（2018年3月16日）', url: 'http://aimiyue.com/qy/923.html', confidence: 'secondary', note: `Notice dated 2018-03-16; number not shown. Xinhua/China Daily agree: http://www.o-olink.com/a/201803/22/WS5ab2a41ea3106e7dcc1454fc.html. ${REPOST}` },
    },
    { from: '2019-04-01', value: '2480', source: { doc: '2019年最低工资标准调整（文号未找到）', title: 'Shanghai minimum wage 2480 yuan from April 2019', url: 'https://www2.apdnews.cn/en/item/19/0325/axafjfdk6ba7c7a326184e.html', confidence: 'secondary', origin: { language: 'en' }, note: 'Also https://www.4hw.com.cn/life/201911/462782_2.html. No change in 2020.' } },
    {
      from: '2021-07-01',
      value: '2590',
      source: { doc: '2021年最低工资标准通知（文号未见）', title: '关于调整本市最低工资标准的通知（2021年）', url: 'https://branchsmith.com/shanghai_428266', confidence: 'secondary', note: `Number not shown; shine.cn (https://www.shine.cn/news/metro/2106241061/) agrees. ${REPOST}` },
    },
    { from: '2023-07-01', value: '2690', source: { ...MIN_WAGE_2025, note: 'The 2025 notice states the previous standard was 2690 元/月 (24 元/小时); the 2023 notice and its number were not found (北京日报 report: http://www.zhishi.rexun.cn/zhuanye/2023/0705/5367.html).' } },
    { from: '2025-07-01', value: '2740', source: MIN_WAGE_2025 },
  ],
});

const DIBAO_INFERRED = 'Equal to the published extended unemployment-benefit standard of the same year, which 沪人社规〔2026〕18号 第十一条 and 上海市失业保险实施细则 第十八条 set at 低保 when 80% of months 13–24 is lower; no 低保 page for this year was found.';

export const minimumLivingStandard = defineParameter<string>({
  id: 'shanghai.minimum-living-standard',
  unit: 'CNY/month',
  values: [
    {
      from: '2016-04-01',
      value: '880',
      source: { doc: 'Shanghai Municipal Agricultural Commission (official English page)', title: 'Living standard of farmers: minimum living standard raised from 790 to 880 yuan from 2016-04-01', url: 'http://en.shac.gov.cn/nw_en/livingstandardoffarmers/20180704/4577.html', confidence: 'official', origin: { language: 'en' } },
    },
    {
      from: '2017-04-01',
      value: null,
      source: { doc: 'not found', title: '2017、2018年低保标准调整', confidence: 'secondary', note: 'The 2017 change was not found; 1070 was in force before 2019-04-01 (Yicai Global), from a date not found (presumably 2018-04-01). Not covered until 2019-04-01.' },
    },
    {
      from: '2019-04-01',
      value: '1160',
      source: { doc: 'Yicai Global 2019-03', title: 'Shanghai will hike minimum living allowance 8.4% to 1160 yuan from 1070', url: 'https://jp.yicaiglobal.com/news/shanghai-will-hike-minimum-wage-25-to-usd370-next-month', confidence: 'secondary', origin: { language: 'en' } },
    },
    {
      from: '2020-07-01',
      value: '1240',
      source: { doc: '央广网 2020-06-24', title: '本市城乡低保标准从每人每月1160元调整为1240元', url: 'http://yhaog.com/shanghai/tt/20200624/t20200624_525143173.shtml', confidence: 'secondary', note: `Also http://www.restaurantenna.com/post/9283.html. ${REPOST}` },
    },
    {
      from: '2021-07-01',
      value: '1330',
      source: { doc: '上海市民政局 2021年低保标准调整（文号未见）', title: '本市低保标准从每人每月1240元调整为1330元', url: 'http://eotui.com/finance/214151.html', confidence: 'secondary', note: `shine.cn (https://www.shine.cn/news/metro/2106241064/) agrees. ${REPOST}` },
    },
    {
      from: '2022-07-01',
      value: '1420',
      source: { doc: '上海民政 2022年低保标准调整（文号未见）', title: '本市低保标准从每人每月1330元调整为1420元', url: 'https://henan.china.com/news/society/2022/0625/2530293361.html', confidence: 'secondary', note: `上海民政 WeChat notice relayed. ${REPOST}` },
    },
    {
      from: '2023-07-01',
      value: '1510',
      source: { doc: '沪民规〔2023〕6号', title: '关于调整本市最低生活保障标准的通知（1420元调整为1510元）', url: 'https://tuliu.com/read-143751.html', confidence: 'secondary', note: REPOST },
    },
    {
      from: '2024-07-01',
      value: '1595',
      source: { doc: '2024年低保标准调整（文号未找到）', title: '本市低保标准从每人每月1510元调整为1595元', url: 'https://www.yanglaocn.com/shtml/20240704/1720058437176569.html', confidence: 'secondary', note: 'Two secondary pages agree (also https://www.fudaoke.com/exam/2651505.html).' },
    },
    { from: '2025-07-01', value: '1650', source: { doc: '沪人社规〔2025〕9号', title: '关于调整本市失业保险金支付标准的通知', url: 'https://rsj.sh.gov.cn/tshbx_17729/20250704/t0035_1433841.html', confidence: 'secondary', inferred: true, note: DIBAO_INFERRED } },
    {
      from: '2026-07-01',
      value: '1690',
      source: {
        doc: '上海市人力资源和社会保障局 政策问答 2026-07-06',
        title: '失业保险金延长领取标准说明',
        url: 'https://rsj.sh.gov.cn/tlqbz_17564/20260706/t0035_1442140.html',
        confidence: 'official',
        note: 'The official Q&A raises 1872 × 80% = 1497.6 to the 2026 低保 of 1690 (mirror in Jan-mx/Socila, DOC-SH-UI-STANDARD-EXPLAIN-2026); the 民政局 notice itself was not found.',
      },
    },
  ],
});
