/**
 * Where the custom element's script was loaded from: the loader's folder (it records it on its registry, see
 * loader.ts), or, in the single-file build, the script's own, read while the script runs (later,
 * document.currentScript is gone). The full app is expected next to it, so that links to its other pages (the
 * sources) work.
 */
function folder(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const registry = (globalThis as { __shBenefitCalculator?: { base?: unknown } }).__shBenefitCalculator;
  if (typeof registry?.base === 'string') return registry.base;
  const script = document.currentScript;
  return script instanceof HTMLScriptElement && script.src ? new URL('./', script.src).href : undefined;
}

export const scriptFolder: string | undefined = folder();
