#!/usr/bin/env node
/**
 * The production build: Astro, then the Pagefind index over the built pages, then the
 * service worker that precaches everything (pages, assets, the index) for offline reading.
 * Usage: node scripts/build.mjs   (BASE_PATH=/planner/ to build under a base path)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';

const dist = 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const started = performance.now();
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// 1. Astro, with the same Node that runs this script.
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const astro = spawnSync(process.execPath, [astroBin, 'build'], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);

// 2. A stable address for the search code (the search page's own module), so the header of
// every page can load it only when the reader reaches for search.
const searchEntry = [...readFileSync(`${dist}/search/index.html`, 'utf8').matchAll(/<script type="module" src="([^"]+)"/g)]
  .map((m) => m[1])
  .find((src) => readFileSync(join(dist, src.slice(base.length - 1)), 'utf8').includes('site-search'));
if (!searchEntry) throw new Error('build: the search page has no module script that loads site-search');
writeFileSync(`${dist}/search/code.js`, `import ${JSON.stringify(searchEntry)};\n`);

// 3. Search index: only what sits inside <main data-pagefind-body>.
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
await index.writeFiles({ outputPath: `${dist}/pagefind` });
await pagefind.close();
console.log(`pagefind: indexed ${added.page_count} pages`);

// 4. Service worker: precache the whole site, so every page and search work offline.
const sw = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,css,js,svg,png,webmanifest,json,pf_meta,pf_fragment,pf_index,pagefind,wasm}'],
  // Pagefind's own UI bundles are not used (the site has its own search panel).
  globIgnores: ['sw.js', 'workbox-*.js', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js'],
  swDest: `${dist}/sw.js`,
  modifyURLPrefix: { '': base },
  // "/guides/x/" is served by "/guides/x/index.html".
  directoryIndex: 'index.html',
  // Pagefind asks for its entry file with ?ts=<now>; match the precached copy anyway.
  ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^q$/, /^c$/],
  // A page that is not precached: try the network, and offline show the offline page.
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: `${base}offline/index.html` } },
    },
  ],
  maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  inlineWorkboxRuntime: true,
  cleanupOutdatedCaches: true,
  // The page asks the reader before a new version takes over (nothing is lost mid-session).
  skipWaiting: false,
  clientsClaim: true,
  sourcemap: false,
  mode: 'production',
});
for (const w of sw.warnings) console.warn(`service worker: ${w}`);
console.log(
  `service worker: ${sw.count} files precached, ${(sw.size / 1024).toFixed(0)} kB; build took ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
