import { defineParameter, type Source } from '../engine';

/** City-wide wage floors that bound several benefits: 最低工资标准 and 最低生活保障标准 (低保). */

const MIN_WAGE_2025: Source = {
  doc: '沪人社规〔2025〕10号',
  title: '关于调整本市最低工资标准的通知',
  url: 'https://rsj.sh.gov.cn/tgzfl_17732/20250714/t0035_1434097.html',
  confidence: 'official',
};

export const minimumWage = defineParameter<string>({
  id: 'shanghai.minimum-wage-monthly',
  unit: 'CNY/month',
  values: [
    { from: '2015-04-01', value: '2020', source: { doc: 'Reuters 2015-03-30', title: 'Shanghai raises minimum wage', url: 'https://in.reuters.com/article/china-economy-wage-idINL3N0WW4CF20150330', confidence: 'secondary', origin: { language: 'en' } } },
    {
      from: '2016-04-01',
      value: null,
      source: {
        doc: 'not found',
        title: '2016 and 2017 minimum-wage notices',
        confidence: 'secondary',
        note: 'Rises to 2190 (2016) and 2300 (2017) are reported, but their effective dates were not found; not covered until 2018-04-01.',
      },
    },
    { from: '2018-04-01', value: '2420', source: { doc: 'Xinhua / SHIO 2018-03-22', title: 'Shanghai raises minimum wage to 2420 yuan', url: 'http://touch.shio.gov.cn', confidence: 'secondary', origin: { language: 'en' } } },
    { from: '2019-04-01', value: '2480', source: { doc: 'apdnews.cn 2019-03-25', title: 'Shanghai minimum wage 2480 yuan from April 2019', confidence: 'secondary', origin: { language: 'en' } } },
    { from: '2021-07-01', value: '2590', source: { doc: 'shine.cn 2021-06-24', title: 'Minimum wage up to 2,590 yuan', url: 'https://www.shine.cn/news/metro/2106241061/', confidence: 'secondary', origin: { language: 'en' } } },
    { from: '2023-07-01', value: '2690', source: { ...MIN_WAGE_2025, note: 'The 2025 notice states the previous standard was 2690 元/月.' } },
    { from: '2025-07-01', value: '2740', source: MIN_WAGE_2025 },
  ],
});

const DIBAO_NOTE = 'Equal to the published extended unemployment-benefit standard of the same year, which 沪人社规〔2026〕18号 第十一条 and 上海市失业保险实施细则 第十八条 set at 低保 when 80% of months 13–24 is lower; the 民政局 notice itself was not found.';

export const minimumLivingStandard = defineParameter<string>({
  id: 'shanghai.minimum-living-standard',
  unit: 'CNY/month',
  values: [
    { from: '2020-07-01', value: '1240', source: { doc: 'shine.cn 2021-06-24', title: 'Minimum living allowance raised from 1,240 to 1,330 yuan', url: 'https://www.shine.cn/news/metro/2106241064/', confidence: 'secondary', origin: { language: 'en' }, note: 'In force by 2020-07 and until 2021-06-30; the start date was not found.' } },
    { from: '2021-07-01', value: '1330', source: { doc: 'shine.cn 2021-06-24', title: 'Minimum living allowance raised from 1,240 to 1,330 yuan', url: 'https://www.shine.cn/news/metro/2106241064/', confidence: 'secondary', origin: { language: 'en' } } },
    { from: '2022-07-01', value: '1420', source: { doc: '2022年失业保险金支付标准通知（文号未找到）', title: '关于调整本市失业保险金支付标准的通知', url: 'http://www.ruoyo.com/wuxian/shiye/462.html', confidence: 'secondary', inferred: true, note: DIBAO_NOTE } },
    { from: '2023-07-01', value: '1510', source: { doc: '沪人社规〔2023〕17号', title: '关于调整本市失业保险金支付标准的通知', url: 'http://www.shebaodata.com/zhishi/shiye/333462.html', confidence: 'secondary', inferred: true, note: DIBAO_NOTE } },
    { from: '2024-07-01', value: '1595', source: { doc: '沪人社规〔2024〕13号', title: '关于调整本市失业保险金支付标准的通知', url: 'https://rsj.sh.gov.cn/tshbx_17729/20240628/t0035_1425027.html', confidence: 'secondary', inferred: true, note: DIBAO_NOTE } },
    { from: '2025-07-01', value: '1650', source: { doc: '沪人社规〔2025〕9号', title: '关于调整本市失业保险金支付标准的通知', url: 'https://rsj.sh.gov.cn/tshbx_17729/20250704/t0035_1433841.html', confidence: 'secondary', inferred: true, note: '1650 is also given as the 2025-07-01 低保 by a public source citing the 2025 statistical bulletin. ' + DIBAO_NOTE } },
    {
      from: '2026-07-01',
      value: '1690',
      source: {
        doc: '上海市人力资源和社会保障局 政策问答 2026-07-06',
        title: '失业保险金延长领取标准说明',
        url: 'https://rsj.sh.gov.cn/tlqbz_17564/20260706/t0035_1442140.html',
        confidence: 'secondary',
        inferred: true,
        note: 'The official Q&A raises 1872 × 80% = 1497.6 to the 低保 floor of 1690; the 民政局 notice itself was not found.',
      },
    },
  ],
});
