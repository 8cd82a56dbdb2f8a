/**
 * The embed script for the portal (docs/embed.md). `npm run build:embed` writes to dist-embed/:
 * - sh-benefit-calculator.js: the loader, a small classic script (no modules, no CORS needed) that loads the one
 *   calculator a page shows, in one language, from embed/ beside it (src/embed/loader.ts);
 * - embed/*.js: the chunks, each a classic script that registers itself with the loader;
 * - sh-benefit-calculator.full.js: the same element in one self-contained classic script (every calculator, both
 *   languages, the styles), for hosts that can load only one file (built second, with --mode full);
 * - embed/form-<id>-*.js: each calculator's form without its rules (src/embed/forms.ts), computed here when it builds,
 *   so that the form shows before the engine and decimal.js arrive;
 * - .vite/manifest.json: the chunks' module graph, which scripts/check-budget.mjs measures.
 * Every file is ASCII-only (copy-embed.mjs checks it).
 */
import { execFileSync } from 'node:child_process';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, defineConfig, minifySync, type Plugin } from 'vite';
import { embedLoader, REGISTRY } from './src/embed/loader.ts';
import { wordParts } from './src/i18n/word-parts.build.ts';

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
        .replace(/\brequire\((["'])(\.{1,2}\/[^"']+)\1\)/g, (_, _q: string, rel: string) => `require(${JSON.stringify(file(rel))})`)
        // An export is a getter (a live binding); the loader's __export(exports, name, get) defines it: a chunk lists
        // its exports in a sixth of the bytes (the Svelte runtime and i18next chunk exports 59 names).
        .replace(
          /Object\.defineProperty\(exports,\s*(["'])([\w$]+)\1,\s*\{\s*enumerable:\s*(?:true|!0),\s*get:\s*function\s*\(\)\s*\{\s*return\s+([\w$]+);?\s*\}\s*\}\)/g,
          (_, _q: string, name: string, value: string) => `__export(exports,${JSON.stringify(name)},()=>${value})`,
        );
      if (/\b(?:import\.meta|import\(|__filename|__dirname)/.test(body)) this.error(`${chunk.fileName}: a construct the classic-script loader cannot run`);
      return { code: `${REGISTRY}.d(${JSON.stringify(chunk.fileName)},function(require,exports,module,__load,__export){${body}\n});`, map: null };
    },
    generateBundle(_, bundle) {
      const graph: Record<string, string[]> = {};
      let entry = '';
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        if (out.isEntry) entry = out.fileName;
        if (out.imports.length) graph[out.fileName] = out.imports;
      }
      // The graph with each file named once: the names (without "embed/" and ".js"), then per file the indexes of its
      // imports; the few lines that unpack it run before the loader.
      const names = [...new Set([...Object.keys(graph), ...Object.values(graph).flat()])];
      const short = (f: string) => {
        if (!/^embed\/[\w.-]+\.js$/.test(f)) this.error(`${f}: a chunk outside embed/`);
        return f.slice('embed/'.length, -'.js'.length);
      };
      const packed = Object.entries(graph).map(([f, deps]) => [names.indexOf(f), ...deps.map((d) => names.indexOf(d))]);
      const unpack = `(function(n,p){var g={};p.forEach(function(a){g["embed/"+n[a[0]]+".js"]=a.slice(1).map(function(i){return "embed/"+n[i]+".js"})});return g})(${JSON.stringify(names.map(short))},${JSON.stringify(packed)})`;
      const code = minifySync(LOADER, `(${embedLoader.toString()})(${unpack},${JSON.stringify(entry)});`).code;
      this.emitFile({ type: 'asset', fileName: LOADER, source: `/* <sh-benefit-calculator> loader, see docs/embed.md */\n${code}` });
    },
  };
}

/**
 * src/embed/forms.ts, as data: one chunk per calculator with its form (fields, date field, the dates of the parameters
 * the coverage line reads), computed by running forms.ts itself in Node (tsx) before the build. The checks that the
 * data is plain JSON are here; tests/embed-forms.test.ts checks that it gives the form the rules give.
 */
function buildTimeForms(): Plugin {
  const FORMS = fileURLToPath(new URL('src/embed/forms.ts', import.meta.url));
  const PREFIX = '\0sh-embed-form:';
  let forms: Record<string, unknown> = {};
  const script = `import { isDeepStrictEqual } from 'node:util';
const { loadForm } = await import('./src/embed/forms.ts');
const { calculatorIds } = await import('./src/rules/registry.ts');
const out = {};
for (const id of calculatorIds) {
  const form = await loadForm(id);
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(form)), form)) throw new Error(id + ': the form is not plain data');
  out[id] = form;
}
process.stdout.write(JSON.stringify(out));`;
  return {
    name: 'sh-embed-forms',
    buildStart() {
      const root = fileURLToPath(new URL('.', import.meta.url));
      forms = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })) as Record<string, unknown>;
    },
    resolveId(source) {
      return source.startsWith('sh-embed-form:') ? `\0${source}` : undefined;
    },
    load(id) {
      if (id === FORMS) {
        const loaders = Object.keys(forms).map((c) => `${JSON.stringify(c)}: () => import(${JSON.stringify(`sh-embed-form:${c}`)})`);
        return `const forms = {${loaders.join(',')}};\nexport function loadForm(id) { return forms[id]().then((m) => m.default); }\n`;
      }
      if (id.startsWith(PREFIX)) return `export default ${JSON.stringify(forms[id.slice(PREFIX.length)])};\n`;
      return undefined;
    },
  };
}

/**
 * src/ui/result-styles.ts (empty in the app, whose page stylesheet has result.css) becomes src/embed/result-styles.ts,
 * which hands result.css to the element's shadow roots: it is imported by the result area, so the styles of the result
 * come with the result area, after the form, and the form's first download carries app.css alone.
 */
function resultStyles(): Plugin {
  const APP = fileURLToPath(new URL('src/ui/result-styles.ts', import.meta.url));
  const EMBED = fileURLToPath(new URL('src/embed/result-styles.ts', import.meta.url));
  return {
    name: 'sh-embed-result-styles',
    load: (id) => (id === APP ? `import ${JSON.stringify(EMBED)};\n` : undefined),
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
    plugins: [
      svelte({ compilerOptions: { customElement: true } }),
      buildTimeForms(),
      resultStyles(),
      // Split: each calculator's words and the common words in two parts, what the form shows and the rest (src/i18n/parts.ts).
      wordParts({ split: !full, localesDir: fileURLToPath(new URL('src/i18n/locales', import.meta.url)) }),
      ...(full ? [] : [classicChunks(), thenFull()]),
    ],
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
          ...(full
            ? { codeSplitting: false }
            : {
                entryFileNames: 'embed/element-[hash].js',
                chunkFileNames: (chunk) => {
                  const facade = chunk.facadeModuleId ?? '';
                  if (facade.startsWith('\0sh-embed-form:')) return `embed/form-${facade.slice('\0sh-embed-form:'.length)}-[hash].js`;
                  // \0sh-words:<part>:<lng>:<ns> → embed/words-<ns>-<lng>-<part>-*.js
                  const words = /^\0sh-words:(form|rest):([A-Za-z-]+):([a-z0-9-]+)$/.exec(facade);
                  return words ? `embed/words-${words[3]}-${words[2]}-${words[1]}-[hash].js` : 'embed/[name]-[hash].js';
                },
              }),
        },
      },
    },
  };
});
