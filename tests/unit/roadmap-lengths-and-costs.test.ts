/**
 * How long each step takes and what it costs, as the plan shows them: study hours spread over
 * the reader's week, calendar time as it is, unknown figures never read as zero, a budget
 * verdict that names the step where the money runs out, and the date check against the job.
 */
import { describe, expect, it } from 'vitest';
import { checkBudget, clampHours, measureCost, measureDuration, scheduleSteps, type Measure } from '../../src/lib/roadmap/index.ts';
import { checkDeadline, stepsToGoal } from '../../src/lib/roadmap/deadline.ts';
import { fact, mini, role, step, unknown } from './roadmap-mini.ts';

describe('a step’s length', () => {
  it('spreads study hours over the hours a week, between 1 and 80 a week', () => {
    expect(measureDuration(fact({ min: 60, max: 180 }, 'hours'), 10)).toEqual({ status: 'known', range: { min: 6, max: 18 }, studyHours: { min: 60, max: 180 } });
    expect(measureDuration(fact(80, 'hours'), 0).range).toEqual({ min: 80, max: 80 });
    expect(measureDuration(fact(160, 'hours'), 500).range).toEqual({ min: 2, max: 2 });
    expect(measureDuration(fact(40, 'hours'), Number.NaN).range).toEqual({ min: 40, max: 40 });
    expect([clampHours(0.5), clampHours(1), clampHours(12.5), clampHours(80), clampHours(81), clampHours(Infinity)]).toEqual([1, 1, 12.5, 80, 80, 1]);
  });

  it('keeps calendar time whatever the hours: days, weeks, months of a 52-week year, years', () => {
    expect(measureDuration(fact(14, 'days'), 5)).toEqual({ status: 'known', range: { min: 2, max: 2 } });
    expect(measureDuration(fact({ min: 2, max: 4 }, 'weeks'), 40)).toEqual({ status: 'known', range: { min: 2, max: 4 } });
    expect(measureDuration(fact(3, 'months'), 5).range).toEqual({ min: 13, max: 13 });
    expect(measureDuration(fact({ min: 1, max: 2 }, 'years'), 5).range).toEqual({ min: 52, max: 104 });
  });

  it('takes no time of its own when it has none, and stays unknown with its reason', () => {
    expect(measureDuration('none', 10)).toEqual({ status: 'none', range: { min: 0, max: 0 } });
    expect(measureDuration(unknown('Depends on the employer.'), 10)).toEqual({ status: 'unknown', range: { min: 0, max: 0 }, reason: 'Depends on the employer.' });
  });

  it('turns a figure it cannot read as time into an unknown, never a zero', () => {
    const bad = (value: unknown, unit?: string): Measure => ({ ...(fact(1, 'weeks') as object), value, unit }) as Measure;
    const said = (m: Measure) => measureDuration(m, 10);
    for (const value of [-1, Number.NaN, { min: 5, max: 2 }, { min: -1, max: 2 }, { min: 1, max: Infinity }, null, 'four'])
      expect(said(bad(value, 'weeks')), JSON.stringify(value)).toEqual({ status: 'unknown', range: { min: 0, max: 0 }, reason: 'The figure could not be read as a length of time.' });
    expect(said(bad(0, 'weeks'))).toEqual({ status: 'known', range: { min: 0, max: 0 } });
    expect(said(bad({ min: 0, max: 0 }, 'weeks'))).toEqual({ status: 'known', range: { min: 0, max: 0 } });
    expect(said(bad({ min: 3, max: 3 }, 'weeks'))).toEqual({ status: 'known', range: { min: 3, max: 3 } });
    for (const unit of ['usd', undefined, 'fortnights', 'toString', 'constructor'])
      expect(said(bad(2, unit)), String(unit)).toEqual({ status: 'unknown', range: { min: 0, max: 0 }, reason: 'The figure is not in a unit of time the planner knows.' });
  });
});

describe('a step’s price', () => {
  it('is a dollar range, nothing, or unknown with its reason', () => {
    expect(measureCost(fact({ min: 100, max: 250 }, 'usd'))).toEqual({ status: 'known', range: { min: 100, max: 250 } });
    expect(measureCost(fact(0, 'usd'))).toEqual({ status: 'known', range: { min: 0, max: 0 } });
    expect(measureCost('none')).toEqual({ status: 'none', range: { min: 0, max: 0 } });
    expect(measureCost(unknown('Set by each school.'))).toEqual({ status: 'unknown', range: { min: 0, max: 0 }, reason: 'Set by each school.' });
  });

  it('is unknown when the figure is not dollars or cannot be read', () => {
    const reason = 'The figure could not be read as a price in dollars.';
    expect(measureCost(fact(3, 'weeks'))).toEqual({ status: 'unknown', range: { min: 0, max: 0 }, reason });
    expect(measureCost(fact({ min: 9, max: 1 }, 'usd'))).toEqual({ status: 'unknown', range: { min: 0, max: 0 }, reason });
  });
});

describe('the schedule', () => {
  const cat = () =>
    mini([
      step('course', { title: 'Course', duration: fact({ min: 40, max: 80 }, 'hours'), cost: fact({ min: 300, max: 500 }, 'usd') }),
      step('wait', { title: 'Wait', duration: unknown(), cost: unknown() }),
      step('exam', { kind: 'exam', title: 'Exam', duration: fact(1, 'weeks'), cost: fact(400, 'usd') }),
      step('search', { kind: 'job', title: 'Search', duration: unknown() }),
      step('year', { kind: 'experience', title: 'Year', duration: fact(1, 'years') }),
    ]);

  it('runs steps one after another and counts unknown lengths before each', () => {
    const s = scheduleSteps(['course', 'wait', 'exam', 'gone', 'search', 'year'], cat(), 10);
    expect(s.steps.map((x) => [x.id, x.start, x.end, x.unknownBefore])).toEqual([
      ['course', { min: 0, max: 0 }, { min: 4, max: 8 }, 0],
      ['wait', { min: 4, max: 8 }, { min: 4, max: 8 }, 0],
      ['exam', { min: 4, max: 8 }, { min: 5, max: 9 }, 1],
      ['search', { min: 5, max: 9 }, { min: 5, max: 9 }, 1],
      ['year', { min: 5, max: 9 }, { min: 57, max: 61 }, 2],
    ]);
    expect(s.total).toEqual({ weeks: { min: 57, max: 61 }, usd: { min: 700, max: 900 }, unknownDurations: ['wait', 'search'], unknownCosts: ['wait'] });
    expect(s.missing).toEqual(['gone']);
    expect(s.steps.map((x) => x.title)).toEqual(['Course', 'Wait', 'Exam', 'Search', 'Year']);
    expect(s.steps[2]).toMatchObject({ kind: 'exam', counted: true, sources: ['test-source'] });
  });

  it('with remaining-only, done and skipped steps take no time and cost nothing; the rest still counts', () => {
    const progress = { course: { status: 'done' as const }, wait: { status: 'skipped' as const }, exam: { status: 'in-progress' as const } };
    const s = scheduleSteps(['course', 'wait', 'exam'], cat(), 10, { progress, remainingOnly: true });
    expect(s.steps.map((x) => [x.id, x.counted, x.duration.status])).toEqual([
      ['course', false, 'none'],
      ['wait', false, 'none'],
      ['exam', true, 'known'],
    ]);
    expect(s.total).toEqual({ weeks: { min: 1, max: 1 }, usd: { min: 400, max: 400 }, unknownDurations: [], unknownCosts: [] });
    // Without remaining-only, progress changes nothing.
    expect(scheduleSteps(['course', 'wait', 'exam'], cat(), 10, { progress }).total.usd).toEqual({ min: 700, max: 900 });
  });
});

describe('the budget verdict', () => {
  const steps = () => {
    const c = mini([
      step('a', { cost: fact({ min: 100, max: 300 }, 'usd') }),
      step('b', { cost: fact({ min: 200, max: 200 }, 'usd') }),
      step('c', { cost: unknown() }),
      step('d', { cost: fact({ min: 50, max: 100 }, 'usd') }),
    ]);
    return scheduleSteps(['a', 'b', 'd'], c, 10);
  };

  it('fits when even the top of every range fits, exactly at the budget included', () => {
    const s = steps();
    expect(checkBudget(s.steps, s.total, 600)).toEqual({ budget: 600, status: 'within', unknownCosts: 0 });
  });

  it('may fit when only the low end fits, naming the step where the high end breaks it', () => {
    const s = steps();
    expect(checkBudget(s.steps, s.total, 450)).toEqual({ budget: 450, status: 'maybe', mayBreakAt: 'b', unknownCosts: 0 });
    expect(checkBudget(s.steps, s.total, 350)).toEqual({ budget: 350, status: 'maybe', mayBreakAt: 'b', unknownCosts: 0 });
    expect(checkBudget(s.steps, s.total, 599)).toEqual({ budget: 599, status: 'maybe', mayBreakAt: 'd', unknownCosts: 0 });
  });

  it('is over when even the low end breaks it, naming the step and by how much', () => {
    const s = steps();
    expect(checkBudget(s.steps, s.total, 250)).toEqual({ budget: 250, status: 'over', breaksAt: 'b', mayBreakAt: 'a', exceedsBy: 100, unknownCosts: 0 });
    expect(checkBudget(s.steps, s.total, 300)).toMatchObject({ status: 'over', breaksAt: 'd', exceedsBy: 50 });
  });

  it('only may fit while a price is unknown, however large the budget', () => {
    const c = mini([step('a', { cost: fact(100, 'usd') }), step('c', { cost: unknown() })]);
    const s = scheduleSteps(['a', 'c'], c, 10);
    expect(checkBudget(s.steps, s.total, 1_000_000)).toEqual({ budget: 1_000_000, status: 'maybe', unknownCosts: 1 });
  });
});

describe('the target date', () => {
  const cat = () =>
    mini(
      [
        step('course', { duration: fact(4, 'weeks') }),
        step('exam', { kind: 'exam', duration: fact({ min: 1, max: 3 }, 'weeks'), prerequisites: ['course'] }),
        step('search', { kind: 'job', duration: unknown(), prerequisites: ['exam'] }),
        step('after', { kind: 'credential', duration: fact(52, 'weeks'), prerequisites: ['search'] }),
      ],
      [role('coder', ['exam']), role('hired', ['search'])],
    );
  const plan = () => scheduleSteps(['course', 'exam', 'search', 'after'], cat(), 10).steps;

  it('measures to the last step the job asks for, not to what follows it', () => {
    expect(stepsToGoal(plan(), cat(), 'coder').map((s) => s.id)).toEqual(['course', 'exam']);
    expect(stepsToGoal(plan(), cat(), 'hired').map((s) => s.id)).toEqual(['course', 'exam', 'search']);
    // A goal that names none of the steps (or is no role) is measured to the end.
    expect(stepsToGoal(plan(), cat(), 'no-such-role').map((s) => s.id)).toEqual(['course', 'exam', 'search', 'after']);
  });

  it('is within when the longest known figures fit, maybe when only the shortest do, over when none do', () => {
    // 2027-01-01 to 2027-02-12 is 6 weeks; the job is 5 to 7 weeks away.
    expect(checkDeadline(plan(), cat(), 'coder', '2027-02-12', '2027-01-01')).toEqual({
      target: '2027-02-12',
      available: 6,
      reach: { min: 5, max: 7 },
      unknown: [],
      status: 'maybe',
    });
    expect(checkDeadline(plan(), cat(), 'coder', '2027-02-19', '2027-01-01').status).toBe('within');
    expect(checkDeadline(plan(), cat(), 'coder', '2027-02-05', '2027-01-01').status).toBe('maybe');
    expect(checkDeadline(plan(), cat(), 'coder', '2027-02-04', '2027-01-01').status).toBe('over');
  });

  it('with an unknown length before the job the best verdict is maybe, and the step is named', () => {
    expect(checkDeadline(plan(), cat(), 'hired', '2030-01-01', '2027-01-01')).toMatchObject({ unknown: ['search'], status: 'maybe', reach: { min: 5, max: 7 } });
    expect(checkDeadline(plan(), cat(), 'hired', '2027-01-15', '2027-01-01').status).toBe('over');
  });

  it('leaves finished steps out when the schedule counts only what is ahead', () => {
    const c = cat();
    const ahead = scheduleSteps(['course', 'exam'], c, 10, { progress: { course: { status: 'done' } }, remainingOnly: true }).steps;
    expect(checkDeadline(ahead, c, 'coder', '2027-01-22', '2027-01-01')).toMatchObject({ reach: { min: 1, max: 3 }, available: 3, status: 'within' });
  });
});
