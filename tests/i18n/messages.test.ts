import { describe, expect, it } from 'vitest';
import { setLocale, t } from '../../src/i18n/i18n.svelte';
import { errorText } from '../../src/i18n/messages';

describe('field error messages', () => {
  it('name every covered range of a date the rules do not cover, closed or open-ended', async () => {
    await setLocale('en');
    expect(errorText(t, { field: 'claimDate', code: 'date-not-covered', params: { ranges: '2016-04-01/2017-03-31,2020-07-01/' } })).toBe(
      'The rules in this tool do not cover this date (covered: 2016-04-01 to 2017-03-31, from 2020-07-01)',
    );
    await setLocale('zh-CN');
    // calculators that report one range as from/to
    expect(errorText(t, { field: 'year', code: 'date-not-covered', params: { from: '2016', to: '2025' } })).toBe('本工具收录的政策不覆盖这个日期（收录范围：2016 至 2025）');
    expect(errorText(t, { field: 'careDate', code: 'date-not-covered', params: { from: '2018-01-01', to: '' } })).toBe('本工具收录的政策不覆盖这个日期（收录范围：2018-01-01 起）');
  });

  it('pass the other codes their parameters', async () => {
    await setLocale('zh-CN');
    expect(errorText(t, { field: 'x', code: 'out-of-range', params: { min: '0', max: '70' } })).toBe('请输入 0 到 70 之间的值');
  });
});
