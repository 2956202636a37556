/**
 * Taking a step the catalogue no longer has out of a plan never takes the reader's other steps
 * with it.
 */
import { describe, expect, it } from 'vitest';
import { remove } from '../../src/lib/roadmap/companions.ts';
import { mini, step } from './roadmap-mini.ts';

describe('removing a retired step', () => {
  it('keeps every step the catalogue has, in the reader’s order', () => {
    const c = mini([step('a'), step('b', { prerequisites: ['a'] })]);
    const plan = { inputs: { start: 'student' as const, goal: 'g', hoursPerWeek: 10, preference: 'fastest' as const }, order: ['b', 'gone', 'a'], progress: {} };
    const r = remove('gone')(c, plan);
    expect(r?.plan.order.filter((id) => c.steps.has(id))).toEqual(['b', 'a']);
  });

  it('takes the retired step itself out, as the reader asked', () => {
    const c = mini([step('a'), step('b', { prerequisites: ['a'] })]);
    const plan = { inputs: { start: 'student' as const, goal: 'g', hoursPerWeek: 10, preference: 'fastest' as const }, order: ['b', 'gone', 'a'], progress: {} };
    const r = remove('gone')(c, plan);
    expect(r?.plan.order).toEqual(['b', 'a']);
    expect(r?.change).toEqual({ kind: 'removed', step: 'gone', companions: [] });
  });
});
