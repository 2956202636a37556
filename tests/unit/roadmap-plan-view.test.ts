/**
 * What the page shows for a plan: each step with its status, date, reasons and warnings, which
 * steps the reader added, the totals and what is still ahead, the budget verdict (the
 * planner's while the reader keeps its order, recomputed after edits), steps the catalogue no
 * longer has, and what can still be added.
 */
import { describe, expect, it } from 'vitest';
import { buildView, catalogueFrom, examplePlan, retiredIds, shareText, type GoalOption, type RoadmapPlan } from '../../src/lib/roadmap/view.ts';
import { decodeShare, orderSteps, type PlanInputs } from '../../src/lib/roadmap/index.ts';
import { fact, mini, role, step, unknown } from './roadmap-mini.ts';

const inputs = (over: Partial<PlanInputs> = {}): PlanInputs => ({ start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'cheapest', ...over });
const steps = () => [
  step('course', { duration: fact(40, 'hours'), cost: fact(300, 'usd') }),
  step('exam', { kind: 'exam', duration: fact(1, 'weeks'), cost: fact(400, 'usd'), prerequisites: ['course'] }),
  step('search', { kind: 'job', duration: unknown(), prerequisites: ['exam'] }),
  step('extra', { cost: fact(50, 'usd') }),
  step('pricey-exam', { kind: 'exam', cost: fact(5000, 'usd') }),
];
const cat = () => mini(steps(), [role('goal', ['search'])]);

describe('the plan in view', () => {
  it('shows each step with its status, date, reasons, and whether the reader added it', () => {
    const plan: RoadmapPlan = {
      inputs: inputs(),
      order: ['course', 'extra', 'exam', 'search', 'old'],
      progress: { course: { status: 'done', target: '2027-01-31' }, extra: { status: 'in-progress' }, old: { status: 'done' } },
    };
    const v = buildView(cat(), plan, 'mine');
    expect(v.source).toBe('mine');
    expect(v.steps.map((s) => [s.id, s.status, s.target, s.added, s.why.length > 0])).toEqual([
      ['course', 'done', '2027-01-31', false, true],
      ['extra', 'in-progress', undefined, true, false],
      ['exam', 'todo', undefined, false, true],
      ['search', 'todo', undefined, false, true],
    ]);
    expect(v.counts).toEqual({ todo: 2, 'in-progress': 1, done: 1, skipped: 0 });
    expect(v.retired).toEqual(['old']);
    expect(v.addable.map((s) => s.id)).toEqual(['pricey-exam']);
    expect(v.total).toEqual({ weeks: { min: 5, max: 5 }, usd: { min: 750, max: 750 }, unknownDurations: ['search'], unknownCosts: [] });
    // What is still ahead leaves the finished course out.
    expect(v.ahead).toEqual({ weeks: { min: 1, max: 1 }, usd: { min: 450, max: 450 }, unknownDurations: ['search'], unknownCosts: [] });
    expect(v.budget).toBeUndefined();
  });

  it('has nothing "ahead" to show until a step is done or skipped', () => {
    const v = buildView(cat(), { inputs: inputs(), order: ['course', 'exam'], progress: { course: { status: 'in-progress' } } }, 'shared');
    expect(v.ahead).toBeUndefined();
    const skipped = buildView(cat(), { inputs: inputs(), order: ['course', 'exam'], progress: { course: { status: 'skipped' } } }, 'shared');
    expect(skipped.ahead?.usd).toEqual({ min: 400, max: 400 });
  });

  it('puts each broken prerequisite on the step that needs it', () => {
    const v = buildView(cat(), { inputs: inputs(), order: ['exam', 'course'], progress: {} }, 'mine');
    const w = { stepId: 'exam', requirement: 0, problem: 'after', needs: ['course'] };
    expect(v.warnings).toEqual([w]);
    expect(v.steps.map((s) => s.warnings)).toEqual([[w], []]);
  });

  it('gives the planner’s budget verdict while the reader keeps its order, and checks the steps after an edit', () => {
    const c = cat();
    const planned = { inputs: inputs({ budget: 500, preference: 'fastest' }), order: ['course', 'exam', 'search'], progress: {} };
    expect(buildView(c, planned, 'mine').budget).toEqual({ budget: 500, status: 'over', breaksAt: 'exam', mayBreakAt: 'exam', exceedsBy: 200, unknownCosts: 0 });
    const edited = buildView(c, { ...planned, order: ['course', 'search'] }, 'mine');
    expect(edited.budget).toEqual({ budget: 500, status: 'within', unknownCosts: 0 });
    const reordered = buildView(c, { ...planned, order: ['exam', 'course', 'search'] }, 'mine');
    expect(reordered.budget).toEqual({ budget: 500, status: 'over', breaksAt: 'course', mayBreakAt: 'course', exceedsBy: 200, unknownCosts: 0 });
  });

  it('a goal that cannot be planned still shows the reader’s steps, all as added', () => {
    const v = buildView(cat(), { inputs: inputs({ goal: 'astronaut' }), order: ['course'], progress: {} }, 'shared');
    expect(v.result).toMatchObject({ ok: false, error: 'unknown-goal' });
    expect(v.steps.map((s) => [s.id, s.added, s.why])).toEqual([['course', true, []]]);
  });
});

describe('steps the catalogue no longer has', () => {
  it('are named once, from the order and from progress', () => {
    const plan: RoadmapPlan = { inputs: inputs(), order: ['gone', 'course', 'gone-too'], progress: { gone: { status: 'done' }, lost: { status: 'skipped' }, course: { status: 'done' } } };
    expect(retiredIds(cat(), plan)).toEqual(['gone', 'gone-too', 'lost']);
  });
});

describe('the example and the share text', () => {
  it('the example is the planner’s cheapest route to an outpatient job from no background, with no progress', () => {
    const c = mini(steps(), [role('outpatient-coder', ['search'])]);
    expect(examplePlan(c)).toEqual({ inputs: { start: 'no-background', goal: 'outpatient-coder', hoursPerWeek: 10, preference: 'cheapest' }, order: ['course', 'exam', 'search'], progress: {} });
    expect(examplePlan(c)).toBe(examplePlan(c));
    expect(examplePlan(cat()).order).toEqual([]);
  });

  it('the share text carries the answers, the steps in view and the progress', () => {
    const c = cat();
    const plan: RoadmapPlan = { inputs: inputs({ budget: 900 }), order: ['exam', 'gone', 'course'], progress: { course: { status: 'done' } } };
    const back = decodeShare(shareText(buildView(c, plan, 'mine')), c);
    expect(back).toEqual({ ok: true, plan: { inputs: inputs({ budget: 900 }), order: ['exam', 'course'], progress: { course: { status: 'done' } } }, report: { droppedSteps: [], unknownGoal: false, problems: [] } });
  });
});

describe('the catalogue the page’s island plans on', () => {
  it('plans from the goals the page passes, respecting their employers’ credentials', () => {
    const goals: GoalOption[] = [
      { id: 'goal', title: 'Goal', level: 'entry', qualifiedBy: [{ anyOf: ['pricey-exam', 'exam'] }], accepts: ['pricey-exam'] },
      { id: 'open', title: 'Open', level: 'experienced', qualifiedBy: [{ anyOf: ['pricey-exam', 'exam'] }] },
    ];
    const c = catalogueFrom({ steps: steps(), goals });
    expect([...c.roles.keys()]).toEqual(['goal', 'open']);
    expect(c.roles.get('goal')).toMatchObject({ title: 'Goal', level: 'entry', employers: { accepts: ['pricey-exam'] } });
    expect(c.roles.get('open')!.employers).toBeUndefined();
    const view = (goal: string) => buildView(c, { inputs: inputs({ goal }), order: [], progress: {} }, 'mine');
    const planned = (goal: string) => {
      const r = view(goal).result;
      return r.ok ? r.plan.steps.map((s) => s.id) : r.error;
    };
    expect(planned('goal')).toEqual(['pricey-exam']);
    expect(planned('open')).toEqual(['course', 'exam']);
    expect(orderSteps(['exam', 'course'], c)).toEqual(['course', 'exam']);
  });
});
