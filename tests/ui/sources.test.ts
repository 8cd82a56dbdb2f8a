import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../src/i18n/i18n.svelte';
import { defineParameter } from '../../src/rules/engine';
import { minimumLivingStandard } from '../../src/rules/shared/wage-floors';

// The unemployment calculator with the 低保 timeline as it would be if it carried forward over July–June years
// (no parameter declares carryForward yet on this branch): its last sourced value, 2026-07-01 onward, is open-ended,
// so the test ends the last value on 2026-06-30 and checks the next July–June year shows as carried.
vi.mock('../../src/rules/registry', async (orig) => {
  const real = (await orig()) as typeof import('../../src/rules/registry');
  const ub = await real.loadCalculator('unemployment-benefit');
  const upTo2025 = minimumLivingStandard.values.filter((v) => v.from <= '2025-07-01');
  const carried = defineParameter({ ...minimumLivingStandard, values: upTo2025.map((v, i) => (i === upTo2025.length - 1 ? { ...v, until: '2026-06-30' } : v)), carryForward: { period: 'july-june' } });
  const calc = { ...ub, parameters: [carried] };
  return { ...real, loadAll: async () => [calc] };
});

const { default: Sources } = await import('../../src/ui/pages/Sources.svelte');

describe('the sources page', () => {
  it('shows each period with its value and unit, the document in words, and the carried-forward window on the timeline', async () => {
    await setLocale('zh-CN');
    render(Sources);
    const param = await screen.findByRole('region', { name: /本市最低生活保障标准（低保）/ }, { timeout: 15_000 });
    const rows = within(param).getAllByRole('row');
    // the 2025 value: 1650 元/月 from 2025-07-01 to 2026-06-30, worked out from 沪人社规〔2025〕9号 (inferred)
    const y2025 = rows.find((r) => r.textContent?.startsWith('2025-07-01 至 2026-06-30'))!;
    expect(y2025).toHaveTextContent('1650 元/月');
    expect(y2025).toHaveTextContent('本市最低生活保障标准（低保）是根据转载或问答页面（沪人社规〔2025〕9号）推算的');
    // the window: July 2026 – June 2027, carried from the 2025 document
    expect(within(param).getByTestId('carried-window')).toHaveTextContent('2026-07-01 至 2027-06-30');
    expect(within(param).getByTestId('carried-window')).toHaveTextContent('沿用沪人社规〔2025〕9号的 2025-07-01 至 2026-06-30 标准，2026-07-01 至 2027-06-30 的新通知尚未收录');
    // English research notes stay off the Chinese page
    expect(param.querySelector('details.note')).toBeNull();
  });
});
