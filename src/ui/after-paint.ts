/**
 * Runs `fn` once the browser has painted what is on screen now (a frame, then a task), or, with `idle`, when it is
 * idle after that. What a person sees first paints first: a page's heading and lead, then its form; the form, then
 * what only a result needs.
 */
export function afterPaint(fn: () => void, options: { idle?: boolean } = {}): void {
  const next = options.idle ? () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : fn()) : fn;
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(next, 0));
  else setTimeout(next, 0);
}
