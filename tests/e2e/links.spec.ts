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

test('no broken internal link or asset anywhere in the built site', () => {
  const broken: string[] = [];
  for (const route of allRoutes()) {
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
  }
  expect(broken).toEqual([]);
});

test('pages load nothing from another host: scripts, styles, images, fonts, frames', () => {
  const external: string[] = [];
  for (const route of allRoutes()) {
    const html = htmlOf(route);
    for (const m of html.matchAll(/<(script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]+"/g)) {
      // <link rel="canonical"> names the page's own public address; it loads nothing.
      if (/rel="canonical"/.test(m[0])) continue;
      external.push(`${route}: ${m[0].slice(0, 120)}`);
    }
    if (/@import\s+url\(\s*["']?https?:|url\(\s*["']?https?:\/\//.test(html)) external.push(`${route}: CSS url() to another host`);
  }
  expect(external).toEqual([]);
});
