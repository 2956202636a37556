/** What the comparer pages need at build time, from the catalog. */
import { buildCompareTable, type CompareTable, type RenewalRules } from '../lib/compare.ts';
import { needsFrom } from '../lib/compare/needs.ts';
import type { RulePack } from '../lib/ceu/rules.ts';
import { citedSources } from '../lib/facts.ts';
import type { Catalog } from './catalog.ts';

/**
 * The day whose renewal rules the comparer applies: the build's (UTC). The pair pages and
 * /compare/data.json (the island's data) are built in the same run, so they use the same rules.
 */
const BUILD_DAY = new Date().toISOString().slice(0, 10);

/** The CEU rule packs and the day, for "renewal if you hold these together". */
export function renewalRulesOf(catalog: Catalog): RenewalRules {
  return { packs: [...catalog.ceuRules.values()].map((r) => r.data as RulePack), day: BUILD_DAY };
}

/** The table for `ids` (unknown ids skipped). */
export function tableFor(catalog: Catalog, ids: readonly string[]): CompareTable {
  const chosen = ids.map((id) => catalog.credentialById.get(id)).filter((c) => c !== undefined);
  return buildCompareTable(chosen, { ...catalog, renewal: needsFrom(renewalRulesOf(catalog)) });
}

/** Publisher names of the sources a table cites (or of all sources), for its source links. */
export function publishersFor(catalog: Catalog, table?: CompareTable): Record<string, string> {
  const ids = table ? citedSources(table) : [...catalog.sources.keys()];
  return Object.fromEntries(ids.map((id) => [id, catalog.sources.get(id)?.data.publisher ?? id]));
}
