#!/usr/bin/env node
/**
 * Every test of the project, in order: type checks, unit and component tests (Vitest), the build, and the
 * browser tests (Playwright in Debian's Chromium). Runs each stage even when an earlier one fails, then prints
 * one line "N passed, N failed" summing every runner, and exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function sh(title, cmd, args) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return r.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser tests need Debian's Chromium and a CJK font. On a fresh Debian machine, run as root (as CI does), they
 * are installed here from Debian's packages; without root the command says what to run and the browser stage fails.
 */
function fontInstalled() {
  return spawnSync('dpkg', ['-s', 'fonts-wqy-microhei'], { stdio: 'ignore' }).status === 0;
}
if (!process.env.CHROMIUM_PATH && (!existsSync(chromium) || !fontInstalled())) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    console.log('\n=== installing Debian\'s Chromium and a CJK font for the browser tests (apt-get)');
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', 'chromium', 'fonts-wqy-microhei'], { stdio: 'inherit', env });
  } else {
    console.error('\nChromium or the CJK font is missing. Run once: sudo apt-get install -y chromium fonts-wqy-microhei');
  }
}
const stages = [];
stages.push(['svelte-check', sh('svelte-check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--compiler-warnings', 'options_missing_custom_element:ignore'])]);
stages.push(['tsc', sh('tsc', 'npx', ['tsc', '-p', '.'])]);
stages.push(['vitest', sh('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORTS}/vitest.json`])]);
// the app, the embeddable script, and the script copied next to the app (npm run build does all three)
const built = sh('build', 'npm', ['run', 'build']);
stages.push(['build', built]);
stages.push(['budget', built && sh('budget', 'node', ['scripts/check-budget.mjs'])]);
if (!existsSync(chromium)) {
  console.error(`\nChromium not found at ${chromium}: install it with "apt-get install -y chromium" (browser tests cannot run).`);
  stages.push(['playwright', false]);
} else if (built) {
  stages.push(['playwright', sh('playwright', 'npx', ['playwright', 'test'])]);
} else {
  stages.push(['playwright', false]);
}

let passed = 0;
let failed = 0;
const vitest = readJson(`${REPORTS}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
const pw = readJson(`${REPORTS}/playwright.json`);
if (pw?.stats) {
  passed += pw.stats.expected ?? 0;
  failed += (pw.stats.unexpected ?? 0) + (pw.stats.flaky ?? 0);
}
// A stage that failed without tests of its own (type check, build) counts as one failed check.
for (const [name, ok] of stages) {
  if (ok) continue;
  if ((name === 'vitest' && vitest?.numFailedTests) || (name === 'playwright' && pw?.stats?.unexpected)) continue;
  console.error(`stage failed: ${name}`);
  failed += 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || stages.some(([, ok]) => !ok) ? 1 : 0);
