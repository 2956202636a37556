/**
 * Edges of the roadmap's rules a reader can run into: figures citing a source the page does not
 * know, a circle of prerequisites met twice, steps added or removed where the reader's order or
 * start says otherwise, reasons with more than one alternative, and ties between routes that
 * only may fit a budget.
 */
import { describe, expect, it } from 'vitest';
import { stepCards, type CardLookups } from '../../src/lib/roadmap/cards.ts';
import { addWithCompanions, remove, removeWithCompanions } from '../../src/lib/roadmap/companions.ts';
import { checkDeadline } from '../../src/lib/roadmap/deadline.ts';
import { describeChoice, findCycles, measureDuration, normaliseInputs, planRoadmap, scheduleSteps, type Choice, type Score } from '../../src/lib/roadmap/index.ts';
import { roadmapExplainWords as w } from '../../src/i18n/roadmap.en.ts';
import { fact, mini, role, step } from './roadmap-mini.ts';

const score: Score = { weeks: { min: 0, max: 0 }, usd: { min: 0, max: 0 }, unknownDurations: 0, unknownCosts: 0, recognition: 0, suits: true, size: 0, steps: 1 };

describe('figures and circles', () => {
  it('a figure citing a source the page does not know keeps the source id, without a publisher', () => {
    const lookups: CardLookups = { sources: {}, credentials: {}, roles: {}, checked: 'checked' };
    const cite = { kind: 'fact', value: 3, unit: 'weeks', source: { id: 'new-source', collection: 'sources' }, asOf: '2026-11', confidence: 'issuer' } as const;
    expect(stepCards([step('a', { duration: cite })], lookups)['a']!.time).toEqual({ sourceId: 'new-source', asOf: 'Nov 2026' });
  });

  it('a step that names itself, reached from another, is one circle, reported once', () => {
    expect(findCycles([step('a', { prerequisites: ['s'] }), step('s', { prerequisites: ['s'] })])).toEqual([['s', 's']]);
  });

  it('a plain number that is not finite is not a length', () => {
    expect(measureDuration(fact(Infinity, 'weeks'), 10).status).toBe('unknown');
    expect(normaliseInputs({ start: 'student', goal: 'g', hoursPerWeek: 10, preference: 'fastest', experienceYears: Infinity })).not.toHaveProperty('experienceYears');
  });

  it('a goal met by the first step is measured to that step', () => {
    const c = mini([step('exam', { duration: fact(2, 'weeks') }), step('after', { duration: fact(50, 'weeks') })], [role('g', ['exam'])]);
    const steps = scheduleSteps(['exam', 'after'], c, 10).steps;
    expect(checkDeadline(steps, c, 'g', '2027-01-22', '2027-01-01')).toMatchObject({ reach: { min: 2, max: 2 }, status: 'within' });
  });
});

describe('adding a step where the reader’s order or start says otherwise', () => {
  const c = () =>
    mini([
      step('z1'),
      step('z2'),
      step('z3'),
      step('intro', { doneFor: ['healthcare-worker'] }),
      step('a', { prerequisites: ['f'] }),
      step('b'),
      step('f', { prerequisites: ['b'] }),
      step('self', { prerequisites: ['self'] }),
      step('needs-intro', { prerequisites: ['intro'] }),
      step('late'),
      step('target', { prerequisites: ['z3', 'z2', 'z1'] }),
    ]);
  const add = (order: string[], id: string, start: 'no-background' | 'healthcare-worker' = 'no-background') => addWithCompanions(order, id, c(), { start }, 'fastest');

  it('keeps the reader’s own order even where it contradicts the new step', () => {
    expect(add(['a', 'b'], 'f')).toEqual({ order: ['a', 'b', 'f'], companions: [] });
  });

  it('puts a new step that needs nothing in the plan first, whatever its place in the catalogue', () => {
    expect(add(['b'], 'late')?.order).toEqual(['late', 'b']);
    expect(add(['b'], 'self')?.order).toEqual(['self', 'b']);
    expect(add(['b'], 'needs-intro', 'healthcare-worker')?.order).toEqual(['needs-intro', 'b']);
  });

  it('puts companions the new step needs in catalogue order', () => {
    expect(add([], 'target')).toEqual({ order: ['z1', 'z2', 'z3', 'target'], companions: ['z1', 'z2', 'z3'] });
  });

  it('adds a step the reader’s start already counts as done, when the reader asks for it', () => {
    expect(add(['b'], 'intro', 'healthcare-worker')).toEqual({ order: ['intro', 'b'], companions: [] });
  });
});

describe('removing a step', () => {
  const c = () =>
    mini([
      step('w'),
      step('z'),
      step('y', { prerequisites: ['w'] }),
      step('x', { prerequisites: [{ anyOf: ['y', 'z'] }], followedBy: ['full'] }),
      step('job', { prerequisites: ['x'] }),
      step('full', { prerequisites: ['x', 'job'] }),
    ]);

  it('takes only what it needs in the plan, not what a step outside the plan would need', () => {
    expect(removeWithCompanions(['w', 'z', 'x'], 'x', c(), undefined)).toEqual({ order: ['w'], companions: ['z'] });
  });

  it('leaves what a completing step outside the plan would need', () => {
    expect(removeWithCompanions(['z', 'x', 'job'], 'x', c(), undefined)).toEqual({ order: ['job'], companions: ['z'] });
  });

  it('a step the catalogue no longer has goes alone, and stays when another goes', () => {
    expect(removeWithCompanions(['w', 'gone'], 'gone', c(), undefined)).toEqual({ order: ['w'], companions: [] });
    expect(removeWithCompanions(['gone', 'z', 'x'], 'x', c(), undefined)).toEqual({ order: ['gone'], companions: ['z'] });
  });

  it('as an edit, removing a retired step announces no companions', () => {
    const plan = { inputs: { start: 'student' as const, goal: 'g', hoursPerWeek: 10, preference: 'fastest' as const }, order: ['z', 'gone'], progress: {} };
    expect(remove('gone')(c(), plan)?.change).toEqual({ kind: 'removed', step: 'gone', companions: [] });
  });
});

describe('reasons with several alternatives', () => {
  const cat = () =>
    mini([
      step('a', { title: 'A' }),
      step('b', { title: 'B' }),
      step('exam', { kind: 'exam', title: 'The exam', recognition: { rank: 3, why: 'Named in 2.5 times more job ads.' } }),
    ]);
  const choice = (over: Partial<Choice>): Choice => ({
    owner: { role: 'r' },
    requirement: 0,
    options: [
      { ids: ['exam'], added: ['exam'], feasible: true, score },
      { ids: ['a'], added: ['a'], feasible: true, score },
      { ids: ['b'], added: ['b'], feasible: true, score },
    ],
    chosen: 0,
    basis: 'recognition',
    preference: 'most-recognised',
    ...over,
  });

  it('lists every option it beat, and keeps a reason’s inner full stops', () => {
    expect(describeChoice(choice({}), cat(), w)).toBe('The exam, chosen over A, B for the most recognised route, because it is the most recognised: Named in 2.5 times more job ads.');
  });

  it('gives the recognition reason only when recognition decided', () => {
    expect(describeChoice(choice({ basis: 'cost', preference: 'cheapest' }), cat(), w)).toBe(
      'The exam, chosen over A, B for the cheapest route, because it is the cheapest on the figures we have (unknown prices never counted as low).',
    );
    const retired = choice({ options: [{ ids: ['gone', 'exam'], added: [], feasible: true, score }] });
    expect(describeChoice(retired, cat(), w)).toBe('gone + The exam, chosen for the most recognised route, because it is the most recognised: Named in 2.5 times more job ads.');
  });
});

describe('routes that only may fit a budget', () => {
  it('on a tie at their lowest prices, the plan points to the one tried first, the cheapest', () => {
    const c = mini(
      [
        step('quick', { duration: fact(1, 'weeks'), cost: fact(1000, 'usd') }),
        step('thrifty', { duration: fact(20, 'weeks'), cost: fact({ min: 100, max: 800 }, 'usd') }),
        step('famous', { kind: 'exam', duration: fact(10, 'weeks'), cost: fact({ min: 100, max: 1200 }, 'usd'), recognition: { rank: 3, why: 'Known.' } }),
      ],
      [role('goal', [{ anyOf: ['quick', 'thrifty', 'famous'] }])],
    );
    const r = planRoadmap(c, { start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'fastest', budget: 500 });
    expect(r.ok && r.plan.budget?.cheaperRoute).toEqual({ preference: 'cheapest', usd: { min: 100, max: 800 }, unknownCosts: 0 });
  });
});
