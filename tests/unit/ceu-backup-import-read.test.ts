/**
 * Reading a CEU backup for an import (record by record) and for the page's own use (all or
 * nothing): which files are refused whole and with what message, which records are listed as
 * rejected, and what the reader is told about the file.
 */
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/lib/ceu/backup-read.ts';
import { backupField, decodeBackup, MAX_ACTIVITIES, migrate, parseBackup } from '../../src/lib/ceu/backup.ts';

const act = (id: string, fields: Record<string, unknown> = {}) => ({ id, date: '2026-01-10', title: `Course ${id}`, ceus: 1, ...fields });
const file = (fields: Record<string, unknown> = {}) => ({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', credentials: [], activities: [], ...fields });
const text = (fields: Record<string, unknown> = {}) => JSON.stringify(file(fields));
const refused = (field: string, message: string) => ({ ok: false, errors: [{ field, message }] });

describe('a file the import refuses whole', () => {
  it('is not JSON', () => {
    expect(readBackup('{"format":')).toEqual(refused('file', 'this file is not a CEU backup: it is not valid JSON'));
  });

  it('is JSON but not an object', () => {
    for (const t of ['[]', '"text"', 'null', '3']) expect(readBackup(t), t).toEqual(refused('file', 'this file is not a CEU backup: expected a JSON object'));
  });

  it('is another format', () => {
    expect(readBackup(JSON.stringify({ format: 'other' }))).toEqual(refused('format', 'this file is not a CEU backup: "format" should be "ccp-ceu"'));
  });

  it('has no usable version number', () => {
    for (const version of [undefined, '1', 0, 1.5, -1]) expect(readBackup(text({ version })), String(version)).toEqual(refused('version', 'the backup has no valid version number'));
  });

  it('comes from a newer version of the tracker', () => {
    expect(readBackup(text({ version: 2 }))).toEqual(refused('version', 'this backup was made by a newer version of the tracker (version 2); reload the page to update it, then import again'));
  });

  it('has lists that are not lists, or too long', () => {
    expect(readBackup(text({ credentials: {} }))).toEqual(refused('credentials', 'credentials must be a list'));
    expect(readBackup(text({ activities: 'none' }))).toEqual(refused('activities', 'activities must be a list'));
    expect(readBackup(text({ credentials: Array(201).fill({ credential: 'cpc', earned: '2024-01-01' }) }))).toEqual(refused('credentials', 'too many credentials'));
    expect(readBackup(text({ activities: Array(MAX_ACTIVITIES + 1).fill(0) }))).toEqual(refused('activities', `a backup holds at most ${MAX_ACTIVITIES} activities`));
  });

});

describe('a backup the import reads record by record', () => {
  it('reads a file with a byte-order mark, and takes missing lists as empty', () => {
    const r = readBackup(`\uFEFF${JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T10:00:00.000Z' })}`);
    expect(r).toEqual({ ok: true, read: { kind: 'json', activities: [], credentials: [], rejected: [], notices: [] } });
  });

  it('keeps the good records, fills their defaults, and lists the bad ones with their row, problems and text', () => {
    const bad = act('b', { ceus: 0, date: '2026-02-30' });
    const r = readBackup(text({ activities: [act('a'), bad, act('c', { categories: ['cms', 'cms'] })], credentials: [{ credential: 'cpc', earned: '2024-01-01' }] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.read.activities).toEqual([
      { id: 'a', date: '2026-01-10', title: 'Course a', ceus: 1, provider: '', indexNumber: '', categories: [], appliesTo: [], notes: '' },
      { id: 'c', date: '2026-01-10', title: 'Course c', ceus: 1, provider: '', indexNumber: '', categories: ['cms'], appliesTo: [], notes: '' },
    ]);
    expect(r.read.credentials).toEqual([{ credential: 'cpc', earned: '2024-01-01' }]);
    expect(r.read.rejected).toEqual([
      {
        row: 2,
        errors: [
          { row: 2, field: 'date', message: 'the date must be a real date written YYYY-MM-DD, not "2026-02-30"' },
          { row: 2, field: 'ceus', message: 'CEUs must be a number above 0' },
        ],
        source: JSON.stringify(bad),
      },
    ]);
    expect(r.read.notices).toEqual([]);
  });

  it('lists an activity whose id an earlier one has, naming that one', () => {
    const r = readBackup(text({ activities: [act('x'), act('y'), act('x', { title: 'Again' })] }));
    expect(r.ok && r.read.rejected).toEqual([{ row: 3, errors: [{ row: 3, field: 'id', message: 'the id "x" is already used by activity 1' }], source: JSON.stringify(act('x', { title: 'Again' })) }]);
    expect(r.ok && r.read.activities.map((a) => a.title)).toEqual(['Course x', 'Course y']);
  });

  it('lists a bad credential and one listed twice, by position', () => {
    const twice = { credential: 'cpc', cycleStart: '2025-01-01', cycleEnd: '2026-12-31' };
    const r = readBackup(text({ credentials: [{ credential: 'cpc', earned: '2024-01-01' }, { credential: 'CPC', earned: '2024-01-01' }, twice] }));
    expect(r.ok && r.read.credentials).toEqual([{ credential: 'cpc', earned: '2024-01-01' }]);
    expect(r.ok && r.read.rejected).toEqual([
      { row: 0, errors: [{ field: 'credentials[1].credential', message: '"CPC" is not a credential id (like cpc or ccs-p)' }], source: JSON.stringify({ credential: 'CPC', earned: '2024-01-01' }) },
      { row: 0, errors: [{ field: 'credentials[2].credential', message: 'cpc is listed twice' }], source: JSON.stringify(twice) },
    ]);
  });

  it('reports a field of the wrong kind and the rules the other fields break, together', () => {
    const r = readBackup(text({ activities: [{ id: 'a', date: '2026-02-30', title: 5, ceus: 1000, categories: 'cms' }] }));
    expect(r.ok && r.read.rejected[0]?.errors).toEqual([
      { row: 1, field: 'title', message: 'the title must be text' },
      { row: 1, field: 'categories', message: 'categories must be a list' },
      { row: 1, field: 'date', message: 'the date must be a real date written YYYY-MM-DD, not "2026-02-30"' },
      { row: 1, field: 'ceus', message: 'CEUs must be at most 999 for one activity' },
    ]);
    const c = readBackup(text({ credentials: [{ credential: 'cpc', cycleStart: '2025-01-01', firstCycleTotal: 'ten' }, { credential: 'crc', cycleStart: '2026-01-01', cycleEnd: '2025-01-01' }] }));
    expect(c.ok && c.read.rejected.map((x) => x.errors)).toEqual([
      [{ field: 'credentials[0].firstCycleTotal', message: 'the first-cycle total must be a number' }],
      [{ field: 'credentials[1].cycleEnd', message: 'the cycle ends before it starts' }],
    ]);
  });

  it('names an unknown category and a credential id that is not text by position', () => {
    const r = readBackup(text({ activities: [{ ...act('a'), categories: ['cms', 3], appliesTo: ['cpc', 4] }] }));
    expect(r.ok && r.read.rejected[0]?.errors).toEqual([
      { row: 1, field: 'categories', message: '"3" is not a category; use specialty, auditing, compliance, documentation, practice-management, circc-vendor, cms, hiim-domain, ahima-sourced' },
      { row: 1, field: 'appliesTo', message: 'a credential id must be text' },
    ]);
  });

  it('lists at most five problems of a record', () => {
    const r = readBackup(text({ activities: [{ id: 1, date: 2, title: 3, ceus: 'x', provider: 4, notes: 5, format: 6 }] }));
    expect(r.ok && r.read.rejected[0]?.errors.length).toBe(5);
  });

  it('tells the reader when the backup does not say when it was made', () => {
    for (const exportedAt of [undefined, 'yesterday', 5]) {
      const r = readBackup(text({ exportedAt }));
      expect(r.ok && r.read.notices, String(exportedAt)).toEqual([{ field: 'exportedAt', message: 'the backup does not say when it was made' }]);
    }
  });

  it('reports its progress every 2,000 activities, then done', () => {
    const progress: number[] = [];
    readBackup(text({ activities: Array.from({ length: 4000 }, (_, i) => act(`a${i}`)) }), (d) => progress.push(d));
    expect(progress).toEqual([0.5, 1, 1]);
    const small: number[] = [];
    readBackup(text({ activities: [act('a')] }), (d) => small.push(d));
    expect(small).toEqual([1]);
  });

  it('runs the migrations from the file version up', () => {
    const seen: unknown[] = [];
    const r = readBackup(JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', activities: [act('a')] }), undefined, {
      1: (v) => {
        seen.push(v);
        return v;
      },
    });
    expect(seen).toEqual([]);
    expect(r.ok && r.read.activities.length).toBe(1);
  });
});

describe('migrations', () => {
  it('apply one version at a time and name a version they cannot read', () => {
    const steps = { 1: (v: Record<string, unknown>) => ({ ...v, a: 1 }), 2: (v: Record<string, unknown>) => ({ ...v, b: 2 }) };
    expect(migrate({ x: 0 }, 1, 3, steps)).toEqual({ ok: true, data: { x: 0, a: 1, b: 2 } });
    expect(migrate({ x: 0 }, 2, 3, steps)).toEqual({ ok: true, data: { x: 0, b: 2 } });
    expect(migrate({ x: 0 }, 3, 3, steps)).toEqual({ ok: true, data: { x: 0 } });
    expect(migrate({ x: 0 }, 1, 3, { 2: steps[2] })).toEqual(refused('version', 'backups of version 1 can no longer be read'));
  });

  it('stop when a step returns something that is not an object', () => {
    const later = { called: false };
    const steps = { 1: () => 'gone', 2: () => ((later.called = true), {}) };
    expect(migrate({}, 1, 3, steps)).toEqual({ ok: true, data: 'gone' });
    expect(later.called).toBe(false);
  });
});

describe("the page's own decoder (all or nothing)", () => {
  it('refuses a file that is not JSON, not an object, another format or a newer version', () => {
    expect(parseBackup('nope')).toEqual(refused('file', 'this file is not a CEU backup: it is not valid JSON'));
    expect(parseBackup('[1]')).toEqual(refused('file', 'this file is not a CEU backup: expected a JSON object'));
    expect(parseBackup('{"format":"x"}')).toEqual(refused('format', 'this file is not a CEU backup: "format" should be "ccp-ceu"'));
    expect(parseBackup(text({ version: 1.5 }))).toEqual(refused('version', 'the backup has no valid version number'));
    expect(parseBackup(text({ version: 3 }))).toEqual(refused('version', 'this backup was made by a newer version of the tracker (version 3); reload the page to update it, then import again'));
  });

  it('reads a file with a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${text()}`)).toEqual({ ok: true, data: { exportedAt: '2026-12-01T10:00:00.000Z', credentials: [], activities: [] } });
  });

  it('lists at most 50 problems of a file', () => {
    const r = parseBackup(text({ activities: Array.from({ length: 60 }, (_, i) => act(`a${i}`, { ceus: 0 })) }));
    expect(r.ok || r.errors.length).toBe(50);
    expect(r.ok || r.errors[0]).toEqual({ row: 1, field: 'ceus', message: 'CEUs must be a number above 0' });
  });

  it('refuses lists too long and an export time that is not one', () => {
    const many = parseBackup(text({ credentials: Array.from({ length: 201 }, (_, i) => ({ credential: `c${i}`, earned: '2024-01-01' })) }));
    expect(many).toEqual({ ok: false, errors: [{ field: 'credentials', message: 'too many credentials' }] });
    expect(parseBackup(text({ exportedAt: 'last week' }))).toEqual({ ok: false, errors: [{ field: 'exportedAt', message: 'exportedAt is not a date and time: "last week"' }] });
    expect(parseBackup(text({ exportedAt: 5 }))).toMatchObject({ ok: false, errors: [{ field: 'exportedAt', message: 'exportedAt must be a date and time' }] });
    expect(parseBackup(text({ activities: {} }))).toMatchObject({ ok: false, errors: [{ field: 'activities', message: 'activities must be a list' }] });
    expect(parseBackup(text({ credentials: 'x' }))).toMatchObject({ ok: false, errors: [{ field: 'credentials', message: 'credentials must be a list' }] });
  });

  it('refuses, without throwing, a file whose fields throw when read', () => {
    const hostile = Object.defineProperty({}, 'format', {
      get() {
        throw new Error('no reading me');
      },
    });
    expect(decodeBackup(hostile)).toEqual(refused('file', 'this backup could not be read (Error: no reading me)'));
  });
});

describe('where a problem in a backup is', () => {
  it('names an activity by row and field, a credential by position, anything else by its path', () => {
    expect(backupField(['activities', 3, 'ceus'])).toEqual({ row: 4, field: 'ceus' });
    expect(backupField(['activities', 0])).toEqual({ row: 1, field: 'activity' });
    expect(backupField(['credentials', 2, 'earned'])).toEqual({ field: 'credentials[2].earned' });
    expect(backupField(['credentials', 2])).toEqual({ field: 'credentials[2]' });
    expect(backupField(['credentials'])).toEqual({ field: 'credentials' });
    expect(backupField(['activities', 'x'])).toEqual({ field: 'activities.x' });
    expect(backupField([])).toEqual({ field: 'file' });
  });
});
