/**
 * How the planner weighs alternatives (src/lib/roadmap/resolve.ts): by the steps each alternative
 * needs, not by the steps that complete a chosen one (the full credential after an exam). Those
 * come with the winner afterwards. A documented limit (weighing them made planning several times
 * slower): an alternative with a cheap exam but a dear completion can win on "cheapest".
 */
import { describe, expect, it } from 'vitest';
import { planRoadmap, type PlanInputs } from '../../src/lib/roadmap/index.ts';
import { fact, mini, role, step } from './roadmap-mini.ts';

const inputs: PlanInputs = { start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference: 'cheapest' };
const cat = () =>
  mini(
    [
      step('exam-a', { kind: 'exam', cost: fact(100, 'usd'), followedBy: ['full-a'] }),
      step('full-a', { kind: 'credential', cost: fact(1000, 'usd'), prerequisites: ['exam-a'] }),
      step('exam-b', { kind: 'exam', cost: fact(200, 'usd') }),
    ],
    [role('goal', [{ anyOf: ['exam-a', 'exam-b'] }])],
  );

describe('weighing alternatives', () => {
  it('compares the exams themselves ($100 against $200); the completion comes with the cheaper exam', () => {
    const r = planRoadmap(cat(), inputs);
    expect(r.ok && r.plan.steps.map((s) => s.id)).toEqual(['exam-a', 'full-a']);
    expect(r.ok && r.plan.steps[1]!.why).toContainEqual({ kind: 'follows', step: 'exam-a' });
  });
});
