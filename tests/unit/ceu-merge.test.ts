import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adoptIds, mergeActivities, mergeCredentials, sameActivity } from '../../src/lib/ceu/merge.ts';
import type { Activity } from '../../src/lib/ceu/types.ts';

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
