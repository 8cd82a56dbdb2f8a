import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/i18n.svelte';
import { loadNamespaces } from '../../src/i18n/i18n.svelte';
import type { FieldSpec } from '../../src/rules/engine';
import { fields as ltcFields } from '../../src/rules/long-term-care/schema';
import { fields as unemploymentFields } from '../../src/rules/unemployment-benefit/schema';
import { fields as adjustmentFields } from '../../src/rules/pension-adjustment/schema';
import { fields as estimateFields } from '../../src/rules/pension-estimate/schema';
import { RowReader } from '../../src/batch/run';
import { columnsFor } from '../../src/batch';
import { loadCalculator } from '../../src/rules/registry';
import Field from '../../src/ui/components/Field.svelte';
import CalculatorPage from '../../src/ui/pages/CalculatorPage.svelte';
import { clearDraft } from '../../src/ui/drafts.svelte';
import { readShared } from '../../src/ui/share';

type User = ReturnType<typeof userEvent.setup>;

async function open(id: 'long-term-care' | 'unemployment-benefit', first: string) {
  clearDraft(id);
  const user = userEvent.setup();
  render(CalculatorPage, { id });
  await screen.findByLabelText(first, {}, { timeout: 15_000 });
  return user;
}

async function pick(user: User, group: RegExp, option: string | RegExp) {
  await user.click(within(screen.getByRole('group', { name: group })).getByLabelText(option));
}

const months = () => screen.queryByLabelText(/已连续接受居家照护的月数/);
const bonus = () => screen.queryByRole('group', { name: /额外待遇选择/ });
const age = () => screen.queryByLabelText(/失业时年龄/);

describe('fields shown only when they apply', { timeout: 30_000 }, () => {
  it('long-term care: the level 5–6 continuity fields appear at home care at level 5 or 6 only', async () => {
    await setLocale('zh-CN');
    const user = await open('long-term-care', '接受照护的日期');
    expect(months()).toBeNull();
    await pick(user, /^照护方式/, /社区居家照护/);
    await pick(user, /评估的等级/, '照护四级');
    expect(months()).toBeNull();
    expect(bonus()).toBeNull();
    await pick(user, /评估的等级/, '照护五级');
    expect(months()).toBeInTheDocument();
    expect(bonus()).toBeInTheDocument();
    await pick(user, /评估的等级/, '照护六级');
    expect(months()).toBeInTheDocument();
    // level 6 but in an institution: not asked
    await pick(user, /^照护方式/, /养老机构照护/);
    expect(months()).toBeNull();
    expect(bonus()).toBeNull();
  });

  it('long-term care: a hidden continuity field is not submitted (an out-of-range 99999 months is not read at level 4)', async () => {
    await setLocale('zh-CN');
    const user = await open('long-term-care', '接受照护的日期');
    await user.clear(screen.getByLabelText('接受照护的日期'));
    await user.type(screen.getByLabelText('接受照护的日期'), '2025-10-15');
    await user.type(screen.getByLabelText(/老人年龄/), '82');
    await pick(user, /老人参加的医疗保险/, /居民医保/);
    await pick(user, /^照护方式/, /社区居家照护/);
    await pick(user, /评估的等级/, '照护五级');
    await user.type(screen.getByLabelText(/已连续接受居家照护的月数/), '99999');
    await user.click(screen.getByRole('button', { name: '开始测算' }));
    // shown, it is read: 99999 is over the 1200-month limit of the schema
    expect(await screen.findByRole('link', { name: /请输入 0 到 1200 之间的值/ })).toBeInTheDocument();

    await pick(user, /评估的等级/, '照护四级');
    expect(months()).toBeNull();
    await user.click(screen.getByRole('button', { name: '开始测算' }));
    // level 4 at home: 5 hours a week (the weekly-hours table); the months were not sent, so no error
    expect(await screen.findByTestId('result-weekly-hours')).toHaveTextContent('照护四级');
    expect(screen.queryByText(/请输入 0 到 1200 之间的值/)).toBeNull();
    const answers = screen.getByRole('region', { name: '您填写的信息' });
    expect(within(answers).queryByText(/已连续接受居家照护的月数/)).toBeNull();
  });

  it('unemployment: 失业时年龄 is asked for claims before 2017-04-01 only, and not submitted once hidden', async () => {
    await setLocale('zh-CN');
    const user = await open('unemployment-benefit', '申领受理日期');
    const claim = screen.getByLabelText('申领受理日期');
    await user.clear(claim);
    expect(age()).toBeNull();
    await user.type(claim, '2016-09-15');
    expect(age()).toBeInTheDocument();
    // a month alone counts as that month's first day: 2017-03 is before 2017-04-01
    await user.clear(claim);
    await user.type(claim, '2017-03');
    expect(age()).toBeInTheDocument();
    await user.type(screen.getByLabelText(/失业时年龄/), '10');
    await user.clear(claim);
    await user.type(claim, '2017-04-01');
    expect(age()).toBeNull();

    await user.clear(claim);
    await user.type(claim, '2025-09-15');
    await user.type(screen.getByLabelText(/累计缴纳失业保险费年限/), '3.5');
    await user.click(within(screen.getByRole('group', { name: /非因本人意愿/ })).getByLabelText('是'));
    await user.click(within(screen.getByRole('group', { name: /失业登记/ })).getByLabelText('是'));
    await user.click(screen.getByRole('button', { name: '开始测算' }));
    // case A of the unemployment tests: 3 full years × 2 = 6 months; the hidden age 10 (under the minimum 16) was not read
    expect(await screen.findByTestId('summary-months')).toHaveTextContent('6 个月');
    expect(screen.queryByText(/请输入 16 到 80 之间的值/)).toBeNull();
  });

  it('an optional group starts closed and opens by itself when one of its fields has a value', async () => {
    await setLocale('zh-CN');
    await open('unemployment-benefit', '申领受理日期');
    const group = screen.getByTestId('group-retirement');
    expect(group.tagName).toBe('DETAILS');
    expect(group).not.toHaveAttribute('open');
    expect(within(group).getByText(/延长领取到退休年龄/).tagName).toBe('SUMMARY');
  });

  it('a shared link drops the values of fields that do not apply', () => {
    // level 4: the continuity months and choice are dropped; level 5 at home keeps them
    const level4 = readShared(ltcFields, new URLSearchParams('setting=home&level=4&continuousHomeCareMonths=8&bonusChoice=hours'));
    expect(level4).toEqual({ ok: true, values: { setting: 'home', level: '4' }, page: {} });
    const level5 = readShared(ltcFields, new URLSearchParams('setting=home&level=5&continuousHomeCareMonths=8'));
    expect(level5.ok && level5.values['continuousHomeCareMonths']).toBe('8');
    const late = readShared(unemploymentFields, new URLSearchParams('claimDate=2025-09-15&ageAtUnemployment=40'));
    expect(late).toEqual({ ok: true, values: { claimDate: '2025-09-15' }, page: {} });
    const early = readShared(unemploymentFields, new URLSearchParams('claimDate=2016-09-15&ageAtUnemployment=40'));
    expect(early.ok && early.values['ageAtUnemployment']).toBe('40');
  });

  it('a choice shows the options of the chosen scheme only (optionsWhen), and a link with another scheme’s option drops it', async () => {
    await setLocale('zh-CN');
    await loadNamespaces(['medical-cost-sharing']);
    const spec: FieldSpec = {
      name: 'category',
      kind: 'choice',
      required: true,
      options: ['in-service-under-45', 'retired', 'resident-60-plus'],
      optionsWhen: { field: 'scheme', options: { employee: ['in-service-under-45', 'retired'], resident: ['resident-60-plus'] } },
    };
    const { rerender } = render(Field, { ns: 'medical-cost-sharing', spec, values: { scheme: 'employee' } });
    const group = screen.getByRole('group', { name: /人员类别/ });
    expect(within(group).getAllByRole('radio')).toHaveLength(2);
    expect(within(group).queryByLabelText(/居民医保：60 岁及以上/)).toBeNull();
    await rerender({ ns: 'medical-cost-sharing', spec, values: { scheme: 'resident' } });
    expect(within(group).getAllByRole('radio')).toHaveLength(1);
    expect(within(group).getByLabelText(/居民医保：60 岁及以上/)).toBeInTheDocument();

    const scheme: FieldSpec = { name: 'scheme', kind: 'choice', required: true, options: ['employee', 'resident'] };
    const read = readShared([scheme, spec], new URLSearchParams('scheme=resident&category=retired'));
    expect(read).toEqual({ ok: true, values: { scheme: 'resident' }, page: {} });
  });

  it('a link or file made before a choice existed keeps its fields: the blank choice is read as the calculator reads it (blankReads)', async () => {
    // An old pension-adjustment link has the December pension and no knownPension: read as "december", so it stays.
    const old = readShared(adjustmentFields, new URLSearchParams('year=2025&decemberPension=5000&retiredBy=2010-01&contributionYears.years=30'));
    expect(old.ok && old.values['decemberPension']).toBe('5000');
    expect(old.ok && old.values['knownPension']).toBe('december');
    // A link with today's pension reads as "current"; a December pension beside it does not apply and is dropped.
    const now = readShared(adjustmentFields, new URLSearchParams('year=2025&currentPension=5200&decemberPension=5000&retiredBy=2010-01&contributionYears.years=30'));
    expect(now.ok && now.values['knownPension']).toBe('current');
    expect(now.ok && now.values['decemberPension']).toBeUndefined();
    // An old first-pension link (award-sheet figures, no basis, no wage) keeps them as the award-sheet path.
    const sheet = readShared(estimateFields, new URLSearchParams('averageIndex=1.2&accountBalance=80000&contribution.years=30'));
    expect(sheet.ok && sheet.values['averageIndex']).toBe('1.2');
    expect(sheet.ok && sheet.values['basis']).toBe('sheet');
    // The batch reader does the same for a file without the choice's column.
    const calc = await loadCalculator('pension-adjustment');
    const columns = columnsFor(calc, () => undefined);
    const headers = ['year', 'decemberPension', 'retiredBy', 'contributionYears.years'];
    const reader = new RowReader(headers, headers, columns);
    expect(reader.raw(['2025', '5000', '2010-01', '30'])).toMatchObject({ decemberPension: '5000' });
  });
});
