/**
 * The average contribution-wage index a sheet can show. A yearly index is the year's contribution base over the
 * average wage the sheet divides by; the base is capped at 300% of a reference wage (国办发〔2019〕13号: 60%–300%).
 * Where the cap's reference wage and the divisor differ (the 2019–2021 phase-in to the 全口径 average used
 * transitional levels, 8211 and 9339, beside the published 8765 and 9580), a yearly index, and so the average, can pass 3.
 *
 * A module of its own (the parameter with its source is `indexBounds` in parameters.ts): the retirement-age schema
 * reads the same bound for its award-sheet figures without carrying the pension estimate's tables (issue 17).
 */
export interface IndexBounds {
  /** Above this a sheet is unusual: the estimate is made, with a notice. */
  usualMax: string;
  /** Above this no sheet can hold the figure (a typing slip, e.g. 30118 for 3.0118): refused. */
  max: string;
}

/** The bounds as encoded (the schema refuses above `max`, the estimate warns above `usualMax`). */
export const INDEX_BOUNDS: IndexBounds = { usualMax: '3', max: '4' };
