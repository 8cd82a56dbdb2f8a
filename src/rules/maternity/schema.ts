import type Decimal from 'decimal.js';
import { type FieldSpec, InputReader, type IsoDate, type Parsed, tryValueAt, coveredRanges } from '../engine';
import { addDays } from './dates';
import { allowanceRule, nationalLeave, shanghaiBirthLeave } from './parameters';

export const EVENTS = ['birth', 'miscarriage'] as const;
export type MaternityEvent = (typeof EVENTS)[number];
export const BABIES = ['1', '2', '3', '4', '5', '6'] as const;

export interface MaternityInput {
  eventDate: IsoDate;
  event: MaternityEvent;
  /** Completed months of pregnancy, for a miscarriage. */
  pregnancyMonths?: number;
  babies?: number;
  difficultBirth?: boolean;
  employerAverageWage?: Decimal;
  assessedAllowance?: Decimal;
  contributionMonths: number;
  consecutiveMonths: number;
  leaveStart?: IsoDate;
  monthlyWage?: Decimal;
}

const birth = { field: 'event', equals: 'birth' } as const;

export const fields: readonly FieldSpec[] = [
  { name: 'event', kind: 'choice', required: true, options: EVENTS, aliases: { birth: ['生育', '分娩', '生产'], miscarriage: ['流产'] } },
  { name: 'eventDate', kind: 'date', required: true },
  { name: 'pregnancyMonths', kind: 'integer', required: true, duration: 'months', when: { field: 'event', equals: 'miscarriage' } },
  { name: 'babies', kind: 'choice', required: true, options: BABIES, aliases: { 1: ['单胎', '1个', '一个'], 2: ['双胎', '双胞胎', '2个', '两个'], 3: ['三胞胎', '3个', '三个'] }, when: birth },
  { name: 'difficultBirth', kind: 'boolean', required: true, when: birth },
  { name: 'leaveStart', kind: 'date', required: false, when: birth },
  { name: 'employerAverageWage', kind: 'money', required: false, group: 'allowanceBasis' },
  { name: 'assessedAllowance', kind: 'money', required: false, group: 'allowanceBasis' },
  { name: 'contributionMonths', kind: 'integer', required: true, duration: 'months', group: 'contributions' },
  { name: 'consecutiveMonths', kind: 'integer', required: true, duration: 'months', group: 'contributions' },
  { name: 'monthlyWage', kind: 'money', required: false },
];

const hasError = (r: InputReader, field: string) => r.errors.some((e) => e.field === field);

export function parse(raw: unknown, asOf: IsoDate): Parsed<MaternityInput> {
  const r = new InputReader(raw);
  const event = r.choice('event', EVENTS);
  const eventDate = r.date('eventDate', { min: '1990-01-01', max: '2100-12-31' });
  const eventOk = !hasError(r, 'event');
  const dateOk = !hasError(r, 'eventDate');

  if (dateOk) {
    // The Shanghai 60-day rule (from 2021-11-25) and the allowance rules (to 2027-06-30) bound what this tool covers.
    const leave = tryValueAt(shanghaiBirthLeave, eventDate, asOf);
    const rule = tryValueAt(allowanceRule, eventDate, asOf);
    if (!leave || !rule || !tryValueAt(nationalLeave, eventDate, asOf)) {
      const from = coveredRanges(shanghaiBirthLeave, asOf)[0]?.from ?? '';
      // The allowance rules' ranges, from the first day of the 60-day rule, adjacent ranges joined.
      const ranges: { from: IsoDate; to?: IsoDate }[] = [];
      for (const x of coveredRanges(allowanceRule, asOf)) {
        const last = ranges[ranges.length - 1];
        if (last?.to && addDays(last.to, 1) === x.from) {
          if (x.to) last.to = x.to;
          else delete last.to;
        } else ranges.push({ ...x, from: x.from < from ? from : x.from });
      }
      r.problem('eventDate', 'date-not-covered', { ranges: ranges.map((x) => `${x.from}/${x.to ?? ''}`).join(',') });
    }
  }

  const input: MaternityInput = { eventDate, event, contributionMonths: 0, consecutiveMonths: 0 };
  if (eventOk && event === 'miscarriage') {
    input.pregnancyMonths = r.integer('pregnancyMonths', { min: 0, max: 10 });
  }
  if (eventOk && event === 'birth') {
    input.babies = Number(r.choice('babies', BABIES));
    input.difficultBirth = r.boolean('difficultBirth');
    const leaveStart = r.optionalDate('leaveStart', { min: '1990-01-01', max: '2100-12-31' });
    if (leaveStart && dateOk && !hasError(r, 'leaveStart')) {
      // 第七条: up to 15 days of the leave may be taken before the birth, none of it starts after.
      const earliest = addDays(eventDate, -15);
      if (leaveStart < earliest || leaveStart > eventDate) r.problem('leaveStart', 'out-of-range', { min: earliest, max: eventDate });
    }
    if (leaveStart) input.leaveStart = leaveStart;
  }

  const wage = r.optionalDecimal('employerAverageWage', { min: '0.01', max: 10_000_000, places: 2 });
  const assessed = r.optionalDecimal('assessedAllowance', { min: 0, max: 100_000_000, places: 2 });
  if (wage === undefined && assessed === undefined && !hasError(r, 'employerAverageWage') && !hasError(r, 'assessedAllowance')) {
    r.problem('employerAverageWage', 'required');
  }
  if (wage !== undefined && assessed !== undefined) r.problem('assessedAllowance', 'inconsistent');
  if (wage !== undefined) input.employerAverageWage = wage;
  if (assessed !== undefined) input.assessedAllowance = assessed;

  input.contributionMonths = r.integer('contributionMonths', { min: 0, max: 720 });
  input.consecutiveMonths = r.integer('consecutiveMonths', { min: 0, max: 720 });
  if (!hasError(r, 'contributionMonths') && !hasError(r, 'consecutiveMonths') && input.consecutiveMonths > input.contributionMonths) {
    // Consecutive months are part of the cumulative ones.
    r.problem('consecutiveMonths', 'inconsistent');
  }

  const monthlyWage = r.optionalDecimal('monthlyWage', { min: 0, max: 10_000_000, places: 2 });
  if (monthlyWage !== undefined) input.monthlyWage = monthlyWage;
  return r.done(input);
}
