import { isIsoDate, type IsoDate, type Lookup, tryValueAt } from '../engine';
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

/** Years a carried label may name: those of the service dates the schema accepts. */
const LABEL_YEARS = { min: 1990, max: 2100 };

/**
 * Whether `label` ("2024-01-01/2024-12-31", as a result's `yearToDateAfter.medicalYear` gives it) names a medical
 * year of `scheme`: two real dates that are exactly the bounds of a year of a kind the scheme's sourced rule has
 * (calendar years for residents, July–June for employees). An impossible or unknown label ("0000-00-00/0000-00-00",
 * "2024-01-01/2099-99-99", "2024-03-01/2024-12-31") is not, so amounts carried with it are never taken for
 * another year's and the deductible already paid is never silently reset.
 */
export function isKnownMedicalYearLabel(label: string, scheme: Scheme): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(label);
  if (!m || !isIsoDate(m[1]!) || !isIsoDate(m[2]!)) return false;
  const from = m[1]!;
  const year = Number(from.slice(0, 4));
  if (year < LABEL_YEARS.min || year > LABEL_YEARS.max) return false;
  const kinds = new Set(yearParameter(scheme).values.map((v) => v.value).filter((v): v is YearRule => v !== null));
  return [...kinds].some((kind) => {
    const b = yearBounds(kind, from);
    return `${b.from}/${b.to}` === label;
  });
}
