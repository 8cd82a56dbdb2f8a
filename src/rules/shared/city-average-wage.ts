import { defineParameter, type Source } from '../engine';

/**
 * 上海市上年度全口径城镇单位就业人员平均工资 (元/月), as used for the contribution year (1 July – 30 June since 2020):
 * the base limits are 60% and 300% of it, and so are the bounds of the maternity allowance. `baseFloor` is the published
 * contribution-base floor where it equals 60% of the average rounded to the yuan (2023 on); the earlier floors were set
 * below 60% and are left out. Each figure holds for its own July–June year only (`until`): a later year's figure is
 * not yet known before its publication, and the year before's is not carried into it.
 */
export interface CityAverage {
  average: string;
  baseFloor: string | null;
}

const RSA: Source = { doc: 'rsa-tax.com', title: 'Shanghai new social contributions limits', url: 'https://www.rsa-tax.com/single-post/shanghai-new-social-contributions-limits', confidence: 'secondary' };

export const cityAverageWage = defineParameter<CityAverage>({
  id: 'shared.city-average-wage',
  unit: 'CNY/month',
  values: [
    { from: '2021-07-01', until: '2022-06-30', value: { average: '10338', baseFloor: null }, source: { ...RSA, note: 'Base limits 5975–31014 for 2021-07 to 2022-06; upper = 3 × 10338.' } },
    { from: '2022-07-01', until: '2023-06-30', published: '2022-07-05', value: { average: '11396', baseFloor: null }, source: { ...RSA, note: 'Disclosed by the rsj on 5 July 2022; upper limit 34188 = 3 × 11396.' } },
    {
      from: '2023-07-01',
      until: '2024-06-30',
      value: { average: '12183', baseFloor: '7310' },
      source: { doc: 'public calculators (Shanghai 2023–2024 standards)', title: '2023年7月—2024年6月社会保险缴费基数上下限 7310–36549', confidence: 'secondary', note: 'Medium confidence: public code only; upper limit 36549 = 3 × 12183.' },
    },
    { from: '2024-07-01', until: '2025-06-30', value: { average: '12307', baseFloor: '7384' }, source: { doc: 'acbcshanghai.com', title: 'Shanghai 2024 social insurance base 7384–36921', confidence: 'secondary', note: 'Upper limit 36921 = 3 × 12307.' } },
    {
      from: '2025-07-01',
      until: '2026-06-30',
      published: '2025-09-18',
      value: { average: '12434', baseFloor: '7460' },
      source: {
        doc: '上海市人力资源和社会保障局 2025-09-18 通告',
        title: '2025年度本市社会保险缴费基数上下限 7460–37302 元（原标题未核对）',
        url: 'https://rsj.sh.gov.cn/tgsgg_17341/20250918/t0035_1435637.html',
        confidence: 'secondary',
        note: 'Read through the norbital register (CN-SH05); published date taken from the page address.',
      },
    },
    {
      from: '2026-07-01',
      published: '2026-08-18',
      until: '2027-06-30',
      value: { average: '12577', baseFloor: '7546' },
      source: {
        doc: '上海市人力资源和社会保障局 2026-08-18 公布',
        title: '2025年度全市城镇单位就业人员平均工资 12577 元/月；缴费基数下限 7546 元',
        url: 'https://rsj.sh.gov.cn/tgsgg_17341/20260818/t0035_1443203.html',
        confidence: 'secondary',
        note: 'Average via the norbital register; the base floor 7546 is official (rsj Q&A 2026-08-24, https://rsj.sh.gov.cn/tdjjf_17554/20260824/t0035_1443297.html).',
      },
    },
  ],
});
