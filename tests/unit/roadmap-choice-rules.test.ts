/**
 * Which alternative a plan takes, and the reason it gives: the reader's preference decides
 * what counts first; an unknown figure never makes a route look quicker or cheaper; where the
 * figures cannot decide, what suits the start, the smaller programme, fewer steps and the more
 * recognised credential do, and a full tie goes to the option listed first.
 */
import { describe, expect, it } from 'vitest';
import { planRoadmap, type Preference, type Start, type StepData } from '../../src/lib/roadmap/index.ts';
import { fact, mini, role, step, unknown } from './roadmap-mini.ts';

/** The goal asks for one of `options` (each a list of step ids); what the plan picks, and why. */
function pick(steps: StepData[], options: string[][], preference: Preference, start: Start = 'no-background') {
  const c = mini(steps, [role('goal', [{ anyOf: options.map((o) => (o.length === 1 ? o[0]! : o)) }])]);
  const r = planRoadmap(c, { start, goal: 'goal', hoursPerWeek: 10, preference });
  if (!r.ok) throw new Error(`no plan: ${r.error}`);
  const choice = r.plan.choices.at(-1)!;
  return { ids: choice.options[choice.chosen]!.ids.join('+'), basis: choice.basis, steps: r.plan.steps.map((s) => s.id) };
}

describe('the preference decides what counts first', () => {
  const steps = () => [
    step('slow-cheap', { duration: fact(10, 'weeks'), cost: fact(500, 'usd') }),
    step('fast-dear', { duration: fact(4, 'weeks'), cost: fact(900, 'usd') }),
  ];
  it('fastest takes the quicker route, cheapest the cheaper, each saying so', () => {
    expect(pick(steps(), [['slow-cheap'], ['fast-dear']], 'fastest')).toMatchObject({ ids: 'fast-dear', basis: 'time' });
    expect(pick(steps(), [['fast-dear'], ['slow-cheap']], 'fastest')).toMatchObject({ ids: 'fast-dear', basis: 'time' });
    expect(pick(steps(), [['fast-dear'], ['slow-cheap']], 'cheapest')).toMatchObject({ ids: 'slow-cheap', basis: 'cost' });
    expect(pick(steps(), [['slow-cheap'], ['fast-dear']], 'cheapest')).toMatchObject({ ids: 'slow-cheap', basis: 'cost' });
  });

  it('compares known ranges by their middles; equal middles fall to the next measure', () => {
    const s = [
      step('wide', { duration: fact({ min: 2, max: 10 }, 'weeks'), cost: fact(300, 'usd') }),
      step('narrow', { duration: fact({ min: 5, max: 6 }, 'weeks'), cost: fact(200, 'usd') }),
      step('even', { duration: fact({ min: 4, max: 8 }, 'weeks'), cost: fact(100, 'usd') }),
    ];
    expect(pick(s, [['wide'], ['narrow']], 'fastest')).toMatchObject({ ids: 'narrow', basis: 'time' });
    expect(pick(s, [['wide'], ['even']], 'fastest')).toMatchObject({ ids: 'even', basis: 'cost' });
  });

  it('most-recognised takes the most recognised credential, even when slower and dearer', () => {
    const s = [
      step('local', { kind: 'exam', duration: fact(2, 'weeks'), cost: fact(100, 'usd'), recognition: { rank: 1, why: 'Some.' } }),
      step('national', { kind: 'exam', duration: fact(9, 'weeks'), cost: fact(900, 'usd'), recognition: { rank: 3, why: 'Most.' } }),
    ];
    expect(pick(s, [['local'], ['national']], 'most-recognised')).toMatchObject({ ids: 'national', basis: 'recognition' });
    expect(pick(s, [['local'], ['national']], 'fastest')).toMatchObject({ ids: 'local', basis: 'time' });
  });

  it('recognition is a credential’s: a ranked course counts for nothing, and an option counts its best credential', () => {
    const s = [
      step('degree', { kind: 'education', recognition: { rank: 3, why: 'A degree.' } }),
      step('cred', { kind: 'credential', recognition: { rank: 1, why: 'Some.' } }),
      step('exam-a', { kind: 'exam', recognition: { rank: 1, why: 'Some.' } }),
      step('exam-b', { kind: 'exam', recognition: { rank: 3, why: 'Most.' } }),
      step('exam-c', { kind: 'exam', recognition: { rank: 2, why: 'More.' } }),
    ];
    expect(pick(s, [['degree'], ['cred']], 'most-recognised')).toMatchObject({ ids: 'cred', basis: 'recognition' });
    expect(pick(s, [['exam-c'], ['exam-a', 'exam-b']], 'most-recognised')).toMatchObject({ ids: 'exam-a+exam-b', basis: 'recognition' });
    expect(pick(s, [['exam-a', 'exam-b'], ['exam-c']], 'most-recognised')).toMatchObject({ ids: 'exam-a+exam-b', basis: 'recognition' });
  });
});

describe('unknown figures never decide', () => {
  it('an unknown length is not short: a known route and an unknown one tie on time', () => {
    const s = [step('known', { duration: fact(10, 'weeks') }), step('unsure', { duration: unknown() })];
    expect(pick(s, [['known'], ['unsure']], 'fastest')).toMatchObject({ ids: 'known', basis: 'listed-first' });
    expect(pick(s, [['unsure'], ['known']], 'fastest')).toMatchObject({ ids: 'unsure', basis: 'listed-first' });
  });

  it('a fully known route is surely quicker when it ends before the other’s known part does', () => {
    const s = [
      step('short', { duration: fact(2, 'weeks') }),
      step('long-unsure', { duration: fact(5, 'weeks'), prerequisites: ['wait'] }),
      step('wait', { duration: unknown() }),
    ];
    expect(pick(s, [['short'], ['long-unsure']], 'fastest')).toMatchObject({ ids: 'short', basis: 'time' });
    expect(pick(s, [['long-unsure'], ['short']], 'fastest')).toMatchObject({ ids: 'short', basis: 'time' });
    // Ending exactly where the other's known part starts is not surely quicker.
    const even = [step('two', { duration: fact(5, 'weeks') }), ...s.slice(1)];
    expect(pick(even, [['long-unsure'], ['two']], 'fastest')).toMatchObject({ ids: 'two', basis: 'fewer-steps' });
  });

  it('the same holds for prices', () => {
    const s = [
      step('cheap', { cost: fact(100, 'usd') }),
      step('dear-unsure', { cost: fact(400, 'usd'), prerequisites: ['fee'] }),
      step('fee', { cost: unknown() }),
      step('unpriced', { cost: unknown() }),
    ];
    expect(pick(s, [['dear-unsure'], ['cheap']], 'cheapest')).toMatchObject({ ids: 'cheap', basis: 'cost' });
    expect(pick(s, [['cheap'], ['dear-unsure']], 'cheapest')).toMatchObject({ ids: 'cheap', basis: 'cost' });
    expect(pick(s, [['unpriced'], ['cheap']], 'cheapest')).toMatchObject({ ids: 'unpriced', basis: 'listed-first' });
  });
});

describe('when the figures cannot decide', () => {
  it('a route that suits the start comes first, before time and cost', () => {
    const s = [
      step('for-coders', { duration: fact(1, 'weeks'), suits: ['certified'] }),
      step('for-all', { duration: fact(8, 'weeks') }),
    ];
    expect(pick(s, [['for-coders'], ['for-all']], 'fastest', 'student')).toMatchObject({ ids: 'for-all', basis: 'suits-start' });
    expect(pick(s, [['for-all'], ['for-coders']], 'cheapest', 'student')).toMatchObject({ ids: 'for-all', basis: 'suits-start' });
    expect(pick(s, [['for-all'], ['for-coders']], 'fastest', 'certified')).toMatchObject({ ids: 'for-coders', basis: 'time' });
  });

  it('a route suits the start when every one of its own steps does; its prerequisites do not count', () => {
    const s = [
      step('pre', { suits: ['certified'] }),
      step('a', { duration: fact(3, 'weeks'), prerequisites: ['pre'] }),
      step('b', { duration: fact(1, 'weeks') }),
      step('c', { duration: fact(1, 'weeks'), suits: ['certified'] }),
    ];
    expect(pick(s, [['b'], ['a']], 'fastest', 'student')).toMatchObject({ ids: 'b', basis: 'time' });
    expect(pick(s, [['b', 'c'], ['a']], 'fastest', 'student')).toMatchObject({ ids: 'a', basis: 'suits-start' });
  });

  it('the smaller programme wins where lengths and prices are unknown, then the fewer new steps, then recognition', () => {
    const s = [
      step('degree', { size: 3, duration: unknown(), cost: unknown() }),
      step('course', { size: 1, duration: unknown(), cost: unknown() }),
      step('exam-1', { kind: 'exam', recognition: { rank: 1, why: 'Some.' } }),
      step('exam-2', { kind: 'exam', recognition: { rank: 2, why: 'More.' }, prerequisites: ['books'] }),
      step('books'),
      step('exam-3', { kind: 'exam', recognition: { rank: 2, why: 'More.' } }),
    ];
    expect(pick(s, [['degree'], ['course']], 'fastest')).toMatchObject({ ids: 'course', basis: 'size' });
    expect(pick(s, [['degree'], ['course']], 'most-recognised')).toMatchObject({ ids: 'course', basis: 'size' });
    // Under fastest and cheapest, fewer steps counts after recognition; under most-recognised, recognition comes first.
    expect(pick(s, [['exam-2'], ['exam-1']], 'fastest')).toMatchObject({ ids: 'exam-2', basis: 'recognition' });
    expect(pick(s, [['exam-2'], ['exam-3']], 'cheapest')).toMatchObject({ ids: 'exam-3', basis: 'fewer-steps' });
    expect(pick(s, [['exam-2'], ['exam-3']], 'most-recognised')).toMatchObject({ ids: 'exam-3', basis: 'fewer-steps' });
  });

  it('a programme’s size counts wherever it is on the route, its largest step counting', () => {
    const s = [
      step('diploma', { size: 2 }),
      step('exam-after-diploma', { kind: 'exam', prerequisites: ['diploma'] }),
      step('exam-after-course', { kind: 'exam', prerequisites: ['course'] }),
      step('course', { size: 1 }),
    ];
    expect(pick(s, [['exam-after-diploma'], ['exam-after-course']], 'cheapest')).toMatchObject({ ids: 'exam-after-course', basis: 'size' });
  });

  it('a route that cannot be planned is never chosen; with one left it is the only option', () => {
    const s = [step('real', { duration: fact(30, 'weeks') }), step('needs-gone', { prerequisites: ['gone'] })];
    expect(pick(s, [['needs-gone'], ['real']], 'fastest')).toMatchObject({ ids: 'real', basis: 'only-option', steps: ['real'] });
    expect(pick(s, [['retired'], ['real']], 'cheapest')).toMatchObject({ ids: 'real', basis: 'only-option' });
  });

  it('when no alternative can be planned, the plan says which steps are missing', () => {
    const c = mini([step('needs-gone', { prerequisites: ['gone'] })], [role('goal', [{ anyOf: ['needs-gone', 'retired'] }])]);
    expect(planRoadmap(c, { start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'fastest' })).toEqual({
      ok: false,
      error: 'unreachable',
      goal: 'goal',
      missing: ['needs-gone', 'retired'],
    });
  });
});
