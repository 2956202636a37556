/**
 * The order of a plan's steps and the warnings an order earns: a planned order puts every step
 * after what it needs, in the catalogue's familiar order where free, and never loses a step;
 * a hand-made order is allowed but each prerequisite it breaks is named, as coming later or
 * missing, counting what the reader has done (anywhere) and leaving skipped steps out.
 */
import { describe, expect, it } from 'vitest';
import { addStep, checkOrder, moveStep, orderSteps, removeStep } from '../../src/lib/roadmap/index.ts';
import { mini, step } from './roadmap-mini.ts';

describe('a planned order', () => {
  it('puts each step after every step of the plan it needs, otherwise in catalogue order', () => {
    const c = mini([
      step('intro'),
      step('exam', { prerequisites: ['course', { anyOf: ['books', ['library', 'card']] }] }),
      step('course', { prerequisites: ['intro'] }),
      step('books'),
      step('library'),
      step('card'),
      step('job', { prerequisites: ['exam'] }),
    ]);
    expect(orderSteps(['job', 'card', 'library', 'exam', 'course', 'intro'], c)).toEqual(['intro', 'course', 'library', 'card', 'exam', 'job']);
    expect(orderSteps(['books', 'exam', 'course'], c)).toEqual(['course', 'books', 'exam']);
    expect(orderSteps(['job', 'exam'], c)).toEqual(['exam', 'job']);
  });

  it('never loses a step: one the catalogue lacks goes last, steps caught in a circle follow in catalogue order', () => {
    const c = mini([step('a'), step('b', { prerequisites: ['c'] }), step('c', { prerequisites: ['b', 'b'] }), step('d', { prerequisites: ['c'] }), step('e')]);
    expect(orderSteps(['d', 'c', 'e', 'b', 'a'], c)).toEqual(['a', 'e', 'b', 'c', 'd']);
    expect(orderSteps(['unknown', 'e', 'a'], c)).toEqual(['a', 'e', 'unknown']);
    expect(orderSteps(['c', 'retired', 'b'], c)).toEqual(['retired', 'b', 'c']);
  });

  it('ignores a step that names itself', () => {
    const c = mini([step('a', { prerequisites: ['a', 'b'] }), step('b')]);
    expect(orderSteps(['a', 'b'], c)).toEqual(['b', 'a']);
  });
});

describe('warnings on an order', () => {
  const c = () =>
    mini([
      step('intro', { doneFor: ['healthcare-worker'] }),
      step('course', { prerequisites: ['intro'] }),
      step('books'),
      step('exam', { prerequisites: ['course', { anyOf: ['books', 'library'] }] }),
      step('library'),
    ]);

  it('names each broken prerequisite of each step, as coming later or missing', () => {
    expect(checkOrder(['exam', 'course', 'intro'], c(), 'no-background')).toEqual([
      { stepId: 'exam', requirement: 0, problem: 'after', needs: ['course'] },
      { stepId: 'exam', requirement: 1, problem: 'missing', needs: ['books', 'library'] },
      { stepId: 'course', requirement: 0, problem: 'after', needs: ['intro'] },
    ]);
    expect(checkOrder(['intro', 'course', 'library', 'exam'], c(), 'no-background')).toEqual([]);
  });

  it('counts what the start has and what is done anywhere; a skipped step counts for nothing and is not checked', () => {
    expect(checkOrder(['course'], c(), 'healthcare-worker')).toEqual([]);
    expect(checkOrder(['course'], c(), { start: 'no-background' })).toEqual([{ stepId: 'course', requirement: 0, problem: 'missing', needs: ['intro'] }]);
    expect(checkOrder(['exam', 'course'], c(), 'healthcare-worker', { course: { status: 'done' }, library: { status: 'done' } })).toEqual([]);
    expect(checkOrder(['course', 'books', 'exam'], c(), 'healthcare-worker', { books: { status: 'skipped' } })).toEqual([
      { stepId: 'exam', requirement: 1, problem: 'missing', needs: ['books', 'library'] },
    ]);
    expect(checkOrder(['books', 'exam', 'course'], c(), 'healthcare-worker', { course: { status: 'skipped' } })).toEqual([
      { stepId: 'exam', requirement: 0, problem: 'missing', needs: ['course'] },
    ]);
    expect(checkOrder(['exam'], c(), 'healthcare-worker', { exam: { status: 'skipped' } })).toEqual([]);
    expect(checkOrder(['exam', 'gone'], c(), 'healthcare-worker', { course: { status: 'in-progress' }, books: { status: 'todo' } })).toEqual([
      { stepId: 'exam', requirement: 0, problem: 'missing', needs: ['course'] },
      { stepId: 'exam', requirement: 1, problem: 'missing', needs: ['books', 'library'] },
    ]);
  });

  it('reads inherited property names as step ids, not as progress', () => {
    expect(checkOrder(['course', 'constructor'], c(), 'healthcare-worker', {})).toEqual([]);
  });
});

describe('moving, adding and removing by hand', () => {
  const c = () => mini([step('a'), step('b', { prerequisites: ['a'] }), step('c', { prerequisites: ['b'] }), step('d'), step('e', { prerequisites: ['a', 'd'] })]);

  it('moves a step to any place, clamped to the list, warning about what it breaks', () => {
    expect(moveStep(['a', 'b', 'c'], 0, 2, c(), 'no-background')).toEqual({
      order: ['b', 'c', 'a'],
      warnings: [
        { stepId: 'b', requirement: 0, problem: 'after', needs: ['a'] },
      ],
    });
    expect(moveStep(['a', 'b', 'c'], 2, -5, c(), 'no-background').order).toEqual(['c', 'a', 'b']);
    expect(moveStep(['a', 'b', 'c'], 9, 1, c(), 'no-background').order).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 1, 9, c(), 'no-background').order).toEqual(['a', 'c', 'b']);
  });

  it('leaves the order as it is for a position that is not a whole number, or an empty plan', () => {
    expect(moveStep(['b', 'a'], 0.5, 1, c(), 'no-background')).toEqual({ order: ['b', 'a'], warnings: [{ stepId: 'b', requirement: 0, problem: 'after', needs: ['a'] }] });
    expect(moveStep(['a', 'b'], 0, Number.NaN, c(), 'no-background').order).toEqual(['a', 'b']);
    expect(moveStep([], 0, 1, c(), 'no-background')).toEqual({ order: [], warnings: [] });
  });

  it('adds a step right after the last step it needs, or first', () => {
    expect(addStep(['d', 'a', 'b'], 'e', c(), 'no-background')).toEqual({ order: ['d', 'a', 'e', 'b'], added: true, warnings: [] });
    expect(addStep(['a', 'd', 'b'], 'e', c(), 'no-background').order).toEqual(['a', 'd', 'e', 'b']);
    expect(addStep(['b'], 'd', c(), 'no-background')).toEqual({ order: ['d', 'b'], added: true, warnings: [{ stepId: 'b', requirement: 0, problem: 'missing', needs: ['a'] }] });
    expect(addStep(['a'], 'a', c(), 'no-background')).toEqual({ order: ['a'], added: false, warnings: [] });
  });

  it('removes a step, warning about the steps that needed it', () => {
    expect(removeStep(['a', 'b', 'c'], 'b', c(), 'no-background')).toEqual({ order: ['a', 'c'], warnings: [{ stepId: 'c', requirement: 0, problem: 'missing', needs: ['b'] }] });
  });
});
