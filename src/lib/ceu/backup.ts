/**
 * The CEU backup file: the JSON a reader downloads and keeps (design.md, "Data the reader keeps").
 *
 *   {"format":"ccp-ceu","version":1,"exportedAt":ISO,"credentials":[...],"activities":[...]}
 *
 * Field names are a promise to readers' files: never rename one. Later versions may add fields.
 * Decoding validates the whole file and returns every problem with the row and field it is in;
 * it never throws, whatever the file holds.
 *
 * Migrations: a file is decoded in three steps: parse, bring up to CURRENT_VERSION, validate.
 * To introduce version 2:
 *   1. bump CURRENT_VERSION to 2 and change encodeBackup to write the new shape;
 *   2. add `1: (v1) => v2` to MIGRATIONS, a function from the parsed version-1 object (already
 *      checked to be an object with format "ccp-ceu") to a version-2 object, e.g. renaming a field
 *      or filling a new one with its default; it must not throw (return the input unchanged when
 *      it cannot help, and let validation report what is wrong);
 *   3. keep a version-1 fixture in the tests and assert it decodes to the same activities.
 * Migrations chain: a version-1 file read by version 3 runs MIGRATIONS[1] then MIGRATIONS[2].
 * A file from a newer version than CURRENT_VERSION is refused (the reader is told to update
 * the page), never guessed at.
 */
import * as z from 'zod/mini';
import { activitySchema, completeActivity, credentialRecordSchema, show, toFieldErrors } from './schema.ts';
import type { Activity, CredentialRecord, Decoded, FieldError } from './types.ts';

export const BACKUP_FORMAT = 'ccp-ceu';
export const CURRENT_VERSION = 1;

/** The most activities a backup may hold (a guard against files that would freeze the page). */
export const MAX_ACTIVITIES = 100_000;

/** A decoded backup. */
export interface Backup {
  exportedAt: string;
  credentials: CredentialRecord[];
  activities: Activity[];
}

/** Functions from version n to version n+1 of the parsed file. */
export type Migrations = Readonly<Record<number, (previous: Record<string, unknown>) => unknown>>;

export const MIGRATIONS: Migrations = {};

const backupSchema = z
  .object({
    format: z.string(),
    version: z.number(),
    exportedAt: z.string({ error: 'exportedAt must be a date and time' }),
    credentials: z.array(credentialRecordSchema, { error: 'credentials must be a list' }),
    activities: z.array(activitySchema, { error: 'activities must be a list' }),
  })
  .check((payload) => {
    const file = payload.value;
    const problem = (path: string[], message: string) => payload.issues.push({ code: 'custom', message, input: file, path, continue: true });
    // decodeUnsafe has checked format and version already; these keep the schema whole on its own.
    if (file.format !== BACKUP_FORMAT) problem(['format'], `"format" should be "${BACKUP_FORMAT}"`);
    if (file.version !== CURRENT_VERSION) problem(['version'], `"version" should be ${CURRENT_VERSION}`);
    if (Number.isNaN(Date.parse(file.exportedAt))) problem(['exportedAt'], `exportedAt is not a date and time: "${show(file.exportedAt)}"`);
    if (file.credentials.length > 200) problem(['credentials'], 'too many credentials');
    if (file.activities.length > MAX_ACTIVITIES) problem(['activities'], `a backup holds at most ${MAX_ACTIVITIES} activities`);
  });

/** The backup file's text: stable key order, two-space indent, a final newline. */
export function encodeBackup(data: { credentials: readonly CredentialRecord[]; activities: readonly Activity[] }, exportedAt: Date | string): string {
  const file = {
    format: BACKUP_FORMAT,
    version: CURRENT_VERSION,
    exportedAt: typeof exportedAt === 'string' ? exportedAt : exportedAt.toISOString(),
    // The known fields first, in the format's order; fields a later version adds (a change
    // stamp, say) follow, so a backup keeps everything the page holds.
    credentials: data.credentials.map((c) =>
      Object.assign({ credential: c.credential, cycleStart: c.cycleStart, cycleEnd: c.cycleEnd, earned: c.earned, firstCycleTotal: c.firstCycleTotal }, c),
    ),
    activities: data.activities.map((a) =>
      Object.assign(
        {
          id: a.id,
          date: a.date,
          title: a.title,
          provider: a.provider,
          ceus: a.ceus,
          indexNumber: a.indexNumber,
          categories: a.categories,
          appliesTo: a.appliesTo,
          notes: a.notes,
          format: a.format,
          certificateLocation: a.certificateLocation,
        },
        a,
      ),
    ),
  };
  // JSON.stringify leaves out the optional fields that are undefined.
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Decode a backup file's text. Never throws. */
export function parseBackup(text: string, migrations: Migrations = MIGRATIONS): Decoded<Backup> {
  let value: unknown;
  try {
    value = JSON.parse(typeof text === 'string' && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail({ field: 'file', message: 'this file is not a CEU backup: it is not valid JSON' });
  }
  return decodeBackup(value, migrations);
}

/** Decode an already-parsed backup (from a file or from storage). Never throws. */
export function decodeBackup(value: unknown, migrations: Migrations = MIGRATIONS): Decoded<Backup> {
  try {
    return decodeUnsafe(value, migrations);
  } catch (error) {
    // A migration or a getter on a hostile object threw: refuse the file, keep the page alive.
    return fail({ field: 'file', message: `this backup could not be read (${show(String(error))})` });
  }
}

function decodeUnsafe(value: unknown, migrations: Migrations): Decoded<Backup> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail({ field: 'file', message: 'this file is not a CEU backup: expected a JSON object' });
  const file = value as Record<string, unknown>;
  if (file['format'] !== BACKUP_FORMAT)
    return fail({ field: 'format', message: `this file is not a CEU backup: "format" should be "${BACKUP_FORMAT}"` });
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail({ field: 'version', message: 'the backup has no valid version number' });
  if (version > CURRENT_VERSION)
    return fail({ field: 'version', message: `this backup was made by a newer version of the tracker (version ${version}); reload the page to update it, then import again` });

  const migrated = migrate(file, version, CURRENT_VERSION, migrations);
  if (!migrated.ok) return migrated;
  const current = migrated.data;

  const parsed = backupSchema.safeParse(current);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error.issues, backupField) };
  const { exportedAt, credentials } = parsed.data;
  const activities = parsed.data.activities.map(completeActivity);
  const duplicates = duplicateIds(activities);
  if (duplicates.length > 0) return { ok: false, errors: duplicates };
  return { ok: true, data: { exportedAt, credentials, activities } };
}

/**
 * Bring a parsed file from version `from` up to `to`, one migration at a time. Fails (naming the
 * version) when a step is missing; never throws unless a migration does.
 */
export function migrate(file: Record<string, unknown>, from: number, to: number, migrations: Migrations): Decoded<unknown> {
  let current: unknown = file;
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (step === undefined) return fail({ field: 'version', message: `backups of version ${v} can no longer be read` });
    if (typeof current !== 'object' || current === null || Array.isArray(current)) break;
    current = step(current as Record<string, unknown>);
  }
  return { ok: true, data: current };
}

/** `activities[3].ceus` becomes row 4, field `ceus`; anything else keeps its path. */
export function backupField(path: readonly PropertyKey[]): Omit<FieldError, 'message'> {
  const [section, index, ...rest] = path;
  if (section === 'activities' && typeof index === 'number')
    return { row: index + 1, field: rest.length > 0 ? String(rest[0]) : 'activity' };
  if (section === 'credentials' && typeof index === 'number')
    return { field: `credentials[${index}]${rest.length > 0 ? `.${String(rest[0])}` : ''}` };
  return { field: path.length > 0 ? path.map(String).join('.') : 'file' };
}

function duplicateIds(activities: readonly Activity[]): FieldError[] {
  const first = new Map<string, number>();
  const errors: FieldError[] = [];
  activities.forEach((a, i) => {
    const seen = first.get(a.id);
    if (seen === undefined) first.set(a.id, i + 1);
    else if (errors.length < 50) errors.push({ row: i + 1, field: 'id', message: `the id "${show(a.id)}" is already used by activity ${seen}` });
  });
  return errors;
}

function fail(error: FieldError): Decoded<never> {
  return { ok: false, errors: [error] };
}
