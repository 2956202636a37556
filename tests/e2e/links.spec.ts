/** Every internal link and asset in the built site resolves, fragments included; no third-party URL is loaded. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { allRoutes, DIST, htmlOf } from './site.ts';

function targetFile(path: string): string | undefined {
  const file = join(DIST, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idsCache.has(file)) idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return idsCache.get(file)!;
}

/** Every internal link or asset of one page that does not resolve (fragments included). */
function brokenLinks(route: string): string[] {
  const broken: string[] = [];
  const html = htmlOf(route);
  for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
    const url = m[1]!.replace(/&amp;/g, '&');
    if (/^(https?:|mailto:|data:|blob:)/.test(url)) continue;
    const [pathAndQuery = '', fragment] = url.split('#');
    const path = pathAndQuery.split('?')[0]!;
    if (path === '') {
      if (fragment && !idsIn(targetFile(route) ?? join(DIST, route)).has(fragment)) broken.push(`${route}: #${fragment}`);
      continue;
    }
    if (!path.startsWith('/')) {
      broken.push(`${route}: relative link ${url}`);
      continue;
    }
    const file = targetFile(path);
    if (!file) broken.push(`${route}: ${url}`);
    else if (fragment && file.endsWith('.html') && !idsIn(file).has(fragment)) broken.push(`${route}: ${url} (no #${fragment})`);
  }
  return broken;
}

/** What one page loads from another host: scripts, styles, images, fonts, frames. */
function externalLoads(route: string): string[] {
  const external: string[] = [];
  const html = htmlOf(route);
  for (const m of html.matchAll(/<(script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]+"/g)) {
    // <link rel="canonical"> names the page's own public address; it loads nothing.
    if (/rel="canonical"/.test(m[0])) continue;
    external.push(`${route}: ${m[0].slice(0, 120)}`);
  }
  if (/@import\s+url\(\s*["']?https?:|url\(\s*["']?https?:\/\//.test(html)) external.push(`${route}: CSS url() to another host`);
  return external;
}

const routes = allRoutes();

test('the link check covers the whole site', () => {
  expect(routes).toEqual(expect.arrayContaining(['/', '/guides/', '/credentials/', '/compare/', '/sources/', '/404.html']));
});

// One test per page: the walk grows with the site, each page with its own time limit.
for (const route of routes) {
  test(`${route}: every internal link and asset resolves; nothing loads from another host`, () => {
    expect(brokenLinks(route)).toEqual([]);
    expect(externalLoads(route)).toEqual([]);
  });
}
