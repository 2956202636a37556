/**
 * The route a plan takes to the job: what the reader already has is never planned again, a
 * credential the job's employers do not ask for is never the way in, a step's own choices are
 * settled before the job's (so nothing is planned twice over), steps that complete another come
 * with it, and a budget the preferred route breaks is met by another route when one surely fits.
 */
import { describe, expect, it } from 'vitest';
import { normaliseInputs, planRoadmap, type Plan, type PlanInputs } from '../../src/lib/roadmap/index.ts';
import { fact, mini, role, step, unknown } from './roadmap-mini.ts';
import type { Catalogue } from '../../src/lib/roadmap/index.ts';

function plan(c: Catalogue, inputs: Partial<PlanInputs> = {}): Plan {
  const r = planRoadmap(c, { start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'fastest', ...inputs });
  if (!r.ok) throw new Error(`no plan: ${r.error} ${r.missing.join(',')}`);
  return r.plan;
}
const ids = (p: Plan) => p.steps.map((s) => s.id);

describe('what the reader already has', () => {
  it('steps done for the start, put behind by a credential held, or by years of work are not planned', () => {
    const c = mini(
      [
        step('intro', { doneFor: ['healthcare-worker'] }),
        step('exam', { kind: 'exam', prerequisites: ['intro'], heldWith: ['cpc', 'cpc-a'] }),
        step('year-1', { kind: 'experience', prerequisites: ['exam'], doneAfterYears: 1 }),
        step('year-2', { kind: 'experience', prerequisites: ['year-1'], doneAfterYears: 2 }),
      ],
      [role('goal', ['year-2'])],
    );
    expect(ids(plan(c))).toEqual(['intro', 'exam', 'year-1', 'year-2']);
    expect(ids(plan(c, { start: 'healthcare-worker' }))).toEqual(['exam', 'year-1', 'year-2']);
    expect(ids(plan(c, { held: ['cpc-a'] }))).toEqual(['year-1', 'year-2']);
    expect(ids(plan(c, { held: ['cpc'], experienceYears: 1 }))).toEqual(['year-2']);
    expect(ids(plan(c, { held: ['cpc'], experienceYears: 0.9 }))).toEqual(['year-1', 'year-2']);
    expect(ids(plan(c, { held: ['coc'] }))).toEqual(['intro', 'exam', 'year-1', 'year-2']);
    const done = plan(c, { held: ['cpc'], experienceYears: 2, start: 'healthcare-worker' });
    expect(done.alreadyQualified).toBe(true);
    expect(done.steps).toEqual([]);
    expect(done.assumedDone).toEqual(['intro', 'exam', 'year-1', 'year-2']);
  });

  it('lists what it assumes done in catalogue order', () => {
    const c = mini([step('b', { doneFor: ['student'] }), step('a', { doneFor: ['student'] }), step('c', { prerequisites: ['a', 'b'] })], [role('goal', ['c'])]);
    const p = plan(c, { start: 'student' });
    expect(p.assumedDone).toEqual(['b', 'a']);
    expect(p.alreadyQualified).toBe(false);
  });

  it('zero years of work count as none, even for a step done after zero years', () => {
    const c = mini([step('year-0', { kind: 'experience', doneAfterYears: 0 })], [role('goal', ['year-0'])]);
    expect(ids(plan(c))).toEqual(['year-0']);
    expect(ids(plan(c, { experienceYears: 0.5 }))).toEqual([]);
  });
});

describe('the answers as the planner uses them', () => {
  it('drops a budget, years, credentials or date it cannot use, and keeps credentials once, in the form’s order', () => {
    const base = { start: 'student' as const, goal: 'goal', hoursPerWeek: 100, preference: 'cheapest' as const };
    expect(normaliseInputs({ ...base, budget: -1, experienceYears: -2, held: [], targetDate: '2027-02-30' })).toEqual({ ...base, hoursPerWeek: 80 });
    expect(normaliseInputs({ ...base, budget: Infinity, experienceYears: Number.NaN, targetDate: 'soon' })).toEqual({ ...base, hoursPerWeek: 80 });
    expect(normaliseInputs({ ...base, hoursPerWeek: 12, budget: 0, experienceYears: 75, held: ['rhit', 'cpc', 'rhit', 'coding-course'], targetDate: '2027-02-28' })).toEqual({
      ...base,
      hoursPerWeek: 12,
      budget: 0,
      experienceYears: 50,
      held: ['cpc', 'rhit', 'coding-course'],
      targetDate: '2027-02-28',
    });
    expect(normaliseInputs({ ...base, experienceYears: 0 })).not.toHaveProperty('experienceYears');
    expect(normaliseInputs({ ...base, experienceYears: 2.5 }).experienceYears).toBe(2.5);
  });
});

describe('what the job’s employers ask for', () => {
  const steps = () => [
    step('coc', { kind: 'exam', duration: fact(1, 'weeks') }),
    step('cpc', { kind: 'exam', duration: fact(10, 'weeks') }),
    step('ccs', { kind: 'credential', duration: fact(5, 'weeks') }),
    step('course', { duration: fact(20, 'weeks') }),
    step('extra', { duration: fact(1, 'weeks') }),
    step('held-exam', { kind: 'exam', doneFor: ['certified'] }),
  ];
  const accepts = (list: string[]) => ({ employers: { accepts: list, rule: { kind: 'unknown' as const, reason: 'Test.' } } });

  it('the job’s own choice never takes a credential its employers do not ask for', () => {
    const c = mini(steps(), [role('goal', [{ anyOf: ['coc', 'cpc'] }], accepts(['cpc'])), role('open', [{ anyOf: ['coc', 'cpc'] }])]);
    const p = plan(c);
    expect(ids(p)).toEqual(['cpc']);
    expect(p.choices[0]).toMatchObject({ chosen: 1, basis: 'only-option', options: [{ ids: ['coc'], feasible: false, added: [] }, { ids: ['cpc'], feasible: true }] });
    expect(ids(plan(c, { goal: 'open' }))).toEqual(['coc']);
  });

  it('a credential the reader already holds does not count against an alternative', () => {
    const c = mini(steps(), [role('goal', [{ anyOf: [['held-exam', 'extra'], 'cpc'] }], accepts(['cpc']))]);
    expect(ids(plan(c, { start: 'certified' }))).toEqual(['extra']);
    expect(ids(plan(c))).toEqual(['cpc']);
  });

  it('a step’s choice takes a credential only when every alternative is one', () => {
    const c = mini(
      [...steps(), step('job', { kind: 'job', prerequisites: [{ anyOf: ['coc', 'course'] }] }), step('senior', { kind: 'job', prerequisites: [{ anyOf: ['coc', 'ccs'] }] })],
      [role('goal', ['job'], accepts(['cpc'])), role('senior-goal', ['senior'], accepts(['cpc']))],
    );
    expect(ids(plan(c))).toEqual(['course', 'job']);
    expect(ids(plan(c, { goal: 'senior-goal' }))).toEqual(['coc', 'senior']);
    expect(plan(c, { goal: 'senior-goal' }).choices[0]).toMatchObject({ basis: 'time', options: [{ feasible: true }, { feasible: true }] });
  });
});

describe('the order choices are settled in', () => {
  it('a step’s own choice comes first, so the job’s choice is not planned twice over', () => {
    const c = mini(
      [
        step('x', { cost: fact(100, 'usd') }),
        step('y', { cost: fact(300, 'usd') }),
        step('z', { cost: fact(500, 'usd') }),
        step('job', { kind: 'job', prerequisites: [{ anyOf: ['y', 'z'] }] }),
      ],
      [role('goal', [{ anyOf: ['x', 'y'] }, 'job'])],
    );
    const p = plan(c, { preference: 'cheapest' });
    expect(ids(p)).toEqual(['y', 'job']);
    expect(p.choices).toHaveLength(1);
    expect(p.choices[0]!.owner).toEqual({ step: 'job' });
    expect(p.total.usd).toEqual({ min: 300, max: 300 });
  });

  it('choices are settled in the order they were found, each seeing what earlier ones planned', () => {
    const c = mini(
      [
        step('a1', { duration: fact(1, 'weeks') }),
        step('a2', { duration: fact(2, 'weeks') }),
        step('b1', { duration: fact(5, 'weeks') }),
        step('first', { prerequisites: [{ anyOf: ['a1', 'a2'] }] }),
        step('second', { prerequisites: [{ anyOf: ['b1', 'a2'] }] }),
      ],
      [role('goal', ['first', 'second'])],
    );
    const p = plan(c);
    expect(ids(p)).toEqual(['a1', 'a2', 'first', 'second']);
    expect(p.choices.map((ch) => [ch.owner, ch.requirement, ch.options[ch.chosen]!.ids])).toEqual([
      [{ step: 'first' }, 0, ['a1']],
      [{ step: 'second' }, 0, ['a2']],
    ]);
  });
});

describe('steps that complete another', () => {
  const c = () =>
    mini(
      [
        step('exam', { kind: 'exam', doneFor: ['cpc-a'], followedBy: ['full', 'gone-step'] }),
        step('full', { kind: 'credential', prerequisites: ['exam', 'work'] }),
        step('work', { kind: 'experience', duration: unknown(), doneFor: ['certified'] }),
      ],
      [role('goal', ['exam'])],
    );

  it('come with the step, also when the start already has it, and bring what they need', () => {
    const r = planRoadmap(c(), { start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'fastest' });
    expect(r).toMatchObject({ ok: false, error: 'unreachable', missing: ['gone-step'] });
    const fixed = mini([step('exam', { kind: 'exam', doneFor: ['cpc-a'], followedBy: ['full'] }), ...[...c().steps.values()].slice(1)], [role('goal', ['exam'])]);
    const p = plan(fixed);
    expect(ids(p)).toEqual(['exam', 'work', 'full']);
    expect(p.steps.find((s) => s.id === 'full')!.why).toEqual([{ kind: 'follows', step: 'exam' }]);
    const cpcA = plan(fixed, { start: 'cpc-a' });
    expect(ids(cpcA)).toEqual(['work', 'full']);
    expect(cpcA.alreadyQualified).toBe(false);
    const holdsFull = mini([...fixed.steps.values()].map((s) => (s.id === 'full' ? { ...s, doneFor: ['cpc-a' as const] } : s)), [role('goal', ['exam'])]);
    expect(plan(holdsFull, { start: 'cpc-a' }).alreadyQualified).toBe(true);
  });

  it('a plain prerequisite the catalogue lacks makes the goal unreachable, named once', () => {
    const cat = mini([step('a', { prerequisites: ['retired', 'b'] }), step('b', { prerequisites: ['retired'] })], [role('goal', ['a'])]);
    expect(planRoadmap(cat, { start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'fastest' })).toEqual({ ok: false, error: 'unreachable', goal: 'goal', missing: ['retired'] });
  });
});

describe('a budget the preferred route breaks', () => {
  const c = () =>
    mini(
      [
        step('quick', { duration: fact(1, 'weeks'), cost: fact(1000, 'usd') }),
        step('thrifty', { duration: fact(20, 'weeks'), cost: fact({ min: 200, max: 800 }, 'usd') }),
        step('famous', { kind: 'exam', duration: fact(10, 'weeks'), cost: fact({ min: 100, max: 1200 }, 'usd'), recognition: { rank: 3, why: 'Known.' } }),
      ],
      [role('goal', [{ anyOf: ['quick', 'thrifty', 'famous'] }])],
    );

  it('is met by the cheapest route when it surely fits, saying the route was switched', () => {
    const p = plan(c(), { budget: 900 });
    expect(ids(p)).toEqual(['thrifty']);
    expect(p.preferenceUsed).toBe('cheapest');
    expect(p.inputs.preference).toBe('fastest');
    expect(p.budget).toEqual({ budget: 900, status: 'within', unknownCosts: 0, switchedFrom: 'fastest' });
  });

  it('keeps a route that fits as it is', () => {
    const p = plan(c(), { budget: 1000 });
    expect(ids(p)).toEqual(['quick']);
    expect(p.budget).toEqual({ budget: 1000, status: 'within', unknownCosts: 0 });
    expect(p.preferenceUsed).toBe('fastest');
  });

  it('keeps the preferred route when others only may fit, pointing to the one that starts lowest', () => {
    const p = plan(c(), { budget: 500 });
    expect(ids(p)).toEqual(['quick']);
    expect(p.preferenceUsed).toBe('fastest');
    expect(p.budget).toEqual({
      budget: 500,
      status: 'over',
      breaksAt: 'quick',
      mayBreakAt: 'quick',
      exceedsBy: 500,
      unknownCosts: 0,
      cheaperRoute: { preference: 'most-recognised', usd: { min: 100, max: 1200 }, unknownCosts: 0 },
    });
  });

  it('keeps the preferred route, with nothing to point to, when every route breaks the budget', () => {
    const p = plan(c(), { budget: 50 });
    expect(ids(p)).toEqual(['quick']);
    expect(p.budget).toEqual({ budget: 50, status: 'over', breaksAt: 'quick', mayBreakAt: 'quick', exceedsBy: 950, unknownCosts: 0 });
  });
});
