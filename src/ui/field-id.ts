/** The id of a field's input on the page, shared by the field, the error summary and the answers summary. */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, '-')}`;
}

/** Moves focus to a field (used by links in the error summary, which must not change the hash route). */
export function focusField(name: string): void {
  const el = document.getElementById(fieldId(name));
  if (!el) return;
  el.scrollIntoView?.({ block: 'center' });
  el.focus();
}
