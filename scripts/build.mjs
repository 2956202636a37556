#!/usr/bin/env node
/**
 * The production build: Astro, then the Pagefind index over the built pages, then the
 * service worker: it precaches the shell, the tools, the indexes and the search index, and
 * caches guides as they are read (see step 5).
 * Usage: node scripts/build.mjs   (BASE_PATH=/planner/ to build under a base path)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
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

// 3. Search index: only what sits inside <main data-pagefind-body>, less the words that are
// chrome rather than content (a figure's citation and caveat are on every figure; a comparison
// row's "differs" tag is a label), so they neither rank pages nor fill snippets.
const { index, errors } = await pagefind.createIndex({
  excludeSelectors: ['.fact-cite', '.fact-caveat', '.differs-tag', '.chart thead'],
});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
let indexed = 0;
for (const sourcePath of htmlFiles) {
  const html = readFileSync(join(dist, sourcePath), 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const added = await index.addHTMLFile({ sourcePath, content: spaced(html) });
  if (added.errors.length > 0) throw new Error(`Pagefind, ${sourcePath}: ${added.errors.join('; ')}`);
  indexed++;
}
await index.writeFiles({ outputPath: `${dist}/pagefind` });
await pagefind.close();
console.log(`pagefind: indexed ${indexed} pages`);

// 4. What offline search and "Save all guides" need to know about the index: the address and
// title of every page (search/titles.json, precached: offline, a result whose fragment is not
// saved is still listed), and every guide with its size and search fragment
// (offline/library.json, fetched when the reader asks to save them all).
const offlineCaches = JSON.parse(readFileSync(new URL('../src/lib/offline-caches.json', import.meta.url), 'utf8'));
const fragmentDir = join(dist, 'pagefind', 'fragment');
const withBase = (url) => `${base}${url.replace(/^\//, '')}`;
/** Library pages (guides, credential pages, pre-rendered comparisons): cached as read, not precached. */
const libraryPath = new RegExp(offlineCaches.libraryPaths);
const isLibraryPage = (url) => libraryPath.test(url.replace(/^\//, ''));
const titles = {};
const fragmentOf = new Map();
for (const file of readdirSync(fragmentDir)) {
  let text = gunzipSync(readFileSync(join(fragmentDir, file))).toString('utf8');
  if (text.startsWith('pagefind_dcd')) text = text.slice('pagefind_dcd'.length);
  const { url, meta } = JSON.parse(text);
  const hash = file.replace(/\.pf_fragment$/, '');
  titles[hash] = [withBase(url), meta?.title ?? url];
  if (isLibraryPage(url)) fragmentOf.set(url, { file, bytes: statSync(join(fragmentDir, file)).size });
}
mkdirSync(join(dist, 'offline'), { recursive: true });
writeFileSync(join(dist, 'search', 'titles.json'), JSON.stringify(titles));
const libraryPages = ['guides', 'credentials', 'compare'].flatMap((folder) =>
  readdirSync(join(dist, folder), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, folder, d.name, 'index.html')))
    .map((d) => `/${folder}/${d.name}/`)
    .filter(isLibraryPage),
);
const guides = libraryPages.map((url) => {
  const fragment = fragmentOf.get(url);
  const row = [withBase(url), statSync(join(dist, url, 'index.html')).size];
  return fragment ? [...row, fragment.file.replace(/\.pf_fragment$/, ''), fragment.bytes] : row;
});
writeFileSync(join(dist, 'offline', 'library.json'), JSON.stringify({ guides }));
const guideFragments = new Set([...fragmentOf.values()].map((f) => f.file));

// 5. Service worker. The first visit precaches the shell, the tools, the indexes and the whole
// search index (its fragments only for pages other than guides), so its size does not grow
// with the library; guides (and their fragments) are cached as they are read, or all at once
// when the reader asks. Any address with a query (?p= share links, ?q= and filters, ?c=)
// opens from the precached page.
const esc = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sw = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,css,js,svg,png,webmanifest,json,pf_meta,pf_fragment,pf_index,pf_filter,pagefind,wasm}'],
  globIgnores: [
    'sw.js',
    'workbox-*.js',
    // Pagefind's own UI bundles are not used (the site has its own search panel).
    'pagefind/pagefind-*ui*',
    'pagefind/pagefind-highlight.js',
    // The library: cached as read, or saved on request.
    'guides/*/index.html',
    'credentials/*/index.html',
    'compare/*-vs-*/index.html',
    'offline/library.json',
    // Not for readers.
    '404.html',
  ],
  manifestTransforms: [(entries) => ({ manifest: entries.filter((e) => !guideFragments.has(e.url.split('/').pop())), warnings: [] })],
  swDest: `${dist}/sw.js`,
  modifyURLPrefix: { '': base },
  // "/guides/" is served by "/guides/index.html".
  directoryIndex: 'index.html',
  // Hashed names: the name changes with the content, no revision needed.
  dontCacheBustURLsMatching: /(?:_astro\/|pagefind\/(?:fragment|index|filter)\/|\.pf_meta$|\.pagefind$)/,
  // A precached page answers for its address with any query: /roadmap/?p=..., /search/?q=...&kind=...,
  // /compare/?c=cpc,ccs, and Pagefind's pagefind-entry.json?ts=<now>.
  ignoreURLParametersMatching: [/.*/],
  runtimeCaching: [
    {
      // A library page (guide, credential page, comparison): the network first (so a fixed figure
      // shows at once), its saved copy offline.
      urlPattern: new RegExp(`^[^?#]*?//[^/]+${esc(base)}${offlineCaches.libraryPaths.slice(1, -1)}(?:[?#].*)?$`),
      handler: 'NetworkFirst',
      options: {
        cacheName: offlineCaches.guides,
        networkTimeoutSeconds: 4,
        matchOptions: { ignoreSearch: true },
        cacheableResponse: { statuses: [200] },
        precacheFallback: { fallbackURL: `${base}offline/index.html` },
      },
    },
    {
      // A guide's search fragment (hashed name: never changes), kept once shown.
      urlPattern: new RegExp(`${esc(base)}pagefind/fragment/`),
      handler: 'CacheFirst',
      options: { cacheName: offlineCaches.fragments, cacheableResponse: { statuses: [200] } },
    },
    {
      // Any other page that is not precached: the network, and offline the offline page.
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

/**
 * The page as Pagefind should read it. Astro writes HTML without the whitespace between tags
 * (compressHTML), and Pagefind joins the text of cells, terms and list items that touch:
 * "Issuer</dt><dd>AAPC" reads "IssuerAAPC". A space after every closing tag of an element that
 * a reader sees as its own box keeps the words apart; the page itself is not changed.
 */
function spaced(html) {
  return html
    .replace(/(<\/(?:td|th|dt|dd|li|tr|caption|figcaption|summary|label|option|button|h[1-6]|p|div|section|figure|header|footer|nav|aside|blockquote|pre)>)(?=<)/g, '$1 ')
    .replace(/(<\/(?:span|a|strong|em|b|i|small|time|code)>)(?=<(?:span|a|strong|em|b|i|small|time|code)[\s>])/g, '$1 ');
}
