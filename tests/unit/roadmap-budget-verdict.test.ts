/**
 * The budget verdict the page shows (src/lib/roadmap/view.ts): the planner's own, which says when
 * it took another route to stay within the budget, only while the reader keeps exactly the
 * planner's steps in the planner's order; after any edit (a step moved, added or taken out, also
 * the last one) the steps in the plan are checked against the budget as they stand.
 */
import { describe, expect, it } from 'vitest';
import * as views from '../../src/lib/roadmap/view.ts';
import type { PlanInputs } from '../../src/lib/roadmap/index.ts';
import { fact, mini, role, step } from './roadmap-mini.ts';

const inputs: PlanInputs = { start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'fastest', budget: 500 };
const cat = () =>
  mini(
    [
      step('fast-course', { duration: fact(1, 'weeks'), cost: fact(1000, 'usd') }),
      step('slow-course', { duration: fact(40, 'weeks'), cost: fact(100, 'usd') }),
      step('exam', { kind: 'exam', duration: fact(1, 'weeks'), cost: fact(200, 'usd'), prerequisites: [{ anyOf: ['fast-course', 'slow-course'] }] }),
    ],
    [role('goal', ['exam'])],
  );

describe('the budget verdict in view', () => {
  it('says the planner left the fastest route for the budget while the reader keeps its steps and order', () => {
    const c = cat();
    const view = views.buildView(c, { inputs, order: ['slow-course', 'exam'], progress: {} }, 'mine');
    expect(view.result.ok && view.result.plan.steps.map((s) => s.id)).toEqual(['slow-course', 'exam']);
    expect(view.budget).toEqual({ budget: 500, status: 'within', unknownCosts: 0, switchedFrom: 'fastest' });
  });

  it('no longer says so once the reader moves a step, though the steps are the same', () => {
    const view = views.buildView(cat(), { inputs, order: ['exam', 'slow-course'], progress: {} }, 'mine');
    expect(view.budget).toEqual({ budget: 500, status: 'within', unknownCosts: 0 });
  });

  it('no longer says so once the reader takes out the last step', () => {
    const view = views.buildView(cat(), { inputs, order: ['slow-course'], progress: {} }, 'mine');
    expect(view.budget).toEqual({ budget: 500, status: 'within', unknownCosts: 0 });
  });

  it('checks the plan’s own steps when the reader swaps in the expensive course: over by 700 at that course', () => {
    const view = views.buildView(cat(), { inputs, order: ['fast-course', 'exam'], progress: {} }, 'mine');
    expect(view.budget).toEqual({ budget: 500, status: 'over', breaksAt: 'fast-course', mayBreakAt: 'fast-course', exceedsBy: 700, unknownCosts: 0 });
  });

  it('the same in a copy of the module loaded on its own (its list comparison is made when it loads)', async () => {
    const path = '../../src/lib/roadmap/view.ts?copy=budget';
    const { buildView } = (await import(/* @vite-ignore */ path)) as typeof views;
    expect(buildView(cat(), { inputs, order: ['slow-course', 'exam'], progress: {} }, 'mine').budget?.switchedFrom).toBe('fastest');
    expect(buildView(cat(), { inputs, order: ['exam', 'slow-course'], progress: {} }, 'mine').budget?.switchedFrom).toBeUndefined();
  });
});
