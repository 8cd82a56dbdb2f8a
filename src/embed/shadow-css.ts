/**
 * The app's stylesheet, rewritten to live inside the custom element's shadow root:
 * - `:root`, `html` and `body` rules apply to the wrapper `.sh-root` instead (inside a shadow root `:root` matches
 *   nothing, and the host page's own custom properties must not reach in);
 * - `rem` becomes `px` (a rem is relative to the host page's <html>, which a portal may set to anything).
 * Nothing of it can leak out: shadow-root styles do not apply to the host page.
 */
export function shadowCss(css: string): string {
  return css
    .replace(/:root\b/g, '.sh-root')
    .replace(/(^|[\s,}])(?:html|body)(?=[\s,{.:[])/g, '$1.sh-root')
    .replace(/(\d*\.?\d+)rem\b/g, (_, n: string) => `${+(Number(n) * 16).toFixed(3)}px`);
}

/**
 * Comes first: the wrapper forgets everything inherited from the host page (color, font, line height, letter
 * spacing, text transform, …); the rewritten app stylesheet then sets what it needs.
 */
export const SHADOW_RESET = `:host{display:block}:host([hidden]){display:none}.sh-root{all:initial;display:block}`;
