/**
 * The comparer's selection in the address: `/compare/?c=cpc,ccs,cic`, two to four credential
 * ids, order kept. Reading it never fails: what cannot be used is left out and reported, so the
 * page can say so.
 */

/** Fewest credentials a comparison shows. */
export const MIN_SELECTION = 2;
/** Most credentials that fit side by side. */
export const MAX_SELECTION = 4;

/** The query parameter that holds the selection. */
export const SELECTION_PARAM = 'c';

export interface Selection {
  /** The credential ids to compare, in the order the address gave them (then any filled in). */
  ids: string[];
  /** Ids that name no credential, as written (lowercased), each once. */
  unknown: string[];
  /** Credential ids listed more than once; only the first mention is kept. */
  duplicates: string[];
  /** Credential ids past the fourth, left out. */
  overLimit: string[];
  /** Ids taken from the fallback because the address named fewer than two usable credentials. */
  filled: string[];
  /** True when, even after filling in, fewer than two credentials remain. */
  tooFew: boolean;
}

/**
 * Reads a selection. `query` is the `c` parameter's value (`URLSearchParams.get('c')`) or a whole
 * search string starting with `?`. Ids are matched case-insensitively against `knownIds`; commas
 * or spaces separate them.
 *
 * When the address names no ids at all, `fallback` (the page's default comparison) is used
 * silently. When it names some but fewer than two usable ones remain, the fallback fills in,
 * reported in `filled`: all of it when none remain, else up to two.
 */
export function parseSelection(
  query: string | null | undefined,
  knownIds: Iterable<string>,
  fallback: readonly string[] = [],
): Selection {
  const known = new Set(knownIds);
  const raw = query?.startsWith('?') ? new URLSearchParams(query).get(SELECTION_PARAM) : query;
  const tokens = (raw ?? '')
    .split(/[\s,]+/)
    .map((t) => t.toLowerCase())
    .filter((t) => t !== '');

  const result: Selection = { ids: [], unknown: [], duplicates: [], overLimit: [], filled: [], tooFew: false };
  const seen = new Set<string>();
  for (const id of tokens) {
    if (!known.has(id)) addOnce(result.unknown, id);
    else if (seen.has(id)) addOnce(result.duplicates, id);
    else {
      seen.add(id);
      (result.ids.length < MAX_SELECTION ? result.ids : result.overLimit).push(id);
    }
  }

  if (result.ids.length < MIN_SELECTION) {
    const target = result.ids.length === 0 ? MAX_SELECTION : MIN_SELECTION;
    for (const id of fallback) {
      if (result.ids.length >= target) break;
      if (!known.has(id) || seen.has(id)) continue;
      seen.add(id);
      result.ids.push(id);
      if (tokens.length > 0) result.filled.push(id);
    }
  }
  result.tooFew = result.ids.length < MIN_SELECTION;
  return result;
}

/**
 * The search string for a selection, `?c=cpc,ccs,cic` (commas left readable), or `''` for none.
 * Repeats are dropped; `parseSelection` reads it back to the same ids.
 */
export function serializeSelection(ids: readonly string[]): string {
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  return unique.length === 0 ? '' : `?${SELECTION_PARAM}=${unique.map(encodeURIComponent).join(',')}`;
}

function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}
