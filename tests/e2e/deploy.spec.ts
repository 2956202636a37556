/**
 * Ready for any static host: one Content-Security-Policy (a <meta> on every page, the same in
 * _headers), nothing the policy blocks while the tools are used, caching rules, sitemap,
 * robots.txt and link-preview meta.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { allRoutes, DIST, htmlOf } from './site.ts';
import { hydrated } from './hydrated.ts';

/** Directives a browser only honours in a header. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

type Policy = Record<string, string[]>;
function parsePolicy(text: string): Policy {
  const policy: Policy = {};
  for (const d of text.split(';')) {
    const [name, ...sources] = d.trim().split(/\s+/);
    if (name) policy[name] = sources.sort();
  }
  return policy;
}
const withoutHeaderOnly = (p: Policy): Policy => Object.fromEntries(Object.entries(p).filter(([name]) => !HEADER_ONLY.includes(name)));

/** dist/_headers as [pattern, {name: value}] rules. */
function headerRules(): [string, Record<string, string>][] {
  const rules: [string, Record<string, string>][] = [];
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), {}]);
    else {
      const [name = '', ...value] = line.trim().split(':');
      rules.at(-1)![1][name.toLowerCase()] = value.join(':').trim();
    }
  }
  return rules;
}
const ruleFor = (pattern: string) => headerRules().find(([p]) => p === pattern)?.[1] ?? {};
const headerPolicy = () => ruleFor('/*')['content-security-policy'] ?? '';

function metaPolicy(html: string): string | undefined {
  return html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

const indexable = (route: string) => !/<meta name="robots" content="[^"]*noindex/.test(htmlOf(route));

/** Collects every CSP violation a page reports, from the DOM event and from the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to|Pagefind web worker/i.test(msg.text())) violations.push(msg.text());
  });
  page.on('pageerror', (err) => violations.push(`page error: ${err.message}`));
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return violations;
}

test('every page carries the CSP as a <meta>, equal to the header policy minus header-only directives', () => {
  const header = parsePolicy(headerPolicy());
  expect(header['default-src']).toEqual(["'self'"]);
  expect(header['frame-ancestors']).toEqual(["'none'"]);
  expect(header['object-src']).toEqual(["'none'"]);
  expect(header['script-src']).toContain("'wasm-unsafe-eval'");
  expect(header['script-src']).not.toContain("'unsafe-inline'");
  expect(header['style-src']).not.toContain("'unsafe-inline'");
  const expected = withoutHeaderOnly(header);
  const differing: string[] = [];
  for (const route of allRoutes()) {
    const meta = metaPolicy(htmlOf(route));
    if (!meta) differing.push(`${route}: no CSP <meta>`);
    else if (JSON.stringify(parsePolicy(meta)) !== JSON.stringify(expected)) differing.push(`${route}: ${meta.slice(0, 80)}...`);
  }
  expect(differing).toEqual([]);
});

test('every inline script and style the build emits is allowed by its hash; no inline handlers or style attributes', () => {
  const policy = parsePolicy(headerPolicy());
  const digest = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const blocked: string[] = [];
  for (const route of allRoutes()) {
    const html = htmlOf(route);
    for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
      const [, tag = '', attrs = '', body = ''] = m;
      if (/\ssrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs) || body === '') continue;
      if (!policy[`${tag}-src`]?.includes(digest(body))) blocked.push(`${route}: <${tag}${attrs}>${body.slice(0, 60)}`);
    }
    for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+|style)="[^"]*"/g)) blocked.push(`${route}: ${m[0].slice(0, 80)}`);
  }
  expect(blocked).toEqual([]);
});

test('the server sends the policy and the security headers, and the caching rules', async ({ request }) => {
  const page = await request.get('/');
  const headers = page.headers();
  expect(headers['content-security-policy']).toBe(headerPolicy());
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
  expect(headers['cache-control']).toBe('no-cache');

  expect(ruleFor('/_astro/*')['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const pattern of ['/sw.js', '/search/code.js', '/', '/*/', '/*.html']) expect(ruleFor(pattern)['cache-control'], pattern).toBe('no-cache');

  const asset = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.js'));
  expect((await request.get(`/_astro/${asset}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const path of ['/sw.js', '/search/code.js', '/guides/', '/404.html']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('search (page and header dialog) and the theme run with no CSP violation', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/search/?q=apprentice');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();

  await page.goto('/guides/what-coders-earn/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox').fill('inpatient');
  await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  await page.keyboard.press('Escape');

  // The inline theme script runs under the policy: a remembered theme is applied on the next page.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.goto('/guides/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(violations).toEqual([]);
});

test('the comparer and the CEU tracker run with no CSP violation', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/compare/?c=cpc,ccs');
  await hydrated(page);
  await page.getByRole('switch', { name: 'Show only differences' }).check();
  await expect(page).toHaveURL(/d=1/);

  await page.goto('/ceu/');
  await hydrated(page);
  await page.getByLabel('Credential', { exact: true }).selectOption('cpc');
  await page.getByLabel('Date earned (passed the exam)').fill(new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Add credential' }).click();
  await page.getByLabel('Date completed').fill(new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel('Title', { exact: true }).fill('Webinar');
  await page.getByLabel('CEUs', { exact: true }).fill('1');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await expect(page.getByRole('rowheader', { name: /Webinar/ })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the roadmap and the service worker run with no CSP violation', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/roadmap/');
  await hydrated(page);
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Ready offline' })).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);
  expect(violations).toEqual([]);
});

test('the sitemap lists every indexable page, under the site address, and nothing else', async ({ request }) => {
  const home = htmlOf('/').match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  expect(home).toBeTruthy();
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs.every((loc) => loc.startsWith(home!))).toBe(true);
  const listed = locs.map((loc) => `/${loc.slice(home!.length)}`).sort();
  const pages = allRoutes().filter(indexable).sort();
  expect(pages.length).toBeGreaterThan(10);
  expect(listed).toEqual(pages);
  // Each page's canonical address is the one the sitemap gives.
  for (const route of pages) expect(htmlOf(route)).toContain(`<link rel="canonical" href="${home}${route.slice(1)}">`);
  // Pages kept out of the index (404, offline) carry noindex and no canonical.
  for (const route of allRoutes().filter((r) => !indexable(r))) expect(htmlOf(route)).not.toContain('rel="canonical"');
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).not.toMatch(/^Disallow: \/\s*$/m);
  expect(text).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
});

test('a guide page has Open Graph and Twitter meta that match the page', async ({ page }) => {
  await page.goto('/guides/what-coders-earn/');
  const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\/.+\/guides\/what-coders-earn\/$/);
  expect(await meta('og:url')).toBe(canonical);
  expect(await meta('og:type')).toBe('article');
  expect(await meta('og:site_name')).toBe('Coding Career Planner');
  const title = await meta('og:title');
  expect(title).toBeTruthy();
  expect(await page.title()).toContain(title!);
  expect(await meta('og:description')).toBe(await meta('description'));
  expect(await meta('twitter:card')).toBe('summary');
  expect(await meta('twitter:title')).toBe(title);
  expect(await meta('twitter:description')).toBe(await meta('description'));
  // The preview image is a file of the site, not a request to anyone else.
  const image = new URL((await meta('og:image'))!);
  expect(image.origin).toBe(new URL(canonical!).origin);
  expect(readFileSync(join(DIST, image.pathname)).length).toBeGreaterThan(0);
});
