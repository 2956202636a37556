/**
 * What the site's search indexes and how its address reads. Pure: the search panel, the pages
 * that feed the index and the tests share it.
 */

/** Kinds of page in the index; the search page can filter by kind. */
export const SEARCH_KINDS = ['guide', 'credential', 'comparison', 'sources'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * A page's place in the index: its kind and, for guides, audience and topic (as readers read
 * them; these three are the filters), plus what steers ranking without being shown.
 */
export interface SearchEntry {
  kind: string;
  audience?: string[];
  topic?: string;
  /** Words readers type for this page that its text may not use (synonyms, questions); matched with a high weight, never shown. */
  keywords?: readonly string[];
  /** A credential page's abbreviation: a query that is exactly this puts the page first. */
  abbr?: string;
  /** Scales every word of the page: below 1 for lists that mention everything (sources, pair tables). */
  weight?: number;
}

/**
 * Pagefind's ranking options (https://pagefind.app/docs/ranking/). Metadata matches add to a
 * page's score: the title (the first h1), the hidden keywords an editor wrote for the page, and
 * a credential's abbreviation. The text itself still decides among pages with no such match.
 */
export const SEARCH_RANKING = {
  metaWeights: { title: 8, keywords: 12, abbr: 12 },
} as const;

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

/**
 * Words a reader may use for the same thing. The first word of each group is the one the
 * guides' keywords use; a query with another word of the group is also run with that one.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['salary', 'pay', 'wage', 'wages', 'earn', 'earnings', 'income', 'paid', 'make'],
  ['ceu', 'ceus', 'continuing', 'cpd', 'cme'],
  ['renew', 'renewal', 'recertify', 'recertification', 'maintain', 'keep'],
  ['remote', 'home', 'telework', 'wfh'],
  ['time', 'long', 'fast', 'quickly', 'duration', 'months', 'years'],
  ['job', 'jobs', 'work', 'employment', 'hired', 'hire'],
  ['exam', 'test', 'exams', 'tests'],
  ['cost', 'price', 'fee', 'fees', 'expensive', 'cheap'],
  ['certification', 'certified', 'credential', 'certificate', 'certifications', 'credentials'],
];

/** Words that carry no meaning in a search box; a query made longer by them still finds its pages. */
const STOPWORDS = new Set(
  'a an the to of for in on at is are be do does did i my me can should how what which who when where why it its and or with from as by get getting need'.split(' '),
);

const words = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * Other ways to ask the same thing, for when the query as typed finds little (Pagefind needs
 * every word of a query on a page): the query without filler words, then with each word that
 * has a synonym replaced by its group's first word. At most `max` variants, none equal to the query.
 */
export function queryVariants(query: string, max = 3): string[] {
  const typed = words(query);
  const meaningful = typed.filter((w) => !STOPWORDS.has(w));
  const base = meaningful.length > 0 ? meaningful : typed;
  const canonical = base.map((w) => SYNONYMS.find((g) => g.includes(w))?.[0] ?? w);
  const out: string[] = [];
  for (const v of [base, canonical, ...base.map((_, i) => base.filter((__, j) => j !== i))]) {
    const q = v.join(' ');
    if (q && q !== typed.join(' ') && !out.includes(q) && (v.length > 0)) out.push(q);
    if (out.length >= max) break;
  }
  return out;
}

/** A found page, as far as ranking needs it. */
export interface Ranked {
  id: string;
  score: number;
}

/**
 * Merges the results of the query and its variants: each page once, with the best of its
 * scores, a variant's score counting a little less than the query's own.
 */
export function mergeResults<T extends Ranked>(lists: readonly (readonly T[])[], variantFactor = 0.8): T[] {
  const best = new Map<string, { r: T; score: number }>();
  lists.forEach((list, i) => {
    for (const r of list) {
      const score = i === 0 ? r.score : r.score * variantFactor;
      const seen = best.get(r.id);
      if (!seen || score > seen.score) best.set(r.id, { r, score });
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score).map((x) => x.r);
}

/** The query as an abbreviation key: "CPC-A" and "cpc a" both read "cpca". */
export const abbrKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Puts first the page whose abbreviation is exactly the query (a reader typing "cpc" wants the
 * CPC page, not the CPC-A page or a comparison that mentions it more often); the rest keep their order.
 */
export function abbreviationFirst<T extends { meta: { abbr?: string } }>(query: string, results: readonly T[]): T[] {
  const key = abbrKey(query);
  const i = key ? results.findIndex((r) => r.meta.abbr !== undefined && abbrKey(r.meta.abbr) === key) : -1;
  return i <= 0 ? [...results] : [results[i]!, ...results.slice(0, i), ...results.slice(i + 1)];
}
