import {
  type Confidence,
  dec,
  type Dec,
  type IsoDate,
  type IsoMonth,
  type Lookup,
  max,
  type Notice,
  type Outcome,
  round,
  type Rounding,
  type Source,
  step,
  type Step,
  sum,
  tryValueAt,
  used,
  type UsedParam,
  valueAt,
  yuan,
} from '../engine';
import { adjustmentRules, type AdjustmentRules, type AgeTilt, type ExtraItem, paymentDates } from './parameters';
import { historyBack, type HistoryRow, rowFor } from './history';
import type { PensionAdjustmentInput, YearInput } from './schema';

/** `flat`, `years`, `percent` and `age` are the notice's main parts; `special` is the one-off item for special groups. */
export type ComponentKind = 'flat' | 'years' | 'percent' | 'age' | 'special';
/** Which item of the notice a component is (the age kind has three). */
export type ComponentItem = 'flat' | 'years' | 'percent' | 'age-tilt' | 'reached-pension-age' | 'milestone-age' | 'special-group';

export interface Component {
  kind: ComponentKind;
  item: ComponentItem;
  /** Monthly, two decimals, rounded as the notice says. */
  amount: string;
}

export interface BackPay {
  /** Day the increase and its back pay were paid to enterprise-method retirees. */
  paidOn: IsoDate;
  /** January of the year … the month of payment, both included. */
  from: IsoMonth;
  to: IsoMonth;
  months: number;
  /** `increase` × `months`. */
  amount: string;
  /** Where the payment date comes from (news reports: secondary). */
  confidence: Confidence;
}

/** `pension-too-low`: no December pension gives a pension after the increase as low as the one given. */
export type IneligibleReason = 'retired-after-cutoff' | 'pension-too-low';

export interface PensionAdjustmentResult {
  year: number;
  eligible: boolean;
  reasons: IneligibleReason[];
  components: Component[];
  /** Monthly increase, two decimals. */
  increase: string;
  /** decemberPension + increase: the monthly basic pension from January of the year. */
  newPension: string;
  backPay?: BackPay;
  /**
   * What the person knew: her December pension before the year's increase (`december`), or the pension she receives
   * now, after the year's increase (`current`), from which the history is worked back.
   */
  known: 'december' | 'current';
  /**
   * Year by year, oldest first, up to `year`: the December pension before each covered adjustment, the increase and the
   * pension after it, each with its back pay. Rows before `year` are worked back from the pension the person gave.
   * Plain rows for a table or a chart; empty where the year's increase does not cover the person.
   */
  history: HistoryRow[];
  /** The month the history starts from (the December before its first row) and that pension (lowest of a range). */
  start?: { month: IsoMonth; pension: string; high?: string; growth: string };
}

const NS = 'pension-adjustment';
/** Not a rule: the fen is the smallest amount paid. Used only where no rounding clause was seen, and said so in a notice. */
const TO_FEN: Rounding = { places: 2, mode: 'half-up' };
const TO_JIAO_UP: Rounding = { places: 1, mode: 'up' };

/** The rule-set lookup, with the source of the item that decided a figure put first. */
function usedItem(lookup: Lookup<AdjustmentRules>, source: Source, show: string): UsedParam {
  return { ...used(adjustmentRules, lookup, () => show), source };
}

function pct(rate: string): string {
  return `${dec(rate).times(100).toString()}%`;
}

export function compute(input: PensionAdjustmentInput, asOf: IsoDate): Outcome<PensionAdjustmentResult> {
  if (input.currentPension) return fromCurrent({ ...input, currentPension: input.currentPension }, asOf);
  if (!input.decemberPension) throw new Error('pension-adjustment: the schema gives one of the two pensions');
  const one = adjustYear({ ...input, decemberPension: input.decemberPension }, asOf);
  const result: PensionAdjustmentResult = { ...one.result, known: 'december', history: [] };
  if (!one.result.eligible) return { ...one, result };
  // The years before: the December pension given is the pension after the previous year's increase.
  const back = historyBack(input, input.year - 1, input.decemberPension, asOf);
  result.history = [...back.rows, rowFor(input.year, one.result)];
  const first = result.history[0]!;
  result.start = startOf(first, dec(result.newPension));
  return { result, steps: one.steps, notices: [...one.notices, ...back.notices] };
}

/** The pension received now, after the increase of `year`: the year's December pension and the years before, worked back. */
function fromCurrent(input: PensionAdjustmentInput & { currentPension: Dec }, asOf: IsoDate): Outcome<PensionAdjustmentResult> {
  const given = { ...input, decemberPension: input.currentPension };
  if (input.retiredBy > `${input.year - 1}-12`) {
    // Not covered by the year's increase: the pension now is the one she started with; the single-year answer says why.
    const one = adjustYear(given, asOf);
    return { ...one, result: { ...one.result, newPension: yuan(input.currentPension), known: 'current', history: [] } };
  }
  const back = historyBack(input, input.year, input.currentPension, asOf);
  const last = back.rows[back.rows.length - 1];
  if (!last) {
    // No December pension gives so little after the year's increase (its flat amount alone is more).
    const one = adjustYear(given, asOf);
    return {
      result: { ...one.result, eligible: false, reasons: ['pension-too-low'], components: [], increase: '0.00', newPension: yuan(input.currentPension), known: 'current', history: [] },
      steps: one.steps.slice(0, 1),
      notices: back.notices,
    };
  }
  // The year's own figures, worked out from the December pension found (the lowest of a range).
  const one = adjustYear({ ...input, decemberPension: dec(last.before) }, asOf);
  const first = back.rows[0]!;
  const start = startOf(first, input.currentPension);
  const steps = [
    step(`${NS}:${last.high ? 'worked-back-range' : 'worked-back'}`, { current: yuan(input.currentPension), year: input.year, before: last.before, high: last.high?.before ?? '', month: `${input.year - 1}-12`, startMonth: start.month, start: start.pension, startHigh: start.high ?? '' }),
    ...one.steps,
  ];
  const result: PensionAdjustmentResult = { ...one.result, newPension: yuan(input.currentPension), known: 'current', history: back.rows, start };
  return { result, steps, notices: [...one.notices, ...back.notices] };
}

/** Where the history starts, and how much the pension has grown since (from the lowest start of a range). */
function startOf(first: HistoryRow, now: Dec): NonNullable<PensionAdjustmentResult['start']> {
  return { month: `${first.year - 1}-12`, pension: first.before, ...(first.high ? { high: first.high.before } : {}), growth: yuan(now.minus(first.before)) };
}

/** The increase as a percentage of the December pension, two decimals: a figure for reading, not a rule's amount. */
export function shareOf(increase: Dec, before: Dec): string {
  return before.isZero() ? '0.00' : round(increase.dividedBy(before).times(100), TO_FEN).toFixed(2);
}

/** The increase by part (the three age items together), yuan a month. */
export function partsOf(components: readonly Component[]): Record<ComponentKind, string> {
  const parts: Record<ComponentKind, Dec> = { flat: dec(0), years: dec(0), percent: dec(0), age: dec(0), special: dec(0) };
  for (const c of components) parts[c.kind] = parts[c.kind].plus(c.amount);
  return { flat: yuan(parts.flat), years: yuan(parts.years), percent: yuan(parts.percent), age: yuan(parts.age), special: yuan(parts.special) };
}

export type YearResult = Omit<PensionAdjustmentResult, 'known' | 'history' | 'start'>;

/** One year's increase from the December pension before it. */
export function adjustYear(input: YearInput, asOf: IsoDate): Outcome<YearResult> {
  const steps: Step[] = [];
  const notices: Notice[] = [];
  const { year } = input;
  // Every notice: 从Y年1月1日起调整 — the year's rule set is the one in force on 1 January.
  const lookup = valueAt(adjustmentRules, `${year}-01-01`, asOf);
  const rules = lookup.value;
  const previous = year - 1;
  const cutoff = `${previous}-12`;
  const pension = input.decemberPension;

  // 调整范围: Y−1年12月31日前已按规定办理退休手续并按月领取基本养老金的退休人员。
  const eligible = input.retiredBy <= cutoff;
  steps.push(
    step(eligible ? `${NS}:eligible` : `${NS}:not-eligible`, { year, retiredBy: input.retiredBy, cutoff: `${previous}-12-31` }, { params: [usedItem(lookup, rules.scope, `${previous}-12-31`)] }),
  );
  if (!eligible) {
    notices.push({ code: 'new-retiree', params: { year: String(year) } });
    return { result: { year, eligible: false, reasons: ['retired-after-cutoff'], components: [], increase: '0.00', newPension: yuan(pension) }, steps, notices };
  }

  const components: Component[] = [];
  const add = (kind: ComponentKind, item: ComponentItem, amount: Dec) => components.push({ kind, item, amount: yuan(amount) });

  // 定额调整: 每人每月增加 flat 元。
  const flat = dec(rules.flat.amount);
  add('flat', 'flat', flat);
  steps.push(step(`${NS}:flat`, { item: 'flat', amount: yuan(flat) }, { formula: yuan(flat), params: [usedItem(lookup, rules.flat.source, rules.flat.amount)] }));

  yearsPart(input, lookup, steps, notices, add);
  percentPart(input, lookup, steps, notices, add);
  const age = previous - Number(input.birthMonth.slice(0, 4));
  ageTilt(input, age, rules.age, lookup, steps, add);
  for (const extra of rules.extras) extraItem(input, age, extra, lookup, steps, notices, add);
  if (input.specialGroup && !rules.extras.some((e) => e.kind === 'special-group')) {
    notices.push({ code: 'special-group-not-seen', params: { year: String(year) } });
  }

  const increase = sum(components.map((c) => dec(c.amount)));
  const newPension = pension.plus(increase);
  steps.push(
    step(
      `${NS}:total`,
      { increase: yuan(increase), pension: yuan(pension), newPension: yuan(newPension), year },
      { formula: `${components.map((c) => c.amount).join(' + ')} = ${yuan(increase)}; ${yuan(pension)} + ${yuan(increase)} = ${yuan(newPension)}` },
    ),
  );

  if (!rules.fullTextSeen) notices.push({ code: 'later-items-not-seen', params: { year: String(year) } });
  if (rules.institutionBaseDiffers) notices.push({ code: 'institution-base', params: { year: String(year) } });

  const result: YearResult = { year, eligible: true, reasons: [], components, increase: yuan(increase), newPension: yuan(newPension) };
  const backPay = backPayOf(year, increase, asOf, steps, notices);
  if (backPay) result.backPay = backPay;
  return { result, steps, notices };
}

/** 挂钩调整: 按本人缴费年限（含视同缴费年限），每满1年每月增加 perYear 元，增加额不足 floor 元的，补足到 floor 元。 */
function yearsPart(input: YearInput, lookup: Lookup<AdjustmentRules>, steps: Step[], notices: Notice[], add: (k: ComponentKind, i: ComponentItem, a: Dec) => void): void {
  const part = lookup.value.years;
  const { years, months } = input.contributionYears;
  if ('absent' in part) {
    // 2021: the notice's items （一）–（五） have no per-contribution-year item.
    steps.push(step(`${NS}:no-years-part`, { year: input.year }, { citations: [part.source] }));
    return;
  }
  // 每满1年: only full years count; the months left over do not.
  const fullYears = years;
  const raw = dec(part.perYear).times(fullYears);
  const values = { item: 'years', years, months, fullYears, perYear: part.perYear, raw: yuan(raw), floor: part.floor ?? '', amount: '' };
  const param = usedItem(lookup, part.source, part.floor === null ? part.perYear : `${part.perYear} / ${part.floor}`);
  if (part.floor === null) {
    // 2016: no floor stated in any source found.
    values.amount = yuan(raw);
    add('years', 'years', raw);
    steps.push(step(`${NS}:years-no-floor`, values, { formula: `${part.perYear} × ${fullYears} = ${yuan(raw)}`, params: [param] }));
    notices.push({ code: 'floor-not-found', params: { year: String(input.year) } });
    return;
  }
  const amount = max(raw, dec(part.floor));
  values.amount = yuan(amount);
  add('years', 'years', amount);
  steps.push(
    step(raw.lessThan(part.floor) ? `${NS}:years-floor` : `${NS}:years`, values, { formula: `max(${part.perYear} × ${fullYears}, ${part.floor}) = ${yuan(amount)}`, params: [param] }),
  );
}

/** 挂钩调整: 按本人 Y−1 年12月份按月领取的基本养老金为基数，每月增加 rate；尾数按通知取整。 */
function percentPart(input: YearInput, lookup: Lookup<AdjustmentRules>, steps: Step[], notices: Notice[], add: (k: ComponentKind, i: ComponentItem, a: Dec) => void): void {
  const part = lookup.value.percent;
  const exact = input.decemberPension.times(part.rate);
  const values = { item: 'percent', pension: yuan(input.decemberPension), rate: pct(part.rate), exact: exact.toString(), amount: '', month: `${input.year - 1}-12` };
  const params = [usedItem(lookup, part.source, pct(part.rate))];
  if (part.rounding) {
    // 2021 （五） / 2022 二（三）: 尾数不足一角的，见分进角。
    const amount = round(exact, part.rounding);
    values.amount = yuan(amount);
    add('percent', 'percent', amount);
    steps.push(
      step(`${NS}:percent-up`, values, {
        formula: `${yuan(input.decemberPension)} × ${pct(part.rate)} = ${exact.toString()} → ${yuan(amount)}`,
        params,
        citations: part.roundingSource ? [part.roundingSource] : [],
        rounding: part.rounding,
      }),
    );
    return;
  }
  // No rounding clause seen for this year: the exact figure, to the fen where it has more decimals.
  const amount = round(exact, TO_FEN);
  values.amount = yuan(amount);
  add('percent', 'percent', amount);
  const roundedToFen = !amount.equals(exact);
  steps.push(
    step(`${NS}:percent`, values, {
      formula: `${yuan(input.decemberPension)} × ${pct(part.rate)} = ${exact.toString()}${roundedToFen ? ` → ${yuan(amount)}` : ''}`,
      params,
      ...(roundedToFen ? { rounding: TO_FEN } : {}),
    }),
  );
  const up = round(exact, TO_JIAO_UP);
  if (!up.equals(exact)) {
    notices.push({ code: 'rounding-not-seen', params: { year: String(input.year), exact: exact.toString(), amount: yuan(amount), up: yuan(up) } });
  }
}

/** 倾斜调整 by the age reached on 31 December of the previous year (counted by birth year, as the 2021 and 2022 notices list birth years). */
function ageTilt(input: YearInput, age: number, tilt: AgeTilt, lookup: Lookup<AdjustmentRules>, steps: Step[], add: (k: ComponentKind, i: ComponentItem, a: Dec) => void): void {
  const birthYear = Number(input.birthMonth.slice(0, 4));
  const endOfYear = `${input.year - 1}-12-31`;
  if (tilt.kind === 'women-60-men-65') {
    // Y−1年12月31日前女年满60周岁、男年满65周岁的人员，每人每月增加20元。
    const threshold = input.sex === 'female' ? tilt.female : tilt.male;
    const applies = age >= threshold;
    const amount = applies ? dec(tilt.amount) : dec(0);
    add('age', 'age-tilt', amount);
    steps.push(
      step(applies ? `${NS}:age-tilt` : `${NS}:age-tilt-none`, { item: 'age-tilt', sex: input.sex, age, threshold, endOfYear, amount: yuan(amount) }, {
        formula: `${input.year - 1} − ${birthYear} = ${age} ${applies ? '≥' : '<'} ${threshold} → ${yuan(amount)}`,
        params: [usedItem(lookup, tilt.source, tilt.amount)],
      }),
    );
    return;
  }
  // 2022 二（四）: 年满70周岁不满75周岁25元；年满75周岁不满80周岁35元；年满80周岁45元 — one band only.
  const band = [...tilt.bands].reverse().find((b) => age >= b.minAge);
  const amount = band ? dec(band.amount) : dec(0);
  add('age', 'age-tilt', amount);
  const next = tilt.bands.find((b) => b.minAge > age);
  const bandLabel = band ? `${band.minAge}${next ? `–${next.minAge - 1}` : '+'}` : '';
  steps.push(
    step(band ? `${NS}:age-band` : `${NS}:age-band-none`, { item: 'age-tilt', age, band: bandLabel, first: tilt.bands[0]!.minAge, endOfYear, amount: yuan(amount) }, {
      formula: `${input.year - 1} − ${birthYear} = ${age}${band ? ` ∈ [${bandLabel}]` : ` < ${tilt.bands[0]!.minAge}`} → ${yuan(amount)}`,
      params: [usedItem(lookup, tilt.source, tilt.bands.map((b) => `${b.minAge}:${b.amount}`).join(' / '))],
    }),
  );
}

/** The notice's further items for people who turned an age during the previous year, and for special groups. */
function extraItem(
  input: YearInput,
  age: number,
  extra: ExtraItem,
  lookup: Lookup<AdjustmentRules>,
  steps: Step[],
  notices: Notice[],
  add: (k: ComponentKind, i: ComponentItem, a: Dec) => void,
): void {
  const param = usedItem(lookup, extra.source, extra.amount);
  const previous = String(input.year - 1);
  if (extra.kind === 'reached-pension-age') {
    // Y−1年当年内女年满60周岁、男年满65周岁的人员（按出生年份），每人每月（再）增加 amount 元。
    const threshold = input.sex === 'female' ? extra.female : extra.male;
    if (age !== threshold) return;
    add('age', 'reached-pension-age', dec(extra.amount));
    steps.push(step(`${NS}:reached-pension-age`, { item: 'reached-pension-age', sex: input.sex, age, previous, amount: yuan(dec(extra.amount)) }, { formula: `${previous} − ${input.birthMonth.slice(0, 4)} = ${threshold} → ${extra.amount}`, params: [param] }));
    // 2023–2025: the amount is seen on one secondary page only (parameters.ts, reachedAge).
    if (extra.unverified) notices.push({ code: 'reached-age-unverified', params: { year: String(input.year), previous, amount: yuan(dec(extra.amount)) } });
    return;
  }
  if (extra.kind === 'milestone-age') {
    // 当年内年满70周岁、75周岁、80周岁的再增加 amount 元。
    if (!extra.ages.includes(age)) return;
    add('age', 'milestone-age', dec(extra.amount));
    steps.push(step(`${NS}:milestone-age`, { item: 'milestone-age', age, previous, amount: yuan(dec(extra.amount)) }, { formula: `${previous} − ${input.birthMonth.slice(0, 4)} = ${age} → ${extra.amount}`, params: [param] }));
    return;
  }
  // 建国前参加革命工作…的老工人、两航起义人员、…招商局驾船起义人员，按上述规定增加基本养老金后，每人每月再增加 amount 元。
  if (input.specialGroup === undefined) {
    notices.push({ code: 'special-group-ask', params: { year: String(input.year), amount: extra.amount } });
    return;
  }
  if (!input.specialGroup) return;
  add('special', 'special-group', dec(extra.amount));
  steps.push(step(`${NS}:special-group`, { item: 'special-group', amount: yuan(dec(extra.amount)) }, { formula: extra.amount, params: [param] }));
}

/** The increase is paid with back pay from January; payment dates come from news reports of the bureau's release. */
function backPayOf(year: number, increase: Dec, asOf: IsoDate, steps: Step[], notices: Notice[]): BackPay | undefined {
  const lookup = tryValueAt(paymentDates, `${year}-01-01`, asOf);
  if (!lookup) {
    notices.push({ code: 'payment-date-not-found', params: { year: String(year) } });
    return undefined;
  }
  const paidOn = lookup.value.enterprise;
  const to = paidOn.slice(0, 7);
  const months = Number(paidOn.slice(5, 7));
  const amount = increase.times(months);
  const backPay: BackPay = { paidOn, from: `${year}-01`, to, months, amount: yuan(amount), confidence: lookup.entry.source.confidence };
  steps.push(
    step(`${NS}:back-pay`, { paidOn, from: backPay.from, to, months, increase: yuan(increase), amount: yuan(amount) }, {
      formula: `${yuan(increase)} × ${months} = ${yuan(amount)}`,
      params: [used(paymentDates, lookup, (v) => v.enterprise)],
    }),
  );
  notices.push({ code: lookup.value.institution === paidOn ? 'back-pay-estimate' : 'back-pay-estimate-institution', params: { paidOn, institution: lookup.value.institution } });
  return backPay;
}
