/**
 * The width of a chart's box and its font size, so a chart is drawn in real pixels at the size it is shown: its text
 * stays the page's text size (长辈版 included) at any width from 320 px up, and never scales down with a viewBox.
 * A Svelte action: `use:measure={{ onsize, key }}`; a change of `key` (the large-text setting) measures again.
 */
export interface Size {
  width: number;
  fontSize: number;
}

/** What a chart assumes before it is measured (jsdom, the first frame): a phone's content width, the body's text size. */
export const DEFAULT_SIZE: Size = { width: 358, fontSize: 17 };

export function measure(node: HTMLElement, params: { onsize: (s: Size) => void; key?: unknown }) {
  let { onsize } = params;
  const read = () => {
    const width = node.clientWidth;
    const fontSize = parseFloat(getComputedStyle(node).fontSize);
    if (width > 0 && fontSize > 0) onsize({ width, fontSize });
  };
  read();
  const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(read);
  observer?.observe(node);
  return {
    update(next: { onsize: (s: Size) => void; key?: unknown }) {
      onsize = next.onsize;
      // The class on <html> changes before the styles apply to this node: read on the next frame.
      if (typeof requestAnimationFrame === 'undefined') read();
      else requestAnimationFrame(read);
    },
    destroy() {
      observer?.disconnect();
    },
  };
}
