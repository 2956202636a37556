/**
 * Adding a step that needs one the reader marked skipped (src/lib/roadmap/companions.ts): the
 * edit says so ("It needs X, which you marked skipped"), the skipped step stays once, where it
 * was and still skipped, and the new step goes after it. A step the reader has done, started or
 * not yet touched is had, and is never named; a skipped step that only completes the new one is
 * not one it needs. New prerequisites found together go in the catalogue's order.
 */
import { describe, expect, it } from 'vitest';
import { add, addWithCompanions } from '../../src/lib/roadmap/companions.ts';
import type { RoadmapPlan } from '../../src/lib/roadmap/view.ts';
import type { PlanInputs, StepStatus } from '../../src/lib/roadmap/index.ts';
import { fact, mini, role, step } from './roadmap-mini.ts';

const inputs: PlanInputs = { start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'fastest' };
const cat = () =>
  mini(
    [
      step('course', { duration: fact(4, 'weeks') }),
      step('books'),
      step('exam', { kind: 'exam', prerequisites: ['course', 'books'], followedBy: ['full'] }),
      step('full', { kind: 'credential', prerequisites: ['exam'] }),
      step('job', { kind: 'job', prerequisites: ['exam'] }),
    ],
    [role('goal', ['job'])],
  );
const plan = (order: string[], progress: RoadmapPlan['progress'] = {}): RoadmapPlan => ({ inputs, order, progress });
const none = { start: 'no-background' } as const;

describe('adding a step that needs one the reader marked skipped', () => {
  it('says which skipped step it needs; the plan keeps that step once, skipped, before the new one', () => {
    const before = plan(['course', 'books'], { course: { status: 'skipped' }, books: { status: 'done' } });
    const r = add('exam')(cat(), before);
    expect(r?.change).toEqual({ kind: 'added', step: 'exam', position: 3, companions: ['full'], needsSkipped: ['course'] });
    expect(r?.plan.order).toEqual(['course', 'books', 'exam', 'full']);
    expect(r?.plan.progress).toBe(before.progress);
  });

  it('names every skipped step it needs, in plan order', () => {
    const r = addWithCompanions(['books', 'course'], 'exam', cat(), none, 'fastest', { course: { status: 'skipped' }, books: { status: 'skipped' } });
    expect(r).toEqual({ order: ['books', 'course', 'exam', 'full'], companions: ['full'], needsSkipped: ['books', 'course'] });
  });

  it('names none when the steps it needs are done, started, to do or have no status', () => {
    for (const status of ['done', 'in-progress', 'todo', undefined] as (StepStatus | undefined)[]) {
      const progress = status ? { course: { status }, books: { status } } : {};
      const r = add('exam')(cat(), plan(['course', 'books'], progress));
      expect(r?.change, String(status)).toEqual({ kind: 'added', step: 'exam', position: 3, companions: ['full'] });
      expect(r?.change && 'needsSkipped' in r.change, String(status)).toBe(false);
    }
  });

  it('a skipped step that only completes the new one (the full credential after the exam) is not named', () => {
    const r = addWithCompanions(['course', 'books', 'full'], 'exam', cat(), none, 'fastest', { full: { status: 'skipped' } });
    expect(r).toEqual({ order: ['course', 'books', 'exam', 'full'], companions: [] });
  });

  it('a skipped step the new one needs through a companion is named, also when it completes another companion', () => {
    // Adding the job brings the exam; the job needs the full credential too, which completes the exam.
    const c = mini([step('exam', { kind: 'exam', followedBy: ['full'] }), step('full', { kind: 'credential', prerequisites: ['exam'] }), step('job', { kind: 'job', prerequisites: ['exam', 'full'] })]);
    const r = addWithCompanions(['full'], 'job', c, none, 'fastest', { full: { status: 'skipped' } });
    expect(r).toEqual({ order: ['exam', 'full', 'job'], companions: ['exam'], needsSkipped: ['full'] });
  });

  it('a step marked something else that is not skipped only by its text is had, not named', () => {
    const r = addWithCompanions(['course', 'books'], 'exam', cat(), none, 'fastest', { course: { status: '' as StepStatus } });
    expect(r).toEqual({ order: ['course', 'books', 'exam', 'full'], companions: ['full'] });
  });
});

describe('new prerequisites found together', () => {
  it('go in the catalogue’s order, whatever order the step lists them in', () => {
    for (const listed of [['c', 'b', 'a'], ['a', 'b', 'c'], ['b', 'c', 'a'], ['a', 'c', 'b']]) {
      const c = mini([step('a'), step('b'), step('c'), step('x', { prerequisites: listed })]);
      expect(addWithCompanions([], 'x', c, none, 'fastest'), listed.join()).toEqual({ order: ['a', 'b', 'c', 'x'], companions: ['a', 'b', 'c'] });
    }
  });
});
