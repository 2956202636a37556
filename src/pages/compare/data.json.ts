/** Every credential and issuer, and the CEU rules, as JSON for the comparer island (precached for offline use). */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { renewalRulesOf } from '../../data/compare.ts';
import type { CompareData } from '../../stores/compare.ts';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  const body: CompareData = {
    credentials: catalog.credentials.map((c) => ({ id: c.id, data: c.data })),
    issuers: [...catalog.issuers.values()].map((i) => ({ id: i.id, data: i.data })),
    renewal: renewalRulesOf(catalog),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
