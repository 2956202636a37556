import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, migrate, parseBackup, type Backup } from '../../src/lib/ceu/backup.ts';
import { CEU_CATEGORIES, type Activity, type CredentialRecord } from '../../src/lib/ceu/types.ts';

const design = `{"format":"ccp-ceu","version":1,"exportedAt":"2026-11-20T10:00:00.000Z","credentials":[{"credential":"cpc","cycleStart":"2025-06-01","cycleEnd":"2027-05-31"}],"activities":[{"id":"a1","date":"2026-01-10","title":"E/M webinar","provider":"AAPC","ceus":1.5,"indexNumber":"AAPC-123","categories":["specialty"],"appliesTo":["cpc"],"notes":"kept in Drive"}]}`;

const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2090, 0, 1) / 864e5 }).map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
const text = fc.string({ unit: 'binary', maxLength: 30 });
const activityArb: fc.Arbitrary<Activity> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 20 }),
    date: day,
    title: text.filter((t) => t.trim() !== ''),
    provider: text,
    ceus: fc.integer({ min: 1, max: 99_900 }).map((n) => n / 100),
    indexNumber: text,
    categories: fc.uniqueArray(fc.constantFrom(...CEU_CATEGORIES), { maxLength: 4 }),
    appliesTo: fc.uniqueArray(fc.constantFrom('cpc', 'crc', 'ccs-p', 'cbcs'), { maxLength: 3 }),
    notes: text,
    format: text,
    certificateLocation: text,
  },
  { requiredKeys: ['id', 'date', 'title', 'provider', 'ceus', 'indexNumber', 'categories', 'appliesTo', 'notes'] },
);
const credentialArb: fc.Arbitrary<CredentialRecord> = fc.oneof(
  fc.tuple(fc.constantFrom('cpc', 'ccs', 'cbcs'), day, day).filter(([, a, b]) => a < b).map(([credential, cycleStart, cycleEnd]) => ({ credential, cycleStart, cycleEnd })),
  fc.tuple(fc.constantFrom('crc', 'rhit'), day).map(([credential, earned]) => ({ credential, earned })),
);

describe('CEU backup', () => {
  it('reads the file design.md describes', () => {
    const r = parseBackup(design);
    expect(r).toEqual({
      ok: true,
      data: {
        exportedAt: '2026-11-20T10:00:00.000Z',
        credentials: [{ credential: 'cpc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' }],
        activities: [{ id: 'a1', date: '2026-01-10', title: 'E/M webinar', provider: 'AAPC', ceus: 1.5, indexNumber: 'AAPC-123', categories: ['specialty'], appliesTo: ['cpc'], notes: 'kept in Drive' }],
      },
    });
  });

  it('writes the exact field names and order of the format', () => {
    const r = parseBackup(design);
    if (!r.ok) throw new Error('fixture');
    const written = encodeBackup(r.data, '2026-11-20T10:00:00.000Z');
    expect(JSON.stringify(JSON.parse(written))).toBe(design);
    expect(written.endsWith('}\n')).toBe(true);
  });

  it('round-trips any valid log: export then import gives the same data', () => {
    fc.assert(
      fc.property(fc.uniqueArray(activityArb, { selector: (a) => a.id, maxLength: 15 }), fc.uniqueArray(credentialArb, { selector: (c) => c.credential }), (activities, credentials) => {
        const r = parseBackup(encodeBackup({ credentials, activities }, new Date('2026-11-20T10:00:00Z')));
        expect(r).toEqual({ ok: true, data: { exportedAt: '2026-11-20T10:00:00.000Z', credentials, activities } satisfies Backup });
      }),
    );
  });

  it('fills defaults for optional text and drops fields it does not know', () => {
    const file = JSON.parse(design) as { activities: Record<string, unknown>[] };
    file.activities[0] = { id: 'a1', date: '2026-01-10', title: 'Quiz', ceus: 1, addedInVersion7: true };
    const r = decodeBackup(file);
    expect(r.ok && r.data.activities[0]).toEqual({ id: 'a1', date: '2026-01-10', title: 'Quiz', provider: '', ceus: 1, indexNumber: '', categories: [], appliesTo: [], notes: '' });
  });

  it('names the row and field of every problem', () => {
    const file = JSON.parse(design) as { activities: Record<string, unknown>[]; credentials: Record<string, unknown>[] };
    const a = file.activities[0]!;
    file.activities = [a, { ...a, id: 'a2', ceus: '2' }, { ...a, id: 'a3', date: '2026-02-30', categories: ['specialty', 'bogus'] }, { ...a }];
    file.credentials = [{ credential: 'cpc', cycleStart: '2027-01-01', cycleEnd: '2025-01-01' }];
    const r = decodeBackup(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'credentials[0].cycleEnd', message: 'the cycle ends before it starts' },
      { row: 2, field: 'ceus', message: 'CEUs must be a number' },
      { row: 3, field: 'date', message: 'the date must be a real date written YYYY-MM-DD, not "2026-02-30"' },
      { row: 3, field: 'categories', message: expect.stringMatching(/^"bogus" is not a category; use specialty, auditing/) },
    ]);
  });

  it('refuses duplicate ids, naming both rows', () => {
    const file = JSON.parse(design) as { activities: unknown[] };
    file.activities.push(file.activities[0]);
    const r = decodeBackup(file);
    expect(r).toEqual({ ok: false, errors: [{ row: 2, field: 'id', message: 'the id "a1" is already used by activity 1' }] });
  });

  it('tells what kind of file it got', () => {
    const first = (input: string) => {
      const r = parseBackup(input);
      return r.ok ? 'ok' : `${r.errors[0]!.field}: ${r.errors[0]!.message}`;
    };
    expect(first('date,title')).toBe('file: this file is not a CEU backup: it is not valid JSON');
    expect(first('[1,2]')).toBe('file: this file is not a CEU backup: expected a JSON object');
    expect(first('{"format":"other"}')).toMatch(/^format: this file is not a CEU backup/);
    expect(first(design.replace('"version":1', '"version":2'))).toMatch(/^version: this backup was made by a newer version/);
    expect(first(design.replace('"version":1', '"version":"1"'))).toBe('version: the backup has no valid version number');
    expect(first(`\uFEFF${design}`)).toBe('ok');
  });

  it('migrates older versions through the hook, one version at a time', () => {
    const v1 = { format: 'ccp-ceu', version: 1, creds: [], log: [] };
    const migrations = {
      1: ({ creds, log, ...rest }: Record<string, unknown>) => ({ ...rest, version: 2, credentials: creds, activities: log }),
      2: (f: Record<string, unknown>) => ({ ...f, version: 3, exportedAt: '2026-01-01T00:00:00Z' }),
    };
    expect(migrate(v1, 1, 3, migrations)).toEqual({
      ok: true,
      data: { format: 'ccp-ceu', version: 3, credentials: [], activities: [], exportedAt: '2026-01-01T00:00:00Z' },
    });
    expect(migrate(v1, 1, 3, { 1: migrations[1] })).toEqual({ ok: false, errors: [{ field: 'version', message: 'backups of version 2 can no longer be read' }] });
    expect(migrate(v1, 1, 1, {})).toEqual({ ok: true, data: v1 });
  });

  it('never throws and never returns half a file, whatever it is given', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-01-01T00:00:00Z', credentials: [], activities: [v] })),
      fc.array(fc.jsonValue(), { maxLength: 5 }).map((acts) => JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: 'x', credentials: acts, activities: acts })),
    );
    fc.assert(
      fc.property(hostile, (input) => {
        const r = parseBackup(input);
        if (r.ok) {
          // Whatever was accepted is complete and valid: every activity re-encodes and decodes the same.
          expect(parseBackup(encodeBackup(r.data, r.data.exportedAt))).toEqual(r);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(typeof e.field === 'string' && e.message.length > 0).toBe(true);
        }
      }),
    );
  });

  it('survives objects that throw when read', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); } });
    expect(decodeBackup(trap)).toEqual({ ok: false, errors: [{ field: 'file', message: expect.stringContaining('could not be read') }] });
  });
});

describe('CEU backup: fields a later version adds', () => {
  it('writes a record’s extra fields after the known ones, and reads a version-1 file per record', async () => {
    const { readBackup } = await import('../../src/lib/ceu/backup-read.ts');
    const stamped = { id: 'a1', date: '2026-01-10', title: 'T', provider: '', ceus: 1, indexNumber: '', categories: [], appliesTo: ['cpc'], notes: '', changed: 42 } as Activity;
    const text = encodeBackup({ credentials: [{ credential: 'cpc', earned: '2025-01-01', changed: 7 } as CredentialRecord], activities: [stamped] }, '2026-11-20T10:00:00.000Z');
    const file = JSON.parse(text) as { activities: Record<string, unknown>[]; credentials: Record<string, unknown>[] };
    expect(Object.keys(file.activities[0]!)).toEqual(['id', 'date', 'title', 'provider', 'ceus', 'indexNumber', 'categories', 'appliesTo', 'notes', 'changed']);
    expect(file.credentials[0]).toEqual({ credential: 'cpc', earned: '2025-01-01', changed: 7 });
    expect(readBackup(design)).toMatchObject({ ok: true, read: { kind: 'json', rejected: [], activities: [{ id: 'a1', ceus: 1.5 }], credentials: [{ credential: 'cpc' }] } });
  });
});
