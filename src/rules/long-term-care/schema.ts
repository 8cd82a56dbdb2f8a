import type Decimal from 'decimal.js';
import { coveredRanges, daysInMonth, type FieldSpec, InputReader, type IsoDate, type Parsed, tryValueAt } from '../engine';
import { numberedAliases } from '../shared/aliases';
import { claimMinAge, continuityBonus } from './parameters';

export const SCHEMES = ['employee', 'resident', 'none'] as const;
export type Scheme = (typeof SCHEMES)[number];
/** `compare`: home care and institutional care for the same person in one result (issue 20). */
export const SETTINGS = ['home', 'institution', 'compare'] as const;
export type Setting = (typeof SETTINGS)[number];
/** 照护等级: 0 = 其他情况 (not reaching level 1), 1–6 = 照护一级 … 照护六级. */
export const LEVELS = ['0', '1', '2', '3', '4', '5', '6'] as const;
export const BONUS_CHOICES = ['hours', 'cash'] as const;
export type BonusChoice = (typeof BONUS_CHOICES)[number];
/** The three institutional daily standards, lowest first; the person says which applies (the level mapping is not sourced). */
export const BANDS = ['first', 'second', 'third'] as const;
export type Band = (typeof BANDS)[number];

export interface LongTermCareInput {
  /** The date of care: picks the values and the month (the issue's `asOf`; the page reserves that name for the rules date). */
  careDate: IsoDate;
  age: number;
  scheme: Scheme;
  /** Only asked of 职工医保 participants. */
  drawingPension?: boolean;
  level: number;
  assessmentDate?: IsoDate;
  setting: Setting;
  hourlyPrice?: Decimal;
  continuousHomeCareMonths?: number;
  bonusChoice?: BonusChoice;
  institutionBand?: Band;
  days?: number;
  dailyCharge?: Decimal;
}

/** The settings that ask the home-care and the institutional questions (the comparison asks both; never the band). */
const HOME = ['home', 'compare'] as const;
const INSTITUTION = ['institution', 'compare'] as const;

export const fields: readonly FieldSpec[] = [
  { name: 'careDate', kind: 'date', required: true },
  { name: 'age', kind: 'integer', required: true, duration: 'age' },
  { name: 'scheme', kind: 'choice', required: true, options: SCHEMES, aliases: { employee: ['职工医保', '职工'], resident: ['居民医保', '居民'], none: ['无', '没有', '未参保', '都没有'] } },
  { name: 'drawingPension', kind: 'boolean', required: true, when: { field: 'scheme', equals: 'employee' } },
  { name: 'level', kind: 'choice', required: true, options: LEVELS, aliases: { ...numberedAliases(LEVELS.slice(1), ['级', '级照护']), 0: ['其他', '其他情况', '无等级'] } },
  { name: 'assessmentDate', kind: 'date', required: false },
  { name: 'setting', kind: 'choice', required: true, options: SETTINGS, aliases: { home: ['居家', '社区居家', '居家照护', '上门'], institution: ['机构', '养老机构', '机构照护'] } },
  { name: 'hourlyPrice', kind: 'money', required: false, when: { field: 'setting', oneOf: HOME } },
  // The extra hours or cash for continuous home care are for 照护五级、六级 only (ltc.home.continuity-bonus, levels [5, 6]).
  { name: 'continuousHomeCareMonths', kind: 'integer', required: false, duration: 'months', when: { field: 'setting', oneOf: HOME, and: { field: 'level', oneOf: ['5', '6'] } } },
  { name: 'bonusChoice', kind: 'choice', required: false, options: BONUS_CHOICES, aliases: { hours: ['时间', '增加时间', '服务时间'], cash: ['现金', '现金补助'] }, when: { field: 'setting', oneOf: HOME, and: { field: 'level', oneOf: ['5', '6'] } } },
  { name: 'institutionBand', kind: 'choice', required: false, options: BANDS, aliases: { first: ['一档', '第一档', '1档'], second: ['二档', '第二档', '2档'], third: ['三档', '第三档', '3档'] }, when: { field: 'setting', equals: 'institution' } },
  { name: 'days', kind: 'integer', required: false, when: { field: 'setting', oneOf: INSTITUTION } },
  { name: 'dailyCharge', kind: 'money', required: false, when: { field: 'setting', oneOf: INSTITUTION } },
];

/** JSON callers may name the date of care `asOf`, as the issue does; `careDate` wins when both are given. */
function withAlias(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const o = raw as Record<string, unknown>;
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  return blank(o['careDate']) && !blank(o['asOf']) ? { ...o, careDate: o['asOf'] } : raw;
}

const hasError = (r: InputReader, field: string) => r.errors.some((e) => e.field === field);

export function parse(raw: unknown, rulesAsOf: IsoDate): Parsed<LongTermCareInput> {
  const r = new InputReader(withAlias(raw));
  // The benefit is monthly: a month alone is read as its first day (the hint says so).
  const careDate = r.dateOrMonth('careDate', { min: '1990-01-01', max: '2100-12-31' });
  const age = r.integer('age', { min: 0, max: 130 });
  const scheme = r.choice('scheme', SCHEMES);
  const drawingPension = scheme === 'employee' && !hasError(r, 'scheme') ? r.boolean('drawingPension') : undefined;
  const level = Number(r.choice('level', LEVELS));
  const assessmentDate = r.optionalDate('assessmentDate', { min: '1990-01-01', max: '2100-12-31' });
  const setting = r.choice('setting', SETTINGS);

  const dateOk = !hasError(r, 'careDate');
  if (dateOk && !tryValueAt(claimMinAge, careDate, rulesAsOf)) {
    const range = coveredRanges(claimMinAge, rulesAsOf)[0];
    r.problem('careDate', 'date-not-covered', { from: range?.from ?? '', to: range?.to ?? '' });
  }
  if (dateOk && assessmentDate && !hasError(r, 'assessmentDate') && assessmentDate > careDate) {
    // An assessment cannot postdate the care it grants.
    r.problem('assessmentDate', 'inconsistent');
  }

  const input: LongTermCareInput = { careDate, age, scheme, level, setting };
  if (drawingPension !== undefined) input.drawingPension = drawingPension;
  if (assessmentDate) input.assessmentDate = assessmentDate;

  if ((setting === 'home' || setting === 'compare') && !hasError(r, 'setting')) {
    const hourlyPrice = r.optionalDecimal('hourlyPrice', { min: '0.01', max: 10000, places: 2 });
    const months = r.optionalInteger('continuousHomeCareMonths', { min: 0, max: 1200 });
    const bonusChoice = r.optionalChoice('bonusChoice', BONUS_CHOICES);
    const bonus = dateOk ? tryValueAt(continuityBonus, careDate, rulesAsOf) : undefined;
    // The person chooses hours or cash (levels 5–6, from one month of continuous home care on): ask when it matters.
    if (bonus && bonus.value.levels.includes(level) && months !== undefined && months >= bonus.value.lower.fromMonths && !bonusChoice && !hasError(r, 'bonusChoice') && !hasError(r, 'continuousHomeCareMonths')) {
      r.problem('bonusChoice', 'required');
    }
    if (hourlyPrice) input.hourlyPrice = hourlyPrice;
    if (months !== undefined) input.continuousHomeCareMonths = months;
    if (bonusChoice) input.bonusChoice = bonusChoice;
  }
  if ((setting === 'institution' || setting === 'compare') && !hasError(r, 'setting')) {
    // The comparison shows every band: it never asks for one.
    const institutionBand = setting === 'institution' ? r.optionalChoice('institutionBand', BANDS) : undefined;
    const maxDays = dateOk ? daysInMonth(Number(careDate.slice(0, 4)), Number(careDate.slice(5, 7))) : 31;
    const days = r.optionalInteger('days', { min: 1, max: maxDays });
    const dailyCharge = r.optionalDecimal('dailyCharge', { min: 0, max: 100000, places: 2 });
    if (institutionBand) input.institutionBand = institutionBand;
    if (days !== undefined) input.days = days;
    if (dailyCharge) input.dailyCharge = dailyCharge;
  }
  return r.done(input);
}
