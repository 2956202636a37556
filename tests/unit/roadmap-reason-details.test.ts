/**
 * Details a reader of a plan sees: each reason once, the reason that really decided a choice,
 * a job whose only ways in are credentials its employers do not ask for, a figure citing an
 * unknown source in the goal panel, and calendar events that are each closed.
 */
import { describe, expect, it } from 'vitest';
import { goalInfos } from '../../src/lib/roadmap/cards.ts';
import { milestonesToIcs } from '../../src/lib/roadmap/ics.ts';
import { isIsoDay, orderSteps, planRoadmap, type Catalogue, type PlanInputs, type Plan } from '../../src/lib/roadmap/index.ts';
import { fact, mini, role, step, unknown } from './roadmap-mini.ts';

function plan(c: Catalogue, over: Partial<PlanInputs> = {}): Plan {
  const r = planRoadmap(c, { start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'fastest', ...over });
  if (!r.ok) throw new Error(`${r.error}`);
  return r.plan;
}
const whyOf = (p: Plan, id: string) => p.steps.find((s) => s.id === id)?.why;
const accepts = (list: string[]) => ({ employers: { accepts: list, rule: { kind: 'unknown' as const, reason: 'Test.' } } });

describe('reasons', () => {
  it('a step named twice by the same step is needed once', () => {
    const c = mini([step('p'), step('y', { prerequisites: ['p', 'p'] })], [role('goal', ['y'])]);
    expect(whyOf(plan(c), 'p')).toEqual([{ kind: 'needed-by', step: 'y' }]);
  });

  it('a step the job asks for itself is not also said to complete another', () => {
    const c = mini([step('exam', { kind: 'exam', followedBy: ['full'], doneFor: ['cpc-a'] }), step('full', { kind: 'credential', prerequisites: ['exam'] })], [role('goal', ['full', 'exam'])]);
    expect(whyOf(plan(c), 'full')).toEqual([{ kind: 'goal' }]);
    expect(whyOf(plan(c, { start: 'cpc-a' }), 'full')).toEqual([{ kind: 'goal' }]);
    const after = mini([...c.steps.values()], [role('goal', ['exam'])]);
    expect(whyOf(plan(after, { start: 'cpc-a' }), 'full')).toEqual([{ kind: 'follows', step: 'exam' }]);
  });

  it('the reason given is what decided against the runner-up, not against the last option', () => {
    const c = mini(
      [step('a', { cost: fact(100, 'usd') }), step('b', { cost: fact(200, 'usd') }), step('c', { cost: fact(300, 'usd'), suits: ['certified'] })],
      [role('goal', [{ anyOf: ['a', 'b', 'c'] }])],
    );
    const choice = plan(c, { preference: 'cheapest' }).choices[0]!;
    expect([choice.options[choice.chosen]!.ids, choice.basis]).toEqual([['a'], 'cost']);
  });

  it('a route surely dearer is not taken for being quicker', () => {
    const c = mini(
      [
        step('cheap', { cost: fact(100, 'usd'), duration: fact(20, 'weeks') }),
        step('dear', { cost: fact(400, 'usd'), duration: fact(1, 'weeks'), prerequisites: ['fee'] }),
        step('fee', { cost: unknown() }),
      ],
      [role('goal', [{ anyOf: ['cheap', 'dear'] }])],
    );
    expect(plan(c, { preference: 'cheapest' }).steps.map((s) => s.id)).toEqual(['cheap']);
  });
});

describe('what employers ask for', () => {
  it('a job whose only ways in are credentials its employers do not ask for cannot be planned', () => {
    const c = mini([step('coc', { kind: 'exam' }), step('ccs', { kind: 'credential' })], [role('goal', [{ anyOf: ['coc', 'ccs'] }], accepts(['cpc']))]);
    expect(planRoadmap(c, { start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'fastest' })).toMatchObject({ ok: false, error: 'unreachable' });
  });

  it('an alternative naming a retired step is weighed, not taken', () => {
    const c = mini([step('cpc', { kind: 'exam' })], [role('goal', [{ anyOf: ['retired', 'cpc'] }], accepts(['cpc']))]);
    expect(plan(c).steps.map((s) => s.id)).toEqual(['cpc']);
  });

  it('a credential the reader holds does not stop a step’s alternative from counting as one without credentials', () => {
    const c = mini(
      [
        step('coc', { kind: 'exam', doneFor: ['certified'] }),
        step('extra', { duration: fact(5, 'weeks') }),
        step('ccs', { kind: 'credential', duration: fact(1, 'weeks') }),
        step('job', { kind: 'job', prerequisites: [{ anyOf: [['coc', 'extra'], 'ccs'] }] }),
      ],
      [role('goal', ['job'], accepts(['cpc']))],
    );
    expect(plan(c, { start: 'certified' }).steps.map((s) => s.id)).toEqual(['extra', 'job']);
  });
});

describe('small things on the page', () => {
  it('a goal figure citing a source the page does not know keeps the source id', () => {
    const pay = { kind: 'fact', value: 50000, unit: 'usd', source: { id: 'new-source', collection: 'sources' }, asOf: '2026-11', confidence: 'issuer' } as const;
    const info = goalInfos([role('r', [], { pay: [{ label: 'Pay', fact: pay }] })], {}, { sources: {}, credentials: {}, roles: {}, checked: 'checked' });
    expect(info['r']!.pay).toEqual([{ label: 'Pay', text: '$50,000', cite: { sourceId: 'new-source', asOf: 'Nov 2026' } }]);
  });

  it('every calendar event is closed', () => {
    const ics = milestonesToIcs([{ stepId: 'a', title: 'A', date: '2027-01-01', status: 'todo' }, { stepId: 'b', title: 'B', date: '2027-01-02', status: 'todo' }], new Date('2026-12-07T00:00:00Z'));
    expect(ics.split('\r\n').filter((l) => l === 'END:VEVENT')).toHaveLength(2);
  });

  it('a year before 100 is not read as one in the 1900s', () => {
    expect(isIsoDay('0050-01-01')).toBe(false);
  });

  it('a step that names itself still goes in catalogue order', () => {
    const c = mini([step('a', { prerequisites: ['a'] }), step('c')]);
    expect(orderSteps(['a', 'c'], c)).toEqual(['a', 'c']);
  });
});
