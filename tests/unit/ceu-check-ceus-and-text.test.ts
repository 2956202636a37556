/**
 * Two rules of an activity a reader meets when a record is refused: CEUs have at most two
 * decimals (checked exactly, not within a tolerance that let 0.000000001 pass as "above 0"), and
 * optional text must be text (a list is not a provider, even a short one). The form, the stored
 * data and both importers give the same answer. Also: a refused record is not told a fine stamp
 * is wrong, and credential ids may have several letters after a hyphen.
 */
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/lib/ceu/backup-read.ts';
import { activityFromForm, checkActivity, checkCredential } from '../../src/lib/ceu/check.ts';
import { readCsv } from '../../src/lib/ceu/csv-read.ts';
import { decodeStored } from '../../src/lib/ceu/stored.ts';

const good = { id: 'a1', date: '2026-01-10', title: 'Coding update', ceus: 1.5 };
const errorsOf = (value: unknown) => {
  const r = checkActivity(value);
  return r.ok ? [] : r.errors;
};
const DECIMALS = { field: 'ceus', message: 'CEUs can have at most two decimals (like 1.25)' };
const backup = (activities: unknown[]) => JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', credentials: [], activities });

describe('CEUs with more than two decimals', () => {
  const tooFine = [0.000000001, 1.000000001, 998.999999999, 0.009999999, 2.0000000049];

  it('are refused by the form however close they come to a whole hundredth', () => {
    for (const ceus of tooFine) expect(errorsOf({ ...good, ceus }), String(ceus)).toEqual([DECIMALS]);
  });

  it('are refused, with every reason, when the form gives "Infinity" or "-Infinity"', () => {
    const form = (ceus: string) => activityFromForm((k) => ({ date: '2026-01-10', title: 'T', ceus })[k] ?? '', () => [], 'i1');
    expect(errorsOf(form('Infinity'))).toEqual([
      { field: 'ceus', message: 'CEUs must be a number' },
      { field: 'ceus', message: 'CEUs must be a number above 0' },
      { field: 'ceus', message: 'CEUs must be at most 999 for one activity' },
      DECIMALS,
    ]);
    expect(errorsOf(form('-Infinity'))).toEqual([
      { field: 'ceus', message: 'CEUs must be a number' },
      { field: 'ceus', message: 'CEUs must be a number above 0' },
      DECIMALS,
    ]);
  });

  it('are set aside from stored data and listed by a backup import, with the same message', () => {
    for (const ceus of tooFine) {
      const stored = decodeStored(backup([{ ...good, ceus }]));
      expect(stored.ok && stored.value.activities, String(ceus)).toEqual([]);
      expect(stored.ok && stored.setAside?.reason).toBe('row 1, ceus: CEUs can have at most two decimals (like 1.25)');
      const imported = readBackup(backup([{ ...good, ceus }]));
      expect(imported.ok && imported.read.rejected[0]?.errors, String(ceus)).toEqual([{ row: 1, ...DECIMALS }]);
    }
  });

  it('are refused in a CSV file, naming the row', () => {
    const r = readCsv('date,title,ceus\n2026-03-01,Tiny,0.000000001\n2026-03-02,Almost one,1.000000001\n2026-03-03,Fine,1.01\n');
    expect(r.ok && r.read.activities.map((a) => a.ceus)).toEqual([1.01]);
    expect(r.ok && r.read.rejected.map((x) => x.errors.map((e) => e.message))).toEqual([[DECIMALS.message], [DECIMALS.message]]);
  });
});

describe('CEUs with at most two decimals', () => {
  it('are accepted, every hundredth from 0.01 to 999, as written or as computed', () => {
    const refused: string[] = [];
    for (let k = 1; k <= 99_900; k += process.env['MUTATION_RUN'] ? 97 : 1) {
      const written = `${Math.floor(k / 100)}.${String(k % 100).padStart(2, '0')}`;
      for (const ceus of [Number(written), k / 100]) if (!checkActivity({ ...good, ceus }).ok) refused.push(written);
    }
    expect(refused).toEqual([]);
  });

  it('are kept exactly as given', () => {
    for (const ceus of [0.01, 0.1, 0.29, 1.1, 2.675, 999]) {
      const r = checkActivity({ ...good, ceus: Math.round(ceus * 100) / 100 });
      expect(r.ok && r.value.ceus).toBe(Math.round(ceus * 100) / 100);
    }
  });
});

describe('optional text given as a list', () => {
  const fields: [string, string][] = [
    ['provider', 'the provider must be text'],
    ['indexNumber', 'the index number must be text'],
    ['notes', 'the notes must be text'],
    ['format', 'the format must be text'],
    ['certificateLocation', 'the certificate location must be text'],
  ];

  it('is refused, even a short or empty list, naming the field', () => {
    for (const [field, message] of fields) {
      for (const value of [[], ['AAPC'], { length: 1 }]) expect(errorsOf({ ...good, [field]: value }), `${field} ${JSON.stringify(value)}`).toEqual([{ field, message }]);
    }
  });

  it('is refused even when every other optional text is given and fine', () => {
    const full = { ...good, provider: 'AAPC', indexNumber: 'I-1', notes: 'n', format: 'webinar', certificateLocation: 'drawer' };
    for (const [field, message] of fields) {
      for (const value of [5, ['AAPC'], null]) expect(errorsOf({ ...full, [field]: value }), `${field} ${JSON.stringify(value)}`).toEqual([{ field, message }]);
    }
    expect(checkActivity(full).ok).toBe(true);
  });

  it('is set aside from stored data rather than loaded as if it were text', () => {
    const stored = decodeStored(backup([{ ...good, provider: ['AAPC'] }, { ...good, id: 'a2' }]));
    expect(stored.ok && stored.value.activities.map((a) => a.id)).toEqual(['a2']);
    expect(stored.ok && stored.setAside?.reason).toBe('row 1, provider: the provider must be text');
  });
});

describe('a refused activity', () => {
  it('is not also told its last-changed stamp is wrong when the stamp is fine', () => {
    expect(errorsOf({ ...good, ceus: 0, changed: 1_765_000_000_000 })).toEqual([{ field: 'ceus', message: 'CEUs must be a number above 0' }]);
    expect(errorsOf({ ...good, title: ' ', changed: 0 })).toEqual([{ field: 'title', message: 'an activity needs a title' }]);
  });
});

describe('credential ids', () => {
  it('may have words of several letters after a hyphen, in an activity and as a held credential', () => {
    const ids = ['ccs-p', 'cpc-abc', 'cdeo-ip', 'a1-b22-c333'];
    const r = checkActivity({ ...good, appliesTo: ids });
    expect(r.ok && r.value.appliesTo).toEqual(ids);
    for (const credential of ids) expect(checkCredential({ credential, earned: '2024-01-01' }).ok, credential).toBe(true);
  });
});
