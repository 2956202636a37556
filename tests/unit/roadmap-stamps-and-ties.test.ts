/**
 * Two tabs editing one roadmap (src/lib/roadmap/stored.ts): an edit made on a clock that is behind
 * an earlier stamp still wins over what it replaced, a step cleared stays cleared, a step taken
 * back after a deletion keeps its new status; changes made in the same millisecond end the same
 * way in both tabs; deletions are forgotten after 90 days and not a millisecond before.
 */
import { describe, expect, it } from 'vitest';
import { tombstoneCutoff } from '../../src/stores/tabs.ts';
import { forgetTombstones, mergeStoredPlans, stampPlan, unstamped, type StoredPlan } from '../../src/lib/roadmap/stored.ts';
import type { PlanInputs } from '../../src/lib/roadmap/index.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 7);
const inputs: PlanInputs = { start: 'no-background', goal: 'outpatient-coder', hoursPerWeek: 10, preference: 'fastest' };
const plan = (over: Partial<StoredPlan> = {}): StoredPlan => ({ inputs, order: ['a', 'b'], planStamp: 1, progress: {}, tombstones: {}, ...over });

describe('an edit on a clock that is behind the stored stamps', () => {
  it('a step taken back after another tab deleted it (later by that tab’s clock) keeps its new status', () => {
    const storage = plan({ tombstones: { a: NOW + 5000 } });
    const mine = stampPlan(storage, { ...unstamped(storage), progress: { a: { status: 'in-progress' } } }, NOW);
    expect(mine.progress.a).toEqual({ status: 'in-progress', stamp: NOW + 5001 });
    const saved = mergeStoredPlans(storage, mine)!;
    expect(saved.progress).toEqual({ a: { status: 'in-progress', stamp: NOW + 5001 } });
    expect(saved.tombstones).toEqual({});
  });

  it('a step cleared whose status was set later by another tab’s clock stays cleared', () => {
    const storage = plan({ progress: { a: { status: 'done', stamp: NOW + 5000 }, b: { status: 'todo', stamp: 2 } } });
    const mine = stampPlan(storage, { ...unstamped(storage), progress: { b: { status: 'todo' } } }, NOW);
    expect(mine.tombstones).toEqual({ a: NOW + 5001 });
    const saved = mergeStoredPlans(storage, mine)!;
    expect(Object.keys(saved.progress)).toEqual(['b']);
    expect(saved.tombstones).toEqual({ a: NOW + 5001 });
  });

  it('new answers given after another tab saved its own (later by that tab’s clock) are the ones kept', () => {
    const storage = plan({ planStamp: NOW + 5000 });
    const answers = { ...inputs, hoursPerWeek: 20 };
    const mine = stampPlan(storage, { ...unstamped(storage), inputs: answers }, NOW);
    expect(mine.planStamp).toBe(NOW + 5001);
    expect(mergeStoredPlans(storage, mine)!.inputs).toEqual(answers);
    expect(mergeStoredPlans(mine, storage)!.inputs).toEqual(answers);
  });

  it('a first save is stamped with the clock’s own time, however early', () => {
    for (const now of [0, 1, 2]) {
      const first = stampPlan(null, { inputs, order: ['a'], progress: { a: { status: 'done' } } }, now);
      expect([first.planStamp, first.progress.a?.stamp], String(now)).toEqual([now, Math.max(now, 1)]);
    }
  });
});

describe('changes made in two tabs in the same millisecond', () => {
  it('different answers: both tabs end with the same ones, those whose text sorts last', () => {
    const twenty = plan({ planStamp: 9, inputs: { ...inputs, hoursPerWeek: 20 } });
    const ten = plan({ planStamp: 9, inputs: { ...inputs, hoursPerWeek: 10 } });
    // '{"inputs":{…"hoursPerWeek":20…' sorts after '…10…'.
    expect(mergeStoredPlans(twenty, ten)!.inputs.hoursPerWeek).toBe(20);
    expect(mergeStoredPlans(ten, twenty)!.inputs.hoursPerWeek).toBe(20);
    const ab = plan({ planStamp: 9, order: ['a', 'b'] });
    const ba = plan({ planStamp: 9, order: ['b', 'a'] });
    expect(mergeStoredPlans(ab, ba)!.order).toEqual(['b', 'a']);
    expect(mergeStoredPlans(ba, ab)!.order).toEqual(['b', 'a']);
  });

  it('a later change to the answers wins whatever its text', () => {
    const later = plan({ planStamp: 10, inputs: { ...inputs, hoursPerWeek: 10 } });
    const earlier = plan({ planStamp: 9, inputs: { ...inputs, hoursPerWeek: 20 } });
    expect(mergeStoredPlans(later, earlier)!.inputs.hoursPerWeek).toBe(10);
    expect(mergeStoredPlans(earlier, later)!.inputs.hoursPerWeek).toBe(10);
  });

  it('different statuses for one step: both tabs end with the same one, the one whose text sorts last', () => {
    const done = plan({ progress: { a: { status: 'done', stamp: 7 } } });
    const skipped = plan({ progress: { a: { status: 'skipped', stamp: 7 } } });
    const todo = plan({ progress: { a: { status: 'todo', stamp: 7 } } });
    expect(mergeStoredPlans(done, skipped)!.progress.a?.status).toBe('skipped');
    expect(mergeStoredPlans(skipped, done)!.progress.a?.status).toBe('skipped');
    expect(mergeStoredPlans(todo, skipped)!.progress.a?.status).toBe('todo');
    expect(mergeStoredPlans(skipped, todo)!.progress.a?.status).toBe('todo');
  });
});

describe('forgetting deletions after 90 days', () => {
  const cutoff = tombstoneCutoff(NOW);

  it('a deletion exactly 90 days old is kept; one a millisecond older is forgotten', () => {
    const p = plan({ tombstones: { edge: cutoff, older: cutoff - 1, recent: NOW - DAY } });
    expect(forgetTombstones(p, cutoff)!.tombstones).toEqual({ edge: cutoff, recent: NOW - DAY });
    expect(forgetTombstones(p, cutoff)!.progress).toBe(p.progress);
  });

  it('a plan with nothing to forget comes back as it was (the same plan), and no plan stays none', () => {
    const p = plan({ tombstones: { edge: cutoff, recent: NOW - DAY } });
    expect(forgetTombstones(p, cutoff)).toBe(p);
    const none = plan();
    expect(forgetTombstones(none, cutoff)).toBe(none);
    expect(forgetTombstones(null, cutoff)).toBeNull();
  });
});
