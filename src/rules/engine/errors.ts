/** A problem with one input field. The UI and the command line turn `code` into words. */
export type FieldErrorCode =
  | 'required'
  | 'not-a-number'
  | 'not-an-integer'
  | 'too-many-decimals'
  | 'out-of-range'
  | 'too-long'
  | 'invalid-date'
  | 'invalid-month'
  | 'date-not-covered'
  | 'invalid-choice'
  | 'invalid-boolean'
  | 'inconsistent';

export interface FieldError {
  field: string;
  code: FieldErrorCode;
  params?: Record<string, string>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
