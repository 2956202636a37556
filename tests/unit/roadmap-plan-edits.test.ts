/**
 * The reader's edits to a plan, as the page announces them: planning again keeps progress and
 * the steps the catalogue no longer has; marking, dating and moving say what changed or
 * nothing at all; adding a step brings what it needs and what completes it, removing one takes
 * away what only it needed but never work the reader has done or started.
 */
import { describe, expect, it } from 'vitest';
import { forget, mark, move, replan, target } from '../../src/lib/roadmap/changes.ts';
import { add, addWithCompanions, remove, removeWithCompanions } from '../../src/lib/roadmap/companions.ts';
import type { RoadmapPlan } from '../../src/lib/roadmap/view.ts';
import type { PlanInputs } from '../../src/lib/roadmap/index.ts';
import { fact, mini, role, step } from './roadmap-mini.ts';

const inputs = (over: Partial<PlanInputs> = {}): PlanInputs => ({ start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'fastest', ...over });
const cat = () =>
  mini(
    [
      step('course', { duration: fact(4, 'weeks') }),
      step('books'),
      step('member'),
      step('exam', { kind: 'exam', prerequisites: ['course', { anyOf: ['books', 'library'] }, 'member'], followedBy: ['full'] }),
      step('library', { duration: fact(9, 'weeks') }),
      step('job', { kind: 'job', prerequisites: ['exam'] }),
      step('full', { kind: 'credential', prerequisites: ['exam', 'job'] }),
      step('extra'),
    ],
    [role('goal', ['job'])],
  );
const planned = (over: Partial<RoadmapPlan> = {}): RoadmapPlan => ({ inputs: inputs(), order: ['course', 'books', 'member', 'exam', 'job', 'full'], progress: {}, ...over });

describe('planning again', () => {
  it('takes the planner’s route, keeps progress by step and the retired steps at the end', () => {
    const before = planned({ order: ['old-step', 'extra', 'course'], progress: { 'old-step': { status: 'done' }, course: { status: 'in-progress' } } });
    const r = replan(inputs({ hoursPerWeek: 300 }))(cat(), before)!;
    expect(r.plan.order).toEqual(['course', 'books', 'member', 'exam', 'job', 'full', 'old-step']);
    expect(r.plan.progress).toBe(before.progress);
    expect(r.plan.inputs.hoursPerWeek).toBe(80);
    expect(r.change).toEqual({ kind: 'planned', steps: 6 });
  });

  it('keeps the reader’s steps when the goal cannot be planned', () => {
    const r = replan(inputs({ goal: 'astronaut' }))(cat(), planned({ order: ['gone', 'extra', 'course'] }))!;
    expect(r.plan.order).toEqual(['extra', 'course', 'gone']);
    expect(r.change).toEqual({ kind: 'planned', steps: 2 });
  });
});

describe('marking and dating a step', () => {
  it('announces a new status, and nothing when the status is what it was', () => {
    const p = planned({ progress: { exam: { status: 'done' } } });
    expect(mark('exam', 'done')(cat(), p)).toBeNull();
    expect(mark('course', 'todo')(cat(), p)).toBeNull();
    expect(mark('course', 'skipped')(cat(), p)).toEqual({ plan: { ...p, progress: { exam: { status: 'done' }, course: { status: 'skipped' } } }, change: { kind: 'status', step: 'course', status: 'skipped' } });
  });

  it('sets and clears a target date, and ignores one that is not a day', () => {
    const p = planned({ progress: { exam: { status: 'in-progress', target: '2027-05-01' } } });
    expect(target('exam', '2027-13-01')(cat(), p)).toBeNull();
    expect(target('exam', '')(cat(), p)).toEqual({ plan: { ...p, progress: { exam: { status: 'in-progress' } } }, change: { kind: 'target', step: 'exam', target: undefined } });
    expect(target('job', '2027-09-30')(cat(), p)).toEqual({
      plan: { ...p, progress: { ...p.progress, job: { status: 'todo', target: '2027-09-30' } } },
      change: { kind: 'target', step: 'job', target: '2027-09-30' },
    });
  });
});

describe('moving a step', () => {
  it('one place earlier or later, saying where it now is among the steps the catalogue has', () => {
    const p = planned({ order: ['course', 'books', 'exam', 'gone'] });
    expect(move('books', -1)(cat(), p)).toEqual({ plan: { ...p, order: ['books', 'course', 'exam', 'gone'] }, change: { kind: 'moved', step: 'books', position: 1, of: 3 } });
    expect(move('books', 1)(cat(), p)).toEqual({ plan: { ...p, order: ['course', 'exam', 'books', 'gone'] }, change: { kind: 'moved', step: 'books', position: 3, of: 3 } });
  });

  it('changes nothing past either end, for a retired step or one not in the plan', () => {
    const p = planned({ order: ['course', 'books', 'exam', 'gone'] });
    expect(move('course', -1)(cat(), p)).toBeNull();
    expect(move('exam', 1)(cat(), p)).toBeNull();
    expect(move('gone', -1)(cat(), p)).toBeNull();
    expect(move('job', 1)(cat(), p)).toBeNull();
    expect(move('course', 1)(cat(), p)?.change).toEqual({ kind: 'moved', step: 'course', position: 2, of: 3 });
    expect(move('exam', -1)(cat(), p)?.change).toEqual({ kind: 'moved', step: 'exam', position: 2, of: 3 });
  });

  it('a step listed twice moved past its own copy is no change', () => {
    expect(move('books', 1)(cat(), planned({ order: ['books', 'books', 'exam'] }))).toBeNull();
  });
});

describe('forgetting retired steps', () => {
  it('drops them from the order and their progress, counting them; nothing to forget is no change', () => {
    const p = planned({ order: ['gone', 'course'], progress: { gone: { status: 'done' }, other: { status: 'skipped' }, course: { status: 'done' } } });
    expect(forget(cat(), p)).toEqual({ plan: { ...p, order: ['course'], progress: { course: { status: 'done' } } }, change: { kind: 'forgot', count: 2 } });
    expect(forget(cat(), planned())).toBeNull();
  });
});

describe('adding a step with its companions', () => {
  it('brings what it needs that the plan lacks, and what completes it, each after what it needs', () => {
    const r = addWithCompanions(['extra', 'job'], 'exam', cat(), { start: 'no-background' }, 'fastest');
    expect(r).toEqual({ order: ['course', 'books', 'member', 'exam', 'extra', 'job', 'full'], companions: ['course', 'books', 'member', 'full'] });
    // The preference chooses between alternatives: the library is slower than buying books.
    expect(addWithCompanions([], 'exam', cat(), { start: 'no-background' }, 'fastest')?.companions).toContain('books');
  });

  it('a prerequisite the reader marked skipped stays once, where it is, with the new step after it', () => {
    const r = addWithCompanions(['course'], 'exam', cat(), { start: 'no-background' }, 'fastest', { course: { status: 'skipped' } });
    expect(r?.order.filter((id) => id === 'course')).toEqual(['course']);
    expect(r?.order).not.toContain(undefined);
    expect(new Set(r?.order).size).toBe(r?.order.length);
    expect(r?.order.indexOf('course')).toBeLessThan(r!.order.indexOf('exam'));
    expect(r?.companions).not.toContain('course');
  });

  it('counts finished steps as had; a step in the plan is not added again', () => {
    const withCourse = addWithCompanions(['course'], 'exam', cat(), { start: 'no-background' }, 'fastest', { course: { status: 'done' } });
    expect(withCourse?.companions).toEqual(['books', 'member', 'job', 'full']);
    const started = addWithCompanions(['course'], 'exam', cat(), { start: 'no-background' }, 'fastest', { course: { status: 'in-progress' } });
    expect(started?.companions).toEqual(['books', 'member', 'job', 'full']);
    const held = addWithCompanions([], 'exam', cat(), { start: 'no-background', held: ['cpc'] }, 'fastest');
    expect(held?.companions).toEqual(['course', 'books', 'member', 'job', 'full']);
  });

  it('places a new step among the reader’s steps in catalogue order, keeping the reader’s order', () => {
    expect(addWithCompanions(['member', 'course'], 'books', cat(), { start: 'no-background' }, 'fastest')).toEqual({ order: ['books', 'member', 'course'], companions: [] });
    expect(addWithCompanions(['job', 'extra'], 'library', cat(), { start: 'no-background' }, 'fastest')?.order).toEqual(['library', 'job', 'extra']);
  });

  it('changes nothing for an unknown step or one already in the plan', () => {
    expect(addWithCompanions(['course'], 'course', cat(), { start: 'no-background' }, 'fastest')).toBeNull();
    expect(addWithCompanions(['course'], 'astronaut', cat(), { start: 'no-background' }, 'fastest')).toBeNull();
  });

  it('as an edit, says where the step went and which companions came, retired steps staying last', () => {
    const p = planned({ order: ['gone', 'extra'] });
    expect(add('member')(cat(), p)).toEqual({ plan: { ...p, order: ['member', 'extra', 'gone'] }, change: { kind: 'added', step: 'member', position: 1, companions: [] } });
    expect(add('extra')(cat(), p)).toBeNull();
  });
});

describe('removing a step with the companions only it needed', () => {
  const order = ['course', 'books', 'member', 'exam', 'job', 'full', 'extra'];
  it('takes away what only it needed and what completes it, keeping what the goal or other steps need', () => {
    const c = cat();
    expect(removeWithCompanions(order, 'full', c, c.roles.get('goal'))).toEqual({ order: ['course', 'books', 'member', 'exam', 'job', 'extra'], companions: [] });
    expect(removeWithCompanions(['course', 'books', 'member', 'exam', 'full', 'extra'], 'exam', c, c.roles.get('goal'))).toEqual({ order: ['extra'], companions: ['course', 'books', 'member', 'full'] });
    // Removing the job takes the exam and what it needs, unless another step (the full credential) or the goal needs the exam.
    expect(removeWithCompanions(order, 'job', c, undefined)).toEqual({ order: ['course', 'books', 'member', 'exam', 'full', 'extra'], companions: [] });
    const noFull = ['course', 'books', 'member', 'exam', 'job', 'extra'];
    expect(removeWithCompanions(noFull, 'job', c, undefined)).toEqual({ order: ['extra'], companions: ['course', 'books', 'member', 'exam'] });
    expect(removeWithCompanions(noFull, 'job', c, role('exam-goal', ['exam']))).toEqual({ order: ['course', 'books', 'member', 'exam', 'extra'], companions: [] });
  });

  it('keeps companions the reader has done or started, and what they need', () => {
    const c = cat();
    const progress = { books: { status: 'done' as const }, member: { status: 'in-progress' as const }, course: { status: 'skipped' as const } };
    expect(removeWithCompanions(['course', 'books', 'member', 'exam', 'full', 'extra'], 'exam', c, undefined, progress)).toEqual({
      order: ['books', 'member', 'extra'],
      companions: ['course', 'full'],
    });
  });

  it('keeps a companion another step still needs', () => {
    const c = mini([step('a'), step('b', { prerequisites: ['a'] }), step('c', { prerequisites: ['a'] }), step('d', { prerequisites: ['c'] })]);
    expect(removeWithCompanions(['a', 'b', 'c', 'd'], 'd', c, undefined)).toEqual({ order: ['a', 'b'], companions: ['c'] });
    expect(removeWithCompanions(['a', 'b', 'c'], 'x', c, undefined)).toBeNull();
  });

  it('as an edit, says which companions went, keeping progress and the retired steps', () => {
    const p = planned({ order: ['course', 'books', 'member', 'exam', 'full', 'gone'], progress: { exam: { status: 'todo', target: '2027-01-01' } } });
    expect(remove('exam')(cat(), p)).toEqual({ plan: { ...p, order: ['gone'] }, change: { kind: 'removed', step: 'exam', companions: ['course', 'books', 'member', 'full'] } });
    expect(remove('job')(cat(), p)).toBeNull();
  });
});
