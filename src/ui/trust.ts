import Decimal from 'decimal.js';
import type { CarriedForward, Source, Step, UsedParam } from '../rules/engine';
import { periodOf } from '../rules/engine';

type T = (key: string, params?: Record<string, unknown>) => string;
type Exists = (key: string) => boolean;

/** A figure as a sentence names it: "最低生活保障标准 1650 元/月" (a table by its name alone). */
export function figureText(t: T, exists: Exists, ns: string, p: UsedParam): string {
  const key = `${ns}:params.${p.id}`;
  const label = exists(key) ? t(key) : p.id;
  if (p.unit === 'table') return label;
  // A share reads as a percentage, as the notices print it (0.90 → 90%).
  if (p.unit === 'ratio' && /^\d+(\.\d+)?$/.test(p.value)) return t('trust:figure', { label, value: `${new Decimal(p.value).times(100).toString()}%`, unit: '' }).replace(/\s+\)/, ')').trim();
  const unit = exists(`common:units.${p.unit}`) ? t(`common:units.${p.unit}`) : '';
  return t('trust:figure', { label, value: p.value, unit }).replace(/\s+\)/, ')').trim();
}

/** The words badges of a source: why it is less certain, and where it stands apart (another city, another language). */
export function badges(source: Source): string[] {
  const out: string[] = [];
  const o = source.origin;
  if (o?.city) out.push('city');
  if (o?.translation === 'machine') out.push('machineTranslation');
  else if (o?.translation === 'official') out.push('officialTranslation');
  else if (o?.language === 'en') out.push('english');
  return out;
}

/**
 * Sentences that say why a figure (or, without one, a clause) is less certain, naming it and its document:
 * "最低生活保障标准 1650 元/月是根据沪人社规〔2025〕9号中的其他数字推算的，文件没有直接写明。" Empty for an official
 * Shanghai text in Chinese read directly.
 */
export function trustSentences(t: T, source: Source, figure?: string): string[] {
  const what = figure ?? t('trust:thisClause');
  const doc = source.doc;
  const out: string[] = [];
  const o = source.origin;
  if (o?.city) out.push(t('trust:city', { figure: what, doc, city: t(`trust:cities.${o.city}`) }));
  else if (o?.translation === 'machine') out.push(t('trust:machineTranslation', { figure: what, doc }));
  else if (o?.translation === 'official') out.push(t('trust:officialTranslation', { figure: what, doc }));
  else if (o?.language === 'en') out.push(t(source.confidence === 'official' ? 'trust:englishOfficial' : 'trust:english', { figure: what, doc }));
  if (source.confidence === 'secondary' && source.inferred) out.push(t('trust:secondaryInferred', { figure: what, doc }));
  else if (source.confidence === 'secondary' && !o) out.push(t('trust:secondary', { figure: what, doc }));
  else if (source.inferred) out.push(t('trust:inferred', { figure: what, doc }));
  return out;
}

/** A period in words: "2025 年度", "2025 年 7 月至 2026 年 6 月", "2025 医保年度（2025 年 7 月至 2026 年 6 月）". */
export function periodText(t: T, period: CarriedForward['period'], from: string): string {
  const p = periodOf(period, from);
  return t(`trust:periods.${period}`, { start: p.from.slice(0, 4), end: p.to.slice(0, 4) });
}

/** "最低生活保障标准 1650 元/月沿用沪人社规〔2025〕9号的 2025 年 7 月至 2026 年 6 月标准，2026 年 7 月至 2027 年 6 月的新通知尚未收录。" */
export function carriedSentence(t: T, p: UsedParam, figure: string): string | undefined {
  const c = p.carriedForward;
  if (!c) return undefined;
  return t('trust:carried', { figure, doc: p.source.doc, period: periodText(t, c.period, c.sourcedTo), next: periodText(t, c.period, c.from) });
}

/**
 * What makes a step's figures less certain, in sentences: its deciding figure (its first parameter, as the result views
 * list them), every other parameter when `all`, and the clauses it cites that are not official Shanghai texts.
 */
export function stepTrust(t: T, exists: Exists, step: Step | undefined, all = false): { sentences: string[]; carried: string[] } {
  const out = { sentences: [] as string[], carried: [] as string[] };
  if (!step) return out;
  const ns = step.key.split(':')[0] ?? '';
  for (const p of all ? step.params : step.params.slice(0, 1)) {
    const figure = figureText(t, exists, ns, p);
    out.sentences.push(...trustSentences(t, p.source, figure));
    const carried = carriedSentence(t, p, figure);
    if (carried) out.carried.push(carried);
  }
  for (const c of step.citations) if (c.confidence === 'secondary' || c.origin) out.sentences.push(...trustSentences(t, c));
  out.sentences = [...new Set(out.sentences)];
  out.carried = [...new Set(out.carried)];
  return out;
}

/** The words badges for a table cell: the same reasons as stepTrust, in a word or two each. */
export function stepBadges(step: Step | undefined, all = false): string[] {
  if (!step) return [];
  const sources = [...(all ? step.params : step.params.slice(0, 1)).map((p) => p.source), ...step.citations.filter((c) => c.confidence === 'secondary' || c.origin)];
  const out = new Set<string>();
  for (const src of sources) {
    for (const b of badges(src)) out.add(b);
    if (src.confidence === 'secondary' && !src.origin) out.add('secondary');
  }
  if ((all ? step.params : step.params.slice(0, 1)).some((p) => p.carriedForward)) out.add('carried');
  return [...out];
}
