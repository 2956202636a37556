#!/usr/bin/env node
/**
 * Proves the site works under a base path: builds a copy of the project with BASE_PATH=/planner/
 * (dist/ is never touched), then checks that every href, src and action in the built HTML, every
 * sitemap, robots.txt, _headers, service-worker and search-code address, is under /planner/ (or
 * external, or a fragment) and resolves to a file; then serves the copy and opens each kind of
 * page in Chromium: no request outside /planner/, none failing, search and offline working.
 * Usage: node scripts/check-base-path.mjs [--base /planner/] [--keep]   (exit 1 on any problem)
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser.ts';

const args = process.argv.slice(2);
const base = (args.includes('--base') ? args[args.indexOf('--base') + 1] : '/planner/').replace(/\/?$/, '/');
const keep = args.includes('--keep');
const project = resolve('.');
const site = process.env.SITE_URL ?? 'https://medical-coding-planner.example';
const siteBase = new URL(base, site).href;
const problems = [];
const counts = { pages: 0, addresses: 0, sitemap: 0, precache: 0, visited: 0, requests: 0 };

// 1. A copy of the project (as it is on disk, uncommitted work included) with its own
// node_modules folder of links, so Astro's caches (node_modules/.astro, .vite) stay separate.
const work = mkdtempSync(join(tmpdir(), 'ccp-base-'));
const skip = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'reports', 'playwright-report']);
for (const entry of readdirSync(project)) {
  if (!skip.has(entry)) cpSync(join(project, entry), join(work, entry), { recursive: true });
}
mkdirSync(join(work, 'node_modules'));
for (const entry of readdirSync(join(project, 'node_modules'))) {
  if (entry !== '.astro' && entry !== '.vite') symlinkSync(join(project, 'node_modules', entry), join(work, 'node_modules', entry));
}
console.log(`Building a copy with BASE_PATH=${base} in ${work}`);
const env = { ...process.env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' };
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: work, env, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) finish(`the build failed (exit ${build.status})`);
const dist = join(work, 'dist');

/** The built file an address under the base names ("/planner/x/" is x/index.html), or undefined. */
function fileFor(address) {
  const path = decodeURIComponent(address.split(/[?#]/)[0]);
  if (!path.startsWith(base)) return undefined;
  const file = join(dist, path.slice(base.length));
  if (existsSync(file) && statSync(file).isFile()) return file;
  return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
}

/** An address in `where` must be under the base (on this site) and resolve; others are skipped. */
function check(where, raw) {
  const address = raw.replaceAll('&amp;', '&');
  counts.addresses++;
  if (address.startsWith('#') || /^(mailto:|data:|blob:)/.test(address)) return;
  if (/^https?:/.test(address)) {
    if (new URL(address).origin !== new URL(site).origin) return;
    if (!address.startsWith(siteBase)) problems.push(`${where}: ${address} is not under ${siteBase}`);
    else if (!fileFor(new URL(address).pathname)) problems.push(`${where}: ${address} has no file`);
    return;
  }
  if (!address.startsWith(base)) problems.push(`${where}: ${address} is not under ${base}`);
  else if (!fileFor(address)) problems.push(`${where}: ${address} has no file`);
}

// 2. Every address in the built HTML.
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/'));
const pages = files.filter((f) => f.endsWith('.html'));
for (const page of pages) {
  counts.pages++;
  const html = readFileSync(join(dist, page), 'utf8');
  for (const m of html.matchAll(/\s(?:href|src|action|content)="([^"]*)"/g)) {
    // A content="" attribute holds an address only in meta tags such as og:url and og:image.
    if (m[0].startsWith(' content') && !/^(https?:)?\/\//.test(m[1])) continue;
    check(page, m[1]);
  }
  // Base URLs handed to scripts (islands, search) in data attributes or island props.
  for (const m of html.matchAll(/data-base="([^"]*)"/g)) if (m[1] !== base) problems.push(`${page}: data-base="${m[1]}"`);
}

// 3. Sitemap, robots.txt, _headers, the service worker's precache, the search code.
for (const m of readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
  counts.sitemap++;
  check('sitemap.xml', m[1]);
}
const robots = readFileSync(join(dist, 'robots.txt'), 'utf8').match(/^Sitemap: (.+)$/m)?.[1];
if (robots !== `${siteBase}sitemap.xml`) problems.push(`robots.txt: Sitemap is ${robots}`);
for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
  if (/^\//.test(line) && !line.startsWith(base)) problems.push(`_headers: rule ${line} is not under ${base}`);
}
for (const m of readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)) {
  counts.precache++;
  check('sw.js precache', m[1]);
}
if (counts.precache === 0) problems.push('sw.js: no precache entries found');
for (const m of readFileSync(join(dist, 'search/code.js'), 'utf8').matchAll(/import\s*"([^"]+)"/g)) check('search/code.js', m[1]);
// Root-relative addresses written into the scripts would miss the base.
const routes = 'pagefind|search|guides|credentials|compare|roadmap|ceu|sources|offline|icons|_astro|sw\\.js|manifest';
for (const f of files.filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/'))) {
  for (const m of readFileSync(join(dist, f), 'utf8').matchAll(new RegExp(`["'\`]/(${routes})\\b[^"'\`]*`, 'g'))) {
    problems.push(`${f}: root-relative address ${m[0].slice(1)}`);
  }
}

// 4. In the browser: each kind of page, under the base, with its tools.
const port = 4300 + Math.floor(Math.random() * 600);
const server = spawn(process.execPath, [join(project, 'scripts/serve.mjs'), '--port', String(port)], { cwd: work, env, stdio: 'ignore' });
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  await waitForServer(`${origin}${base}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('request', (r) => {
    counts.requests++;
    const url = new URL(r.url());
    if (url.origin === origin && !url.pathname.startsWith(base)) problems.push(`browser: ${page.url()} asked for ${url.pathname}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`browser: ${r.status()} for ${new URL(r.url()).pathname} (on ${page.url()})`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`browser: console error on ${page.url()}: ${m.text().slice(0, 160)}`);
  });
  const sample = (dir) => pages.find((p) => p.startsWith(`${dir}/`) && p !== `${dir}/index.html`)?.slice(0, -'index.html'.length);
  const visits = ['', 'guides/', sample('guides'), 'credentials/', sample('credentials'), sample('compare'), 'compare/?c=cpc,ccs', 'roadmap/', 'ceu/', 'sources/'];
  for (const path of visits.filter((v) => v !== undefined)) {
    await page.goto(`${origin}${base}${path}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    counts.visited++;
  }
  // Search: the page with ?q= runs Pagefind from under the base and lists results there.
  await page.goto(`${origin}${base}search/?q=apprentice`);
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await first.waitFor({ timeout: 10_000 }).catch(() => problems.push('browser: search listed no results'));
  const href = await first.getAttribute('href').catch(() => null);
  if (href && !href.startsWith(base)) problems.push(`browser: a search result links to ${href}`);
  // Offline: the service worker registers under the base and takes the page.
  await page.goto(`${origin}${base}`);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope).catch((e) => `error: ${e}`);
  if (scope !== `${origin}${base}`) problems.push(`browser: service worker scope is ${scope}`);
  await context.close();
} finally {
  await browser.close();
  server.kill();
}

finish();

async function waitForServer(url) {
  for (let i = 0; i < 50; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not start at ${url}`);
}

function finish(fatal) {
  if (fatal) problems.push(fatal);
  if (!keep) rmSync(work, { recursive: true, force: true });
  console.log(
    `Base path ${base}: ${counts.pages} pages, ${counts.addresses} addresses, ${counts.sitemap} sitemap entries, ` +
      `${counts.precache} precached files checked; ${counts.visited} pages opened in Chromium (${counts.requests} requests).`,
  );
  if (keep) console.log(`Kept the build in ${relative(project, work) || work}`);
  if (problems.length === 0) {
    console.log('OK: every address is under the base path and resolves.');
    process.exit(0);
  }
  const unique = [...new Set(problems)];
  console.log(`${unique.length} problem(s):`);
  for (const p of unique) console.log(`  - ${p}`);
  process.exit(1);
}
