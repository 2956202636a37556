#!/usr/bin/env node
/**
 * The Nu HTML checker (vnu.jar from the vnu-jar package) over every page in dist/: each page is
 * one check, passed when the checker reports no error. Needs Java; without it, says so and exits 0
 * with {"skipped": "..."} (scripts/test.mjs counts nothing then). Writes test-results/html.json.
 * Usage: node scripts/check-html.mjs [dist]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(process.argv[2] ?? 'dist');
const out = 'test-results/html.json';
mkdirSync('test-results', { recursive: true });

const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
if (spawnSync(java, ['-version'], { stdio: 'ignore' }).status !== 0) {
  const skipped = 'Java is not installed, so the HTML of the built pages was not validated (Debian/Ubuntu: sudo apt-get install default-jre-headless).';
  console.log(`HTML check skipped: ${skipped}`);
  writeFileSync(out, JSON.stringify({ skipped }));
  process.exit(0);
}

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(dist, f));
const jar = fileURLToPath(new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));
// --errors-only: warnings and notes (among them CSP notes, false positives on file: URLs) are not failures.
const r = spawnSync(java, ['-Xss1m', '-jar', jar, '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
let messages;
try {
  messages = JSON.parse(r.stderr).messages;
} catch {
  console.error(`vnu did not report (exit ${r.status}):\n${r.stderr.slice(0, 2000)}`);
  writeFileSync(out, JSON.stringify({ passed: 0, failed: 1 }));
  process.exit(1);
}
const byPage = new Map();
for (const m of messages) {
  const file = fileURLToPath(m.url);
  byPage.set(file, [...(byPage.get(file) ?? []), m]);
}
const route = (file) => `/${relative(dist, file).split(sep).join('/')}`;
for (const [file, list] of byPage) {
  console.log(`✘ ${route(file)}`);
  for (const m of list) console.log(`    line ${m.lastLine ?? '?'}: ${m.message}${m.extract ? `  …${m.extract.replace(/\n/g, ' ')}…` : ''}`);
}
const failed = byPage.size;
console.log(`HTML (Nu checker): ${pages.length - failed} of ${pages.length} pages valid${failed ? `, ${failed} with errors` : ''}`);
writeFileSync(out, JSON.stringify({ passed: pages.length - failed, failed }));
process.exit(failed === 0 ? 0 : 1);
