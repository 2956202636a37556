/**
 * Merging and importing, detail by detail: which differences make an activity or a credential
 * "changed", which tab's edit wins, what a change stamps, and what an import preview and its
 * undo do with each kind of record.
 */
import { describe, expect, it } from 'vitest';
import { importChange, planImport, previewImport, rejectedErrors, type Doc, type ImportPreview } from '../../src/lib/ceu/import.ts';
import { adoptIds, fingerprint, mergeActivities, mergeBy, mergeCredentials, mergeDocs, sameActivity } from '../../src/lib/ceu/merge.ts';
import { recordChanges, TOMBSTONE_DAYS } from '../../src/lib/ceu/stamps.ts';
import type { Activity, CeuDoc, CredentialRecord } from '../../src/lib/ceu/types.ts';

const act = (id: string, fields: Partial<Activity> = {}): Activity => ({ id, date: '2026-02-01', title: `Course ${id}`, provider: 'AAPC', ceus: 1, indexNumber: '', categories: [], appliesTo: ['cpc'], notes: '', ...fields });
const doc = (fields: Partial<CeuDoc> = {}): CeuDoc => ({ activities: [], credentials: [], deleted: { activities: [], credentials: [] }, ...fields });
const DAY = 86_400_000;

describe('when two activities are the same', () => {
  it('differs on any field a reader can change', () => {
    const base = act('a', { format: 'webinar', certificateLocation: 'drawer', categories: ['cms'], appliesTo: ['cpc', 'crc'], indexNumber: 'I', notes: 'n' });
    const changes: Partial<Activity>[] = [
      { id: 'b' },
      { date: '2026-02-02' },
      { title: 'Other' },
      { provider: 'AHIMA' },
      { ceus: 2 },
      { indexNumber: 'J' },
      { categories: ['specialty'] },
      { categories: ['cms', 'specialty'] },
      { appliesTo: ['crc', 'cpc'] },
      { appliesTo: ['cpc'] },
      { notes: 'm' },
      { format: 'live' },
      { certificateLocation: 'binder' },
    ];
    expect(sameActivity(base, { ...base })).toBe(true);
    for (const c of changes) expect(sameActivity(base, { ...base, ...c }), JSON.stringify(c)).toBe(false);
  });

  it('takes a missing format or certificate location as empty', () => {
    expect(sameActivity(act('a'), act('a', { format: '', certificateLocation: '' }))).toBe(true);
    expect(sameActivity(act('a', { format: 'x' }), act('a'))).toBe(false);
  });
});

describe('merging an imported list into the log', () => {
  it('counts what it adds, updates and leaves, keeping the log order and appending new entries in file order', () => {
    const r = mergeActivities([act('a'), act('b'), act('c')], [act('d'), act('b', { ceus: 2 }), act('c'), act('e')]);
    expect(r.items.map((a) => [a.id, a.ceus])).toEqual([['a', 1], ['b', 2], ['c', 1], ['d', 1], ['e', 1]]);
    expect([r.added, r.updated, r.unchanged]).toEqual([2, 1, 1]);
  });

  it('keeps the logged object for an unchanged entry', () => {
    const mine = act('a');
    expect(mergeActivities([mine], [act('a')]).items[0]).toBe(mine);
  });

  it('updates a credential when any of its dates or its first-cycle total differ', () => {
    const cpc: CredentialRecord = { credential: 'cpc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31', earned: '2020-01-01', firstCycleTotal: 10 };
    for (const c of [{ cycleStart: '2025-06-02' }, { cycleEnd: '2027-06-01' }, { earned: '2020-01-02' }, { firstCycleTotal: 11 }])
      expect(mergeCredentials([cpc], [{ ...cpc, ...c }]), JSON.stringify(c)).toMatchObject({ updated: 1, unchanged: 0 });
    expect(mergeCredentials([cpc], [{ ...cpc }])).toMatchObject({ updated: 0, unchanged: 1, added: 0 });
    expect(mergeCredentials([cpc], [{ credential: 'crc', earned: '2024-01-01' }])).toMatchObject({ added: 1, items: [cpc, { credential: 'crc', earned: '2024-01-01' }] });
  });

  it('uses the key and the comparison it is given', () => {
    const r = mergeBy([{ k: 'x', v: 1 }], [{ k: 'x', v: 2 }, { k: 'y', v: 3 }], (i) => i.k, () => true);
    expect(r).toEqual({ items: [{ k: 'x', v: 1 }, { k: 'y', v: 3 }], added: 1, updated: 0, unchanged: 1 });
  });
});

describe('matching CSV rows to logged activities', () => {
  it('goes by date, title, provider, CEUs and index number, without edge spaces', () => {
    expect(fingerprint(act('a', { title: ' T ', provider: ' P ', indexNumber: ' I ' }))).toBe(fingerprint(act('b', { title: 'T', provider: 'P', indexNumber: 'I' })));
    for (const c of [{ date: '2026-02-02' }, { title: 'U' }, { provider: 'Q' }, { ceus: 1.5 }, { indexNumber: 'J' }])
      expect(fingerprint(act('a', { title: 'T', provider: 'P', indexNumber: 'I', ...c })), JSON.stringify(c)).not.toBe(fingerprint(act('a', { title: 'T', provider: 'P', indexNumber: 'I' })));
    // Fields run together do not collide.
    expect(fingerprint(act('a', { title: 'AB', provider: 'C' }))).not.toBe(fingerprint(act('a', { title: 'A', provider: 'BC' })));
  });

  it('gives a row the id of a matching logged activity, each one once', () => {
    const logged = [act('own-1', { title: 'T' }), act('own-2', { title: 'T' }), act('own-3', { title: 'U' })];
    const rows = [act('csv-1', { title: 'T' }), act('csv-2', { title: 'T' }), act('csv-3', { title: 'T' }), act('csv-4', { title: 'V' })];
    expect(adoptIds(logged, rows).map((a) => a.id)).toEqual(['own-1', 'own-2', 'csv-3', 'csv-4']);
    expect(adoptIds([], rows)).toEqual(rows);
  });
});

describe('what two tabs hold, merged', () => {
  it('keeps the later edit of each record, and sorts records by id', () => {
    const a = doc({ activities: [act('b', { title: 'old', changed: 5 }), act('a', { changed: 1 })] });
    const b = doc({ activities: [act('b', { title: 'new', changed: 6 })], credentials: [{ credential: 'cpc', earned: '2024-01-01', changed: 3 }] });
    const m = mergeDocs(a, b);
    expect(m.activities.map((x) => [x.id, x.title])).toEqual([['a', 'Course a'], ['b', 'new']]);
    expect(mergeDocs(b, a)).toEqual(m);
    expect(m.credentials).toEqual([{ credential: 'cpc', earned: '2024-01-01', changed: 3 }]);
  });

  it('lets a deletion win over an edit made before it or at the same time, and lose to a later edit', () => {
    const edit = (changed: number) => doc({ activities: [act('a', { changed })] });
    const gone = doc({ deleted: { activities: [{ id: 'a', changed: 10 }], credentials: [] } });
    expect(mergeDocs(edit(9), gone)).toEqual(doc({ deleted: { activities: [{ id: 'a', changed: 10 }], credentials: [] } }));
    expect(mergeDocs(edit(10), gone).activities).toEqual([]);
    expect(mergeDocs(gone, edit(10)).activities).toEqual([]);
    expect(mergeDocs(edit(11), gone)).toEqual(doc({ activities: [act('a', { changed: 11 })] }));
    const credGone = doc({ deleted: { activities: [], credentials: [{ id: 'cpc', changed: 4 }] } });
    expect(mergeDocs(doc({ credentials: [{ credential: 'cpc', earned: '2024-01-01', changed: 3 }] }), credGone).deleted.credentials).toEqual([{ id: 'cpc', changed: 4 }]);
  });

  it('takes a record without a stamp as the oldest', () => {
    const m = mergeDocs(doc({ activities: [act('a', { title: 'unstamped' })] }), doc({ activities: [act('a', { title: 'stamped', changed: 1 })] }));
    expect(m.activities[0]?.title).toBe('stamped');
  });

  it('breaks a tie of equal stamps the same way on both sides, and keeps the later of two deletions', () => {
    const x = doc({ activities: [act('a', { title: 'X', changed: 5 })] });
    const y = doc({ activities: [act('a', { title: 'Y', changed: 5 })] });
    expect(mergeDocs(x, y)).toEqual(mergeDocs(y, x));
    expect(mergeDocs(x, y).activities[0]?.title).toBe('Y');
    const d1 = doc({ deleted: { activities: [{ id: 'a', changed: 5 }], credentials: [] } });
    const d2 = doc({ deleted: { activities: [{ id: 'a', changed: 7 }], credentials: [] } });
    expect(mergeDocs(d1, d2).deleted.activities).toEqual([{ id: 'a', changed: 7 }]);
    expect(mergeDocs(d2, d1).deleted.activities).toEqual([{ id: 'a', changed: 7 }]);
  });
});

describe('stamping a change', () => {
  const now = 1_800_000_000_000;

  it('stamps a new or edited record later than anything known of it, even when the clock went back', () => {
    const prev = doc({ activities: [act('a', { changed: now + 50 })], deleted: { activities: [{ id: 'b', changed: now + 70 }], credentials: [] } });
    const next = recordChanges(prev, { activities: [act('a', { title: 'edited' }), act('b')], credentials: [{ credential: 'cpc', earned: '2024-01-01' }] }, now);
    expect(next.activities.map((a) => [a.id, a.changed])).toEqual([['a', now + 51], ['b', now + 71]]);
    expect(next.credentials).toEqual([{ credential: 'cpc', earned: '2024-01-01', changed: now }]);
    expect(next.deleted.activities).toEqual([]);
  });

  it('keeps a record the change did not alter, even when empty text or the stamp differ', () => {
    const kept = act('a', { changed: 5, format: 'x' });
    const prev = doc({ activities: [kept] });
    expect(recordChanges(prev, { activities: [{ ...kept, changed: 9 }], credentials: [] }, now).activities[0]).toBe(kept);
    const blank = act('b', { changed: 5 });
    expect(recordChanges(doc({ activities: [blank] }), { activities: [{ ...blank, format: '' }], credentials: [] }, now).activities[0]).toBe(blank);
    expect(recordChanges(doc({ activities: [blank] }), { activities: [{ ...blank, format: undefined }], credentials: [] }, now).activities[0]).toBe(blank);
  });

  it('leaves a tombstone for what the change removed, stamped after its last change', () => {
    const prev = doc({ activities: [act('a', { changed: now + 5 }), act('b')], credentials: [{ credential: 'cpc', earned: '2024-01-01' }] });
    const next = recordChanges(prev, { activities: [], credentials: [] }, now);
    expect(next.deleted).toEqual({ activities: [{ id: 'a', changed: now + 6 }, { id: 'b', changed: now }], credentials: [{ id: 'cpc', changed: now }] });
  });

  it(`forgets deletions older than ${TOMBSTONE_DAYS} days once saved, and keeps them while saves fail`, () => {
    const old = { id: 'old', changed: now - TOMBSTONE_DAYS * DAY - 1 };
    const edge = { id: 'edge', changed: now - TOMBSTONE_DAYS * DAY };
    const prev = doc({ deleted: { activities: [old, edge], credentials: [old] } });
    expect(recordChanges(prev, { activities: [], credentials: [] }, now).deleted).toEqual({ activities: [edge], credentials: [] });
    expect(recordChanges(prev, { activities: [], credentials: [] }, now, false).deleted).toEqual({ activities: [old, edge], credentials: [old] });
  });

  it('drops the tombstone of a record that comes back', () => {
    const prev = doc({ deleted: { activities: [{ id: 'a', changed: now - 10 }], credentials: [] } });
    expect(recordChanges(prev, { activities: [act('a')], credentials: [] }, now).deleted.activities).toEqual([]);
  });
});

describe('an import preview and its undo', () => {
  const mine: Doc = { credentials: [{ credential: 'cpc', earned: '2020-01-01' }], activities: [act('a'), act('b')] };
  const read = (fields: Partial<Parameters<typeof previewImport>[1]> = {}) => ({ kind: 'json' as const, activities: [], credentials: [], rejected: [], notices: [], ...fields });

  it('takes the last of repeated entries in a file, and counts what is already there', () => {
    const p = previewImport(mine, read({ activities: [act('c', { ceus: 1 }), act('c', { ceus: 3 }), act('a'), act('b', { ceus: 2 })] }));
    expect(p.added.map((x) => [x.id, x.ceus])).toEqual([['c', 3]]);
    expect(p.unchanged).toBe(1);
    expect(p.updated).toEqual([{ held: act('b'), incoming: act('b', { ceus: 2 }) }]);
  });

  it('sees a credential as in conflict when any of its dates or first-cycle total differs', () => {
    for (const c of [{ earned: '2020-01-02' }, { cycleStart: '2025-01-01', cycleEnd: '2026-12-31' }, { firstCycleTotal: 12 }]) {
      const p = previewImport(mine, read({ credentials: [{ credential: 'cpc', earned: '2020-01-01', ...c }] }));
      expect(p.conflicts.map((x) => x.credential), JSON.stringify(c)).toEqual(['cpc']);
    }
    expect(previewImport(mine, read({ credentials: [{ credential: 'cpc', earned: '2020-01-01' }] })).conflicts).toEqual([]);
  });

  it('passes on the rejected rows, the notices and a CSV header', () => {
    const rejected = [{ row: 2, errors: [{ row: 2, field: 'ceus', message: 'bad' }], source: 'x' }];
    const notices = [{ field: 'file', message: 'note' }];
    const p = previewImport(mine, { ...read({ rejected, notices }), kind: 'csv', header: 'date,title,ceus' });
    expect(p).toMatchObject({ kind: 'csv', rejected, notices, header: 'date,title,ceus' });
    expect(previewImport(mine, read())).not.toHaveProperty('header');
  });

  it('adds a new credential, replaces an accepted one in place, and undoes both', () => {
    const p: ImportPreview = previewImport(mine, read({ credentials: [{ credential: 'crc', earned: '2024-01-01' }, { credential: 'cpc', earned: '2021-01-01' }] }));
    const change = importChange(p, { acceptCredentials: new Set(['cpc']), replaceActivities: false });
    expect(change).toMatchObject({ added: 0, updated: 0, credentials: 1, replacedCredentials: 1, changes: true });
    const after = change.apply(mine);
    expect(after.credentials).toEqual([{ credential: 'cpc', earned: '2021-01-01' }, { credential: 'crc', earned: '2024-01-01' }]);
    expect(change.revert(after)).toEqual(mine);
    // A credential another tab added meanwhile is replaced, not doubled.
    const meanwhile = { ...mine, credentials: [...mine.credentials, { credential: 'crc', earned: '1999-01-01' }] };
    expect(change.apply(meanwhile).credentials).toEqual([{ credential: 'cpc', earned: '2021-01-01' }, { credential: 'crc', earned: '2024-01-01' }]);
  });

  it('changes nothing when there is nothing to take, and keeps other fields of the document', () => {
    const change = importChange(previewImport(mine, read({ activities: [act('a')] })), { acceptCredentials: new Set(), replaceActivities: true });
    expect(change.changes).toBe(false);
    const withTombs = { ...mine, deleted: { activities: [{ id: 'z', changed: 1 }], credentials: [] } };
    expect(change.apply(withTombs)).toBe(withTombs);
    const adding = importChange(previewImport(mine, read({ activities: [act('n')] })), { acceptCredentials: new Set(), replaceActivities: true });
    expect(adding.apply(withTombs).deleted).toEqual(withTombs.deleted);
    expect(adding.revert(adding.apply(withTombs))).toEqual(withTombs);
  });

  it('undoes the replaced activities too, leaving entries added since', () => {
    const change = importChange(previewImport(mine, read({ activities: [act('b', { title: 'From file' })] })), { acceptCredentials: new Set(), replaceActivities: true });
    const after = change.apply(mine);
    expect(after.activities.map((x) => x.title)).toEqual(['Course a', 'From file']);
    const later = { ...after, activities: [...after.activities, act('z')] };
    expect(change.revert(later).activities.map((x) => [x.id, x.title])).toEqual([['a', 'Course a'], ['b', 'Course b'], ['z', 'Course z']]);
  });

  it('lists every problem of the rejected rows, up to a limit', () => {
    const rejected = [1, 2, 3].map((row) => ({ row, errors: [{ row, field: 'a', message: 'x' }, { row, field: 'b', message: 'y' }], source: '' }));
    expect(rejectedErrors(rejected).map((e) => `${e.row}${e.field}`)).toEqual(['1a', '1b', '2a', '2b', '3a', '3b']);
    expect(rejectedErrors(rejected, 3)).toHaveLength(3);
    const many = Array.from({ length: 60 }, (_, row) => ({ row, errors: [{ row, field: 'a', message: 'x' }, { row, field: 'b', message: 'y' }], source: '' }));
    expect(rejectedErrors(many)).toHaveLength(100);
  });

  it('plain import: reads the file, refuses one it cannot read, and reports the counts', async () => {
    expect(await planImport(mine, '', 'log.csv')).toMatchObject({ ok: false, errors: [{ field: 'file' }] });
    const plan = await planImport(mine, 'date,title,provider,ceus,applies_to\n2026-02-01,Course a,AAPC,1,cpc\n2026-03-01,New,AAPC,2,cpc\n', 'log.csv');
    expect(plan).toMatchObject({ ok: true, added: 1, updated: 0, unchanged: 1, credentials: 0, changes: true });
    if (!plan.ok) return;
    const after = plan.apply(mine);
    expect(after.activities.map((x) => x.title)).toEqual(['Course a', 'Course b', 'New']);
    expect(plan.revert(after)).toEqual(mine);
  });
});
