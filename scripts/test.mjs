#!/usr/bin/env node
/**
 * The whole suite, as `npm test` runs it: type check, unit tests, production build, the Nu HTML
 * checker over the built pages (where Java is installed), the build under a base path, browser
 * tests against the built site. Every step runs even when one before it failed (except the
 * browser tests, which need a build). Ends with one line "N passed, N failed" for CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = (path) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const results = [];

function run(name, args) {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  return r.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

// 1. Types: one check, counted as one test.
results.push({ step: 'astro check', passed: run('astro check', [bin('astro/bin/astro.mjs'), 'check']) ? 1 : 0, failedCount: 0 });
if (results.at(-1).passed === 0) results.at(-1).failedCount = 1;

// 2. Unit tests.
const unitOk = run('unit tests (vitest)', [
  bin('vitest/vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
results.push({
  step: 'vitest',
  passed: unit?.numPassedTests ?? 0,
  failedCount: unit ? unit.numFailedTests + (unitOk || unit.numFailedTests > 0 ? 0 : 1) : 1,
});

// 3. Build (Astro, Pagefind, service worker), counted as one test.
const built = run('build', ['scripts/build.mjs']);
results.push({ step: 'build', passed: built ? 1 : 0, failedCount: built ? 0 : 1 });

// 4. Every built page through the Nu HTML checker (each page one test); skipped, with a message
// saying how to install it, where Java is missing.
if (built) {
  const htmlOk = run('HTML validation (Nu checker)', ['scripts/check-html.mjs']);
  const html = readJson('test-results/html.json');
  if (html?.skipped) console.log(`\nHTML validation skipped: ${html.skipped}`);
  else results.push({ step: 'html (vnu)', passed: html?.passed ?? 0, failedCount: html ? html.failed : htmlOk ? 0 : 1 });
} else results.push({ step: 'html (vnu)', passed: 0, failedCount: 1 });

// 5. The site under a base path (a separate copy; dist/ is untouched), counted as one test.
const based = run('base path (BASE_PATH=/planner/)', ['scripts/check-base-path.mjs']);
results.push({ step: 'base path', passed: based ? 1 : 0, failedCount: based ? 0 : 1 });

// 6. Browser tests against the built site.
if (built && existsSync('dist/index.html')) {
  const e2eOk = run('browser tests (playwright)', [bin('@playwright/test/cli.js'), 'test']);
  const e2e = readJson('test-results/e2e.json');
  const stats = e2e?.stats;
  results.push({
    step: 'playwright',
    passed: stats ? stats.expected + stats.flaky : 0,
    failedCount: stats ? stats.unexpected + (e2eOk || stats.unexpected > 0 ? 0 : 1) : 1,
  });
} else {
  console.log('\nBrowser tests skipped: the build failed.');
  results.push({ step: 'playwright', passed: 0, failedCount: 1 });
}

console.log('');
for (const r of results) console.log(`${r.step}: ${r.passed} passed, ${r.failedCount} failed`);
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failedCount, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
