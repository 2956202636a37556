/**
 * The limits of a backup and of a record, exactly at the edge and one past it, and what the
 * decoders say about files that are not backups at all.
 */
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/lib/ceu/backup-read.ts';
import { backupField, decodeBackup, MAX_ACTIVITIES, migrate, parseBackup } from '../../src/lib/ceu/backup.ts';
import { checkActivity } from '../../src/lib/ceu/check.ts';

const act = (id: string, fields: Record<string, unknown> = {}) => ({ id, date: '2026-01-10', title: `Course ${id}`, ceus: 1, ...fields });
const file = (fields: Record<string, unknown> = {}) => ({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', credentials: [], activities: [], ...fields });
const credentials = (n: number) => Array.from({ length: n }, (_, i) => ({ credential: `c${i}`, earned: '2024-01-01' }));

describe('how many records a backup may hold', () => {
  it('takes 200 credentials and refuses 201, whichever decoder reads it', () => {
    expect(readBackup(JSON.stringify(file({ credentials: credentials(200) })))).toMatchObject({ ok: true, read: { rejected: [] } });
    expect(parseBackup(JSON.stringify(file({ credentials: credentials(200) }))).ok).toBe(true);
    expect(parseBackup(JSON.stringify(file({ credentials: credentials(201) })))).toEqual({ ok: false, errors: [{ field: 'credentials', message: 'too many credentials' }] });
  });

  it(`takes ${MAX_ACTIVITIES} activities and refuses one more`, () => {
    const many = Array.from({ length: MAX_ACTIVITIES + 1 }, (_, i) => act(`a${i}`));
    expect(decodeBackup(file({ activities: many }))).toEqual({ ok: false, errors: [{ field: 'activities', message: `a backup holds at most ${MAX_ACTIVITIES} activities` }] });
    const max = decodeBackup(file({ activities: many.slice(1) }));
    expect(max.ok && max.data.activities.length).toBe(MAX_ACTIVITIES);
    const reading = readBackup(JSON.stringify(file({ activities: many.slice(1) })));
    expect(reading.ok && reading.read.activities.length).toBe(MAX_ACTIVITIES);
  }, 60_000);

  it('reads a long backup without a progress callback', () => {
    const r = readBackup(JSON.stringify(file({ activities: Array.from({ length: 2000 }, (_, i) => act(`a${i}`)) })));
    expect(r.ok && r.read.activities.length).toBe(2000);
  });

  it('names at most 50 repeated ids', () => {
    const r = parseBackup(JSON.stringify(file({ activities: Array.from({ length: 60 }, () => act('same')) })));
    expect(r.ok || r.errors.length).toBe(50);
    expect(r.ok || r.errors.at(-1)).toEqual({ row: 51, field: 'id', message: 'the id "same" is already used by activity 1' });
  });
});

describe('files that are not backups, read by the page', () => {
  it('refuses JSON that is not an object, and a version below 1', () => {
    for (const t of ['"text"', 'null', '3', 'true', '[]']) expect(parseBackup(t), t).toEqual({ ok: false, errors: [{ field: 'file', message: 'this file is not a CEU backup: expected a JSON object' }] });
    for (const version of [0, -1, '1']) expect(parseBackup(JSON.stringify(file({ version }))), String(version)).toEqual({ ok: false, errors: [{ field: 'version', message: 'the backup has no valid version number' }] });
  });

  it('says where a problem is in a credential list read by position', () => {
    expect(backupField(['credentials', 'x'])).toEqual({ field: 'credentials.x' });
    expect(backupField(['activities', 'x', 'y'])).toEqual({ field: 'activities.x.y' });
  });

  it('stops migrating when a step gives something that is not an object', () => {
    for (const bad of [null, [1], 'x']) {
      let after = false;
      const r = migrate({}, 1, 3, { 1: () => bad, 2: () => ((after = true), {}) });
      expect(r, JSON.stringify(bad)).toEqual({ ok: true, data: bad });
      expect(after).toBe(false);
    }
  });
});

describe('text at its length limit, in a record checked in full', () => {
  it('accepts each field at its limit while naming the field of the wrong kind', () => {
    const atLimit = { id: 'i'.repeat(200), title: 't'.repeat(300), provider: 'p'.repeat(200), indexNumber: 'n'.repeat(100), notes: 'x'.repeat(5000), format: 'f'.repeat(100), certificateLocation: 'c'.repeat(500) };
    expect(checkActivity({ ...act('a'), ...atLimit, ceus: '1' })).toEqual({ ok: false, errors: [{ field: 'ceus', message: 'CEUs must be a number' }] });
  });
});
