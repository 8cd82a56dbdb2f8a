import { type IsoDate, type Lookup, tryValueAt } from '../engine';
import { employeeMedicalYear, residentMedicalYear, type YearRule } from './parameters';

export type Scheme = 'employee' | 'resident';

export interface MedicalYear {
  from: IsoDate;
  to: IsoDate;
  /** "2025-07-01/2026-06-30" */
  label: string;
  lookup: Lookup<YearRule>;
}

export function yearParameter(scheme: Scheme) {
  return scheme === 'employee' ? employeeMedicalYear : residentMedicalYear;
}

/** The medical year a date falls in, or undefined where the year's dates are not sourced. */
export function medicalYearOf(scheme: Scheme, date: IsoDate, asOf: IsoDate): MedicalYear | undefined {
  const lookup = tryValueAt(yearParameter(scheme), date, asOf);
  if (!lookup) return undefined;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  let from: IsoDate;
  let to: IsoDate;
  if (lookup.value === 'july-june') {
    // 沪医保规〔2025〕7号 七（一）: 医保年度为每年的7月1日至次年6月30日。
    const start = m >= 7 ? y : y - 1;
    from = `${start}-07-01`;
    to = `${start + 1}-06-30`;
  } else {
    // S1: figures named by the calendar year (inferred reading).
    from = `${y}-01-01`;
    to = `${y}-12-31`;
  }
  return { from, to, label: `${from}/${to}`, lookup };
}
