#!/usr/bin/env node
/**
 * npm run lighthouse
 *
 * Builds the app, serves it with `vite preview` on 127.0.0.1:$PORT (default 4173) and measures the home page and
 * every calculator page (#/<id> for each id in src/rules/registry.ts) on a phone, then prints one table and stops the
 * server. Two ways to measure, both in Debian's Chromium (no browser is downloaded):
 *
 * - Lighthouse 12.8.2 (mobile preset, 4× CPU throttling), a devDependency (node_modules/.bin/lighthouse), or on the PATH;
 *   LH_DOWNLOAD=1 lets npx fetch it from the npm registry instead.
 *   Prints the four category scores and every audit below full marks outside performance.
 * - Otherwise (or with LH_MODE=trace), Chromium's own performance timeline through Playwright, under Lighthouse's
 *   mobile conditions (412×823 at 1.75×, 4× CPU slowdown, and the network of its devtools throttling: 562.5 ms
 *   request latency, 1474.56 kbit/s down, 675 kbit/s up; a fresh profile each run). It reads first contentful paint,
 *   largest contentful paint, cumulative layout shift, and the long tasks after first paint (total blocking time =
 *   the part of each beyond 50 ms, Lighthouse's definition), and scores them with Lighthouse 12's mobile curves and
 *   weights (FCP 10, SI 10, LCP 25, TBT 30, CLS 25). Speed index is not measured: it is taken as the LCP, which on
 *   these text pages is when the screen is complete. An estimate, not Lighthouse: compare runs of one machine.
 *
 * Each page is measured RUNS times (default 3) and the table gives the medians (a shared machine is noisy; the load
 * average is printed with it).
 *
 * Environment: PORT (default 4173), OUT_DIR (build folder, default dist), SKIP_BUILD=1 (serve OUT_DIR as it is),
 * CHROME_PATH (default /usr/bin/chromium), LH_PRESET=desktop (Lighthouse's desktop preset; default mobile),
 * LH_MODE=trace|lighthouse, LH_DOWNLOAD=1, RUNS (default 3), PAGES (comma-separated names, e.g. home,maternity).
 * The JSON reports are written to reports/lighthouse/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const PORT = Number(process.env['PORT'] ?? 4173);
const OUT_DIR = resolve(process.env['OUT_DIR'] ?? 'dist');
const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const REPORTS = resolve('reports/lighthouse');
const RUNS = Math.max(1, Number(process.env['RUNS'] ?? 3));
const base = `http://127.0.0.1:${PORT}/`;

/** Every calculator id, read from the registry's loaders (`'<id>': () => import(…)`). */
const ids = [...readFileSync(resolve('src/rules/registry.ts'), 'utf8').matchAll(/^\s*'([a-z0-9-]+)':\s*\(\)\s*=>\s*import\(/gm)].map((m) => m[1]);
const only = process.env['PAGES']?.split(',').filter(Boolean);
const pages = [['home', base], ...ids.map((id) => [id, `${base}#/${id}`])].filter(([name]) => !only || only.includes(name));

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

/** The installed Lighthouse command, if any (never downloaded unless LH_DOWNLOAD=1). */
function findLighthouse() {
  if (process.env['LH_MODE'] === 'trace') return undefined;
  if (process.env['LH_DOWNLOAD'] === '1') return ['npx', ['-y', LIGHTHOUSE]];
  for (const dir of [resolve('node_modules/.bin'), ...(process.env['PATH'] ?? '').split(delimiter)]) {
    if (dir && existsSync(join(dir, 'lighthouse'))) return [join(dir, 'lighthouse'), []];
  }
  if (process.env['LH_MODE'] === 'lighthouse') {
    console.error(`lighthouse: LH_MODE=lighthouse but no lighthouse is installed (npm i -g ${LIGHTHOUSE}, or LH_DOWNLOAD=1)`);
    process.exit(2);
  }
  return undefined;
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

// ---------------------------------------------------------------- Lighthouse's scoring (mobile, v12)

/** Complementary error function (Abramowitz–Stegun 7.1.26, |error| < 1.5e-7). */
function erfc(x) {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * z);
  const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-z * z);
  return x >= 0 ? y : 2 - y;
}
/** Lighthouse's log-normal curve: 0.5 at the median, 0.9 at p10. */
function logNormalScore({ p10, median: m }, value) {
  if (value <= 0) return 1;
  const INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232;
  const standardized = (INVERSE_ERFC_ONE_FIFTH * Math.log(value / m)) / -Math.log(p10 / m);
  return Math.min(1, Math.max(0, erfc(standardized) / 2));
}
const CURVES = {
  fcp: { p10: 1800, median: 3000, weight: 10 },
  si: { p10: 3387, median: 5800, weight: 10 },
  lcp: { p10: 2500, median: 4000, weight: 25 },
  tbt: { p10: 200, median: 600, weight: 30 },
  cls: { p10: 0.1, median: 0.25, weight: 25 },
};
function performanceScore(m) {
  let sum = 0;
  for (const [k, c] of Object.entries(CURVES)) sum += c.weight * logNormalScore(c, m[k]);
  return sum / 100;
}

// ---------------------------------------------------------------- trace mode

/** Set up in the page before any of its scripts: paint, LCP, layout shifts and long tasks, buffered. */
function observe() {
  const w = /** @type {any} */ (window);
  w.__perf = { fcp: undefined, lcp: 0, cls: 0, tasks: [] };
  const on = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      // not supported
    }
  };
  on('paint', (e) => e.name === 'first-contentful-paint' && (w.__perf.fcp = e.startTime));
  on('largest-contentful-paint', (e) => (w.__perf.lcp = Math.max(w.__perf.lcp, e.startTime)));
  on('layout-shift', (e) => !e.hadRecentInput && (w.__perf.cls += e.value));
  on('longtask', (e) => w.__perf.tasks.push([e.startTime, e.duration]));
}

/**
 * The page's main-thread tasks from a Chromium trace: top-level RunTask events of the renderer thread that painted
 * first, each with its thread time (tdur: CPU time, which neither the throttler's pauses nor other processes on a busy
 * machine inflate) and, for the report, what ran in it.
 */
function mainThreadTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const fcpEvent = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcpEvent) return { fcpTs: undefined, tasks: [] };
  const { pid, tid } = fcpEvent;
  const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const top = [];
  for (const t of tasks) if (!top.length || t.ts >= top[top.length - 1].ts + top[top.length - 1].dur) top.push(t);
  const out = top.map((t) => {
    const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur && /^(EvaluateScript|v8\.compile|v8\.compileModule|v8\.evaluateModule|FunctionCall|ParseHTML|Layout|UpdateLayoutTree|Paint|ParseAuthorStyleSheet|TimerFire|FireAnimationFrame|EventDispatch|v8\.run|V8\.GC_SCAVENGER|MajorGC|MinorGC)$/.test(e.name));
    const what = new Map();
    for (const e of inside) {
      const url = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? e.args?.fileName ?? '';
      const key = `${e.name}${url ? ` ${url.replace(/^.*\//, '')}` : ''}`;
      what.set(key, (what.get(key) ?? 0) + (e.tdur ?? e.dur));
    }
    return { ts: t.ts, dur: t.dur / 1000, cpu: (t.tdur ?? t.dur) / 1000, what: [...what].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`) };
  });
  return { fcpTs: fcpEvent.ts, tasks: out };
}

async function traceOnce(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Mobile Safari/537.36',
  });
  const page = await context.newPage();
  await page.addInitScript(observe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  let lastNetwork = Date.now();
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    lastNetwork = Date.now();
  });
  cdp.on('Network.requestWillBeSent', () => (lastNetwork = Date.now()));
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'v8.execute', 'toplevel'] });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // Quiet: no request and no new long task for 3 s (at most 20 s after load).
  const end = Date.now() + 20_000;
  let tasks = 0;
  let lastTask = Date.now();
  while (Date.now() < end) {
    await page.waitForTimeout(500);
    const n = await page.evaluate(() => /** @type {any} */ (window).__perf.tasks.length);
    if (n !== tasks) [tasks, lastTask] = [n, Date.now()];
    if (Date.now() - Math.max(lastNetwork, lastTask) > 3000) break;
  }
  const perf = await page.evaluate(() => /** @type {any} */ (window).__perf);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  await context.close();
  const fcp = perf.fcp ?? NaN;
  // Total blocking time, as Lighthouse's simulation counts it: each main-thread task after first contentful paint
  // (clipped there) takes 4× its unthrottled CPU time; the part beyond 50 ms blocks. Wall time (the long tasks the
  // page saw) is kept beside it: on a loaded machine it mostly measures the other processes.
  const { fcpTs, tasks: mainTasks } = mainThreadTasks(trace);
  let tbt = 0;
  const long = [];
  for (const t of mainTasks) {
    if (fcpTs === undefined || t.ts + t.dur * 1000 <= fcpTs) continue;
    const share = t.ts >= fcpTs ? 1 : (t.ts + t.dur * 1000 - fcpTs) / (t.dur * 1000);
    const d = 4 * t.cpu * share;
    if (d > 50) {
      tbt += d - 50;
      long.push(`${d.toFixed(0)} ms at +${((t.ts - fcpTs) / 1000).toFixed(0)}: ${t.what.join(', ')}`);
    }
  }
  const wallTbt = perf.tasks.reduce((n, [start, dur]) => {
    const from = Math.max(start, fcp);
    const d = start + dur - from;
    return d > 50 ? n + d - 50 : n;
  }, 0);
  const lcp = Math.max(perf.lcp, fcp);
  const m = { fcp, lcp, si: lcp, tbt, wallTbt, cls: perf.cls, bytes, longTasks: long.length, long };
  return { ...m, score: performanceScore(m) };
}

async function traceMode() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS.split(' ').filter((f) => f !== '--headless') });
  const results = [];
  try {
    for (const [name, url] of pages) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(await traceOnce(browser, url));
        process.stdout.write('.');
      }
      const med = Object.fromEntries(['score', 'fcp', 'lcp', 'tbt', 'wallTbt', 'cls', 'bytes', 'longTasks'].map((k) => [k, median(runs.map((r) => r[k]))]));
      if (process.env['LH_VERBOSE'] === '1') for (const r of runs) console.log(`\n${name}: TBT ${r.tbt.toFixed(0)}\n  ${r.long.join('\n  ')}`);
      results.push({ name, url, runs, median: med, scores: runs.map((r) => Math.round(r.score * 100)) });
    }
  } finally {
    await browser.close();
  }
  writeFileSync(resolve(REPORTS, 'trace.json'), JSON.stringify({ load: loadavg(), runs: RUNS, results }, null, 2));
  console.log(`\n\nChromium performance timeline (Lighthouse mobile conditions, 4× CPU), median of ${RUNS} run(s), ${OUT_DIR}; load average ${load()}`);
  const head = ['page', 'perf (est.)', 'runs', 'FCP ms', 'LCP ms', 'TBT ms', 'TBT wall', 'CLS', 'long tasks', 'kB moved'];
  const rows = results.map(({ name, median: m, scores }) => [
    name,
    String(Math.round(m.score * 100)),
    scores.join(' '),
    String(Math.round(m.fcp)),
    String(Math.round(m.lcp)),
    String(Math.round(m.tbt)),
    String(Math.round(m.wallTbt)),
    m.cls.toFixed(3),
    String(m.longTasks),
    (m.bytes / 1000).toFixed(1),
  ]);
  printTable(head, rows);
}

function printTable(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

// ---------------------------------------------------------------- Lighthouse mode

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function lighthouseMode([cmd, pre]) {
  const results = [];
  let failed = false;
  for (const [name, url] of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const out = resolve(REPORTS, RUNS > 1 ? `${name}-${i + 1}.json` : `${name}.json`);
      const args = [
        ...pre,
        url,
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${CHROME_FLAGS}`,
        ...(process.env['LH_PRESET'] === 'desktop' ? ['--preset=desktop'] : []),
      ];
      if (!sh(cmd, args, { CHROME_PATH })) {
        failed = true;
        continue;
      }
      runs.push(JSON.parse(readFileSync(out, 'utf8')));
    }
    results.push({ name, url, runs });
  }

  console.log(`\nLighthouse ${LIGHTHOUSE.split('@')[1]} (${process.env['LH_PRESET'] === 'desktop' ? 'desktop' : 'mobile'} preset), median of ${RUNS} run(s), ${OUT_DIR}; load average ${load()}`);
  const metricIds = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift', SI: 'speed-index' };
  const head = ['page', ...CATEGORIES, 'perf runs', ...Object.keys(metricIds)];
  const rows = results.map(({ name, runs }) => {
    const cat = (c) => median(runs.map((r) => r.categories?.[c]?.score));
    const metric = (id) => median(runs.map((r) => r.audits?.[id]?.numericValue));
    return [
      name,
      ...CATEGORIES.map((c) => (cat(c) === undefined ? '—' : String(Math.round(cat(c) * 100)))),
      runs.map((r) => Math.round((r.categories?.performance?.score ?? 0) * 100)).join(' '),
      ...Object.entries(metricIds).map(([k, id]) => (metric(id) === undefined ? '—' : k === 'CLS' ? metric(id).toFixed(3) : String(Math.round(metric(id))))),
    ];
  });
  printTable(head, rows);
  for (const { name, runs } of results) {
    const report = runs[0];
    if (!report) continue;
    const below = [];
    for (const c of CATEGORIES.filter((x) => x !== 'performance')) {
      for (const ref of report.categories[c]?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (ref.weight > 0 && typeof audit?.score === 'number' && audit.score < 1) below.push(`  ${c}: ${ref.id} (${audit.score}) ${audit.title}`);
      }
    }
    if (below.length) console.log(`\n${name}:\n${below.join('\n')}`);
  }
  return !failed;
}

// ---------------------------------------------------------------- main

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
  const lighthouse = findLighthouse();
  if (lighthouse) failed = !(await lighthouseMode(lighthouse));
  else {
    if (process.env['LH_MODE'] !== 'trace') console.log(`\nlighthouse: ${LIGHTHOUSE} is not installed (npm ci installs it; LH_DOWNLOAD=1 lets npx fetch it). Measuring with Chromium's performance timeline instead.`);
    await traceMode();
  }
} catch (e) {
  console.error(`lighthouse: ${e instanceof Error ? e.message : String(e)}`);
  failed = true;
} finally {
  stop();
}
process.exit(failed ? 1 : 0);
