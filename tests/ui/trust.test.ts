import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadNamespaces, setLocale } from '../../src/i18n/i18n.svelte';
import { step, type Step } from '../../src/rules/engine';
import { minimumLivingStandard, minimumWage } from '../../src/rules/shared/wage-floors';
import { MONTHLY_PAYOUT_2025 } from '../../src/rules/pension-estimate/parameters';
import Explanation from '../../src/ui/components/Explanation.svelte';
import Notices from '../../src/ui/components/Notices.svelte';
import RulesBanner from '../../src/ui/components/RulesBanner.svelte';

const dibao2025 = minimumLivingStandard.values.find((v) => v.from === '2025-07-01')!;
const wage2015 = minimumWage.values.find((v) => v.from === '2015-04-01')!;

/** The unemployment standard step of July 2026, its 低保 bound carried forward from the 2025 notice (a made-up window for the test). */
function carried(): Step {
  return step('unemployment-benefit:standard', { phase: 'months-1-12', from: '2026-07', to: '2026-07', count: '1', standard: '2340', amount: '2340.00' }, {
    formula: '1650 ≤ 2340 ≤ 2740 → 2340.00',
    params: [
      {
        id: 'shanghai.minimum-living-standard',
        unit: 'CNY/month',
        from: '2025-07-01',
        to: '2027-06-30',
        value: '1650',
        source: dibao2025.source,
        carriedForward: { period: 'july-june', from: '2026-07-01', to: '2027-06-30', sourcedTo: '2026-06-30' },
      },
      { id: 'shanghai.minimum-wage-monthly', unit: 'CNY/month', from: '2015-04-01', to: '2016-03-31', value: '2020', source: wage2015.source },
    ],
  });
}

describe('trust signals in words', () => {
  it('the step text leads; the formula sits behind “核对算式”; each less certain figure says which and why', async () => {
    await setLocale('zh-CN');
    await loadNamespaces(['unemployment-benefit', 'trust']);
    render(Explanation, { steps: [carried()] });
    const summary = screen.getByText('核对算式');
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(within(summary.closest('details')!).getByText('1650 ≤ 2340 ≤ 2740 → 2340.00')).toBeInTheDocument();
    // 低保 1650 is inferred from the 2025 unemployment notice, seen on a repost: said in words, figure and document named
    expect(screen.getByText('本市最低生活保障标准（低保） 1650 元/月是根据转载或问答页面（沪人社规〔2025〕9号）推算的，本工具没有看到直接写明这一数字的官方原文。')).toBeInTheDocument();
    // carried forward: the July 2025 – June 2026 figure into July 2026 – June 2027, in amber words
    expect(screen.getByTestId('trust-carried')).toHaveTextContent('本市最低生活保障标准（低保） 1650 元/月沿用沪人社规〔2025〕9号的 2025 年 7 月至 2026 年 6 月 标准，2026 年 7 月至 2027 年 6 月 的新通知尚未收录。');
    // an English news report is marked as such, in the badge and in the sentence
    expect(screen.getAllByText('英文资料').length).toBeGreaterThan(0);
    expect(screen.getByText(/本市月最低工资标准 2020 元\/月来自英文新闻或摘要（Reuters 2015-03-30），不是中文官方原文。/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/⚠/);
  });

  it('a figure from another city says so: the Jinan hotline answer on payout months', async () => {
    await setLocale('zh-CN');
    await loadNamespaces(['pension-estimate', 'trust']);
    render(Explanation, { steps: [step('pension-estimate:payout-months-by-month', { years: '60', months: '3' }, { citations: [MONTHLY_PAYOUT_2025] })] });
    expect(screen.getByText('外地答复')).toBeInTheDocument();
    expect(screen.getByText(/这条依据来自济南市 12345 市民服务热线的答复（济南市12345市民服务热线 答复（2025-06-12）），不是上海的文件/)).toBeInTheDocument();
  });

  it('the banner names the documents without a bare mark, and says in words which are not official texts', async () => {
    await setLocale('en');
    await loadNamespaces(['unemployment-benefit', 'trust']);
    render(RulesBanner, { asOf: '2026-07-15', steps: [carried()] });
    const banner = screen.getByTestId('rules-banner');
    expect(banner.textContent).not.toMatch(/⚠/);
    expect(screen.getByTestId('rules-banner-unofficial')).toHaveTextContent('For 沪人社规〔2025〕9号, Reuters 2015-03-30, this tool has seen only reposts, news or Q&A pages, not the official text.');
    await setLocale('zh-CN');
  });

  it('a carried-forward notice has shared words when the calculator has none', async () => {
    await setLocale('zh-CN');
    await loadNamespaces(['unemployment-benefit', 'trust']);
    render(Notices, { ns: 'unemployment-benefit', notices: [{ code: 'carried-forward', params: { parameter: 'shanghai.minimum-living-standard', period: '2026 年 7 月至 2027 年 6 月', doc: '沪人社规〔2025〕9号' } }] });
    expect(screen.getByTestId('notice-carried-forward')).toHaveTextContent('“本市最低生活保障标准（低保）”沿用沪人社规〔2025〕9号的标准，2026 年 7 月至 2027 年 6 月的新通知尚未收录');
  });
});
