/**
 * Where the custom element's script was loaded from, read while the script runs (later, document.currentScript
 * is gone). The full app is expected next to it, so that links to its other pages (the sources) work.
 */
export const scriptFolder: string | undefined =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement && document.currentScript.src
    ? new URL('./', document.currentScript.src).href
    : undefined;
