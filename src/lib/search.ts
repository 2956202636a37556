/**
 * What the site's search indexes and how its address reads. Pure: the search panel, the pages
 * that feed the index and the tests share it.
 */

/** Kinds of page in the index; the search page can filter by kind. */
export const SEARCH_KINDS = ['guide', 'credential', 'comparison', 'sources'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A page's place in the index: its kind and, for guides, audience and topic (as readers read them). */
export interface SearchEntry {
  kind: string;
  audience?: string[];
  topic?: string;
}

/** The filters the search panel offers, in order. */
export const SEARCH_FILTERS = ['kind', 'audience', 'topic'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilter, string>>;
}

/** Reads `?q=...&kind=...` into a search state; unknown parameters are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The search string for a state: `?q=apprentice&kind=Guide`, or '' when empty. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of SEARCH_FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Pagefind's excerpt as pieces of plain text and highlighted text, never as HTML to inject. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) parts.push({ text: decodeEntities(piece.replace(/<[^>]*>/g, '')), mark });
  }
  return parts;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? _);
}
