import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addableSteps,
  addStep,
  checkOrder,
  countStatuses,
  moveStep,
  orphanedProgress,
  planRoadmap,
  PREFERENCES,
  removeStep,
  scheduleSteps,
  setStatus,
  setTarget,
  statusOf,
  type Plan,
  type Progress,
} from '../../src/lib/roadmap/index.ts';
import { catalogue, startArb } from './roadmap-fixtures.ts';

function plan(start: Plan['inputs']['start'], goal: string): Plan {
  const r = planRoadmap(catalogue, { start, goal, hoursPerWeek: 10, preference: 'fastest' });
  if (!r.ok) throw new Error('no plan');
  return r.plan;
}

describe('progress', () => {
  it('records statuses and targets without changing the object given', () => {
    const empty: Progress = {};
    const one = setStatus(empty, 'cpc-exam', 'in-progress');
    const two = setTarget(one, 'cpc-exam', '2027-03-01');
    expect(empty).toEqual({});
    expect(one).toEqual({ 'cpc-exam': { status: 'in-progress' } });
    expect(two).toEqual({ 'cpc-exam': { status: 'in-progress', target: '2027-03-01' } });
    expect(setStatus(two, 'cpc-exam', 'done')).toEqual({ 'cpc-exam': { status: 'done', target: '2027-03-01' } });
    expect(statusOf(two, 'cpc-exam')).toBe('in-progress');
    expect(statusOf(two, 'code-books')).toBe('todo');
  });

  it('drops an entry that says nothing (todo, no target), and ignores an impossible date', () => {
    const p = setStatus({}, 'cpc-exam', 'done');
    expect(setStatus(p, 'cpc-exam', 'todo')).toEqual({});
    expect(setTarget(p, 'cpc-exam', '2027-02-30')).toBe(p);
    expect(setTarget(p, 'cpc-exam', 'soon')).toBe(p);
    expect(setTarget(setTarget(p, 'cpc-exam', '2027-02-28'), 'cpc-exam', undefined)).toEqual(p);
  });

  it('treats inherited property names as step ids like any other', () => {
    expect(statusOf({}, 'constructor')).toBe('todo');
    expect(statusOf({}, '__proto__')).toBe('todo');
  });

  it('counts statuses and finds progress on steps the catalogue no longer has', () => {
    const p: Progress = { 'cpc-exam': { status: 'done' }, 'code-books': { status: 'skipped' }, 'retired-step': { status: 'done' } };
    expect(countStatuses(['cpc-exam', 'code-books', 'first-job-search'], p)).toEqual({ todo: 1, 'in-progress': 0, done: 1, skipped: 1 });
    expect(orphanedProgress(p, (id) => catalogue.steps.has(id))).toEqual(['retired-step']);
  });

  it('leaves finished steps out of what remains, on request', () => {
    const order = plan('no-background', 'outpatient-coder').steps.map((s) => s.id);
    const done = setStatus({}, order[0]!, 'done');
    const all = scheduleSteps(order, catalogue, 10, { progress: done });
    const remaining = scheduleSteps(order, catalogue, 10, { progress: done, remainingOnly: true });
    expect(remaining.steps[0]!.counted).toBe(false);
    expect(remaining.total.weeks.max).toBeLessThanOrEqual(all.total.weeks.max);
  });
});

describe('editing a plan', () => {
  it('a planned order breaks no prerequisite', () => {
    fc.assert(
      fc.property(startArb, fc.constantFrom(...catalogue.roles.keys()), fc.constantFrom(...PREFERENCES), (start, goal, preference) => {
        const r = planRoadmap(catalogue, { start, goal, hoursPerWeek: 10, preference });
        if (!r.ok) throw new Error('no plan');
        expect(checkOrder(r.plan.steps.map((s) => s.id), catalogue, start)).toEqual([]);
      }),
    );
  });

  it('warns when a step is moved before what it needs', () => {
    const order = ['foundations', 'self-study-course', 'aapc-membership', 'code-books', 'cpc-exam', 'first-job-search'];
    const moved = moveStep(order, 4, 0, catalogue, 'no-background');
    expect(moved.order).toEqual(['cpc-exam', 'foundations', 'self-study-course', 'aapc-membership', 'code-books', 'first-job-search']);
    expect(moved.warnings.map((w) => [w.stepId, w.problem, w.requirement])).toEqual([
      ['cpc-exam', 'after', 0],
      ['cpc-exam', 'after', 1],
      ['cpc-exam', 'after', 2],
    ]);
    expect(moved.warnings[2]!.needs).toContain('self-study-course');
  });

  it('moving keeps every step exactly once', () => {
    const order = plan('no-background', 'cardiology-coder').steps.map((s) => s.id);
    fc.assert(
      fc.property(fc.integer({ min: -3, max: order.length + 3 }), fc.integer({ min: -3, max: order.length + 3 }), (from, to) => {
        const moved = moveStep(order, from, to, catalogue, 'no-background');
        expect([...moved.order].sort()).toEqual([...order].sort());
      }),
    );
  });

  it('removing a step warns about the steps that needed it', () => {
    const removed = removeStep(['self-study-course', 'cpc-exam', 'first-job-search'], 'self-study-course', catalogue, 'no-background');
    expect(removed.order).toEqual(['cpc-exam', 'first-job-search']);
    expect(removed.warnings.some((w) => w.stepId === 'cpc-exam' && w.problem === 'missing')).toBe(true);
  });

  it('a skipped step does not count as met; a done one does, wherever it is', () => {
    const order = ['self-study-course', 'cpc-exam'];
    const skipped = checkOrder(order, catalogue, 'healthcare-worker', { 'self-study-course': { status: 'skipped' } });
    expect(skipped.some((w) => w.stepId === 'cpc-exam' && w.problem === 'missing')).toBe(true);
    const doneLater = checkOrder(['cpc-exam', 'self-study-course'], catalogue, 'healthcare-worker', {
      'self-study-course': { status: 'done' },
      'aapc-membership': { status: 'done' },
      'code-books': { status: 'done' },
    });
    expect(doneLater).toEqual([]);
  });

  it('adds a catalogue step after the steps it needs, and ignores unknown or repeated ids', () => {
    const order = ['self-study-course', 'aapc-membership', 'cpc-exam', 'first-job-search', 'experience-year-1'];
    const added = addStep(order, 'practicode', catalogue, 'healthcare-worker');
    expect(added.added).toBe(true);
    expect(added.order.indexOf('practicode')).toBe(order.indexOf('aapc-membership') + 1);
    expect(addStep(order, 'cpc-exam', catalogue, 'healthcare-worker')).toMatchObject({ added: false, order });
    expect(addStep(order, 'no-such-step', catalogue, 'healthcare-worker')).toMatchObject({ added: false, order });
    expect(addableSteps(order, catalogue).map((s) => s.id)).not.toContain('cpc-exam');
    expect(addableSteps(order, catalogue)).toHaveLength(catalogue.steps.size - order.length);
  });
});
