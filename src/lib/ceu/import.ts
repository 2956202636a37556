/**
 * What importing a file would do to the reader's data, shown before anything changes. A file is
 * read record by record (read-file.ts, in a Worker on the page); the preview compares it with the
 * log: activities new, differing (same id, other content) or already there; credentials new, or
 * held with other dates (a conflict the reader settles: the file's dates, or theirs); rows that
 * cannot be imported, with their problems. Nothing changes until the reader confirms; the change
 * then applies to the freshest data (another tab may have saved meanwhile) and its revert takes
 * back all of it: added entries removed, replaced activities and credential dates restored.
 *
 * Records are passed through as they are: fields this file does not know (a change stamp, say)
 * stay on them. Pure: the store applies the change.
 */
import type { FileRead, RejectedRecord } from './file-read.ts';
import { adoptIds, mergeActivitiesInSteps, sameActivity } from './merge.ts';
import { runNow, type Steps } from './parts.ts';
import type { Activity, CredentialRecord, FieldError } from './types.ts';

export interface Doc {
  credentials: CredentialRecord[];
  activities: Activity[];
}

/** A credential the reader holds whose record in the file differs (cycle dates, date earned, first-cycle total). */
export interface CredentialConflict {
  credential: string;
  held: CredentialRecord;
  incoming: CredentialRecord;
}

export interface ImportPreview {
  kind: 'csv' | 'json';
  /** Activities the log does not have. */
  added: Activity[];
  /** Activities the log has under the same id, with other content. */
  updated: { held: Activity; incoming: Activity }[];
  /** Activities already in the log as they are in the file. */
  unchanged: number;
  /** Credentials the reader does not hold yet. */
  newCredentials: CredentialRecord[];
  conflicts: CredentialConflict[];
  rejected: RejectedRecord[];
  notices: FieldError[];
  /** CSV: the header line, to write the rejected rows out as a file of their own. */
  header?: string;
}

/** The reader's answers: which conflicts take the file's record, and whether differing activities take the file's version. */
export interface ImportChoices {
  acceptCredentials: ReadonlySet<string>;
  replaceActivities: boolean;
}

export interface ImportChange {
  added: number;
  updated: number;
  credentials: number;
  /** Held credentials whose record the file's replaces. */
  replacedCredentials: number;
  /** True when confirming changes anything (so there is something to undo). */
  changes: boolean;
  /** Applies the import to a document; fields other than credentials and activities (tombstones) pass through. */
  apply: <D extends Doc>(d: D) => D;
  /** `apply` as work in parts (./parts.ts): a long import is applied without freezing the page. */
  applyInSteps: <D extends Doc>(d: D) => Steps<D>;
  /** Undoes it on the document as it is then. */
  revert: <D extends Doc>(d: D) => D;
}

const sameCredential = (a: CredentialRecord, b: CredentialRecord) =>
  a.cycleStart === b.cycleStart && a.cycleEnd === b.cycleEnd && a.earned === b.earned && a.firstCycleTotal === b.firstCycleTotal;

/** Compares a file that was read with the reader's data. */
export function previewImport(current: Doc, read: FileRead): ImportPreview {
  // CSV rows have no id of their own: a row that matches a logged activity takes its id.
  const incoming = read.kind === 'csv' ? adoptIds(current.activities, read.activities) : read.activities;
  const held = new Map(current.activities.map((a) => [a.id, a]));
  const latest = new Map<string, Activity>();
  for (const a of incoming) latest.set(a.id, a);
  const added: Activity[] = [];
  const updated: ImportPreview['updated'] = [];
  let unchanged = 0;
  for (const a of latest.values()) {
    const mine = held.get(a.id);
    if (mine === undefined) added.push(a);
    else if (sameActivity(mine, a)) unchanged += 1;
    else updated.push({ held: mine, incoming: a });
  }
  const heldCredentials = new Map(current.credentials.map((c) => [c.credential, c]));
  const newCredentials: CredentialRecord[] = [];
  const conflicts: CredentialConflict[] = [];
  for (const c of read.credentials) {
    const mine = heldCredentials.get(c.credential);
    if (mine === undefined) newCredentials.push(c);
    else if (!sameCredential(mine, c)) conflicts.push({ credential: c.credential, held: mine, incoming: c });
  }
  const preview: ImportPreview = { kind: read.kind, added, updated, unchanged, newCredentials, conflicts, rejected: read.rejected, notices: read.notices };
  if (read.header !== undefined) preview.header = read.header;
  return preview;
}

/** The change confirming `preview` with `choices` makes, and how to take it back. */
export function importChange(preview: ImportPreview, choices: ImportChoices): ImportChange {
  const replaced = choices.replaceActivities ? preview.updated : [];
  const incoming = [...preview.added, ...replaced.map((u) => u.incoming)];
  const before = new Map(replaced.map((u) => [u.held.id, u.held]));
  const accepted = preview.conflicts.filter((c) => choices.acceptCredentials.has(c.credential));
  const newIds = new Set(preview.newCredentials.map((c) => c.credential));
  const setCredentials = new Map([...preview.newCredentials, ...accepted.map((c) => c.incoming)].map((c) => [c.credential, c]));
  const heldBefore = new Map(accepted.map((c) => [c.credential, c.held]));
  const changes = incoming.length + setCredentials.size > 0;
  function* applyInSteps<D extends Doc>(d: D): Steps<D> {
    if (!changes) return d;
    const present = new Set(d.credentials.map((c) => c.credential));
    const credentials = d.credentials.map((c) => setCredentials.get(c.credential) ?? c);
    for (const [id, c] of setCredentials) if (!present.has(id)) credentials.push(c);
    return { ...d, credentials, activities: (yield* mergeActivitiesInSteps(d.activities, incoming)).items };
  }
  return {
    added: preview.added.length,
    updated: replaced.length,
    credentials: preview.newCredentials.length,
    replacedCredentials: accepted.length,
    changes,
    apply: (d) => runNow(applyInSteps(d)),
    applyInSteps,
    revert: (d) => {
      // Made when needed: a set of 100,000 ids is no small thing to make on the click that confirms.
      const addedIds = new Set(preview.added.map((a) => a.id));
      return {
        ...d,
        credentials: d.credentials.filter((c) => !newIds.has(c.credential)).map((c) => heldBefore.get(c.credential) ?? c),
        activities: d.activities.filter((a) => !addedIds.has(a.id)).map((a) => before.get(a.id) ?? a),
      };
    },
  };
}

/** All the problems of the rejected rows, each naming its row and field. */
export function rejectedErrors(rejected: readonly RejectedRecord[], limit = 100): FieldError[] {
  return rejected.flatMap((r) => r.errors).slice(0, limit);
}

export type ImportPlan =
  | {
      ok: true;
      added: number;
      updated: number;
      unchanged: number;
      /** Credentials the file adds. */
      credentials: number;
      /** True when the import changes anything (so there is something to undo). */
      changes: boolean;
      apply: (d: Doc) => Doc;
      revert: (d: Doc) => Doc;
    }
  | { ok: false; errors: FieldError[] };

/**
 * An import without asking the reader (the store's plain import): a file with any bad record
 * changes nothing; held credentials keep their dates; differing activities take the file's.
 */
export async function planImport(current: Doc, text: string, fileName: string): Promise<ImportPlan> {
  const { readImportText } = await import('./read-file.ts');
  const result = readImportText(text, fileName);
  if (!result.ok) return result;
  if (result.read.rejected.length > 0) return { ok: false, errors: rejectedErrors(result.read.rejected) };
  const preview = previewImport(current, result.read);
  const change = importChange(preview, { acceptCredentials: new Set(), replaceActivities: true });
  return { ok: true, added: change.added, updated: change.updated, unchanged: preview.unchanged, credentials: change.credentials, changes: change.changes, apply: change.apply, revert: change.revert };
}
