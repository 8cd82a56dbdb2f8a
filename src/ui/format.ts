/**
 * Display formatting for the screen, the print and the embed. The rules and the machine outputs (CLI JSON, CSV) keep
 * plain numbers ("28080.00"); only what a person reads is grouped here ("28,080.00"), in both languages alike, as
 * Shanghai notices print amounts. Works on the decimal strings the rules return, so no figure goes through a float.
 */
export function money(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, int, frac = ''] = m;
  return `${sign}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac}`;
}

/** "2025-10" → { year: 2025, month: 10 }, for "2025 年 10 月" / "October 2025" phrasings in the locale files. */
export function yearMonth(month: string): { year: number; month: number } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}
