/**
 * Each field of a share link, as a reader who opens one notices it: the answers come back as
 * they were given (hours to the hundredth, whole dollars, years to the month), a link that
 * cannot be read says which part is wrong, and a long or damaged link never opens a wrong plan.
 */
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, type PlanInputs, type SharedPlan } from '../../src/lib/roadmap/index.ts';
import { mini, role, step } from './roadmap-mini.ts';

const cat = () => mini([step('course'), step('exam'), step('search')], [role('coder', ['exam'])]);
const inputs = (over: Partial<PlanInputs> = {}): PlanInputs => ({ start: 'student', goal: 'coder', hoursPerWeek: 10, preference: 'fastest', ...over });
const link = (plan: Partial<SharedPlan> & { inputs?: PlanInputs }) => encodeShare({ inputs: inputs(), order: [], progress: {}, ...plan });
const opened = (text: string) => {
  const r = decodeShare(text, cat());
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('writing a link', () => {
  it('codes each start and preference, and writes the steps with status and date', () => {
    const starts = ['no-background', 'healthcare-worker', 'student', 'cpc-a', 'certified'] as const;
    expect(starts.map((start) => link({ inputs: inputs({ start }) }).split('.')[1])).toEqual(['n', 'h', 's', 'a', 'c']);
    const prefs = ['fastest', 'cheapest', 'most-recognised'] as const;
    expect(prefs.map((preference) => link({ inputs: inputs({ preference }) }).split('.')[2])).toEqual(['f', 'c', 'r']);
    expect(
      link({
        order: ['course', 'exam', 'search', 'later'],
        progress: { course: { status: 'done', target: '2027-01-31' }, exam: { status: 'skipped' }, search: { status: 'todo', target: '2027-06-01' }, later: { status: 'todo' } },
      }),
    ).toBe('r1.s.f.10..coder.course_d20270131~exam_s~search_t20270601~later');
  });

  it('a plan of 7.5 or 12.25 hours a week opens from its link with those hours (a fraction is not written with the dot that separates fields)', () => {
    for (const hoursPerWeek of [7.5, 12.25, 1.05, 79.99]) {
      const text = link({ inputs: inputs({ hoursPerWeek }), order: ['course'] });
      expect(text.split('.')).toHaveLength(7);
      expect(opened(text).plan.inputs.hoursPerWeek).toBe(hoursPerWeek);
    }
    expect(link({ inputs: inputs({ hoursPerWeek: 7.5 }) }).split('.')[3]).toBe('7-5');
    expect(decodeShare('r1.n.f.7-5-5..coder.', cat())).toEqual({ ok: false, error: 'hours' });
  });

  it('writes hours within 1 to 80, and whole dollars up to ten million', () => {
    const hours = (h: number) => link({ inputs: inputs({ hoursPerWeek: h }) }).split('.')[3];
    expect([hours(12), hours(0), hours(100), hours(Number.NaN), hours(-Infinity), hours(80)]).toEqual(['12', '1', '80', '1', '1', '80']);
    const budget = (b: number) => link({ inputs: inputs({ budget: b }) }).split('.')[4];
    expect([budget(1234.6), budget(0), budget(-5), budget(Number.NaN), budget(Infinity), budget(2e7)]).toEqual(['1235', '0', '', '', '', '10000000']);
  });

  it('leaves out step ids that are not well formed and steps listed twice, and a goal that is not an id', () => {
    expect(link({ order: ['course', 'Bad Id', 'course', '__proto__', 'exam'] })).toBe('r1.s.f.10..coder.course~exam');
    expect(link({ inputs: inputs({ goal: 'No Goal' }) })).toBe('r1.s.f.10...');
    expect(link({ order: ['course'], progress: { course: { status: 'in-progress', target: '2027-02-30' } } })).toBe('r1.s.f.10..coder.course_p');
  });

  it('keeps at most 300 steps', () => {
    const order = Array.from({ length: 320 }, (_, i) => `s${i}`);
    const steps = link({ order }).split('.').at(-1)!.split('~');
    expect(steps).toHaveLength(300);
    expect(steps.at(-1)).toBe('s299');
  });

  it('writes years to the month, up to fifty years, credentials in the form’s order, and the target day (r2)', () => {
    const r2 = (over: Partial<PlanInputs>) => link({ inputs: inputs(over) });
    expect(r2({ experienceYears: 1.5 })).toBe('r2.s.f.10..coder.18...');
    expect(r2({ experienceYears: 75 })).toBe('r2.s.f.10..coder.600...');
    expect(r2({ experienceYears: 0 })).toBe('r1.s.f.10..coder.');
    expect(r2({ experienceYears: Number.NaN })).toBe('r1.s.f.10..coder.');
    expect(r2({ held: ['rhit', 'cpc'] })).toBe('r2.s.f.10..coder..cpc_rhit..');
    expect(r2({ held: [] })).toBe('r1.s.f.10..coder.');
    expect(r2({ targetDate: '2027-09-30' })).toBe('r2.s.f.10..coder...20270930.');
    expect(r2({ targetDate: '2027-09-31' })).toBe('r1.s.f.10..coder.');
  });
});

describe('opening a link', () => {
  it('reads back each answer, and leaves out the ones not given', () => {
    expect(opened('r2.h.r.7.20.coder.18.cpc_rhit.20270930.course_p').plan).toEqual({
      inputs: { start: 'healthcare-worker', goal: 'coder', hoursPerWeek: 7, preference: 'most-recognised', budget: 20, experienceYears: 1.5, held: ['cpc', 'rhit'], targetDate: '2027-09-30' },
      order: ['course'],
      progress: { course: { status: 'in-progress' } },
    });
    expect(opened('r2.c.c.80.99999999.coder.0...').plan.inputs).toEqual({ start: 'certified', goal: 'coder', hoursPerWeek: 80, preference: 'cheapest', budget: 10_000_000 });
    expect(opened('r1.n.f.1..coder.').plan).toEqual({ inputs: { start: 'no-background', goal: 'coder', hoursPerWeek: 1, preference: 'fastest' }, order: [], progress: {} });
  });

  it('reads a link that was escaped, or has spaces around it', () => {
    expect(opened('  r1.n.f.10..coder.course_d%7Eexam \n').plan.order).toEqual(['course', 'exam']);
    expect(decodeShare('r1.n.f.10..coder.course%E0%A4%A', cat())).toEqual({ ok: false, error: 'damaged' });
  });

  it('says which part of a link it cannot read', () => {
    const error = (text: unknown) => {
      const r = decodeShare(text, cat());
      return r.ok ? 'ok' : r.error;
    };
    expect(
      Object.fromEntries(
        Object.entries({
          notText: 42,
          empty: '   ',
          long: `r1.n.f.10..coder.${'course~'.repeat(1200)}`,
          other: 'x1.n.f.10..coder.',
          newer: 'r3.n.f.10..coder.',
          r1Short: 'r1.n.f.10..coder',
          r1AsR2: 'r1.n.f.10..coder....',
          r2Short: 'r2.n.f.10..coder.',
          start: 'r1.q.f.10..coder.',
          preference: 'r1.n.q.10..coder.',
          hoursText: 'r1.n.f.ten..coder.',
          hoursDigits: 'r1.n.f.100..coder.',
          budgetText: 'r1.n.f.10.1e3.coder.',
          budgetLong: 'r1.n.f.10.123456789.coder.',
          goal: 'r1.n.f.10..Coder.',
          years: 'r2.n.f.10..coder.1000...',
          yearsHigh: 'r2.n.f.10..coder.601...',
          held: 'r2.n.f.10..coder..cpc_xyz..',
          target: 'r2.n.f.10..coder...2027011.',
          targetDay: 'r2.n.f.10..coder...20270229.',
        }).map(([k, v]) => [k, error(v)]),
      ),
    ).toEqual({
      notText: 'no-plan',
      empty: 'too-long',
      long: 'too-long',
      other: 'not-roadmap',
      newer: 'version',
      r1Short: 'not-roadmap',
      r1AsR2: 'not-roadmap',
      r2Short: 'not-roadmap',
      start: 'codes',
      preference: 'codes',
      hoursText: 'hours',
      hoursDigits: 'hours',
      budgetText: 'budget',
      budgetLong: 'budget',
      goal: 'goal',
      years: 'years',
      yearsHigh: 'years',
      held: 'held',
      target: 'target',
      targetDay: 'target',
    });
    expect(error('r1.n.f.0..coder.')).toBe('hours-range');
    expect(error('r1.n.f.81..coder.')).toBe('hours-range');
    expect(error('r2.n.f.10..coder.600...')).toBe('ok');
  });

  it('leaves out what it cannot use in the steps, saying what and why', () => {
    const r = opened(`r1.n.f.10..coder.course_d~course_s~${'x'.repeat(50)}_~gone_p~exam_t~search_d20270230`);
    expect(r.plan.order).toEqual(['course', 'exam', 'search']);
    expect(r.plan.progress).toEqual({ course: { status: 'done' }, exam: { status: 'todo' }, search: { status: 'done' } });
    expect(r.report).toEqual({ droppedSteps: ['gone'], unknownGoal: false, problems: [{ kind: 'twice', step: 'course' }, { kind: 'malformed', text: 'x'.repeat(40) }] });
  });

  it('reads at most 300 steps, and says there were more', () => {
    const r = opened(`r1.n.f.10..coder.${Array.from({ length: 301 }, (_, i) => `s${i}`).join('~')}`);
    expect(r.report.problems).toEqual([{ kind: 'too-many' }]);
    expect(r.report.droppedSteps).toHaveLength(300);
    expect(r.report.droppedSteps.at(-1)).toBe('s299');
  });
});
