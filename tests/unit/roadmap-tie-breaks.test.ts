/**
 * Ties between routes, as the reason a reader is given: under the cheapest route recognition
 * counts before the number of steps, the reason names what decided against the real runner-up
 * wherever it is listed, and a route whose known length only meets the other's is not surely
 * shorter, so the smaller programme decides.
 */
import { describe, expect, it } from 'vitest';
import { decodeShare, planRoadmap, type Preference, type StepData } from '../../src/lib/roadmap/index.ts';
import { fact, mini, role, step, unknown } from './roadmap-mini.ts';

function pick(steps: StepData[], options: string[], preference: Preference) {
  const c = mini(steps, [role('goal', [{ anyOf: options }])]);
  const r = planRoadmap(c, { start: 'no-background', goal: 'goal', hoursPerWeek: 10, preference });
  if (!r.ok) throw new Error(r.error);
  const ch = r.plan.choices.at(-1)!;
  return [ch.options[ch.chosen]!.ids.join('+'), ch.basis];
}

describe('ties between routes', () => {
  it('under the cheapest route, the more recognised credential beats fewer steps', () => {
    const s = [step('exam-1', { kind: 'exam', recognition: { rank: 1, why: 'Some.' } }), step('exam-2', { kind: 'exam', recognition: { rank: 2, why: 'More.' }, prerequisites: ['books'] }), step('books')];
    expect(pick(s, ['exam-2', 'exam-1'], 'cheapest')).toEqual(['exam-2', 'recognition']);
  });

  it('the reason is what decided against the runner-up, also when the choice is not listed first', () => {
    const s = [step('b', { cost: fact(200, 'usd') }), step('a', { cost: fact(100, 'usd') }), step('c', { cost: fact(300, 'usd'), suits: ['certified'] })];
    expect(pick(s, ['b', 'a', 'c'], 'cheapest')).toEqual(['a', 'cost']);
  });

  it('a known length that only meets the other route’s known part is not surely shorter', () => {
    const s = [
      step('diploma', { size: 2, duration: fact(5, 'weeks') }),
      step('course', { size: 1, duration: fact(5, 'weeks'), prerequisites: ['wait'] }),
      step('wait', { duration: unknown() }),
    ];
    expect(pick(s, ['diploma', 'course'], 'fastest')).toEqual(['course', 'size']);
  });
});

describe('a share link’s target date', () => {
  it('is refused with a digit too many', () => {
    const c = mini([step('exam')], [role('coder', ['exam'])]);
    expect(decodeShare('r2.n.f.10..coder...202701311.', c)).toEqual({ ok: false, error: 'target' });
  });
});
