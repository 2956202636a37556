/**
 * The roadmap's steps and their cards as JSON, for the island (precached for offline use).
 * A file of its own rather than part of the page: the page's HTML stays small, so it arrives
 * and paints sooner, and the data is fetched while the island starts.
 */
import type { APIRoute } from 'astro';
import { roadmapBuild } from '../../data/roadmap.ts';

export const GET: APIRoute = async () => {
  const { stepsJson } = await roadmapBuild();
  return new Response(stepsJson, { headers: { 'content-type': 'application/json' } });
};
