/** /robots.txt: every page may be crawled (noindex pages say so themselves); where the sitemap is. */
import type { APIRoute } from 'astro';
import { url } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt: set `site` in astro.config.mjs (SITE_URL)');
  const sitemap = new URL(url('/sitemap.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
