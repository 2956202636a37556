/**
 * /sitemap.xml: every page a search engine should index, as absolute addresses under the site
 * and base path. Pages marked noindex (404, offline) are not listed; tests/e2e/deploy.spec.ts
 * checks this list against the built pages, so a new page type that is missing here fails it.
 */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../data/catalog.ts';
import { routes, url } from '../lib/paths.ts';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml: set `site` in astro.config.mjs (SITE_URL)');
  const { guides, credentials, comparisons } = await loadCatalog();
  const pages: { path: string; lastmod?: string }[] = [
    { path: routes.home() },
    { path: routes.guides() },
    ...guides.map((g) => ({ path: routes.guide(g.id), lastmod: g.data.updated })),
    { path: routes.credentials() },
    ...credentials.map((c) => ({ path: routes.credential(c.id) })),
    { path: routes.compare() },
    ...comparisons.map((c) => ({ path: url(`/compare/${c.id}/`), lastmod: c.data.reviewed })),
    { path: routes.roadmap() },
    { path: routes.ceu() },
    { path: routes.search() },
    { path: routes.sources() },
  ];
  const body = pages
    .map(({ path, lastmod }) => `<url><loc>${xml(new URL(path, site).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    { headers: { 'content-type': 'application/xml; charset=utf-8' } },
  );
};
