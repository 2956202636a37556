/**
 * Two tabs' copies of the roadmap merge by step (src/lib/roadmap/stored.ts): the merge is
 * commutative, associative and idempotent, the later change wins and a tombstone beats an
 * older edit; stamping an edit never goes back in time.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeStoredPlans, stampPlan, unstamped, type StoredPlan } from '../../src/lib/roadmap/stored.ts';
import { STEP_STATUSES, type PlanInputs } from '../../src/lib/roadmap/index.ts';

const IDS = ['cpc-exam', 'code-books', 'first-job-search', '__proto__'];
const inputsArb: fc.Arbitrary<PlanInputs> = fc.record({
  start: fc.constantFrom('no-background' as const, 'cpc-a' as const),
  goal: fc.constantFrom('outpatient-coder', 'auditor'),
  hoursPerWeek: fc.integer({ min: 1, max: 40 }),
  preference: fc.constantFrom('fastest' as const, 'cheapest' as const),
});
const stampArb = fc.integer({ min: 0, max: 5 });
const slotArb = fc.oneof(
  fc.constant(undefined),
  fc.record({ kind: fc.constant('entry' as const), status: fc.constantFrom(...STEP_STATUSES), target: fc.option(fc.constantFrom('2027-01-31', '2027-06-30'), { nil: undefined }), stamp: stampArb }),
  fc.record({ kind: fc.constant('tomb' as const), stamp: stampArb }),
);
const planArb: fc.Arbitrary<StoredPlan> = fc
  .record({ inputs: inputsArb, order: fc.subarray(IDS), planStamp: stampArb, slots: fc.tuple(...IDS.map(() => slotArb)) })
  .map(({ inputs, order, planStamp, slots }) => {
    const plan: StoredPlan = { inputs, order, planStamp, progress: {}, tombstones: {} };
    slots.forEach((slot, i) => {
      const id = IDS[i]!;
      if (!slot) return;
      const value = slot.kind === 'tomb' ? slot.stamp : { status: slot.status, stamp: slot.stamp, ...(slot.target ? { target: slot.target } : {}) };
      Object.defineProperty(slot.kind === 'tomb' ? plan.tombstones : plan.progress, id, { value, enumerable: true, writable: true, configurable: true });
    });
    return plan;
  });

const norm = (p: StoredPlan | null) => JSON.stringify(p, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

describe('merging two copies of a stored plan', () => {
  it('is commutative', () => {
    fc.assert(fc.property(planArb, planArb, (a, b) => {
        expect(norm(mergeStoredPlans(a, b))).toBe(norm(mergeStoredPlans(b, a)));
      }),
      { numRuns: 200 },
    );
  });
  it('is associative', () => {
    fc.assert(
      fc.property(planArb, planArb, planArb, (a, b, c) => {
        expect(norm(mergeStoredPlans(mergeStoredPlans(a, b), c))).toBe(norm(mergeStoredPlans(a, mergeStoredPlans(b, c))));
      }),
    );
  });
  it('is idempotent, also with what it already merged', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        expect(norm(mergeStoredPlans(a, a))).toBe(norm(a));
        const ab = mergeStoredPlans(a, b);
        expect(norm(mergeStoredPlans(ab, b))).toBe(norm(ab));
      }),
    );
  });
  it('loses nothing: every step either tab holds is in the merge, as an entry or a tombstone', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const m = mergeStoredPlans(a, b)!;
        for (const p of [a, b]) for (const id of [...Object.keys(p.progress), ...Object.keys(p.tombstones)]) expect(Object.hasOwn(m.progress, id) || Object.hasOwn(m.tombstones, id)).toBe(true);
      }),
    );
  });
  it('keeps the later change per step; a tombstone beats an edit as old as it; deleted stays deleted', () => {
    const inputs: PlanInputs = { start: 'no-background', goal: 'outpatient-coder', hoursPerWeek: 10, preference: 'fastest' };
    const base = stampPlan(null, { inputs, order: ['cpc-exam', 'code-books'], progress: { 'cpc-exam': { status: 'in-progress' } } }, 100);
    // Tab A marks the exam done at 200; tab B (from the same base) deletes its entry at 150.
    const tabA = stampPlan(base, { ...unstamped(base), progress: { 'cpc-exam': { status: 'done' } } }, 200);
    const tabB = stampPlan(base, { ...unstamped(base), progress: {} }, 150);
    expect(mergeStoredPlans(tabA, tabB)!.progress['cpc-exam']).toMatchObject({ status: 'done', stamp: 200 });
    // Deleted later than edited: the tombstone wins, and an older edit never brings it back.
    const tabC = stampPlan(base, { ...unstamped(base), progress: {} }, 300);
    const merged = mergeStoredPlans(tabA, tabC)!;
    expect(merged.progress).toEqual({});
    expect(merged.tombstones).toEqual({ 'cpc-exam': 300 });
    expect(mergeStoredPlans(merged, tabA)!.progress).toEqual({});
    // Same time: the tombstone wins.
    const tie = stampPlan(base, { ...unstamped(base), progress: {} }, 200);
    expect(mergeStoredPlans(tabA, tie)!.progress).toEqual({});
    // The answers and order are one record: the later wins.
    const replanned = stampPlan(base, { ...unstamped(base), order: ['code-books'] }, 400);
    expect(mergeStoredPlans(tabA, replanned)!.order).toEqual(['code-books']);
  });
  it('stamps an edit after every earlier stamp, even when the clock is behind', () => {
    const inputs: PlanInputs = { start: 'no-background', goal: 'outpatient-coder', hoursPerWeek: 10, preference: 'fastest' };
    const base = stampPlan(null, { inputs, order: ['cpc-exam'], progress: { 'cpc-exam': { status: 'done' } } }, 1000);
    const later = stampPlan(base, { ...unstamped(base), progress: { 'cpc-exam': { status: 'skipped' } } }, 5);
    expect(later.progress['cpc-exam']!.stamp).toBeGreaterThan(1000);
    const unchanged = stampPlan(later, unstamped(later), 99999);
    expect(unchanged).toEqual(later);
  });
});
