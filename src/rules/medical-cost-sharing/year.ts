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

/** The bounds of the medical year of kind `rule` that `date` falls in. */
function yearBounds(rule: YearRule, date: IsoDate): { from: IsoDate; to: IsoDate } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  if (rule === 'july-june') {
    // 沪医保规〔2025〕7号 七（一）: 医保年度为每年的7月1日至次年6月30日。
    const start = m >= 7 ? y : y - 1;
    return { from: `${start}-07-01`, to: `${start + 1}-06-30` };
  }
  // S1: figures named by the calendar year (inferred reading).
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** The medical year a date falls in, or undefined where the year's dates are not sourced. */
export function medicalYearOf(scheme: Scheme, date: IsoDate, asOf: IsoDate): MedicalYear | undefined {
  const lookup = tryValueAt(yearParameter(scheme), date, asOf);
  if (!lookup) return undefined;
  const { from, to } = yearBounds(lookup.value, date);
  return { from, to, label: `${from}/${to}`, lookup };
}

/**
 * Whether a carried `yearToDate.medicalYear` label is a real medical year of the scheme, as a result's
 * `yearToDateAfter.medicalYear` gives it: "2025-07-01/2026-06-30" (employees: 1 July – 30 June), "2025-01-01/2025-12-31"
 * (residents: the calendar year). The year the rules source for its start date decides; a start the rules do not
 * source must still have the scheme's present shape. "0000-00-00/0000-00-00" or "2024-01-01/2099-99-99" are not.
 */
export function isKnownMedicalYearLabel(scheme: Scheme, label: string, asOf: IsoDate): boolean {
  const m = /^(\d{4})-(\d{2}-\d{2})\/(\d{4})-(\d{2}-\d{2})$/.exec(label);
  if (!m) return false;
  const [y1, d1, y2, d2] = [Number(m[1]), m[2], Number(m[3]), m[4]];
  if (y1 < 1990 || y1 > 2100) return false;
  const sourced = medicalYearOf(scheme, `${m[1]}-${d1}`, asOf);
  if (sourced) return sourced.label === label;
  return scheme === 'employee' ? d1 === '07-01' && d2 === '06-30' && y2 === y1 + 1 : d1 === '01-01' && d2 === '12-31' && y2 === y1;
}
