/** What the comparer pages need at build time, from the catalog. */
import { buildCompareTable, type CompareTable } from '../lib/compare.ts';
import { citedSources } from '../lib/facts.ts';
import type { Catalog } from './catalog.ts';

/** The table for `ids` (unknown ids skipped). */
export function tableFor(catalog: Catalog, ids: readonly string[]): CompareTable {
  const chosen = ids.map((id) => catalog.credentialById.get(id)).filter((c) => c !== undefined);
  return buildCompareTable(chosen, catalog);
}

/** Publisher names of the sources a table cites (or of all sources), for its source links. */
export function publishersFor(catalog: Catalog, table?: CompareTable): Record<string, string> {
  const ids = table ? citedSources(table) : [...catalog.sources.keys()];
  return Object.fromEntries(ids.map((id) => [id, catalog.sources.get(id)?.data.publisher ?? id]));
}
