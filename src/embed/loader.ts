/**
 * The runtime of the embed's loader, `sh-benefit-calculator.js` (written by vite.embed.config.ts as
 * `(embedLoader)(graph, entry)`): a classic script, so a portal page loads it from the app's origin without CORS.
 *
 * The embed's code is split into chunks (the element, the engine, one chunk per calculator's rules, result view and
 * language file …). Each chunk is a classic script too, built as `__shBenefitCalculator.d(file, factory)`: the
 * loader adds a <script> tag for each chunk a module needs (in parallel: `graph` lists every chunk's static
 * imports), and runs the factories CommonJS-style once all are there. A dynamic import inside a chunk is `load(file)`,
 * so a page fetches only the one calculator and the one language it shows. Script tags need no CORS header (module
 * scripts and fetch() would), and a host page's CSP that allows the loader's origin allows the chunks.
 *
 * This function is serialized with toString(): it must not use anything from outside its own body.
 */
export type ChunkFactory = (
  require: (file: string) => unknown,
  exports: Record<string, unknown>,
  module: { exports: unknown },
  load: (file: string) => Promise<unknown>,
  /** Defines one export as a getter (a live binding), as the CommonJS output's Object.defineProperty did. */
  defineExport: (exports: Record<string, unknown>, name: string, get: () => unknown) => void,
) => void;

export interface EmbedRegistry {
  /** The folder the loader was loaded from (the app's), with a trailing slash. */
  base: string;
  /** Called by each chunk script: registers the chunk's code. */
  d: (file: string, factory: ChunkFactory) => void;
  /** A chunk with all it needs, its exports once run. */
  load: (file: string) => Promise<unknown>;
}

export const REGISTRY = '__shBenefitCalculator';

export function embedLoader(graph: Record<string, string[]>, entry: string, win: Window = window, addScript?: (src: string, done: (ok: boolean) => void) => void): void {
  const global = win as unknown as Record<string, EmbedRegistry | undefined>;
  // Loaded twice (two snippets on one page): the first one does the work.
  if (global['__shBenefitCalculator']) return;
  const doc = win.document;
  const current = doc.currentScript as HTMLScriptElement | null;
  const base = new URL('./', current && current.src ? current.src : doc.baseURI).href;
  const factories: Record<string, ChunkFactory> = {};
  const modules: Record<string, { exports: Record<string, unknown> }> = {};
  const fetching: Record<string, Promise<void>> = {};

  const add =
    addScript ??
    ((src: string, done: (ok: boolean) => void): void => {
      const script = doc.createElement('script');
      script.src = src;
      // Belt and braces: the chunks are ASCII-only, and the app's server names UTF-8 (docs/embed.md).
      script.charset = 'utf-8';
      script.onload = () => done(true);
      script.onerror = () => done(false);
      (doc.head ?? doc.documentElement).appendChild(script);
    });

  function fetchChunk(file: string): Promise<void> {
    if (factories[file]) return Promise.resolve();
    fetching[file] ??= new Promise<void>((resolve, reject) => {
      add(base + file, (ok) => {
        if (ok && factories[file]) return resolve();
        delete fetching[file];
        reject(new Error(`[sh-benefit-calculator] could not load ${base}${file}`));
      });
    });
    return fetching[file];
  }

  function needs(file: string, out: string[]): string[] {
    if (out.includes(file)) return out;
    out.push(file);
    for (const dep of graph[file] ?? []) needs(dep, out);
    return out;
  }

  function require(file: string): unknown {
    const known = modules[file];
    if (known) return known.exports;
    const factory = factories[file];
    if (!factory) throw new Error(`[sh-benefit-calculator] ${file} is not loaded`);
    const module = (modules[file] = { exports: {} });
    factory(require, module.exports, module, load, defineExport);
    return module.exports;
  }

  function defineExport(exports: Record<string, unknown>, name: string, get: () => unknown): void {
    Object.defineProperty(exports, name, { enumerable: true, get });
  }

  function load(file: string): Promise<unknown> {
    return Promise.all(needs(file, []).map(fetchChunk)).then(() => require(file));
  }

  global['__shBenefitCalculator'] = {
    base,
    d: (file, factory) => {
      factories[file] = factory;
    },
    load,
  };
  load(entry).catch((e: unknown) => {
    if (typeof console !== 'undefined') console.error(e);
  });
}
