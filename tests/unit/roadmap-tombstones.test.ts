/**
 * The roadmap forgets deletions (tombstones) by the CEU tracker's rule (TOMBSTONE_DAYS in
 * src/lib/ceu/stamps.ts): an edit drops those older than 90 days while the tab's saves succeed,
 * keeps the recent ones, and keeps all while saves fail. A tab that held the deleted step's status
 * merged the tombstone while it was there, so forgetting it later brings nothing back.
 */
import { describe, expect, it } from 'vitest';
import { TOMBSTONE_DAYS, tombstoneCutoff } from '../../src/lib/ceu/stamps.ts';
import { decodeStoredPlan, encodeStoredPlan, forgetTombstones, mergeStoredPlans, stampPlan, unstamped, type StoredPlan } from '../../src/lib/roadmap/stored.ts';
import { initRoadmap, markStep, ROADMAP_KEY, type StorageLike } from '../../src/stores/roadmap.ts';
import { catalogue } from './roadmap-fixtures.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 7);
const inputs = { start: 'no-background', goal: 'outpatient-coder', hoursPerWeek: 10, preference: 'fastest' } as const;
/** A tab's save at `now`, as the store makes it: merged with storage, old tombstones forgotten. */
const save = (stored: StoredPlan | null, mine: StoredPlan, now: number) => forgetTombstones(mergeStoredPlans(stored, mine), tombstoneCutoff(now));
const plan = (progress: StoredPlan['progress'], tombstones: StoredPlan['tombstones']): StoredPlan => ({ inputs, order: ['a', 'b', 'c'], planStamp: 1, progress, tombstones });

describe('forgetting old roadmap tombstones', () => {
  it('an edit drops a tombstone older than TOMBSTONE_DAYS and keeps a recent one', () => {
    expect(TOMBSTONE_DAYS).toBe(90);
    const prev = plan({ a: { status: 'done', stamp: NOW - DAY } }, { old: NOW - 91 * DAY, edge: tombstoneCutoff(NOW), recent: NOW - 89 * DAY });
    const next = stampPlan(prev, { ...unstamped(prev), progress: { a: { status: 'in-progress' } } }, NOW);
    expect(next.tombstones).toEqual({ edge: NOW - 90 * DAY, recent: NOW - 89 * DAY });
  });

  it('keeps every tombstone while the tab’s saves fail (they may be only in this tab)', () => {
    const prev = plan({}, { old: NOW - 400 * DAY, recent: NOW - DAY });
    expect(stampPlan(prev, unstamped(prev), NOW, false).tombstones).toEqual(prev.tombstones);
  });

  it('the store drops the old one when it saves an edit, also when another tab wrote it', () => {
    const items = new Map<string, string>();
    const storage: StorageLike = { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
    const now = Date.now();
    const step = [...catalogue.steps.keys()][0]!;
    items.set(ROADMAP_KEY, encodeStoredPlan({ ...plan({}, { 'old-step': now - 120 * DAY, 'recent-step': now - 10 * DAY }), order: [step] }));
    initRoadmap(catalogue, storage);
    markStep(step, 'done');
    const stored = decodeStoredPlan(items.get(ROADMAP_KEY)!);
    expect(stored.ok && stored.value.tombstones).toEqual({ 'recent-step': now - 10 * DAY });
    expect(stored.ok && stored.value.progress[step]?.status).toBe('done');
    // Another tab writes the old tombstone back (it still held it): the next save merges it in, and forgets it.
    items.set(ROADMAP_KEY, encodeStoredPlan({ ...plan({}, { 'old-step': now - 120 * DAY, 'recent-step': now - 10 * DAY }), order: [step], planStamp: 0 }));
    markStep(step, 'in-progress');
    const again = decodeStoredPlan(items.get(ROADMAP_KEY)!);
    expect(again.ok && again.value.tombstones).toEqual({ 'recent-step': now - 10 * DAY });
    expect(again.ok && again.value.progress[step]?.status).toBe('in-progress');
  });

  it('a status another tab held stale does not come back once the tombstone is forgotten', () => {
    // Tab B marked step "b" done long ago; tab A deletes b's status (a tombstone) and saves.
    const tabB = plan({ b: { status: 'done', stamp: NOW - 200 * DAY } }, {});
    let storage = save(null, tabB, NOW - 200 * DAY);
    const tabA = stampPlan(storage, { ...unstamped(storage!), progress: {} }, NOW - 100 * DAY);
    storage = save(storage, tabA, NOW - 100 * DAY);
    expect(storage!.tombstones).toEqual({ b: NOW - 100 * DAY });
    // B hears of A's write (the storage event) and merges: b's status is gone from B too.
    let b = mergeStoredPlans(storage, tabB)!;
    expect(b.progress).toEqual({});
    // 100 days later A edits again: the tombstone is forgotten.
    const later = stampPlan(storage, { ...unstamped(storage!), progress: { a: { status: 'done' } } }, NOW);
    storage = save(storage, later, NOW);
    expect(storage!.tombstones).toEqual({});
    // B saves (merging with storage first): b's old status does not come back, in B or in storage.
    b = stampPlan(b, { ...unstamped(b), progress: { ...unstamped(b).progress, c: { status: 'in-progress' } } }, NOW + DAY);
    storage = save(storage, b, NOW + DAY);
    expect(Object.keys(storage!.progress).sort()).toEqual(['a', 'c']);
    // Within the 90 days, a tab that had not heard of the deletion cannot undo it either.
    const stale = save(save(null, tabB, NOW - 99 * DAY), tabA, NOW - 11 * DAY)!;
    expect(stale.progress).toEqual({});
  });
});
