import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ChunkFactory, embedLoader, type EmbedRegistry, REGISTRY } from '../../src/embed/loader';

/**
 * The embed's loader (src/embed/loader.ts): fetches the chunks a module needs as classic scripts, runs them
 * CommonJS-style, and fetches a dynamically imported chunk only when it is asked for.
 */
const registry = () => (window as unknown as Record<string, EmbedRegistry | undefined>)[REGISTRY]!;

/** What each fake chunk script does when it "arrives": registers a factory. */
const chunks: Record<string, ChunkFactory> = {
  'embed/element.js': (require, exports, _module, load) => {
    const engine = require('embed/engine.js') as { name: string };
    exports['engine'] = engine.name;
    exports['open'] = () => load('embed/calc-a.js');
  },
  'embed/engine.js': (_r, exports) => {
    exports['name'] = 'engine';
  },
  'embed/calc-a.js': (require, exports) => {
    exports['answer'] = `a with ${(require('embed/engine.js') as { name: string }).name}`;
  },
  'embed/calc-b.js': (_r, exports) => {
    exports['answer'] = 'b';
  },
};

function start(missing: Set<string> = new Set()): string[] {
  const requested: string[] = [];
  embedLoader({ 'embed/element.js': ['embed/engine.js'], 'embed/calc-a.js': ['embed/engine.js'] }, 'embed/element.js', window, (src, done) => {
    requested.push(src);
    setTimeout(() => {
      const file = src.replace(/^.*?(embed\/)/, '$1');
      if (missing.has(file)) return done(false);
      registry().d(file, chunks[file]!);
      done(true);
    }, 0);
  });
  return requested;
}

afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[REGISTRY];
});

describe('embed loader', () => {
  it('loads the entry and its static imports only, each once, from the folder of the page (no script tag here)', async () => {
    const requested = start();
    const element = (await registry().load('embed/element.js')) as { engine: string; open: () => Promise<{ answer: string }> };
    expect(element.engine).toBe('engine');
    const base = new URL('./', document.baseURI).href;
    expect(requested.sort()).toEqual([`${base}embed/element.js`, `${base}embed/engine.js`]);
    // a dynamic import fetches just that chunk (its static import is already there)
    expect((await element.open()).answer).toBe('a with engine');
    expect(requested).toHaveLength(3);
    expect(requested).not.toContain(`${base}embed/calc-b.js`);
    expect(registry().base).toBe(base);
  });

  it('a second copy of the loader on the page does nothing', async () => {
    start();
    const first = registry();
    const again = start();
    expect(registry()).toBe(first);
    expect(again).toEqual([]);
  });

  it('a chunk that cannot be loaded rejects with its address (and says so in the console); asking again retries', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const missing = new Set(['embed/calc-b.js']);
    start(missing);
    await expect(registry().load('embed/calc-b.js')).rejects.toThrow(/could not load .*embed\/calc-b\.js/);
    missing.delete('embed/calc-b.js');
    expect(((await registry().load('embed/calc-b.js')) as { answer: string }).answer).toBe('b');
    error.mockRestore();
  });
});
