#!/usr/bin/env node
/** Puts the embeddable script next to the app in dist/, where docs/embed.md says the portal finds it. */
import { copyFileSync, readFileSync } from 'node:fs';

// A classic script is decoded in the host page's encoding when the server names none (GBK on older portals): the
// script must be plain ASCII (vite.embed.config.ts escapes every other character).
const bytes = readFileSync('dist-embed/sh-benefit-calculator.js');
const at = bytes.findIndex((b) => b > 0x7f);
if (at >= 0) {
  console.error(`dist-embed/sh-benefit-calculator.js is not ASCII-only (byte ${at}): the embed would break on GBK pages.`);
  process.exit(1);
}
copyFileSync('dist-embed/sh-benefit-calculator.js', 'dist/sh-benefit-calculator.js');
