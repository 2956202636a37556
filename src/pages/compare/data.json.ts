/** Every credential and issuer as JSON, for the comparer island (precached for offline use). */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';

export const GET: APIRoute = async () => {
  const { credentials, issuers } = await loadCatalog();
  const body = {
    credentials: credentials.map((c) => ({ id: c.id, data: c.data })),
    issuers: [...issuers.values()].map((i) => ({ id: i.id, data: i.data })),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
