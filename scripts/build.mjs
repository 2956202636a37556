#!/usr/bin/env node
/**
 * The production build: Astro, then the Pagefind index over the built pages, then the
 * service worker that precaches everything (pages, assets, the index) for offline reading.
 * Usage: node scripts/build.mjs   (BASE_PATH=/planner/ to build under a base path)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';

const dist = 'dist';
const started = performance.now();
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// 1. Astro, with the same Node that runs this script.
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const astro = spawnSync(process.execPath, [astroBin, 'build'], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);

// 2. Search index: only what sits inside <main data-pagefind-body>.
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
await index.writeFiles({ outputPath: `${dist}/pagefind` });
await pagefind.close();
console.log(`pagefind: indexed ${added.page_count} pages`);

// 3. Service worker: precache the whole site, so every page and search work offline.
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const sw = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,css,js,svg,png,webmanifest,json,pf_meta,pf_fragment,pf_index,pagefind,wasm}'],
  globIgnores: ['sw.js', 'workbox-*.js'],
  swDest: `${dist}/sw.js`,
  modifyURLPrefix: { '': base },
  // "/guides/x/" is served by "/guides/x/index.html".
  directoryIndex: 'index.html',
  // Pagefind asks for its entry file with ?ts=<now>; match the precached copy anyway.
  ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^q$/, /^c$/],
  navigateFallback: `${base}404.html`,
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
