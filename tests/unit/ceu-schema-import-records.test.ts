/**
 * What an import (a JSON backup) tells the reader about records that are not records at all, or
 * that break several rules at once: the zod schemas of src/lib/ceu/schema.ts run the rules of
 * check.ts, and say what the forms and the stored-data decoder say.
 */
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/lib/ceu/backup-read.ts';
import { parseBackup } from '../../src/lib/ceu/backup.ts';
import { checkActivity, checkCredential } from '../../src/lib/ceu/check.ts';

const act = (id: string) => ({ id, date: '2026-01-10', title: `Course ${id}`, ceus: 1 });
const text = (fields: Record<string, unknown>) => JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', credentials: [], activities: [], ...fields });

describe('an entry of a backup that is not a record', () => {
  it('is listed by row as "an activity must be an object", as the form would say, and the good ones still load', () => {
    const entries = [null, 'a course', 3, true, [act('x')]];
    const r = readBackup(text({ activities: [...entries, act('a')] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.read.activities.map((a) => a.id)).toEqual(['a']);
    expect(r.read.rejected).toEqual(
      entries.map((e, i) => ({ row: i + 1, errors: [{ row: i + 1, field: 'activity', message: 'an activity must be an object' }], source: JSON.stringify(e) })),
    );
    const form = checkActivity(null);
    expect(form.ok || form.errors[0]?.message).toBe('an activity must be an object');
  });

  it('is listed by position as "a credential must be an object"', () => {
    const r = readBackup(text({ credentials: [null, 'cpc', { credential: 'cpc', earned: '2024-01-01' }] }));
    expect(r.ok && r.read.credentials).toEqual([{ credential: 'cpc', earned: '2024-01-01' }]);
    expect(r.ok && r.read.rejected).toEqual([
      { row: 0, errors: [{ field: 'credentials[0]', message: 'a credential must be an object' }], source: 'null' },
      { row: 0, errors: [{ field: 'credentials[1]', message: 'a credential must be an object' }], source: '"cpc"' },
    ]);
    const form = checkCredential('cpc');
    expect(form.ok || form.errors[0]?.message).toBe('a credential must be an object');
  });

  it('is refused by the form\'s check too, whatever it is, even nothing at all', () => {
    for (const v of [undefined, null, '', 0, false, 'a course', []]) {
      expect(checkActivity(v), String(v)).toEqual({ ok: false, errors: [{ field: 'activity', message: 'an activity must be an object' }] });
      expect(checkCredential(v), String(v)).toEqual({ ok: false, errors: [{ field: 'credential', message: 'a credential must be an object' }] });
    }
  });

  it("makes the page's own decoder refuse the file, naming the entry", () => {
    expect(parseBackup(text({ activities: [act('a'), null] }))).toEqual({ ok: false, errors: [{ row: 2, field: 'activity', message: 'an activity must be an object' }] });
  });
});

describe('a held credential that breaks a rule of a field and a rule across fields', () => {
  it('gets both problems at once, as the form gives them', () => {
    const record = { credential: 'CPC' };
    const expected = [
      { field: 'credential', message: '"CPC" is not a credential id (like cpc or ccs-p)' },
      { field: 'cycleStart', message: 'give the cycle dates or the date the credential was earned' },
    ];
    const r = readBackup(text({ credentials: [record] }));
    expect(r.ok && r.read.rejected).toEqual([{ row: 0, errors: expected.map((e) => ({ ...e, field: `credentials[0].${e.field}` })), source: JSON.stringify(record) }]);
    expect(checkCredential(record)).toEqual({ ok: false, errors: expected });
  });

  it('with a too-large first-cycle total and a cycle that ends before it starts, gets both', () => {
    const record = { credential: 'crc', cycleStart: '2026-01-01', cycleEnd: '2025-01-01', firstCycleTotal: 1000 };
    const r = readBackup(text({ credentials: [record] }));
    expect(r.ok && r.read.rejected[0]?.errors).toEqual([
      { field: 'credentials[0].firstCycleTotal', message: 'the first-cycle total must be between 0 and 999' },
      { field: 'credentials[0].cycleEnd', message: 'the cycle ends before it starts' },
    ]);
  });
});
