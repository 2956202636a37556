/** Edges of reading an import: header punctuation, where the encoding check looks, the backup file's own fields. */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/ceu/csv-read.ts';
import { decodeFileBytes } from '../../src/lib/ceu/text-decode.ts';
import { encodeBackup, parseBackup } from '../../src/lib/ceu/backup.ts';

describe('header names with punctuation', () => {
  it('ignores brackets, slashes, dots and hashes in a column name', () => {
    const r = readCsv('Date/Completed,Course (Title),CEU (Hours),Index #\n2026-03-01,T,1.5,I-1\n');
    expect(r.ok && r.read.notices).toEqual([]);
    expect(r.ok && r.read.activities[0]).toMatchObject({ date: '2026-03-01', title: 'T', ceus: 1.5, indexNumber: 'I-1' });
  });
});

describe('where the encoding check looks', () => {
  it('counts control characters in the first 65,536 characters only', () => {
    const late = `${'a'.repeat(65_536)}\u0001\u0002\u0003\u0004`;
    expect(decodeFileBytes(new TextEncoder().encode(late)).ok).toBe(true);
    const early = `\u0001\u0002\u0003\u0004${'a'.repeat(65_536)}`;
    expect(decodeFileBytes(new TextEncoder().encode(early)).ok).toBe(true);
    const dense = `${'\u0001'.repeat(700)}${'a'.repeat(65_536)}`;
    expect(decodeFileBytes(new TextEncoder().encode(dense)).ok).toBe(false);
  });
});

describe('the backup file', () => {
  it('writes the export time as given, or from a date', () => {
    const data = { credentials: [], activities: [] };
    expect(JSON.parse(encodeBackup(data, '2026-12-01T00:00:00Z')).exportedAt).toBe('2026-12-01T00:00:00Z');
    expect(JSON.parse(encodeBackup(data, new Date(Date.UTC(2026, 11, 7, 8)))).exportedAt).toBe('2026-12-07T08:00:00.000Z');
  });

  it('reads back what it writes, extra fields of a record included in the file', () => {
    const activities = [{ id: 'a', date: '2026-01-10', title: 'T', provider: '', ceus: 1, indexNumber: '', categories: [], appliesTo: [], notes: '', changed: 7 }];
    const text = encodeBackup({ credentials: [{ credential: 'cpc', earned: '2024-01-01', changed: 3 }], activities }, '2026-12-01T00:00:00Z');
    expect(JSON.parse(text).activities[0].changed).toBe(7);
    expect(JSON.parse(text).credentials[0]).toEqual({ credential: 'cpc', earned: '2024-01-01', changed: 3 });
    expect(parseBackup(text)).toEqual({ ok: true, data: { exportedAt: '2026-12-01T00:00:00Z', credentials: [{ credential: 'cpc', earned: '2024-01-01', changed: 3 }], activities } });
  });
});

describe('a reader that fails while reporting progress', () => {
  it('refuses the file with the reason instead of throwing', async () => {
    const { readBackup } = await import('../../src/lib/ceu/backup-read.ts');
    const fail = () => {
      throw new Error('page gone');
    };
    const backup = JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T00:00:00Z', credentials: [], activities: [] });
    expect(readBackup(backup, fail)).toEqual({ ok: false, errors: [{ field: 'file', message: 'this backup could not be read (Error: page gone)' }] });
    expect(readCsv('date,title,ceus\n2026-03-01,T,1\n', fail)).toEqual({ ok: false, errors: [{ field: 'file', message: 'this file could not be read (Error: page gone)' }] });
  });
});
