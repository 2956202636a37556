/**
 * The credential comparer's rules: given the chosen credentials, the table of grouped rows, one
 * cell per credential, and whether each row differs. Pure, so the comparer island and the
 * pre-rendered pair pages build the same table from the same data.
 *
 * Differences are judged on structured values only: numbers in their unit, yes/no, kinds (issuer,
 * level, settings, apprentice status, renewal categories), lists as sets of those. Prose (a
 * format described in words, notes, "best for") counts only as present or unknown, so two
 * wordings of the same thing never make a row differ; sources, dates and notes do not count. An
 * unknown equals another unknown and differs from any known value.
 */
import type { IssuerData } from '../schemas/catalog.ts';
import { examOf, type CredentialEntry } from './credentials.ts';
import { GROUP_ORDER, ROWS, type Subject } from './compare/rows.ts';
import type { CompareColumn, CompareGroup, CompareRow, CompareTable } from './compare/types.ts';
import { renewalTogetherCells } from './compare/renewal.ts';
import type { NeedsOf } from './compare/needs.ts';

export type * from './compare/types.ts';
export type { IssuerNeeds, NeedsAnswer, NeedsOf, RenewalRules } from './compare/needs.ts';
export { needsKey } from './compare/needs.ts';
export { heldSets, type RenewalSubject } from './compare/renewal.ts';
export { GROUP_ORDER } from './compare/rows.ts';
export {
  MAX_SELECTION,
  MIN_SELECTION,
  SELECTION_PARAM,
  parseSelection,
  serializeSelection,
  type Selection,
} from './compare/selection.ts';

/** What the table reads besides the chosen credentials; a loaded catalog fits as it is. */
export interface CompareSources {
  /** Every credential by id, to resolve a shared exam (CPC-A takes the CPC exam). */
  credentialById: ReadonlyMap<string, CredentialEntry>;
  /** Every issuer by id, for its name, membership and renewal rules. */
  issuers: ReadonlyMap<string, { data: IssuerData }>;
  /**
   * The CEU engine's figures for each issuer's compared credentials, for "renewal if you hold
   * these together" (./compare/needs.ts: needsFrom at build time, the island's worker in the browser).
   */
  renewal: NeedsOf;
}

/** Every row key, in display order. */
export const ROW_KEYS = ROWS.map((r) => r.key);

/**
 * The comparison of `chosen`, one column each in the order given. Every group and row is
 * present; `visibleRows` hides the rows that do not differ.
 */
export function buildCompareTable(chosen: readonly CredentialEntry[], sources: CompareSources): CompareTable {
  const resolved = chosen.map((entry) => ({
    entry,
    issuer: sources.issuers.get(entry.data.issuer.id)?.data,
    shared: examOf(entry, sources.credentialById),
  }));
  const together = renewalTogetherCells(
    chosen.map((c) => ({ id: c.id, abbreviation: c.data.abbreviation, issuer: c.data.issuer.id })),
    sources.renewal,
  );
  const subjects: Subject[] = resolved.map(({ entry, issuer, shared }, i) => ({ data: entry.data, issuer, exam: shared?.exam, together: together[i]! }));
  const groups: CompareGroup[] = GROUP_ORDER.map((key) => ({ key, rows: [] }));
  for (const spec of ROWS) {
    const drafts = subjects.map((s) => spec.cell(s));
    const row: CompareRow = {
      key: spec.key,
      label: spec.key,
      group: spec.group,
      kind: spec.kind,
      cells: drafts.map(({ same: _same, ...cell }, i) => ({ credentialId: chosen[i]!.id, ...cell })),
      differs: new Set(drafts.map((d) => d.same)).size > 1,
    };
    groups.find((g) => g.key === spec.group)!.rows.push(row);
  }
  return { columns: resolved.map(({ entry, issuer, shared }) => columnOf(entry, issuer, shared?.from)), groups };
}

/**
 * The groups to show: all rows, or with `onlyDifferences` only the rows that differ (groups left
 * empty are dropped, so an identical pair gives none).
 */
export function visibleRows(table: CompareTable, onlyDifferences: boolean): CompareGroup[] {
  if (!onlyDifferences) return table.groups;
  return table.groups
    .map((g) => ({ key: g.key, rows: g.rows.filter((r) => r.differs) }))
    .filter((g) => g.rows.length > 0);
}

function columnOf(entry: CredentialEntry, issuer: IssuerData | undefined, examFrom: CredentialEntry | undefined): CompareColumn {
  return {
    id: entry.id,
    abbreviation: entry.data.abbreviation,
    name: entry.data.name,
    issuer: issuer?.name ?? entry.data.issuer.id,
    ...(examFrom && examFrom.id !== entry.id
      ? { examFrom: { id: examFrom.id, abbreviation: examFrom.data.abbreviation } }
      : {}),
  };
}
