#!/usr/bin/env node
/**
 * npm run lighthouse
 *
 * Builds the app, serves it with `vite preview` on 127.0.0.1:$PORT (default 4173), runs Lighthouse 12.8.2 (through
 * npx, not a dependency of the project) in Debian's Chromium against the home page and #/unemployment-benefit,
 * prints the four category scores and every audit below full marks outside performance, and stops the server.
 *
 * Environment: PORT (default 4173), OUT_DIR (build folder, default dist), SKIP_BUILD=1 (serve OUT_DIR as it is),
 * CHROME_PATH (default /usr/bin/chromium), LH_PRESET=desktop (Lighthouse's desktop preset; default mobile).
 * The JSON reports are written to reports/lighthouse/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const PORT = Number(process.env['PORT'] ?? 4173);
const OUT_DIR = resolve(process.env['OUT_DIR'] ?? 'dist');
const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const REPORTS = resolve('reports/lighthouse');
const base = `http://127.0.0.1:${PORT}/`;
const pages = [
  ['home', base],
  ['unemployment-benefit', `${base}#/unemployment-benefit`],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function sh(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

if (process.env['SKIP_BUILD'] !== '1' && !sh('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir'])) {
  console.error('lighthouse: the build failed');
  process.exit(1);
}

// Its own process group, so that stopping it stops npx and the vite process under it (and nothing else).
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', OUT_DIR], { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

let failed = false;
try {
  if (!(await waitFor(base, 30_000))) throw new Error(`vite preview did not answer on ${base}`);
  mkdirSync(REPORTS, { recursive: true });
  const results = [];
  for (const [name, url] of pages) {
    const out = resolve(REPORTS, `${name}.json`);
    const args = [
      '-y',
      LIGHTHOUSE,
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      ...(process.env['LH_PRESET'] === 'desktop' ? ['--preset=desktop'] : []),
    ];
    if (!sh('npx', args, { CHROME_PATH })) {
      failed = true;
      results.push({ name, url });
      continue;
    }
    const report = JSON.parse(readFileSync(out, 'utf8'));
    results.push({ name, url, report });
  }

  console.log(`\nLighthouse ${LIGHTHOUSE.split('@')[1]} (${process.env['LH_PRESET'] === 'desktop' ? 'desktop' : 'mobile'} preset), ${OUT_DIR}`);
  console.log(`${'page'.padEnd(24)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
  for (const { name, report } of results) {
    const cells = CATEGORIES.map((c) => {
      const score = report?.categories?.[c]?.score;
      return (typeof score === 'number' ? String(Math.round(score * 100)) : '—').padStart(16);
    });
    console.log(`${name.padEnd(24)}${cells.join('')}`);
  }
  for (const { name, report } of results) {
    if (!report) continue;
    const below = [];
    for (const c of CATEGORIES.filter((x) => x !== 'performance')) {
      for (const ref of report.categories[c]?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (ref.weight > 0 && typeof audit?.score === 'number' && audit.score < 1) below.push(`  ${c}: ${ref.id} (${audit.score}) ${audit.title}`);
      }
    }
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map((id) => report.audits[id] && `${id} ${report.audits[id].displayValue}`)
      .filter(Boolean);
    console.log(`\n${name}: ${metrics.join(', ')}`);
    for (const line of below) console.log(line);
  }
} catch (e) {
  console.error(`lighthouse: ${e instanceof Error ? e.message : String(e)}`);
  failed = true;
} finally {
  stop();
}
process.exit(failed ? 1 : 0);
