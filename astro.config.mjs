// @ts-check
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

/** The site's public address; canonical URLs and the sitemap are built from it. */
const site = process.env.SITE_URL ?? 'https://medical-coding-planner.example';
const base = process.env.BASE_PATH ?? '/';

// The Content-Security-Policy is written once, in public/_headers (the file a CDN reads).
// Astro turns it into a <meta> tag on every page, adding the hashes of the inline scripts and
// styles it emits; after the build, dist/_headers gets that same policy back.
const HEADERS_FILE = new URL('./public/_headers', import.meta.url);
const CSP_LINE = /^(\s+Content-Security-Policy:\s*)(.+)$/im;
/** Directives a browser ignores in a <meta> policy (and warns about in the console). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** "a x y; b z" as a map: a → [x, y], b → [z]. */
function parsePolicy(/** @type {string} */ policy) {
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const d of policy.split(';')) {
    const [name, ...sources] = d.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}
const policyText = (/** @type {[string, Iterable<string>][]} */ directives) =>
  directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

const written = parsePolicy(readFileSync(HEADERS_FILE, 'utf8').match(CSP_LINE)?.[2] ?? '');
if (written.size === 0) throw new Error('public/_headers: no Content-Security-Policy line under /*');
const headerOnly = [...written].filter(([name]) => HEADER_ONLY.has(name));

/**
 * After the build: dist/_headers with the policy the pages carry (plus the header-only
 * directives) and every path rule under the base path.
 * @returns {import('astro').AstroIntegration}
 */
function headersFile() {
  return {
    name: 'site:headers-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        /** @type {Map<string, Set<string>>} */
        const union = new Map();
        const seen = new Set();
        for (const page of pages) {
          const meta = readFileSync(join(out, page), 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
          if (!meta) {
            logger.warn(`${page} has no Content-Security-Policy <meta>`);
            continue;
          }
          const content = (meta[1] ?? '').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
          seen.add(content);
          for (const [name, sources] of parsePolicy(content)) union.set(name, new Set([...(union.get(name) ?? []), ...sources]));
        }
        // Pages normally share one policy; if one adds its own hash, the header must allow it too.
        if (seen.size > 1) logger.warn(`pages carry ${seen.size} different CSPs; the header allows their union`);
        const policy = policyText([...union, ...headerOnly]);
        const prefix = base.replace(/\/?$/, '');
        const headers = readFileSync(HEADERS_FILE, 'utf8')
          .replace(CSP_LINE, (_, key) => key + policy)
          .replace(/^\/\S*/gm, (path) => prefix + path);
        writeFileSync(join(out, '_headers'), headers);
        logger.info(`_headers: CSP with ${policy.match(/'sha\d+-/g)?.length ?? 0} hashes`);
      },
    },
  };
}

/**
 * Vite wraps every `import()` in a helper (about 0.9 kB gzipped) that preloads the chunk's
 * dependencies and CSS and reports failures as a `vite:preloadError` window event. With
 * modulePreload off and no CSS in lazy chunks it has nothing to preload, and the islands handle a
 * failed import themselves (a message on the page), so the helper here just calls the import.
 * If a Vite upgrade renames the helper's id, this stops matching and the JS budget tests fail.
 * @returns {import('vite').Plugin}
 */
function leanPreloadHelper() {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'site:lean-preload-helper',
    enforce: 'pre',
    load: (module) => (module === id ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx(), preact(), headersFile()],
  build: { format: 'directory' },
  security: {
    csp: {
      algorithm: 'SHA-256',
      // Names as written in _headers; Astro checks them against the directives it knows.
      directives: /** @type {any[]} */ (
        [...written].filter(([name]) => !HEADER_ONLY.has(name) && name !== 'script-src' && name !== 'style-src').map((d) => policyText([d]))
      ),
      // Astro adds the hashes of the inline scripts and styles it emits to these two.
      scriptDirective: { resources: written.get('script-src') ?? [] },
      styleDirective: { resources: written.get('style-src') ?? [] },
    },
  },
  vite: {
    plugins: [leanPreloadHelper()],
    build: {
      // Lazy chunks (the CEU import, calendar files, ...) are loaded on a reader's action, from the
      // service worker's cache once installed: no <link rel=modulepreload> lists in the pages' JS.
      modulePreload: false,
      // SOURCEMAP=1 for scripts/js-breakdown.mjs; never in the shipped site.
      sourcemap: process.env.SOURCEMAP === '1',
      rolldownOptions: {
        // MDX modules carry a directive rolldown warns about once per file; it is harmless.
        checks: { moduleLevelDirective: false },
        output: {
          // How the tool pages' JavaScript is cut into files. Each tool page has 25 kB (gzipped) in
          // all, and every extra file costs bytes (gzip starts afresh, imports are repeated), but a
          // page must not load what only another page uses. Measured: /ceu/ 25,564 B with the
          // framework group alone, 25,442 B with these (/roadmap/ 25,314 and 25,349 B). A group
          // also takes the modules its modules import, unless a group with a higher priority claimed
          // them first: a module two pages share, left out of the groups below, would make one page
          // load the other's file (tests/e2e/budgets.spec.ts then fails: the byte budgets, and a
          // test that no tool page reaches another's own files, lazily or not).
          //   framework: what every tool page loads (Preact, its JSX runtime, nanostores' atom,
          //              the island mount), and the one-line preload helper (48 B on its own; /compare/ has
          //              no import() but gets it). Preact's hooks stay out: only /compare/ uses them.
          //   zod:       zod/mini (/roadmap/ at start; /ceu/ only to import a file).
          //   state:     the storage discipline (/roadmap/ and /ceu/).
          //   shared:    dates and nanostores' computed (/compare/ and /ceu/).
          //   download:  saving a file (/ceu/ at start, /roadmap/ when the reader asks).
          //   ceu:       everything else /ceu/ runs at start, in one file; its lazy code (import,
          //              CSV, calendar) stays in files of its own. A module another page imports,
          //              even lazily, must not land here (that page would load all of it: the
          //              roadmap's calendar once did, through the helpers now in src/lib/ics-text.ts).
          codeSplitting: {
            groups: [
              { name: 'framework', test: /node_modules[\\/](preact[\\/](dist|jsx-runtime)|nanostores[\\/]atom)[\\/]|islands[\\/]mount|preload-helper/, priority: 3 },
              // ceu-safety: zod apart from the storage discipline, so /ceu/ loads zod only to import a file.
              { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 2 },
              { name: 'state', test: /src[\\/](stores[\\/](stored-doc|tabs)|lib[\\/]storage-keys)/, priority: 2 },
              { name: 'download', test: /src[\\/]components[\\/]download\./, priority: 2 },
              { name: 'shared', test: /src[\\/]lib[\\/](dates|intl)\.|node_modules[\\/]nanostores[\\/](computed|lifecycle|task)[\\/]/, priority: 2 },
              {
                name: 'ceu',
                test: /src[\\/](lib[\\/]ceu|components[\\/]ceu|stores[\\/]ceu|islands[\\/]CeuTracker)/,
                tags: ['$initial'],
                priority: 1,
              },
            ],
          },
        },
      },
    },
  },
});
