/**
 * Reading a CEU backup for an import, record by record (backup.ts is the format and the all-or-
 * nothing decoder the page uses for its own storage). Kept apart so the page's start-up code
 * does not carry it: it runs in the import's Worker.
 */
import { BACKUP_FORMAT, CURRENT_VERSION, MAX_ACTIVITIES, MIGRATIONS, backupField, migrate, type Migrations } from './backup.ts';
import type { FileRead, Progress, ReadResult, RejectedRecord } from './file-read.ts';
import { activitySchema, completeActivity, credentialRecordSchema, show, toFieldErrors } from './schema.ts';
import type { Activity, CredentialRecord, FieldError } from './types.ts';

const fail = (error: FieldError): { ok: false; errors: FieldError[] } => ({ ok: false, errors: [error] });

/**
 * Reads a backup record by record, for an import: every valid credential and activity is kept;
 * each invalid one is listed with its position, every problem and its JSON as in the file, and
 * an activity whose id an earlier one has is listed too. Only a file that is not a backup at all
 * (not JSON, another format, a newer version, no lists) is refused whole. Never throws.
 */
export function readBackup(text: string, onProgress?: Progress, migrations: Migrations = MIGRATIONS): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(typeof text === 'string' && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail({
      field: 'file',
      message: 'this file is not a CEU backup: it is not valid JSON',
    });
  }
  try {
    return readUnsafe(value, migrations, onProgress);
  } catch (error) {
    return fail({
      field: 'file',
      message: `this backup could not be read (${show(String(error))})`,
    });
  }
}

function readUnsafe(value: unknown, migrations: Migrations, onProgress?: Progress): ReadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail({
      field: 'file',
      message: 'this file is not a CEU backup: expected a JSON object',
    });
  const file = value as Record<string, unknown>;
  if (file['format'] !== BACKUP_FORMAT)
    return fail({
      field: 'format',
      message: `this file is not a CEU backup: "format" should be "${BACKUP_FORMAT}"`,
    });
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail({
      field: 'version',
      message: 'the backup has no valid version number',
    });
  if (version > CURRENT_VERSION)
    return fail({
      field: 'version',
      message: `this backup was made by a newer version of the tracker (version ${version}); reload the page to update it, then import again`,
    });
  const migrated = migrate(file, version, CURRENT_VERSION, migrations);
  if (!migrated.ok) return migrated;
  const current = migrated.data as Record<string, unknown>;
  const credentialsIn = current['credentials'] ?? [];
  const activitiesIn = current['activities'] ?? [];
  if (!Array.isArray(credentialsIn))
    return fail({
      field: 'credentials',
      message: 'credentials must be a list',
    });
  if (!Array.isArray(activitiesIn)) return fail({ field: 'activities', message: 'activities must be a list' });
  if (activitiesIn.length > MAX_ACTIVITIES)
    return fail({
      field: 'activities',
      message: `a backup holds at most ${MAX_ACTIVITIES} activities`,
    });
  if (credentialsIn.length > 200) return fail({ field: 'credentials', message: 'too many credentials' });

  const notices: FieldError[] = [];
  if (typeof current['exportedAt'] !== 'string' || Number.isNaN(Date.parse(current['exportedAt'])))
    notices.push({
      field: 'exportedAt',
      message: 'the backup does not say when it was made',
    });
  const rejected: RejectedRecord[] = [];
  const credentials: CredentialRecord[] = [];
  const held = new Set<string>();
  credentialsIn.forEach((entry, i) => {
    const r = credentialRecordSchema.safeParse(entry);
    if (!r.success)
      rejected.push({
        row: 0,
        errors: toFieldErrors(r.error.issues, (path) => backupField(['credentials', i, ...path]), 5),
        source: JSON.stringify(entry),
      });
    else if (held.has(r.data.credential))
      rejected.push({
        row: 0,
        errors: [
          {
            field: `credentials[${i}].credential`,
            message: `${r.data.credential} is listed twice`,
          },
        ],
        source: JSON.stringify(entry),
      });
    else {
      held.add(r.data.credential);
      credentials.push(r.data);
    }
  });
  const activities: Activity[] = [];
  const firstWithId = new Map<string, number>();
  activitiesIn.forEach((entry, i) => {
    const row = i + 1;
    if (onProgress !== undefined && row % 2000 === 0) onProgress(row / activitiesIn.length);
    const r = activitySchema.safeParse(entry);
    if (!r.success) {
      rejected.push({
        row,
        errors: toFieldErrors(r.error.issues, (path) => backupField(['activities', i, ...path]), 5),
        source: JSON.stringify(entry),
      });
      return;
    }
    const seen = firstWithId.get(r.data.id);
    if (seen !== undefined) {
      rejected.push({
        row,
        errors: [
          {
            row,
            field: 'id',
            message: `the id "${show(r.data.id)}" is already used by activity ${seen}`,
          },
        ],
        source: JSON.stringify(entry),
      });
      return;
    }
    firstWithId.set(r.data.id, row);
    activities.push(completeActivity(r.data));
  });
  onProgress?.(1);
  const read: FileRead = {
    kind: 'json',
    activities,
    credentials,
    rejected,
    notices,
  };
  return { ok: true, read };
}
