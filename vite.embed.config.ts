/**
 * The embed script for the portal (docs/embed.md). `npm run build:embed` writes to dist-embed/:
 * - sh-benefit-calculator.js: the loader, a small classic script (no modules, no CORS needed) that loads the one
 *   calculator a page shows, in one language, from embed/ beside it (src/embed/loader.ts);
 * - embed/*.js: the chunks, each a classic script that registers itself with the loader;
 * - sh-benefit-calculator.full.js: the same element in one self-contained classic script (every calculator, both
 *   languages, the styles), for hosts that can load only one file (built second, with --mode full);
 * - .vite/manifest.json: the chunks' module graph, which scripts/check-budget.mjs measures.
 * Every file is ASCII-only (copy-embed.mjs checks it).
 */
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, defineConfig, type Plugin } from 'vite';
import { embedLoader, REGISTRY } from './src/embed/loader';

const CONFIG = fileURLToPath(import.meta.url);
const LOADER = 'sh-benefit-calculator.js';
const FULL = 'sh-benefit-calculator.full.js';

/**
 * Turns each CommonJS chunk into a classic script that registers itself with the loader, and writes the loader.
 * Chunk paths inside the code are made absolute (relative to the output folder), so the loader needs no resolver.
 */
function classicChunks(): Plugin {
  return {
    name: 'sh-embed-classic-chunks',
    renderChunk(code, chunk) {
      const dir = posix.dirname(chunk.fileName);
      const file = (rel: string) => posix.normalize(posix.join(dir, rel));
      const body = code
        .replace(/Promise\.resolve\(\)\.then\(\(\)\s*=>\s*require\((["'])(\.{1,2}\/[^"']+)\1\)\)/g, (_, _q: string, rel: string) => `__load(${JSON.stringify(file(rel))})`)
        .replace(/\brequire\((["'])(\.{1,2}\/[^"']+)\1\)/g, (_, _q: string, rel: string) => `require(${JSON.stringify(file(rel))})`);
      if (/\b(?:import\.meta|import\(|__filename|__dirname)/.test(body)) this.error(`${chunk.fileName}: a construct the classic-script loader cannot run`);
      return { code: `${REGISTRY}.d(${JSON.stringify(chunk.fileName)},function(require,exports,module,__load){${body}\n});`, map: null };
    },
    generateBundle(_, bundle) {
      const graph: Record<string, string[]> = {};
      let entry = '';
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        if (out.isEntry) entry = out.fileName;
        if (out.imports.length) graph[out.fileName] = out.imports;
      }
      const source = `/* <sh-benefit-calculator> loader, see docs/embed.md */\n(${embedLoader.toString()})(${JSON.stringify(graph)},${JSON.stringify(entry)});\n`;
      this.emitFile({ type: 'asset', fileName: LOADER, source });
    },
  };
}

/** After the split build, the single-file one into the same folder. */
function thenFull(): Plugin {
  return {
    name: 'sh-embed-then-full',
    apply: 'build',
    async closeBundle() {
      await build({ configFile: CONFIG, mode: 'full', logLevel: 'warn' });
    },
  };
}

export default defineConfig(({ mode }) => {
  const full = mode === 'full';
  return {
    plugins: [svelte({ compilerOptions: { customElement: true } }), ...(full ? [] : [classicChunks(), thenFull()])],
    publicDir: false,
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: 'dist-embed',
      emptyOutDir: !full,
      manifest: !full,
      lib: {
        entry: fileURLToPath(new URL('src/embed/index.ts', import.meta.url)),
        formats: [full ? 'iife' : 'cjs'],
        name: 'ShBenefitCalculator',
        fileName: () => (full ? FULL : 'embed/element.js'),
      },
      rolldownOptions: {
        output: {
          // Vite's lib mode keeps whitespace for /*#__PURE__*/ annotations; these scripts are used as they are.
          minify: true,
          // Escaped to ASCII (\uXXXX): a classic script is decoded in the host page's encoding when the server sends
          // no charset, and older portals are GBK/GB2312; ASCII reads the same in all of them. copy-embed.mjs checks it.
          charset: 'ascii',
          // Split: the element, the engine, each calculator's rules, views and words in their own chunk, loaded on
          // demand; hashed names, so a new version never meets an old chunk in a cache. Full: everything in one file.
          ...(full ? { codeSplitting: false } : { entryFileNames: 'embed/element-[hash].js', chunkFileNames: 'embed/[name]-[hash].js' }),
        },
      },
    },
  };
});
