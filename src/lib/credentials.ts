/**
 * Reading credential data: ordering, resolving a shared exam, and the summary figures the
 * credentials table shows. Pure: pages pass in what they loaded.
 */
import type { CredentialData, ExamData } from '../schemas/catalog.ts';
import { LEVELS } from '../schemas/levels.ts';

export interface CredentialEntry {
  id: string;
  data: CredentialData;
}

/** Entry credentials first, then core, specialty and role; within a level, by issuer then name. */
export function sortCredentials<T extends CredentialEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      LEVELS.indexOf(a.data.level) - LEVELS.indexOf(b.data.level) ||
      a.data.issuer.id.localeCompare(b.data.issuer.id) ||
      a.data.abbreviation.localeCompare(b.data.abbreviation),
  );
}

/** The exam a credential is earned by: its own, or the one it shares (CPC-A takes the CPC exam). */
export function examOf(
  entry: CredentialEntry,
  byId: ReadonlyMap<string, CredentialEntry>,
): { exam: ExamData; from: CredentialEntry } | undefined {
  const seen = new Set<string>();
  let current: CredentialEntry | undefined = entry;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    if (current.data.exam) return { exam: current.data.exam, from: current };
    const next: string | undefined = current.data.examSameAs?.id;
    current = next === undefined ? undefined : byId.get(next);
  }
  return undefined;
}

/** "Entry" for a first credential, "Advanced" for everything that builds on coding experience. */
export function stage(entry: CredentialEntry): 'entry' | 'advanced' {
  return entry.data.level === 'entry' ? 'entry' : 'advanced';
}

/** How the credentials table and the home page group credentials within an issuer. */
export const KINDS = ['core', 'specialty', 'role', 'retired'] as const;
export type Kind = (typeof KINDS)[number];

/** Retired first of all (whatever its level); entry credentials sit with the core ones they lead to. */
export function kindOf(entry: CredentialEntry): Kind {
  if (entry.data.retired !== undefined) return 'retired';
  return entry.data.level === 'entry' ? 'core' : entry.data.level;
}

export interface CredentialGroup<T> {
  issuer: string;
  kind: Kind;
  entries: T[];
}

/**
 * Credentials grouped by issuer (in `issuerOrder`, then any other issuer by id) and, within an
 * issuer, by kind (core, specialty, role, retired); entries keep sortCredentials' order. Empty
 * groups are left out.
 */
export function groupCredentials<T extends CredentialEntry>(entries: readonly T[], issuerOrder: readonly string[] = []): CredentialGroup<T>[] {
  const rank = (issuer: string) => {
    const i = issuerOrder.indexOf(issuer);
    return i === -1 ? issuerOrder.length : i;
  };
  const issuers = [...new Set(entries.map((e) => e.data.issuer.id))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const sorted = sortCredentials(entries);
  return issuers.flatMap((issuer) =>
    KINDS.map((kind) => ({ issuer, kind, entries: sorted.filter((e) => e.data.issuer.id === issuer && kindOf(e) === kind) })).filter((g) => g.entries.length > 0),
  );
}
