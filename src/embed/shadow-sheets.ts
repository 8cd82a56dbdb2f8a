/**
 * The stylesheets inside every <sh-benefit-calculator> on the page, always in this order whatever order they arrive
 * in: `form`, the base and form styles (app.css, adopted before the element draws: BenefitCalculator.svelte), then
 * `result`, the result area's (result.css, added when the result area loads: ./result-styles.ts), whose rules may
 * override the form's. One constructed sheet per stylesheet for every instance (constructed sheets also pass a host
 * page's strict CSP, no inline styles); where adoptedStyleSheets is missing, one <style> each, at the top of each
 * shadow root, in the same order.
 */
const SLOTS = ['form', 'result'] as const;
export type ShadowStylesheet = (typeof SLOTS)[number];

const texts: Partial<Record<ShadowStylesheet, string>> = {};
const sheets = new Map<string, CSSStyleSheet>();
/** The shadow roots of the elements on the page: a stylesheet that arrives later reaches the ones already drawn. */
const roots = new Set<ShadowRoot>();
const ATTR = 'data-sh-benefit-calculator';

function apply(root: ShadowRoot): void {
  const present = SLOTS.flatMap((slot) => texts[slot] ?? []);
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
    root.adoptedStyleSheets = present.map((text) => {
      let sheet = sheets.get(text);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        sheets.set(text, sheet);
      }
      return sheet;
    });
    return;
  }
  for (const old of root.querySelectorAll(`style[${ATTR}]`)) old.remove();
  root.prepend(
    ...present.map((text) => {
      const style = document.createElement('style');
      style.setAttribute(ATTR, '');
      style.textContent = text;
      return style;
    }),
  );
}

/** One of the stylesheets, for every element on the page now and later (a second call for the same one is ignored). */
export function addShadowStyles(slot: ShadowStylesheet, cssText: string): void {
  if (texts[slot] !== undefined) return;
  texts[slot] = cssText;
  for (const root of roots) apply(root);
}

/** An element's shadow root gets the stylesheets added so far, and those added later until `forget`. */
export function styleShadowRoot(root: ShadowRoot): { forget: () => void } {
  roots.add(root);
  apply(root);
  return { forget: () => roots.delete(root) };
}
