import { errorText as fieldErrorText } from '../i18n/messages';
import type { FieldError, Notice } from '../rules/engine';
import type { RowError, Translate } from './types';
import { ROW_CODES } from './types';

/** Control characters (not tab or line breaks): never copied from a file into the results. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
export const clean = (s: string) => s.replace(CONTROLS, '');

const isRowCode = (code: string) => (ROW_CODES as readonly string[]).includes(code);

/** The column a row error is about, as the file names it, else the field's label, else nothing. */
export function errorColumn(t: Translate, calculatorId: string, e: RowError): string | undefined {
  if (e.column) return e.column;
  if (e.field) return t(`${calculatorId}:fields.${e.field}.label`, { defaultValue: e.field });
  return undefined;
}

/** What is wrong with a cell, in words ("Enter a date …"): the batch's own codes, else the form's field messages. */
export function errorText(t: Translate, e: RowError): string {
  return isRowCode(e.code) ? t(`batch:rowErrors.${e.code}`, { ...e.params }) : fieldErrorText(t, e as FieldError);
}

/** "Row 4, column “Claim date”: Enter this" — for lists outside the row itself. */
export function rowErrorMessage(t: Translate, calculatorId: string, row: number, e: RowError): string {
  const column = errorColumn(t, calculatorId, e);
  const message = errorText(t, e);
  return column ? t('batch:errors.rowColumn', { row, column, message }) : t('batch:errors.row', { row, message });
}

/** "“Claim date”: Enter this" — for the row's own error cell. */
export function cellErrorMessage(t: Translate, calculatorId: string, e: RowError): string {
  const column = errorColumn(t, calculatorId, e);
  const message = errorText(t, e);
  return column ? t('batch:errors.column', { column, message }) : message;
}

export function noticeMessage(t: Translate, calculatorId: string, n: Notice): string {
  return t(`${calculatorId}:notices.${n.code}`, { ...n.params });
}

