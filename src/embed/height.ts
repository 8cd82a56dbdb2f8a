import { HEIGHT_MESSAGE, type HeightMessage } from './options';

/**
 * Tells the parent page the height the content needs, every time it changes, so that the parent can size the
 * iframe without a scroll bar. The message carries only the calculator id and a number of CSS pixels, never what
 * the person typed, so it is posted to any origin ('*'): the portal's origin need not be configured.
 * Returns a function that stops reporting.
 */
export function reportHeight(content: HTMLElement, calculator: string, target: Pick<Window, 'postMessage'> = window.parent): () => void {
  let last = -1;
  const post = (): void => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, calculator, height };
    target.postMessage(message, '*');
  };
  post();
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(post);
  observer.observe(content);
  return () => observer.disconnect();
}
