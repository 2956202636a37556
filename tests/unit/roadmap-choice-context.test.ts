/**
 * An alternative is weighed on the plan as it stands when its choice comes up: a route that
 * looked dear while its prerequisite was still to plan is cheap once another choice has
 * brought that prerequisite in, and the plan takes it then.
 */
import { describe, expect, it } from 'vitest';
import { planRoadmap, type Requirement } from '../../src/lib/roadmap/index.ts';
import { fact, mini, role, step } from './roadmap-mini.ts';

function cheapest(xNeeds: Requirement[]) {
  const c = mini(
    [
      step('p', { cost: fact(100, 'usd') }),
      step('q', { cost: fact(500, 'usd') }),
      step('x', { cost: fact(50, 'usd'), prerequisites: xNeeds }),
      step('y', { cost: fact(20, 'usd'), prerequisites: ['p'] }),
      step('z', { cost: fact(60, 'usd') }),
      step('first', { prerequisites: [{ anyOf: ['x', 'y'] }] }),
      step('second', { prerequisites: [{ anyOf: ['x', 'z'] }] }),
    ],
    [role('goal', ['first', 'second'])],
  );
  const r = planRoadmap(c, { start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'cheapest' });
  if (!r.ok) throw new Error(r.error);
  return { ids: r.plan.steps.map((s) => s.id), usd: r.plan.total.usd, choices: r.plan.choices.map((ch) => ch.options.map((o) => o.added)) };
}

describe('weighing an alternative where its choice comes up', () => {
  it('counts a prerequisite an earlier choice already brought in as had', () => {
    // First choice: x would bring p too ($150), y with p costs $120, so y. Then x needs only itself ($50), cheaper than z ($60).
    expect(cheapest(['p'])).toEqual({
      ids: ['p', 'x', 'y', 'first', 'second'],
      usd: { min: 170, max: 170 },
      choices: [
        [['x', 'p'], ['y', 'p']],
        [['x'], ['z']],
      ],
    });
  });

  it('also through a prerequisite with alternatives', () => {
    expect(cheapest([{ anyOf: ['p', 'q'] }]).ids).toEqual(['p', 'x', 'y', 'first', 'second']);
    expect(cheapest([{ anyOf: [['q', 'p'], 'q'] }]).ids).toEqual(['p', 'y', 'z', 'first', 'second']);
  });
});
