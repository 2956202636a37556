/**
 * Bytes a built page sends: its HTML, and the JavaScript it runs (inline scripts plus the
 * module files it loads, followed through their static imports), all gzipped.
 * Shared by the budget tests and `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (text) => gzipSync(text, { level: 9 }).length;

/** @param {string} dist @param {string} route "/credentials/cpc/" */
export function pageWeight(dist, route) {
  const file = join(dist, route.endsWith('.html') ? route : `${route}index.html`);
  const html = readFileSync(file, 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  // Data blocks (<script type="application/json">, an island's props) are not run: HTML, not JS.
  const code = scripts.filter((m) => !/\btype=["']?application\/(?:ld\+)?json/i.test(m[1]));
  const inline = code.filter((m) => !/\bsrc=/.test(m[1])).map((m) => m[2]);
  const files = new Set();
  const follow = (path) => {
    const local = join(dist, path.replace(/^\//, ''));
    if (files.has(local) || !existsSync(local)) return;
    files.add(local);
    const code = readFileSync(local, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      follow(m[1].startsWith('.') ? join(path, '..', m[1]) : m[1]);
    }
  };
  for (const m of code) {
    const src = /\bsrc=["']([^"']+)["']/.exec(m[1])?.[1];
    if (src) follow(src);
  }
  // Astro's islands (client:* directives) load their component and renderer as modules; the
  // site's own islands (src/components/Island.astro) load through their page's module script.
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const attr of m[0].matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) follow(attr[1]);
  }
  for (const code of inline) for (const m of code.matchAll(/(?:import|from)\s*["'](\/[^"']+\.js)["']/g)) follow(m[1]);
  // Astro's islands and ours (src/components/Island.astro).
  const islandCount = (html.match(/<astro-island\b|\bdata-island=/g) ?? []).length;
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((m) => join(dist, m[1].replace(/^\//, '')))
    .filter((f) => existsSync(f));
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const jsTexts = [...inline, ...[...files].map((f) => readFileSync(f, 'utf8'))];
  const frameworkFiles = [...files].filter((f) => /preact|signals|framework\.[\w-]+\.js|client\.[\w-]+\.js/.test(f));
  return {
    route,
    htmlGzip: gz(html),
    jsGzip: jsTexts.reduce((sum, t) => sum + gz(t), 0),
    jsFiles: [...files],
    islandCount,
    frameworkFiles,
    cssGzip: [...css.map((f) => readFileSync(f, 'utf8')), ...inlineCss].reduce((sum, t) => sum + gz(t), 0),
  };
}

/**
 * Every file a page can load, on start or later: its start-up files (pageWeight's jsFiles) and
 * what they reach through import() as well as static imports. Lazy code is left out of the byte
 * budget; this is for checking that it never reaches into another page's own files.
 * @param {string} dist @param {string} route
 */
export function reachableFiles(dist, route) {
  const files = new Set();
  const visit = (local) => {
    if (files.has(local) || !existsSync(local)) return;
    files.add(local);
    const code = readFileSync(local, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
      visit(m[1].startsWith('.') ? join(local, '..', m[1]) : join(dist, m[1].replace(/^\//, '')));
    }
  };
  for (const f of pageWeight(dist, route).jsFiles) visit(f);
  return files;
}
