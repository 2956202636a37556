/**
 * The CEU backup file as the reader keeps it (src/lib/ceu/backup.ts): its fields always come in
 * the format's order, whatever order the page held them in; a backup is never written with an
 * export time that could not be read back; and a refused backup names the field and says what is
 * wrong with it, in words.
 */
import { describe, expect, it, vi } from 'vitest';
import { backupField, decodeBackup, encodeBackup } from '../../src/lib/ceu/backup.ts';
import type { Activity, CredentialRecord } from '../../src/lib/ceu/types.ts';

const file = (fields: Record<string, unknown> = {}) => ({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', credentials: [], activities: [], ...fields });
const refusal = (fields: Record<string, unknown>) => {
  const r = decodeBackup(file(fields));
  return r.ok ? 'accepted' : r.errors;
};

describe('the backup file written', () => {
  it('puts a credential’s and an activity’s fields in the format’s order, whatever order the page held them in', () => {
    const credential = { firstCycleTotal: 36, cycleEnd: '2027-05-31', cycleStart: '2025-06-01', credential: 'cpc' } as CredentialRecord;
    const activity = {
      certificateLocation: 'Drive',
      format: 'webinar',
      notes: 'n',
      appliesTo: ['cpc'],
      categories: ['specialty'],
      indexNumber: 'IDX-1',
      ceus: 1.5,
      provider: 'AAPC',
      title: 'E/M',
      date: '2026-01-10',
      id: 'a1',
    } as Activity;
    const written = JSON.parse(encodeBackup({ credentials: [credential], activities: [activity] }, '2026-12-01T10:00:00.000Z')) as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(written['credentials']![0]!)).toEqual(['credential', 'cycleStart', 'cycleEnd', 'firstCycleTotal']);
    expect(Object.keys(written['activities']![0]!)).toEqual(['id', 'date', 'title', 'provider', 'ceus', 'indexNumber', 'categories', 'appliesTo', 'notes', 'format', 'certificateLocation']);
    expect(written['activities']![0]).toEqual(activity);
  });

  it('writes the export time of a date as its ISO text, and never writes a backup with an invalid date as its export time', () => {
    const data = { credentials: [], activities: [] };
    expect(JSON.parse(encodeBackup(data, new Date(Date.UTC(2026, 11, 7, 9, 30))))).toMatchObject({ exportedAt: '2026-12-07T09:30:00.000Z' });
    // Written, such a file would be refused on import ("exportedAt must be a date and time").
    expect(() => encodeBackup(data, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('a backup refused', () => {
  it('says which list is not a list, and an export time that is not text', () => {
    expect(refusal({ credentials: 'cpc' })).toEqual([{ field: 'credentials', message: 'credentials must be a list' }]);
    expect(refusal({ activities: { a1: {} } })).toEqual([{ field: 'activities', message: 'activities must be a list' }]);
    expect(refusal({ exportedAt: 20261201 })).toEqual([{ field: 'exportedAt', message: 'exportedAt must be a date and time' }]);
  });

  it('names a credential that is not a record by its position alone', () => {
    const errors = refusal({ credentials: [{ credential: 'cpc', earned: '2024-01-01' }, 5] });
    expect(errors).not.toBe('accepted');
    expect((errors as { field: string }[]).map((e) => e.field)).toEqual(['credentials[1]']);
  });

  it('names a problem in any other list by its path, not as a credential', () => {
    // A list a later version adds (migrated into the file) keeps its own name in the message.
    expect(backupField(['reminders', 2, 'date'])).toEqual({ field: 'reminders.2.date' });
    expect(backupField(['credentials', 2, 'earned'])).toEqual({ field: 'credentials[2].earned' });
  });

  it('is refused by a freshly loaded reader too, with the same message', async () => {
    // Loaded afresh, so that the reader's own definitions are those this test checks (the
    // mutation run shares one module cache between test files).
    vi.resetModules();
    const { readBackup } = await import('../../src/lib/ceu/backup-read.ts');
    expect(readBackup('{"format":')).toEqual({ ok: false, errors: [{ field: 'file', message: 'this file is not a CEU backup: it is not valid JSON' }] });
  });
});
