/**
 * The plan's totals, reasons and budget verdicts as a reader reads them: lengths in weeks or
 * months, prices in dollars, unknowns counted in words, and why each choice went its way.
 */
import { describe, expect, it } from 'vitest';
import {
  describeBudget,
  describeChoice,
  describeTotals,
  describeWhy,
  formatDay,
  formatNumber,
  formatUsd,
  formatWeeks,
  planRoadmap,
  type Choice,
  type Plan,
  type Score,
} from '../../src/lib/roadmap/index.ts';
import { roadmapExplainWords as w } from '../../src/i18n/roadmap.en.ts';
import { fact, mini, role, step } from './roadmap-mini.ts';

const score = (over: Partial<Score> = {}): Score => ({
  weeks: { min: 0, max: 0 },
  usd: { min: 0, max: 0 },
  unknownDurations: 0,
  unknownCosts: 0,
  recognition: 0,
  suits: true,
  size: 0,
  steps: 1,
  ...over,
});

describe('lengths and prices in words', () => {
  it('says weeks up to about a quarter, rounded to half weeks below ten', () => {
    expect(formatWeeks({ min: 0, max: 0 }, w)).toBe('no time of its own');
    expect(formatWeeks({ min: 2.3, max: 4.8 }, w)).toBe('2.5 to 5 weeks');
    expect(formatWeeks({ min: 9.3, max: 9.3 }, w)).toBe('9.5 weeks');
    expect(formatWeeks({ min: 10.4, max: 12.6 }, w)).toBe('10 to 13 weeks');
    expect(formatWeeks({ min: 0, max: 0.2 }, w)).toBe('0 weeks');
  });

  it('says months from thirteen weeks on', () => {
    expect(formatWeeks({ min: 13, max: 13 }, w)).toBe('3 months');
    expect(formatWeeks({ min: 26, max: 52 }, w)).toBe('6 to 12 months');
    expect(formatWeeks({ min: 4, max: 104 }, w)).toBe('1 to 24 months');
    expect(formatWeeks({ min: 60, max: 60 }, w)).toBe('14 months');
  });

  it('prices in whole dollars, and nothing when a route costs nothing', () => {
    expect(formatUsd({ min: 0, max: 0 }, w)).toBe('nothing');
    expect(formatUsd({ min: 424.6, max: 7499.5 }, w)).toBe('$425 to $7,500');
    expect(formatUsd({ min: 0, max: 90 }, w)).toBe('$0 to $90');
    expect(formatUsd({ min: 350, max: 350 }, w)).toBe('$350');
  });

  it('plain numbers keep up to two decimals and group thousands', () => {
    expect(formatNumber(1234.567, w)).toBe('1,234.57');
    expect(formatNumber({ min: 2.5, max: 3 }, w)).toBe('2.5 to 3');
    expect(formatNumber({ min: 4, max: 4 }, w)).toBe('4');
  });

  it('days read as month, day and year, the day given whatever the time zone', () => {
    expect(formatDay('2027-03-01')).toBe('Mar 1, 2027');
    expect(formatDay('2026-12-31')).toBe('Dec 31, 2026');
  });

  it('totals never hide unknowns: they are counted after the figures', () => {
    const known = { weeks: { min: 26, max: 52 }, usd: { min: 400, max: 900 }, unknownDurations: [], unknownCosts: [] };
    expect(describeTotals(known, w)).toEqual({ time: '6 to 12 months', cost: '$400 to $900' });
    expect(describeTotals({ ...known, unknownDurations: ['a'], unknownCosts: ['a', 'b'] }, w)).toEqual({
      time: '6 to 12 months, plus one step of unknown length',
      cost: '$400 to $900, plus 2 unknown prices',
    });
    expect(describeTotals({ weeks: { min: 0, max: 0 }, usd: { min: 0, max: 0 }, unknownDurations: ['a', 'b', 'c'], unknownCosts: ['c'] }, w)).toEqual({
      time: 'no time of its own, plus 3 steps of unknown length',
      cost: 'nothing, plus one unknown price',
    });
  });
});

describe('why a choice went its way', () => {
  const cat = () =>
    mini([
      step('course', { title: 'Take a course' }),
      step('degree', { title: 'Earn a degree' }),
      step('books', { title: 'Buy books' }),
      step('cpc', { kind: 'exam', title: 'Pass the CPC exam', recognition: { rank: 3, why: 'Employers name it most.' } }),
      step('coc', { kind: 'exam', title: 'Pass the COC exam', recognition: { rank: 2, why: 'Hospitals name it.' } }),
    ]);
  const choice = (over: Partial<Choice>): Choice => ({
    owner: { role: 'r' },
    requirement: 0,
    options: [
      { ids: ['course'], added: ['course'], feasible: true, score: score() },
      { ids: ['degree', 'books'], added: ['degree', 'books'], feasible: true, score: score() },
      { ids: ['retired'], added: [], feasible: false, score: score() },
    ],
    chosen: 0,
    basis: 'cost',
    preference: 'cheapest',
    ...over,
  });

  it('names the chosen option, the feasible ones it beat, the route and the reason', () => {
    expect(describeChoice(choice({}), cat(), w)).toBe(
      'Take a course, chosen over Earn a degree + Buy books for the cheapest route, because it is the cheapest on the figures we have (unknown prices never counted as low).',
    );
    expect(describeChoice(choice({ chosen: 1, basis: 'size', preference: 'fastest' }), cat(), w)).toBe(
      'Earn a degree + Buy books, chosen over Take a course for the quickest route, because where lengths or prices are not known, it is the smaller programme, so the quicker and cheaper one.',
    );
  });

  it('leaves out "chosen over" when nothing else could be planned, and names an unknown step by its id', () => {
    const only = choice({ options: [{ ids: ['course', 'gone'], added: ['course'], feasible: true, score: score() }, { ids: ['x'], added: [], feasible: false, score: score() }], basis: 'only-option' });
    expect(describeChoice(only, cat(), w)).toBe('Take a course + gone, chosen for the cheapest route, because it is the only option that can be planned.');
  });

  it('gives the recognition reason of the chosen credential, without a doubled full stop', () => {
    const c = choice({
      options: [
        { ids: ['books', 'cpc'], added: ['books', 'cpc'], feasible: true, score: score() },
        { ids: ['coc'], added: ['coc'], feasible: true, score: score() },
      ],
      basis: 'recognition',
      preference: 'most-recognised',
    });
    expect(describeChoice(c, cat(), w)).toBe(
      'Buy books + Pass the CPC exam, chosen over Pass the COC exam for the most recognised route, because it is the most recognised: Employers name it most.',
    );
    // Without a stated reason the basis alone is said.
    const plain = { ...c, options: [c.options[1]!, { ...c.options[0]!, ids: ['books'] }] };
    expect(describeChoice(plain, cat(), w)).toMatch(/because it is the most recognised: Hospitals name it\.$/);
    expect(describeChoice({ ...plain, chosen: 1 }, cat(), w)).toMatch(/because it is the most recognised\.$/);
  });

  it('says nothing for a choice that points at no option', () => {
    expect(describeChoice(choice({ chosen: 5 }), cat(), w)).toBe('');
  });

  it('says why each step of a plan is there: the goal, a later step, completion or a choice', () => {
    const c = mini(
      [
        step('intro', { title: 'Intro course' }),
        step('exam', { kind: 'exam', title: 'The exam', prerequisites: ['intro'], followedBy: ['full'] }),
        step('full', { kind: 'credential', title: 'Full credential', prerequisites: ['exam'] }),
        step('quick', { title: 'Quick job search', duration: fact(2, 'weeks') }),
        step('slow', { title: 'Slow job search', duration: fact(20, 'weeks') }),
      ],
      [role('coder', ['exam', { anyOf: ['quick', 'slow'] }])],
    );
    const r = planRoadmap(c, { start: 'no-background', goal: 'coder', hoursPerWeek: 10, preference: 'fastest' });
    if (!r.ok) throw new Error(r.error);
    const plan: Plan = r.plan;
    const said = Object.fromEntries(plan.steps.map((s) => [s.id, s.why.map((why) => describeWhy(why, plan, c, w))]));
    expect(said).toEqual({
      intro: ['Needed before: The exam.'],
      exam: ['The job you chose asks for it.', 'Needed before: Full credential.'],
      full: ['Completes "The exam": without it you hold the apprentice designation.'],
      quick: ['Quick job search, chosen over Slow job search for the quickest route, because it is the quickest on the figures we have (unknown lengths never counted as short).'],
    });
    expect(describeWhy({ kind: 'chosen', choice: 9 }, plan, c, w)).toBe('');
    expect(describeWhy({ kind: 'needed-by', step: 'retired-step' }, plan, c, w)).toBe('Needed before: retired-step.');
  });
});

describe('budget verdicts', () => {
  const c = () => mini([step('join', { title: 'Join AAPC' })]);
  it('says whether the plan fits, and where the money runs out', () => {
    expect(describeBudget({ budget: 500, status: 'within', unknownCosts: 0 }, c(), w)).toBe('Fits your budget.');
    expect(describeBudget({ budget: 500, status: 'maybe', unknownCosts: 1 }, c(), w)).toBe(
      'May fit your budget: it depends on prices at the top of their ranges or not yet known.',
    );
    expect(describeBudget({ budget: 50, status: 'over', breaksAt: 'join', unknownCosts: 0 }, c(), w)).toBe('Over your budget: the money runs out at "Join AAPC".');
  });

  it('says when it switched route to fit, and points to a route that may fit, each as a sentence', () => {
    expect(describeBudget({ budget: 500, status: 'within', unknownCosts: 0, switchedFrom: 'fastest' }, c(), w)).toBe(
      'The quickest route would go over your budget, so this plan takes a route that fits it instead. Fits your budget.',
    );
    expect(
      describeBudget(
        { budget: 50, status: 'over', breaksAt: 'join', unknownCosts: 0, cheaperRoute: { preference: 'most-recognised', usd: { min: 0, max: 0 }, unknownCosts: 1 } },
        c(),
        w,
      ),
    ).toBe('Over your budget: the money runs out at "Join AAPC". The most recognised route may fit: nothing at known prices, plus one unknown price.');
  });
});
