/**
 * The calculator page links to other pages of the full app with hash links (#/sources?p=…). Inside an embed
 * these would change the host page's address (custom element) or lead nowhere (iframe), so they open the full
 * app in a new tab instead. Links to other sites already open in a new tab; in-page links handle themselves.
 */
export function openAppLinks(appUrl: string | undefined): (e: MouseEvent) => void {
  return (e) => {
    if (e.defaultPrevented || e.button !== 0 || !appUrl) return;
    const a = (e.target as Element | null)?.closest?.('a');
    const href = a?.getAttribute('href');
    if (!href?.startsWith('#/')) return;
    e.preventDefault();
    window.open(new URL(href, appUrl).href, '_blank', 'noopener');
  };
}

/** The app-url attribute as an absolute URL; one that cannot be read falls back (with a console warning), never throws. */
export function appUrlOf(appUrl: string, base: string, fallback: string | undefined): string | undefined {
  if (!appUrl) return fallback;
  try {
    const url = new URL(appUrl, base);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // not a URL: the fallback below
  }
  if (typeof console !== 'undefined') console.warn(`[sh-benefit-calculator] app-url "${appUrl}" is not an http(s) URL, using the script's folder`);
  return fallback;
}
