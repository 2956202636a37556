/**
 * What importing a file would do to the reader's data: a JSON backup or a CSV log is decoded
 * and checked whole, then merged by id (CSV rows, which have none, by content). Pure: the store
 * applies the plan. Loaded only when the reader chooses a file.
 */
import { parseBackup } from './backup.ts';
import { adoptIds, mergeActivities, mergeCredentials } from './merge.ts';
import type { Activity, CredentialRecord, FieldError } from './types.ts';

interface Doc {
  credentials: CredentialRecord[];
  activities: Activity[];
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
      /** Applies the import to the freshest data (another tab may have saved meanwhile). */
      apply: (d: Doc) => Doc;
      /** Takes it back: removes what it added and restores what it replaced. */
      revert: (d: Doc) => Doc;
    }
  | { ok: false; errors: FieldError[] };

export async function planImport(current: Doc, text: string, fileName: string): Promise<ImportPlan> {
  const isJson = /\.json$/i.test(fileName) || /^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));
  let activities: Activity[];
  let credentials: CredentialRecord[] = [];
  if (isJson) {
    const decoded = parseBackup(text);
    if (!decoded.ok) return decoded;
    activities = decoded.data.activities;
    credentials = decoded.data.credentials;
  } else {
    const { csvToActivities } = await import('./csv.ts');
    const decoded = csvToActivities(text);
    if (!decoded.ok) return decoded;
    activities = adoptIds(current.activities, decoded.data);
  }
  const merged = mergeActivities(current.activities, activities);
  const mergedCredentials = mergeCredentials(current.credentials, credentials);
  const currentIds = new Set(current.activities.map((a) => a.id));
  const addedIds = new Set(activities.map((a) => a.id).filter((id) => !currentIds.has(id)));
  const incomingIds = new Set(activities.map((a) => a.id));
  const previous = new Map(current.activities.filter((a) => incomingIds.has(a.id)).map((a) => [a.id, a]));
  const addedCredentials = new Set(credentials.map((c) => c.credential).filter((id) => !current.credentials.some((c) => c.credential === id)));
  return {
    ok: true,
    added: merged.added,
    updated: merged.updated,
    unchanged: merged.unchanged,
    credentials: mergedCredentials.added,
    changes: merged.added + merged.updated + mergedCredentials.added + mergedCredentials.updated > 0,
    apply: (d) => ({
      credentials: mergeCredentials(d.credentials, credentials).items,
      activities: mergeActivities(d.activities, activities).items,
    }),
    revert: (d) => ({
      credentials: d.credentials.filter((c) => !addedCredentials.has(c.credential)),
      activities: d.activities.filter((a) => !addedIds.has(a.id)).map((a) => previous.get(a.id) ?? a),
    }),
  };
}
