/**
 * The tracker's data as this browser keeps it: what is refused whole (with the reason the page
 * shows), what is set aside record by record, and the text written back.
 */
import { describe, expect, it } from 'vitest';
import { decodeStored, describeErrors, emptyDoc, encodeBackupFile, encodeStored } from '../../src/lib/ceu/stored.ts';
import type { CeuDoc } from '../../src/lib/ceu/types.ts';

const act = (id: string, fields: Record<string, unknown> = {}) => ({ id, date: '2026-01-10', title: `Course ${id}`, provider: '', ceus: 1, indexNumber: '', categories: [], appliesTo: [], notes: '', ...fields });
const stored = (fields: Record<string, unknown> = {}) => JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', credentials: [], activities: [], ...fields });

describe('stored text the page cannot use at all', () => {
  it('says why: not JSON, not an object, another format, a newer version, no version, no lists', () => {
    expect(decodeStored('{')).toEqual({ ok: false, reason: 'it is not valid JSON' });
    for (const t of ['[]', 'null', '"x"', '7']) expect(decodeStored(t), t).toEqual({ ok: false, reason: 'it is not a JSON object' });
    expect(decodeStored(JSON.stringify({ format: 'other', version: 1 }))).toEqual({ ok: false, reason: '"format" is not "ccp-ceu"' });
    expect(decodeStored(stored({ version: 2 }))).toEqual({ ok: false, reason: 'it was saved by a newer version of the tracker (version 2); reload the page to update it' });
    for (const version of [0, '1', undefined, 0.5]) expect(decodeStored(stored({ version })), String(version)).toEqual({ ok: false, reason: 'it has no valid version number' });
    expect(decodeStored(stored({ activities: {} }))).toEqual({ ok: false, reason: 'activities and credentials must be lists' });
    expect(decodeStored(stored({ credentials: 'none' }))).toEqual({ ok: false, reason: 'activities and credentials must be lists' });
  });
});

describe('stored text the page reads', () => {
  it('takes missing lists and deletions as empty', () => {
    expect(decodeStored(JSON.stringify({ format: 'ccp-ceu', version: 1 }))).toEqual({ ok: true, value: emptyDoc() });
  });

  it('keeps the deletions that make sense and drops the others', () => {
    const deleted = {
      activities: [{ id: 'a', changed: 5 }, { id: 7, changed: 5 }, { id: 'b', changed: 'x' }, { id: 'c', changed: null }, null, { id: 'd', changed: 1e400 }],
      credentials: 'none',
    };
    expect(decodeStored(stored({ deleted }))).toEqual({ ok: true, value: { ...emptyDoc(), deleted: { activities: [{ id: 'a', changed: 5 }], credentials: [] } } });
  });

  it('loads the valid records and sets the others aside as a backup file, with reasons by row and field', () => {
    const badActivity = act('b', { ceus: 0 });
    const twice = act('a', { title: 'Second copy' });
    const badCredential = { credential: 'cpc' };
    const r = decodeStored(stored({ activities: [act('a'), badActivity, twice], credentials: [{ credential: 'ccs', earned: '2024-01-01' }, badCredential, { credential: 'ccs', earned: '2020-01-01' }] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.activities.map((a) => [a.id, a.title])).toEqual([['a', 'Course a']]);
    expect(r.value.credentials).toEqual([{ credential: 'ccs', earned: '2024-01-01' }]);
    const problems = [
      { row: 1, field: 'ceus', message: 'CEUs must be a number above 0' },
      { row: 2, field: 'id', message: '"a" is listed twice' },
      { field: 'credentials[0].cycleStart', message: 'give the cycle dates or the date the credential was earned' },
      { field: 'credentials[1].id', message: '"ccs" is listed twice' },
    ];
    expect(r.setAside?.count).toBe(4);
    expect(r.setAside?.reason).toBe(
      'row 1, ceus: CEUs must be a number above 0; row 2, id: "a" is listed twice; credentials[0].cycleStart: give the cycle dates or the date the credential was earned; credentials[1].id: "ccs" is listed twice',
    );
    const text = r.setAside?.text ?? '';
    expect(JSON.parse(text)).toEqual({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', credentials: [badCredential, { credential: 'ccs', earned: '2020-01-01' }], activities: [badActivity, twice], problems });
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('gives the set-aside file a fixed date when the stored one is not a date, so reading twice gives the same file', () => {
    const text = stored({ exportedAt: 'whenever', activities: [act('x', { date: 'soon' })] });
    const r = decodeStored(text);
    expect(r.ok && JSON.parse(r.setAside!.text).exportedAt).toBe('1970-01-01T00:00:00.000Z');
    expect(decodeStored(text)).toEqual(r);
    const noDate = decodeStored(stored({ exportedAt: 12, activities: [act('x', { date: 'soon' })] }));
    expect(noDate.ok && JSON.parse(noDate.setAside!.text).exportedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('lists at most five problems of one record', () => {
    const r = decodeStored(stored({ activities: [{ id: '', date: 'x', title: '', ceus: 0, notes: 5, format: 6, provider: 7 }] }));
    expect(r.ok && r.setAside?.reason.split('; ')).toHaveLength(5);
  });
});

describe('the text the page saves and the file it offers', () => {
  const doc: CeuDoc = {
    activities: [{ ...act('a'), changed: 1_000 }, { ...act('b'), changed: 3_000 }] as CeuDoc['activities'],
    credentials: [{ credential: 'cpc', earned: '2024-01-01', changed: 2_000 }],
    deleted: { activities: [{ id: 'z', changed: 9_000 }], credentials: [] },
  };

  it('stamps the saved text with the latest change, and reads it back as it was', () => {
    const text = encodeStored(doc);
    expect(JSON.parse(text)).toMatchObject({ format: 'ccp-ceu', version: 1, exportedAt: new Date(3_000).toISOString() });
    expect(decodeStored(text)).toEqual({ ok: true, value: doc });
    expect(JSON.parse(encodeStored({ ...doc, activities: [], credentials: [{ credential: 'cpc', earned: '2024-01-01', changed: 2_000 }] })).exportedAt).toBe(new Date(2_000).toISOString());
    expect(JSON.parse(encodeStored(emptyDoc())).exportedAt).toBe(new Date(0).toISOString());
  });

  it('writes the backup file with the time it was made and what was set aside', () => {
    const now = new Date('2026-12-07T08:00:00.000Z');
    const file = encodeBackupFile(doc, now, { reason: 'r', text: 't' });
    expect(file.endsWith('\n')).toBe(true);
    expect(JSON.parse(file)).toEqual({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-07T08:00:00.000Z', credentials: doc.credentials, activities: doc.activities, setAside: { reason: 'r', text: 't' } });
    expect(JSON.parse(encodeBackupFile(doc, now))).not.toHaveProperty('setAside');
  });

  it('describes problems one sentence each, with the row where there is one', () => {
    expect(describeErrors([{ row: 3, field: 'ceus', message: 'too big' }, { field: 'file', message: 'odd' }])).toBe('row 3, ceus: too big; file: odd');
    expect(describeErrors([])).toBe('');
  });
});
