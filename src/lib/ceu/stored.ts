/**
 * The CEU tracker's data as this browser keeps it (`ccp:ceu`): the JSON backup format, version 1
 * (design.md, "Data the reader keeps"), with the fields later versions may add: a last-changed
 * stamp on each record (`changed`) and the deletions tabs still need to hear of (`deleted`).
 * A version-1 backup is valid stored data, and stored data imports as a backup.
 *
 * Decoding salvages record by record: every record the rules of ./check.ts admit loads (the rules
 * the forms and the importers use); the others are set
 * aside verbatim, as a backup file of their own (which the JSON importer reads: once fixed, they
 * come back) with the reasons by row and field. Text that is not a backup at all is refused whole
 * (the store keeps it aside). Never throws.
 *
 * Migrations: as for the backup file (src/lib/ceu/backup.ts); version 1 is the only one yet.
 */
import { checkActivity, checkCredential, type Checked } from './check.ts';
import { PART, runNow, type Steps } from './parts.ts';
import type { CeuDoc, FieldError, Tombstone } from './types.ts';

const FORMAT = 'ccp-ceu';

/** An empty document. */
export const emptyDoc = (): CeuDoc => ({ credentials: [], activities: [], deleted: { activities: [], credentials: [] } });

/** The stored text. Deterministic: the same document gives the same text (tabs compare texts). */
export function encodeStored(doc: CeuDoc): string {
  return runNow(encodeStoredInSteps(doc));
}

/**
 * `encodeStored` as work in parts (./parts.ts): the same text, the activities encoded PART at a
 * time, so a long log is saved without freezing the page.
 */
export function* encodeStoredInSteps(doc: CeuDoc): Steps<string> {
  let latest = 0;
  for (const r of doc.activities) latest = Math.max(latest, r.changed ?? 0);
  for (const r of doc.credentials) latest = Math.max(latest, r.changed ?? 0);
  const head = JSON.stringify({ format: FORMAT, version: 1, exportedAt: new Date(latest).toISOString(), credentials: doc.credentials });
  const parts: string[] = [];
  for (let i = 0; i < doc.activities.length; i += PART) {
    if (i > 0) yield i / doc.activities.length;
    parts.push(JSON.stringify(doc.activities.slice(i, i + PART)).slice(1, -1));
  }
  // JSON.stringify of the whole document, with its keys in this order (joined in a part of its own).
  if (parts.length > 1) yield 1;
  return `${head.slice(0, -1)},"activities":[${parts.join(',')}],"deleted":${JSON.stringify(doc.deleted)}}`;
}

/**
 * The backup file a reader downloads: everything the page holds, with what was set aside (under
 * `setAside`, which importers ignore: the reader downloads it on its own to correct and import).
 */
export function encodeBackupFile(doc: CeuDoc, now: Date, setAside?: { reason: string; text: string }): string {
  const file = { format: FORMAT, version: 1, exportedAt: now.toISOString(), credentials: doc.credentials, activities: doc.activities, setAside };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Records the rules refused, kept verbatim, as an importable backup file. */
export interface SetAside {
  text: string;
  reason: string;
  count: number;
}

export type DecodedStore = { ok: true; value: CeuDoc; setAside?: SetAside } | { ok: false; reason: string };

function tombstones(list: unknown): Tombstone[] {
  // Deletions are bookkeeping, not the reader's data: ones that make no sense are dropped.
  if (!Array.isArray(list)) return [];
  return list.filter((t): t is Tombstone => typeof t?.id === 'string' && typeof t?.changed === 'number' && Number.isFinite(t.changed));
}

/** Errors as one sentence per problem, naming row and field. */
export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.row !== undefined ? `row ${e.row}, ` : ''}${e.field}: ${e.message}`).join('; ');
}

function stampOf(value: unknown): string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : new Date(0).toISOString();
}

/**
 * The records `check` admits (the first of each id), and the others verbatim with their problems,
 * numbered as rows of the set-aside file (activities by row, credentials as `credentials[i]`).
 */
function salvage<T>(list: unknown[], check: (v: unknown) => Checked<T>, id: (r: T) => string, kind: 'activities' | 'credentials') {
  const good: T[] = [];
  const bad: unknown[] = [];
  const problems: FieldError[] = [];
  const ids = new Set<string>();
  for (const raw of list) {
    const r = check(raw);
    if (r.ok && !ids.has(id(r.value))) {
      ids.add(id(r.value));
      good.push(r.value);
      continue;
    }
    const errors = r.ok ? [{ field: 'id', message: `"${id(r.value)}" is listed twice` }] : r.errors.slice(0, 5);
    for (const e of errors) problems.push(kind === 'activities' ? { ...e, row: bad.length + 1 } : { ...e, field: `credentials[${bad.length}].${e.field}` });
    bad.push(raw);
  }
  return { good, bad, problems };
}

/** Decode stored text, keeping every valid record (see the file comment). */
export function decodeStored(text: string): DecodedStore {
  let file: Record<string, unknown>;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return { ok: false, reason: 'it is not a JSON object' };
  if (file['format'] !== FORMAT) return { ok: false, reason: `"format" is not "${FORMAT}"` };
  const version = file['version'];
  if (typeof version === 'number' && version > 1) return { ok: false, reason: `it was saved by a newer version of the tracker (version ${version}); reload the page to update it` };
  if (version !== 1) return { ok: false, reason: 'it has no valid version number' };
  const rawActivities = file['activities'] ?? [];
  const rawCredentials = file['credentials'] ?? [];
  if (!Array.isArray(rawActivities) || !Array.isArray(rawCredentials)) return { ok: false, reason: 'activities and credentials must be lists' };

  const activities = salvage(rawActivities, checkActivity, (a) => a.id, 'activities');
  const credentials = salvage(rawCredentials, checkCredential, (c) => c.credential, 'credentials');
  const problems = [...activities.problems, ...credentials.problems];
  const deletedFile = (file['deleted'] ?? {}) as Record<string, unknown>;
  const value: CeuDoc = {
    credentials: credentials.good,
    activities: activities.good,
    deleted: { activities: tombstones(deletedFile['activities']), credentials: tombstones(deletedFile['credentials']) },
  };
  const count = activities.bad.length + credentials.bad.length;
  if (count === 0) return { ok: true, value };
  return {
    ok: true,
    value,
    setAside: {
      count,
      reason: describeErrors(problems),
      // A backup file of the refused records, verbatim: the importer reads it (good rows come back,
      // the others are listed by row and field). `problems` is for the reader; importers ignore it.
      // The same stored text gives the same file, so reading it twice does not set it aside twice.
      text: `${JSON.stringify({ format: FORMAT, version: 1, exportedAt: stampOf(file['exportedAt']), credentials: credentials.bad, activities: activities.bad, problems }, null, 2)}\n`,
    },
  };
}
