import {
  addMonths,
  blameOn,
  dec,
  type Dec,
  firstDay,
  type IsoDate,
  type IsoMonth,
  monthOf,
  monthsBetween,
  type ComputeOptions,
  type Lookup,
  type Notice,
  type Outcome,
  step,
  type Step,
  sum,
  tryValueAt,
  used,
  type UsedParam,
  valueAt,
  yuan,
} from '../engine';
import { statutoryAge } from '../retirement-age/statutory-age';
import { minimumLivingStandard, minimumWage } from '../shared/wage-floors';
import { CLAIM_RULES_2026, duration, extensionRule, NATIONAL_EXTENSION_2025, NATIONAL_REGULATION, standard, type Standard, type TierRow } from './parameters';
import type { UnemploymentInput } from './schema';

export type Phase = 'months-1-12' | 'months-13-24' | 'extended';
export type IneligibleReason = 'contribution-under-one-year' | 'not-involuntary' | 'not-registered';

export interface Payment {
  month: IsoMonth;
  phase: Phase;
  /** Two decimals; null for a month whose standard the rules do not cover. */
  amount: string | null;
}

export interface UnemploymentResult {
  eligible: boolean;
  reasons: IneligibleReason[];
  months: number;
  extendedMonths: number;
  payments: Payment[];
  total: string;
  /** Months in `payments` whose amount is not covered by a sourced standard; the total leaves them out. */
  notCoveredMonths: IsoMonth[];
}

/** The rules in force on the claim date (第六条) decide the duration; each paid month uses the standard of that month. */
export function compute(input: UnemploymentInput, asOf: IsoDate, options: ComputeOptions = {}): Outcome<UnemploymentResult> {
  if (options.explain === false) return computeBrief(input, asOf);
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const rules2026 = input.claimDate >= '2026-08-16';
  const conditionsSource = rules2026 ? { ...CLAIM_RULES_2026, article: '第二条' } : NATIONAL_REGULATION;

  // 沪人社规〔2026〕18号 第二条 / 失业保险条例 第十四条: one year of contributions, involuntary, registered.
  const reasons: IneligibleReason[] = [];
  if (input.contributionYears.lessThan(1)) reasons.push('contribution-under-one-year');
  if (!input.involuntary) reasons.push('not-involuntary');
  if (!input.registered) reasons.push('not-registered');
  steps.push(
    step(
      reasons.length ? 'unemployment-benefit:not-eligible' : 'unemployment-benefit:eligible',
      { contributionYears: input.contributionYears.toString(), involuntary: input.involuntary, registered: input.registered, reasons: reasons.join(',') },
      { citations: [conditionsSource] },
    ),
  );
  if (reasons.length) {
    return { result: { eligible: false, reasons, months: 0, extendedMonths: 0, payments: [], total: '0.00', notCoveredMonths: [] }, steps, notices };
  }

  // 第六条: 2 months per full contribution year, at most 24 per determination.
  const durationLookup = valueAt(duration, input.claimDate, asOf);
  const rule = durationLookup.value;
  const fullYears = input.contributionYears.floor().toNumber();
  const months = Math.min(rule.monthsPerYear * fullYears, rule.maxMonths);
  // 第六条: 核定期限后，如有剩余缴费年限，可予以保留。
  const keptYears = Math.max(0, fullYears - Math.ceil(rule.maxMonths / rule.monthsPerYear));
  steps.push(
    step(
      keptYears > 0 ? 'unemployment-benefit:duration-capped' : 'unemployment-benefit:duration',
      { contributionYears: input.contributionYears.toString(), fullYears, months, keptYears },
      { formula: `min(${rule.monthsPerYear} × floor(${input.contributionYears.toString()}), ${rule.maxMonths}) = ${months}`, params: [used(duration, durationLookup, (r) => `${r.monthsPerYear}/${r.maxMonths}`)] },
    ),
  );

  // 第五条: paid monthly from the month after the claim is accepted.
  const firstMonth = addMonths(monthOf(input.claimDate), 1);
  steps.push(step('unemployment-benefit:first-month', { claimDate: input.claimDate, firstMonth }, { citations: [{ ...CLAIM_RULES_2026, article: '第五条', ...(rules2026 ? {} : { confidence: 'secondary' as const, note: 'Same rule as practised before 2026.' }) }] }));

  const plan: { month: IsoMonth; phase: Phase }[] = [];
  for (let i = 0; i < months; i++) plan.push({ month: addMonths(firstMonth, i), phase: i < 12 ? 'months-1-12' : 'months-13-24' });

  const extendedMonths = planExtension(input, asOf, firstMonth, months, rules2026, steps, notices);
  for (let i = 0; i < extendedMonths; i++) plan.push({ month: addMonths(firstMonth, months + i), phase: 'extended' });

  const payments: Payment[] = [];
  const notCoveredMonths: IsoMonth[] = [];
  const covered: Dec[] = [];
  let group: { phase: Phase; amount: string; from: IsoMonth; to: IsoMonth; step: Step } | undefined;
  for (const { month, phase } of plan) {
    const priced = priceMonth(input, month, phase, asOf, notices);
    if (!priced) {
      payments.push({ month, phase, amount: null });
      notCoveredMonths.push(month);
      group = undefined;
      continue;
    }
    const amount = yuan(priced.amount);
    payments.push({ month, phase, amount });
    covered.push(priced.amount);
    if (group && group.phase === phase && group.amount === amount && group.step.params[0]?.id === priced.step.params[0]?.id && group.step.params[0]?.from === priced.step.params[0]?.from) {
      group.to = month;
      group.step.values['to'] = month;
      group.step.values['count'] = String(Number(group.step.values['count']) + 1);
    } else {
      group = { phase, amount, from: month, to: month, step: priced.step };
      steps.push(priced.step);
    }
  }
  if (notCoveredMonths.length) {
    notices.push({ code: 'months-not-covered', params: { months: notCoveredMonths.join(', '), count: String(notCoveredMonths.length) } });
  }

  const total = sum(covered);
  steps.push(
    step('unemployment-benefit:total', { total: yuan(total), paidMonths: covered.length, notCovered: notCoveredMonths.length }, { formula: covered.length ? `${covered.map((c) => c.toString()).join(' + ')} = ${yuan(total)}` : '0' }),
  );

  return { result: { eligible: true, reasons: [], months, extendedMonths, payments, total: yuan(total), notCoveredMonths }, steps, notices };
}

/** 沪人社规〔2026〕18号 第十一条: less than one year from statutory retirement age when the entitlement ends → paid until that age. */
function planExtension(input: UnemploymentInput, asOf: IsoDate, firstMonth: IsoMonth, months: number, rules2026: boolean, steps: Step[], notices: Notice[]): number {
  if (!input.birthMonth || !input.retirementCategory) {
    notices.push({ code: 'extension-needs-birth-month' });
    return 0;
  }
  const rule = rules2026 ? tryValueAt(extensionRule, input.claimDate, asOf) : undefined;
  if (!rule) {
    notices.push({ code: input.claimDate >= '2025-01-01' ? 'extension-not-modelled-2025' : 'extension-not-modelled' });
    steps.push(step('unemployment-benefit:extension-not-modelled', { claimDate: input.claimDate }, { citations: input.claimDate >= '2025-01-01' ? [NATIONAL_EXTENSION_2025] : [] }));
    return 0;
  }
  // The retirement schedule is looked up by the birth month: a month it does not cover is the birth month's problem.
  const { birthMonth, retirementCategory } = input;
  const age = blameOn('birthMonth', () => statutoryAge(birthMonth, retirementCategory, asOf));
  steps.push(age.step);
  const lastMonth = addMonths(firstMonth, months - 1);
  // Counted in whole months, since the birth day is not asked: the entitlement ends with `lastMonth`, the age is reached in `retirementMonth`.
  const gap = monthsBetween(lastMonth, age.retirementMonth);
  const applies = gap > 0 && gap <= rule.value.withinMonths;
  const extendedMonths = applies ? gap - 1 : 0;
  steps.push(
    step(
      applies ? 'unemployment-benefit:extension' : 'unemployment-benefit:no-extension',
      { lastMonth, retirementMonth: age.retirementMonth, gap, extendedMonths, withinMonths: rule.value.withinMonths },
      { formula: `${age.retirementMonth} − ${lastMonth} = ${gap} ${applies ? '≤' : '>'} ${rule.value.withinMonths}`, params: [used(extensionRule, rule, (r) => String(r.withinMonths))] },
    ),
  );
  if (gap <= 0) notices.push({ code: 'retirement-age-within-benefit', params: { retirementMonth: age.retirementMonth } });
  if (applies) notices.push({ code: 'extension-once', params: {} });
  return extendedMonths;
}

/**
 * 第七条: the month's standard for its phase, never below 低保 nor above the minimum wage. The rule itself is `price`
 * (shared with the brief path); this only writes its explanation step from the priced month.
 */
function priceMonth(input: UnemploymentInput, month: IsoMonth, phase: Phase, asOf: IsoDate, notices: Notice[]): { amount: Dec; step: Step } | undefined {
  const priced = pricedMonth(input, month, phase, asOf);
  if (!priced) return undefined;
  if (!priced.boundsChecked) pushOnce(notices, { code: 'bounds-not-checked', params: { month } });
  const bounds = `${priced.floor ?? '?'} ≤ ${priced.base} ≤ ${priced.ceiling ?? '?'}`;
  const values: Record<string, string> = { phase, from: month, to: month, count: '1', standard: priced.base, amount: priced.amountText };
  if (priced.tiered) values['row'] = rowLabel(priced.row);
  // Copies: the priced month is cached and shared, the step is the caller's to group and change.
  const params = priced.params.map((p) => ({ ...p }));
  return { amount: priced.amount, step: step('unemployment-benefit:standard', values, { formula: `${bounds} → ${priced.amountText}`, params, citations: [{ ...CLAIM_RULES_2026, article: '第七条' }] }) };
}

function pushOnce(notices: Notice[], n: Notice): void {
  if (!notices.some((x) => x.code === n.code)) notices.push(n);
}

const FLAT_ROW = (s: Extract<Standard, { kind: 'flat' }>): TierRow => ({ minYears: 1, months1to12: s.months1to12, months13to24: s.months13to24, extended: s.extended });

/** 沪人社就发〔2016〕13号: the row for the person's contribution years and age at unemployment. */
function pickRow(s: Standard, input: UnemploymentInput): TierRow {
  if (s.kind === 'flat') return FLAT_ROW(s);
  const years = input.contributionYears;
  const age = input.ageAtUnemployment;
  const row = s.rows.find(
    (r) =>
      years.greaterThanOrEqualTo(r.minYears) &&
      (r.maxYears === undefined || years.lessThan(r.maxYears)) &&
      (r.minAge === undefined || (age !== undefined && age >= r.minAge)) &&
      (r.maxAge === undefined || (age !== undefined && age < r.maxAge)),
  );
  if (!row) throw new Error('unemployment.standard: no tier row matches (the schema requires the age for tiered months)');
  return row;
}

function rowLabel(r: TierRow): string {
  return `${r.minYears}-${r.maxYears ?? ''}|${r.minAge ?? ''}-${r.maxAge ?? ''}`;
}

// ---------------------------------------------------------------- the same, without the explanation (ComputeOptions)

/**
 * `compute` for a batch that writes no explanation: the same result and notices, and of the steps only those with
 * parameters, carrying just their `params` (run() reads the carried-forward notices from them). Both paths price a
 * month with `price`, a pure function of (as-of date, month, phase, tier row), worked out once per distinct one and
 * kept (a bounded cache); tests/properties/fast-path.test.ts checks both paths agree.
 */
function computeBrief(input: UnemploymentInput, asOf: IsoDate): Outcome<UnemploymentResult> {
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const reasons: IneligibleReason[] = [];
  if (input.contributionYears.lessThan(1)) reasons.push('contribution-under-one-year');
  if (!input.involuntary) reasons.push('not-involuntary');
  if (!input.registered) reasons.push('not-registered');
  if (reasons.length) {
    return { result: { eligible: false, reasons, months: 0, extendedMonths: 0, payments: [], total: '0.00', notCoveredMonths: [] }, steps, notices };
  }
  const rules2026 = input.claimDate >= '2026-08-16';
  const durationLookup = valueAt(duration, input.claimDate, asOf);
  const rule = durationLookup.value;
  const fullYears = input.contributionYears.floor().toNumber();
  const months = Math.min(rule.monthsPerYear * fullYears, rule.maxMonths);
  steps.push(paramsOnly([used(duration, durationLookup, (r) => `${r.monthsPerYear}/${r.maxMonths}`)]));

  const firstMonth = addMonths(monthOf(input.claimDate), 1);
  const extendedMonths = planExtension(input, asOf, firstMonth, months, rules2026, steps, notices);

  const payments: Payment[] = [];
  const notCoveredMonths: IsoMonth[] = [];
  let total = dec(0);
  let group: { phase: Phase; amount: string; first: UsedParam | undefined } | undefined;
  for (let i = 0; i < months + extendedMonths; i++) {
    const month = addMonths(firstMonth, i);
    const phase: Phase = i >= months ? 'extended' : i < 12 ? 'months-1-12' : 'months-13-24';
    const priced = pricedMonth(input, month, phase, asOf);
    if (!priced) {
      payments.push({ month, phase, amount: null });
      notCoveredMonths.push(month);
      group = undefined;
      continue;
    }
    if (!priced.boundsChecked) pushOnce(notices, { code: 'bounds-not-checked', params: { month } });
    const amount = priced.amountText;
    payments.push({ month, phase, amount });
    total = total.plus(priced.amount);
    const first = priced.params[0];
    // As compute groups its steps: a month like the one before adds no step (nor parameters) of its own.
    if (!(group && group.phase === phase && group.amount === amount && group.first?.id === first?.id && group.first?.from === first?.from)) {
      group = { phase, amount, first };
      steps.push(paramsOnly(priced.params));
    }
  }
  if (notCoveredMonths.length) {
    notices.push({ code: 'months-not-covered', params: { months: notCoveredMonths.join(', '), count: String(notCoveredMonths.length) } });
  }
  return { result: { eligible: true, reasons: [], months, extendedMonths, payments, total: yuan(total), notCoveredMonths }, steps, notices };
}

const paramsOnly = (params: UsedParam[]): Step => ({ key: '', values: {}, params, citations: [] });

/** One month's price (第七条): the amount, its text, the parameters with the deciding one first, and what the explanation shows. */
interface Priced {
  amount: Dec;
  amountText: string;
  params: UsedParam[];
  /** Both the 低保 floor and the minimum-wage ceiling were found (else the 'bounds-not-checked' notice). */
  boundsChecked: boolean;
  /** The standard for the phase before the bounds, the bounds found, the row it was read from. */
  base: string;
  floor: string | undefined;
  ceiling: string | undefined;
  row: TierRow;
  tiered: boolean;
}

interface MonthRules {
  lookup: Lookup<Standard> | undefined;
  floor: Lookup<string> | undefined;
  ceiling: Lookup<string> | undefined;
  /** By tier row, then phase; null where priceMonth answers undefined. */
  priced: Map<TierRow, Map<Phase, Priced | null>>;
}

/** By as-of date and month: a few hundred months at most in any file; cleared if it ever grows past this. */
const monthRules = new Map<string, MonthRules>();
const MONTH_RULES_MAX = 20_000;
const flatRows = new WeakMap<Standard, TierRow>();

function rulesOf(month: IsoMonth, asOf: IsoDate): MonthRules {
  const key = `${asOf}|${month}`;
  let m = monthRules.get(key);
  if (!m) {
    const day = firstDay(month);
    m = { lookup: tryValueAt(standard, day, asOf), floor: tryValueAt(minimumLivingStandard, day, asOf), ceiling: tryValueAt(minimumWage, day, asOf), priced: new Map() };
    if (monthRules.size >= MONTH_RULES_MAX) monthRules.clear();
    monthRules.set(key, m);
  }
  return m;
}

function pricedMonth(input: UnemploymentInput, month: IsoMonth, phase: Phase, asOf: IsoDate): Priced | undefined {
  const m = rulesOf(month, asOf);
  const { lookup, floor, ceiling } = m;
  if (!lookup) return undefined;
  let row: TierRow;
  if (lookup.value.kind === 'flat') {
    row = flatRows.get(lookup.value) ?? FLAT_ROW(lookup.value);
    flatRows.set(lookup.value, row);
  } else row = pickRow(lookup.value, input);
  let byPhase = m.priced.get(row);
  if (!byPhase) m.priced.set(row, (byPhase = new Map()));
  let p = byPhase.get(phase);
  if (p === undefined) {
    p = price(row, phase, lookup, floor, ceiling);
    byPhase.set(phase, p);
  }
  return p ?? undefined;
}

/** 第七条: the standard for the phase, raised to 低保 or lowered to the minimum wage; the figure that decides the amount first. */
function price(row: TierRow, phase: Phase, lookup: Lookup<Standard>, floor: Lookup<string> | undefined, ceiling: Lookup<string> | undefined): Priced | null {
  const base = phase === 'months-1-12' ? row.months1to12 : phase === 'months-13-24' ? row.months13to24 : row.extended;
  // The tiered table has no extended amount for this row.
  if (base === null) return null;
  const standardUsed = used(standard, lookup, () => base);
  const floorUsed = floor && used(minimumLivingStandard, floor);
  const ceilingUsed = ceiling && used(minimumWage, ceiling);
  let amount = dec(base);
  let params = [standardUsed, floorUsed, ceilingUsed];
  if (floor && amount.lessThan(floor.value)) {
    amount = dec(floor.value);
    params = [floorUsed, standardUsed, ceilingUsed];
  } else if (ceiling && amount.greaterThan(ceiling.value)) {
    amount = dec(ceiling.value);
    params = [ceilingUsed, standardUsed, floorUsed];
  }
  return {
    amount,
    amountText: yuan(amount),
    params: params.filter((x) => x !== undefined),
    boundsChecked: !!floor && !!ceiling,
    base,
    floor: floor?.value,
    ceiling: ceiling?.value,
    row,
    tiered: lookup.value.kind === 'tiered',
  };
}
