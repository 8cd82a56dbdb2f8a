#!/usr/bin/env node
/** Puts the embeddable script next to the app in dist/, where docs/embed.md says the portal finds it. */
import { copyFileSync } from 'node:fs';

copyFileSync('dist-embed/sh-benefit-calculator.js', 'dist/sh-benefit-calculator.js');
