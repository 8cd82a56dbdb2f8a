/** The id of a field's input on the page, shared by the field, the error summary and the answers summary. */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, '-')}`;
}

/**
 * Moves focus to a field (used by links in the error summary, which must not change the hash route).
 * `from` (the link clicked) finds the field in the same document or shadow root (the embeddable custom element).
 */
export function focusField(name: string, from?: EventTarget | null): void {
  const root = from instanceof Node ? from.getRootNode() : document;
  const el = (root instanceof ShadowRoot ? root : document).getElementById(fieldId(name));
  if (!el) return;
  el.scrollIntoView?.({ block: 'center' });
  el.focus();
}
