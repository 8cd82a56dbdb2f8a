#!/usr/bin/env node
/**
 * Puts the embed next to the app in dist/, where docs/embed.md says the portal finds it: the loader
 * (sh-benefit-calculator.js), its chunks (embed/), the single-file build (sh-benefit-calculator.full.js), and the
 * chunks' module graph for scripts/check-budget.mjs (dist/.vite/embed-manifest.json).
 */
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FROM = 'dist-embed';
const files = ['sh-benefit-calculator.js', 'sh-benefit-calculator.full.js', ...readdirSync(join(FROM, 'embed')).map((f) => `embed/${f}`)];

// A classic script is decoded in the host page's encoding when the server names none (GBK on older portals): every
// script of the embed must be plain ASCII (vite.embed.config.ts escapes every other character).
let bad = false;
for (const file of files) {
  if (!existsSync(join(FROM, file))) {
    console.error(`${FROM}/${file} is missing: run "npm run build:embed".`);
    process.exit(1);
  }
  const at = readFileSync(join(FROM, file)).findIndex((b) => b > 0x7f);
  if (at >= 0) {
    console.error(`${FROM}/${file} is not ASCII-only (byte ${at}): the embed would break on GBK pages.`);
    bad = true;
  }
}
if (bad) process.exit(1);
copyFileSync(join(FROM, 'sh-benefit-calculator.js'), 'dist/sh-benefit-calculator.js');
copyFileSync(join(FROM, 'sh-benefit-calculator.full.js'), 'dist/sh-benefit-calculator.full.js');
cpSync(join(FROM, 'embed'), 'dist/embed', { recursive: true });
copyFileSync(join(FROM, '.vite/manifest.json'), 'dist/.vite/embed-manifest.json');
