import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adoptIds, mergeActivities, mergeCredentials, mergeDocs, sameActivity } from '../../src/lib/ceu/merge.ts';
import { recordChanges, TOMBSTONE_DAYS } from '../../src/lib/ceu/stamps.ts';
import type { Activity, CeuDoc, CredentialRecord } from '../../src/lib/ceu/types.ts';

const make = (id: string, fields: Partial<Activity> = {}): Activity => ({
  id,
  date: '2026-01-10',
  title: `Webinar ${id}`,
  provider: 'AAPC',
  ceus: 1,
  indexNumber: '',
  categories: [],
  appliesTo: ['cpc'],
  notes: '',
  ...fields,
});

const activityArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  title: fc.constantFrom('One', 'Two'),
  ceus: fc.constantFrom(1, 1.5, 2),
}).map(({ id, ...rest }) => make(id, rest));
const listArb = fc.uniqueArray(activityArb, { selector: (a) => a.id });

describe('merge by id', () => {
  it('adds new entries, updates changed ones and counts the unchanged', () => {
    const r = mergeActivities([make('a'), make('b'), make('c')], [make('b'), make('c', { ceus: 2 }), make('d')]);
    expect(r.items.map((a) => [a.id, a.ceus])).toEqual([['a', 1], ['b', 1], ['c', 2], ['d', 1]]);
    expect(r).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
  });

  it('lets the last of repeated incoming entries win', () => {
    const r = mergeActivities([], [make('a', { ceus: 1 }), make('a', { ceus: 3 })]);
    expect(r.items).toEqual([make('a', { ceus: 3 })]);
    expect(r.added).toBe(1);
  });

  it('merges two tabs without losing either tab\'s entries, and a second merge changes nothing', () => {
    fc.assert(
      fc.property(listArb, listArb, (mine, theirs) => {
        const once = mergeActivities(mine, theirs);
        const ids = new Set([...mine, ...theirs].map((a) => a.id));
        expect(new Set(once.items.map((a) => a.id))).toEqual(ids);
        expect(once.items).toHaveLength(ids.size);
        expect(once.added + once.updated + once.unchanged).toBe(theirs.length);
        const twice = mergeActivities(once.items, theirs);
        expect(twice).toMatchObject({ added: 0, updated: 0, unchanged: theirs.length });
        expect(twice.items).toEqual(once.items);
        // Deterministic: the same inputs give the same output.
        expect(mergeActivities(mine, theirs)).toEqual(once);
      }),
    );
  });

  it('treats a missing optional field as empty', () => {
    expect(sameActivity(make('a'), make('a', { format: '' }))).toBe(true);
    expect(sameActivity(make('a'), make('a', { format: 'webinar' }))).toBe(false);
    expect(sameActivity(make('a', { categories: ['cms'] }), make('a', { categories: ['specialty'] }))).toBe(false);
  });

  it('merges credentials by credential id', () => {
    const r = mergeCredentials([{ credential: 'cpc', earned: '2024-01-01' }], [{ credential: 'cpc', earned: '2024-01-01' }, { credential: 'ccs', earned: '2025-01-01' }]);
    expect(r).toMatchObject({ added: 1, updated: 0, unchanged: 1 });
  });
});

describe('adoptIds', () => {
  it('matches imported rows to logged activities by content, once each', () => {
    const logged = [make('own-1', { title: 'Same' }), make('own-2', { title: 'Same' }), make('own-3', { title: 'Other' })];
    const imported = [make('csv-x', { title: 'Same' }), make('csv-y', { title: 'Same' }), make('csv-z', { title: 'Same' }), make('csv-w', { title: 'New' })];
    expect(adoptIds(logged, imported).map((a) => a.id)).toEqual(['own-1', 'own-2', 'csv-z', 'csv-w']);
    const merged = mergeActivities(logged, adoptIds(logged, imported));
    expect(merged).toMatchObject({ added: 2, updated: 0, unchanged: 2 });
  });
});

/**
 * Documents as tabs hold them: each id once per kind, as a record or a tombstone, with stamps
 * from a small range so that equal stamps (ties) are common.
 */
const stampArb = fc.integer({ min: 0, max: 4 });
const entryArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  gone: fc.boolean(),
  changed: stampArb,
  title: fc.constantFrom('One', 'Two'),
  ceus: fc.constantFrom(1, 2),
});
const credentialArb = fc.record({ id: fc.constantFrom('cpc', 'ccs', 'cic'), gone: fc.boolean(), changed: stampArb, earned: fc.constantFrom('2024-01-01', '2025-06-30') });
const docArb: fc.Arbitrary<CeuDoc> = fc
  .tuple(fc.uniqueArray(entryArb, { selector: (e) => e.id }), fc.uniqueArray(credentialArb, { selector: (e) => e.id }))
  .map(([acts, creds]) => ({
    activities: acts.filter((e) => !e.gone).map((e) => make(e.id, { title: e.title, ceus: e.ceus, changed: e.changed })),
    credentials: creds.filter((e) => !e.gone).map((e): CredentialRecord => ({ credential: e.id, earned: e.earned, changed: e.changed })),
    deleted: {
      activities: acts.filter((e) => e.gone).map((e) => ({ id: e.id, changed: e.changed })),
      credentials: creds.filter((e) => e.gone).map((e) => ({ id: e.id, changed: e.changed })),
    },
  }));
/** A document in the order merges give (records by id), for comparing. */
const norm = (d: CeuDoc) => mergeDocs(d, { activities: [], credentials: [], deleted: { activities: [], credentials: [] } });

describe('merging what tabs hold (mergeDocs)', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(docArb, docArb, docArb, (a, b, c) => {
        expect(mergeDocs(a, b)).toEqual(mergeDocs(b, a));
        expect(mergeDocs(mergeDocs(a, b), c)).toEqual(mergeDocs(a, mergeDocs(b, c)));
        expect(mergeDocs(a, a)).toEqual(norm(a));
        expect(mergeDocs(mergeDocs(a, b), b)).toEqual(mergeDocs(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('loses no entry: every id either tab holds is in the result, as a record or a deletion', () => {
    fc.assert(
      fc.property(docArb, docArb, (a, b) => {
        const m = mergeDocs(a, b);
        const ids = (d: CeuDoc) => new Set([...d.activities.map((x) => x.id), ...d.deleted.activities.map((t) => t.id)]);
        expect(ids(m)).toEqual(new Set([...ids(a), ...ids(b)]));
        // The later change wins.
        for (const x of m.activities) for (const side of [a, b]) expect(side.deleted.activities.find((t) => t.id === x.id)?.changed ?? -1).toBeLessThan(x.changed!);
      }),
    );
  });

  it('a deletion beats an edit made before it (or at the same time), and loses to a later one', () => {
    const deleted = { activities: [], credentials: [], deleted: { activities: [{ id: 'a', changed: 10 }], credentials: [] } };
    const edit = (changed: number) => ({ activities: [make('a', { changed })], credentials: [], deleted: { activities: [], credentials: [] } });
    expect(mergeDocs(edit(9), deleted).activities).toEqual([]);
    expect(mergeDocs(edit(10), deleted).activities).toEqual([]);
    expect(mergeDocs(deleted, edit(11)).activities).toEqual([make('a', { changed: 11 })]);
  });
});

describe('stamping a change (recordChanges)', () => {
  const empty: CeuDoc = { activities: [], credentials: [], deleted: { activities: [], credentials: [] } };
  it('stamps what a change adds or edits, keeps what it does not touch, leaves a tombstone for what it removes', () => {
    const one = recordChanges(empty, { activities: [make('a'), make('b')], credentials: [] }, 1000);
    expect(one.activities.map((a) => a.changed)).toEqual([1000, 1000]);
    const two = recordChanges(one, { activities: [one.activities[0]!, make('b', { title: 'Edited' })], credentials: [] }, 2000);
    expect(two.activities[0]).toBe(one.activities[0]);
    expect(two.activities[1]!.changed).toBe(2000);
    const three = recordChanges(two, { activities: [two.activities[1]!], credentials: [] }, 3000);
    expect(three.deleted.activities).toEqual([{ id: 'a', changed: 3000 }]);
    // Undo brings it back, later than its deletion; the tombstone goes.
    const four = recordChanges(three, { activities: [...three.activities, make('a')], credentials: [] }, 3000);
    expect(four.activities.find((a) => a.id === 'a')!.changed).toBe(3001);
    expect(four.deleted.activities).toEqual([]);
  });

  it('treats a record with the same data as unchanged, whatever its stamp', () => {
    const one = recordChanges(empty, { activities: [make('a')], credentials: [] }, 1000);
    const two = recordChanges(one, { activities: [make('a', { changed: 5, format: '' })], credentials: [] }, 2000);
    expect(two.activities[0]!.changed).toBe(1000);
  });

  it(`forgets deletions after ${TOMBSTONE_DAYS} days`, () => {
    const old: CeuDoc = { ...empty, deleted: { activities: [{ id: 'x', changed: 0 }], credentials: [] } };
    expect(recordChanges(old, { activities: [], credentials: [] }, TOMBSTONE_DAYS * 86_400_000 - 1).deleted.activities).toHaveLength(1);
    expect(recordChanges(old, { activities: [], credentials: [] }, TOMBSTONE_DAYS * 86_400_000 + 1).deleted.activities).toHaveLength(0);
    // Not while this tab cannot save: storage may not hold the deletion yet.
    expect(recordChanges(old, { activities: [], credentials: [] }, TOMBSTONE_DAYS * 86_400_000 + 1, false).deleted.activities).toHaveLength(1);
  });
});
