import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRoadmapData,
  doneAtStart,
  isMet,
  midpoint,
  planRoadmap,
  PREFERENCES,
  scheduleSteps,
  STARTS,
  type Catalogue,
  type Plan,
  type PlanInputs,
  type Start,
} from '../../src/lib/roadmap/index.ts';
import { catalogue, catalogueArb, startArb } from './roadmap-fixtures.ts';

const goalArb = fc.constantFrom(...catalogue.roles.keys());
const preferenceArb = fc.constantFrom(...PREFERENCES);
const hoursArb = fc.integer({ min: 1, max: 80 });
const budgetArb = fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: undefined });
const inputsArb: fc.Arbitrary<PlanInputs> = fc.record({
  start: startArb,
  goal: goalArb,
  hoursPerWeek: hoursArb,
  budget: budgetArb,
  preference: preferenceArb,
});

function planOf(cat: Catalogue, inputs: PlanInputs): Plan {
  const r = planRoadmap(cat, inputs);
  if (!r.ok) throw new Error(`no plan for ${JSON.stringify(inputs)}: ${r.error} ${r.missing.join(', ')}`);
  return r.plan;
}

/** Every requirement of every step is met by the start or by steps earlier in the plan. */
function prerequisitesRespected(cat: Catalogue, start: Start, plan: Plan): boolean {
  const have = doneAtStart(cat, start);
  for (const s of plan.steps) {
    const step = cat.steps.get(s.id)!;
    if (!step.prerequisites.every((req) => isMet(req, (id) => have.has(id)))) return false;
    have.add(s.id);
  }
  return true;
}

function sums(plan: Plan) {
  const add = (pick: (s: Plan['steps'][number]) => number) => plan.steps.reduce((t, s) => t + pick(s), 0);
  return {
    weeksMin: add((s) => s.duration.range.min),
    weeksMax: add((s) => s.duration.range.max),
    usdMin: add((s) => s.cost.range.min),
    usdMax: add((s) => s.cost.range.max),
    unknownDurations: plan.steps.filter((s) => s.duration.status === 'unknown').map((s) => s.id),
    unknownCosts: plan.steps.filter((s) => s.cost.status === 'unknown').map((s) => s.id),
  };
}

describe('planner properties on the real roadmap content', () => {
  it('always respects prerequisites', () => {
    fc.assert(fc.property(inputsArb, (inputs) => prerequisitesRespected(catalogue, inputs.start, planOf(catalogue, inputs))));
  });

  it('totals equal the sum of the steps, and every unknown is counted, never read as zero', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const plan = planOf(catalogue, inputs);
        const s = sums(plan);
        expect(plan.total.weeks.min).toBeCloseTo(s.weeksMin, 9);
        expect(plan.total.weeks.max).toBeCloseTo(s.weeksMax, 9);
        expect(plan.total.usd).toEqual({ min: s.usdMin, max: s.usdMax });
        expect(plan.total.unknownDurations).toEqual(s.unknownDurations);
        expect(plan.total.unknownCosts).toEqual(s.unknownCosts);
        const last = plan.steps.at(-1);
        if (last) expect(last.end).toEqual(plan.total.weeks);
      }),
    );
  });

  it('each step starts where the one before it ends and counts the unknown lengths before it', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const plan = planOf(catalogue, inputs);
        let unknown = 0;
        plan.steps.forEach((s, i) => {
          expect(s.start).toEqual(i === 0 ? { min: 0, max: 0 } : plan.steps[i - 1]!.end);
          expect(s.unknownBefore).toBe(unknown);
          expect(s.end.min).toBeGreaterThanOrEqual(s.start.min);
          expect(s.end.max).toBeGreaterThanOrEqual(s.end.min);
          if (s.duration.status === 'unknown') unknown += 1;
        });
      }),
    );
  });

  it('more hours a week never lengthens a plan', () => {
    fc.assert(
      fc.property(startArb, goalArb, preferenceArb, hoursArb, hoursArb, (start, goal, preference, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const slow = planOf(catalogue, { start, goal, preference, hoursPerWeek: low });
        const fast = planOf(catalogue, { start, goal, preference, hoursPerWeek: high });
        // Routes may change with the hours; ranges are compared by their midpoint, as the planner does.
        expect(midpoint(fast.total.weeks)).toBeLessThanOrEqual(midpoint(slow.total.weeks) + 1e-9);
        // The same steps at more hours are never longer at either end of the range.
        const again = scheduleSteps(slow.steps.map((s) => s.id), catalogue, high).total.weeks;
        expect(again.min).toBeLessThanOrEqual(slow.total.weeks.min + 1e-9);
        expect(again.max).toBeLessThanOrEqual(slow.total.weeks.max + 1e-9);
      }),
    );
  });

  it('reaches every goal from every start, with every preference', () => {
    for (const start of STARTS)
      for (const goal of catalogue.roles.keys())
        for (const preference of PREFERENCES) {
          const plan = planOf(catalogue, { start, goal, preference, hoursPerWeek: 10 });
          const have = doneAtStart(catalogue, start);
          for (const s of plan.steps) have.add(s.id);
          const role = catalogue.roles.get(goal)!;
          expect(role.qualifiedBy.every((req) => isMet(req, (id) => have.has(id))), `${start} → ${goal}`).toBe(true);
          expect(prerequisitesRespected(catalogue, start, plan), `${start} → ${goal}`).toBe(true);
        }
  });

  it('names the first step that breaks a budget, and never calls a plan with unknown prices "within"', () => {
    fc.assert(
      fc.property(inputsArb, fc.integer({ min: 0, max: 20_000 }), (inputs, budget) => {
        const plan = planOf(catalogue, { ...inputs, budget });
        const check = plan.budget!;
        expect(check.budget).toBe(budget);
        if (check.status === 'within') {
          expect(plan.total.usd.max).toBeLessThanOrEqual(budget);
          expect(plan.total.unknownCosts).toEqual([]);
        }
        if (check.status === 'over') {
          expect(plan.total.usd.min).toBeGreaterThan(budget);
          let low = 0;
          const firstOver = plan.steps.find((s) => (low += s.cost.range.min) > budget);
          expect(check.breaksAt).toBe(firstOver?.id);
          expect(check.exceedsBy).toBe(plan.total.usd.min - budget);
        }
        if (check.switchedFrom) {
          expect(check.switchedFrom).toBe(inputs.preference);
          expect(plan.preferenceUsed).not.toBe(inputs.preference);
          expect(check.status).toBe('within');
        } else expect(plan.preferenceUsed).toBe(inputs.preference);
        if (check.cheaperRoute) {
          expect(check.status).toBe('over');
          expect(check.cheaperRoute.usd.min).toBeLessThanOrEqual(budget);
          expect(check.cheaperRoute.unknownCosts).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        expect(planOf(catalogue, inputs)).toEqual(planOf(catalogue, inputs));
      }),
    );
  });
});

describe('planner properties on generated catalogues', () => {
  const generatedInputs = catalogueArb.chain((cat) =>
    fc.record({
      cat: fc.constant(cat),
      start: startArb,
      goal: fc.constantFrom(...cat.roles.keys()),
      hoursPerWeek: hoursArb,
      preference: preferenceArb,
    }),
  );

  it('generated catalogues pass the data check', () => {
    fc.assert(
      fc.property(catalogueArb, (cat) => {
        expect(checkRoadmapData([...cat.steps.values()], [...cat.roles.values()], [])).toEqual([]);
      }),
    );
  });

  it('always plans, respects prerequisites and meets the goal', () => {
    fc.assert(
      fc.property(generatedInputs, ({ cat, ...inputs }) => {
        const plan = planOf(cat, inputs);
        expect(prerequisitesRespected(cat, inputs.start, plan)).toBe(true);
        const have = doneAtStart(cat, inputs.start);
        for (const s of plan.steps) have.add(s.id);
        expect(cat.roles.get(inputs.goal)!.qualifiedBy.every((req) => isMet(req, (id) => have.has(id)))).toBe(true);
        expect(new Set(plan.steps.map((s) => s.id)).size).toBe(plan.steps.length);
      }),
    );
  });

  it('totals equal the sum of the steps', () => {
    fc.assert(
      fc.property(generatedInputs, ({ cat, ...inputs }) => {
        const plan = planOf(cat, inputs);
        const s = sums(plan);
        expect(plan.total.weeks.min).toBeCloseTo(s.weeksMin, 9);
        expect(plan.total.weeks.max).toBeCloseTo(s.weeksMax, 9);
        expect(plan.total.usd).toEqual({ min: s.usdMin, max: s.usdMax });
        expect(plan.total.unknownDurations).toEqual(s.unknownDurations);
        expect(plan.total.unknownCosts).toEqual(s.unknownCosts);
      }),
    );
  });

  it('the same steps at more hours a week are never longer', () => {
    fc.assert(
      fc.property(generatedInputs, hoursArb, ({ cat, ...inputs }, more) => {
        const ids = planOf(cat, inputs).steps.map((s) => s.id);
        const slow = scheduleSteps(ids, cat, inputs.hoursPerWeek).total.weeks;
        const fast = scheduleSteps(ids, cat, inputs.hoursPerWeek + more).total.weeks;
        expect(fast.min).toBeLessThanOrEqual(slow.min + 1e-9);
        expect(fast.max).toBeLessThanOrEqual(slow.max + 1e-9);
      }),
    );
  });
});

describe('planner inputs', () => {
  it('reports a goal that is not a role instead of throwing', () => {
    expect(planRoadmap(catalogue, { start: 'no-background', goal: 'astronaut', hoursPerWeek: 10, preference: 'fastest' })).toEqual({
      ok: false,
      error: 'unknown-goal',
      goal: 'astronaut',
      missing: [],
    });
  });

  it('clamps hours a week and drops a budget that is not a number', () => {
    const plan = planOf(catalogue, { start: 'no-background', goal: 'outpatient-coder', hoursPerWeek: 0, budget: Number.NaN, preference: 'fastest' });
    expect(plan.inputs.hoursPerWeek).toBe(1);
    expect(plan.budget).toBeUndefined();
    expect(planOf(catalogue, { start: 'student', goal: 'auditor', hoursPerWeek: 500, preference: 'cheapest' }).inputs.hoursPerWeek).toBe(80);
  });
});
