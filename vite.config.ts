import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { runnerImport } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { wordParts } from './src/i18n/word-parts.build.ts';

/**
 * The Content-Security-Policy the built app runs under: nothing but its own origin, no inline script, no eval.
 * Sent as a header by `vite preview` (and by any server that copies it) and written into index.html as a meta tag
 * for hosts that cannot set headers (frame-ancestors works only as a header).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * Text files are served as UTF-8 by name (`Content-Type: text/javascript; charset=utf-8`), so that a script loaded by a
 * GBK or GB2312 portal page is never decoded in the page's encoding. (The embed script is ASCII-only as well.)
 */
const TEXT_TYPES = /^(text\/(javascript|css|plain)|application\/(javascript|json|manifest\+json))\s*$/i;
export function withCharset(type: string): string {
  return TEXT_TYPES.test(type) ? `${type}; charset=utf-8` : type;
}

function utf8TextFiles(): Plugin {
  return {
    name: 'utf8-text-files',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        const setHeader = res.setHeader.bind(res);
        res.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'content-type' && typeof value === 'string' ? withCharset(value) : value);
        next();
      });
    },
  };
}

/**
 * `virtual:coverage-index`: the dates of the parameters the home page's coverage lines name, read from the rules at
 * build time (src/ui/coverage/coverage-index.ts), so the home page does not load every calculator's rules to say them.
 */
function coverageIndex(): Plugin {
  const ID = 'virtual:coverage-index';
  return {
    name: 'coverage-index',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    async load(id) {
      if (id !== `\0${ID}`) return undefined;
      const { module, dependencies } = await runnerImport<{ default: unknown }>(fileURLToPath(new URL('src/ui/coverage/coverage-index.build.ts', import.meta.url)), {
        configFile: false,
        logLevel: 'error',
      });
      for (const file of dependencies) this.addWatchFile(file);
      return `export default ${JSON.stringify(module.default)};`;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    svelteTesting(),
    cspMeta(),
    coverageIndex(),
    // The first words (zh-CN common and pages) through virtual:words; the app loads every namespace whole.
    wordParts({ split: false, localesDir: fileURLToPath(new URL('src/i18n/locales', import.meta.url)) }),
    utf8TextFiles(),
    // Offline after the first visit: every built file is precached; a new version takes over at once (clientsClaim,
    // skipWaiting) and the page says so (src/ui/UpdateNotice.svelte).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: {
        name: '上海社保待遇测算 Shanghai benefits estimator',
        short_name: '社保测算',
        description: '按上海现行政策估算失业保险金、养老金、长期护理保险和医保报销。',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f91',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,txt}'],
        navigateFallback: null,
        // The page's options are in the query string (?mode=counter, embed.html?calculator=…&lang=…): every one of
        // them is the same precached file, so the lookup ignores the query string (else offline they all fail).
        ignoreURLParametersMatching: [/.*/],
        clientsClaim: true,
        skipWaiting: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // No modulepreload polyfill (0.4 kB in the first load): it only lets browsers without <link rel="modulepreload">
    // (Safari before 17, Firefox before 115) fetch a page's chunks early; they load them all the same when imported.
    modulePreload: { polyfill: false },
    // dist/.vite/manifest.json: the module graph scripts/check-budget.mjs measures.
    manifest: true,
    // embed.html: the iframe route for the portal (docs/embed.md)
    rolldownOptions: { input: { index: fileURLToPath(new URL('index.html', import.meta.url)), embed: fileURLToPath(new URL('embed.html', import.meta.url)) } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CSP } },
  test: {
    environment: 'jsdom',
    // Component tests type into many fields and the CLI tests start processes: give them room on two busy cores.
    testTimeout: 30_000,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/{rules,ui,properties,cli,i18n,batch}/**/*.test.ts'],
  },
});
