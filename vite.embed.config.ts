/**
 * The embed script for the portal: `npm run build:embed` → dist-embed/sh-benefit-calculator.js, one classic
 * script (no modules, no CORS needed) that defines <sh-benefit-calculator>, with every calculator, its words in
 * both languages and the styles inside. See docs/embed.md.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte({ compilerOptions: { customElement: true } })],
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: 'dist-embed',
    emptyOutDir: true,
    lib: {
      entry: fileURLToPath(new URL('src/embed/index.ts', import.meta.url)),
      formats: ['iife'],
      name: 'ShBenefitCalculator',
      fileName: () => 'sh-benefit-calculator.js',
    },
    rolldownOptions: {
      output: {
        // Vite's lib mode keeps whitespace for /*#__PURE__*/ annotations; this script is used as is.
        minify: true,
        // Escaped to ASCII (\uXXXX): a classic script is decoded in the host page's encoding when the server sends
        // no charset, and older portals are GBK/GB2312; ASCII reads the same in all of them. copy-embed.mjs checks it.
        charset: 'ascii',
        // Calculators and locale files are loaded on demand in the app; here everything is in the one file.
        codeSplitting: false,
      },
    },
  },
});
