import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  encodeShare,
  planRoadmap,
  PREFERENCES,
  STEP_STATUSES,
  type SharedPlan,
  type StepProgress,
} from '../../src/lib/roadmap/index.ts';
import { catalogue, startArb } from './roadmap-fixtures.ts';

const stepIds = [...catalogue.steps.keys()];
const dayArb = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const progressEntryArb: fc.Arbitrary<StepProgress> = fc
  .record({ status: fc.constantFrom(...STEP_STATUSES), target: fc.option(dayArb, { nil: undefined }) })
  .map(({ status, target }) => (target === undefined ? { status } : { status, target }));

/** Plans as the island would hold them: steps from the catalogue, progress only on steps in the plan. */
const sharedArb: fc.Arbitrary<SharedPlan> = fc
  .record({
    start: startArb,
    goal: fc.constantFrom(...catalogue.roles.keys()),
    hoursPerWeek: fc.integer({ min: 1, max: 80 }),
    budget: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
    preference: fc.constantFrom(...PREFERENCES),
    order: fc.shuffledSubarray(stepIds),
    progress: fc.array(progressEntryArb, { maxLength: stepIds.length }),
  })
  .map(({ order, progress: entries, budget, ...inputs }) => {
    const progress: Record<string, StepProgress> = {};
    order.forEach((id, i) => {
      const entry = entries[i];
      // A todo step without a target is the same as no entry.
      if (entry && !(entry.status === 'todo' && entry.target === undefined)) progress[id] = entry;
    });
    return { inputs: { ...inputs, ...(budget === undefined ? {} : { budget }) }, order, progress };
  });

describe('share links', () => {
  it('round-trip: decoding an encoded plan gives the same plan back', () => {
    fc.assert(
      fc.property(sharedArb, (shared) => {
        const decoded = decodeShare(encodeShare(shared), catalogue);
        expect(decoded).toEqual({ ok: true, plan: shared, report: { droppedSteps: [], unknownGoal: false, problems: [] } });
      }),
    );
  });

  it('uses only characters that need no escaping in an address', () => {
    fc.assert(
      fc.property(sharedArb, (shared) => {
        expect(encodeShare(shared)).toMatch(/^[A-Za-z0-9._~-]+$/);
      }),
    );
  });

  it('stays compact: a real plan with progress fits comfortably in a link', () => {
    const r = planRoadmap(catalogue, { start: 'no-background', goal: 'cardiology-coder', hoursPerWeek: 10, preference: 'fastest' });
    if (!r.ok) throw new Error('no plan');
    const order = r.plan.steps.map((s) => s.id);
    const text = encodeShare({ inputs: r.plan.inputs, order, progress: { [order[0]!]: { status: 'done' }, [order[1]!]: { status: 'in-progress', target: '2027-03-01' } } });
    expect(text.length).toBeLessThan(300);
    expect(text.startsWith('r1.n.f.10..cardiology-coder.')).toBe(true);
  });

  it('drops steps the catalogue no longer has, reports them, and keeps all other progress', () => {
    const text = 'r1.h.c.12.2500.outpatient-coder.self-study-course_d~retired-step_p~cpc-exam_p20270301~first-job-search';
    expect(decodeShare(text, catalogue)).toEqual({
      ok: true,
      plan: {
        inputs: { start: 'healthcare-worker', goal: 'outpatient-coder', hoursPerWeek: 12, budget: 2500, preference: 'cheapest' },
        order: ['self-study-course', 'cpc-exam', 'first-job-search'],
        progress: { 'self-study-course': { status: 'done' }, 'cpc-exam': { status: 'in-progress', target: '2027-03-01' } },
      },
      report: { droppedSteps: ['retired-step'], unknownGoal: false, problems: [] },
    });
  });

  it('keeps the plan when its goal is no longer a role, and says so', () => {
    const r = decodeShare('r1.n.f.10..retired-role.cpc-exam_d', catalogue);
    expect(r.ok && r.report.unknownGoal).toBe(true);
    expect(r.ok && r.plan.progress).toEqual({ 'cpc-exam': { status: 'done' } });
  });

  it('leaves out malformed entries, repeated steps and impossible dates, and explains', () => {
    const r = decodeShare('r1.s.r.8..auditor.cpc-exam_x~cpc-exam_d~cpc-exam_s~code-books_d20270230~BAD', catalogue);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.order).toEqual(['cpc-exam', 'code-books']);
    expect(r.plan.progress).toEqual({ 'cpc-exam': { status: 'done' }, 'code-books': { status: 'done' } });
    expect(r.report.problems).toHaveLength(3);
  });

  it('rejects what is not a roadmap link with a reason', () => {
    for (const text of ['', 'hello', 'r2.n.f.10..auditor.', 'r1.x.f.10..auditor.', 'r1.n.f.0..auditor.', 'r1.n.f.81..auditor.', 'r1.n.f.10.-5.auditor.', 'r1.n.f.10..Auditor!.'])
      expect(decodeShare(text, catalogue)).toMatchObject({ ok: false, error: expect.any(String) });
    expect(decodeShare('x'.repeat(100_000), catalogue).ok).toBe(false);
  });

  it('never throws on hostile input, and whatever it accepts is valid', () => {
    const valid = encodeShare({
      inputs: { start: 'student', goal: 'auditor', hoursPerWeek: 10, budget: 4000, preference: 'fastest' },
      order: stepIds.slice(0, 8),
      progress: { [stepIds[0]!]: { status: 'done', target: '2027-01-31' } },
    });
    const mutated = fc
      .tuple(fc.nat({ max: valid.length }), fc.nat({ max: 10 }), fc.string({ unit: 'binary', maxLength: 12 }))
      .map(([at, remove, insert]) => valid.slice(0, at) + insert + valid.slice(at + remove));
    const hostile = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ unit: fc.constantFrom(...'r1.~_-%0123456789abcdefnhsdptxz'.split('')), maxLength: 200 }),
      mutated,
      fc.constantFrom('%', '%E0%A4%A', 'r1.n.f.10..__proto__.__proto___d', 'r1.n.f.10..constructor.constructor_d', `r1.n.f.10..auditor.${'cpc-exam~'.repeat(5000)}`),
    );
    fc.assert(
      fc.property(hostile, (input) => {
        const r = decodeShare(input, catalogue);
        if (!r.ok) return typeof r.error === 'string' && r.error.length > 0;
        const { inputs, order, progress } = r.plan;
        // Plain checks rather than expect(): this property runs thousands of times.
        return (
          new Set(order).size === order.length &&
          order.every((id) => catalogue.steps.has(id)) &&
          Object.keys(progress).every((id) => order.includes(id)) &&
          Object.values(progress).every((p) => STEP_STATUSES.includes(p.status)) &&
          inputs.hoursPerWeek >= 1 &&
          inputs.hoursPerWeek <= 80 &&
          Object.getPrototypeOf(progress) === Object.prototype
        );
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});

describe('share links with the later answers (r2), and old links', () => {
  it('an r1 link made before years, credentials and a target date were asked opens as it did', () => {
    // Written by the r1 encoder (November 2026): a newcomer's plan with progress and a target date.
    const old = 'r1.n.f.10.3000.outpatient-coder.self-study-course_d~cpc-exam_p20270301~first-job-search';
    const r = decodeShare(old, catalogue);
    expect(r).toEqual({
      ok: true,
      plan: {
        inputs: { start: 'no-background', preference: 'fastest', hoursPerWeek: 10, budget: 3000, goal: 'outpatient-coder' },
        order: ['self-study-course', 'cpc-exam', 'first-job-search'],
        progress: { 'self-study-course': { status: 'done' }, 'cpc-exam': { status: 'in-progress', target: '2027-03-01' } },
      },
      report: { droppedSteps: [], unknownGoal: false, problems: [] },
    });
    // A plan without the later answers is still written as r1.
    if (r.ok) expect(encodeShare(r.plan)).toBe(old);
  });

  it('carries years of coding work, credentials held and a target date, and reads them back', () => {
    const plan: SharedPlan = {
      inputs: { start: 'cpc-a', goal: 'auditor', hoursPerWeek: 6, preference: 'cheapest', experienceYears: 1.5, held: ['cpc-a', 'coding-course'], targetDate: '2028-06-30' },
      order: ['practicode', 'cpma-exam'],
      progress: { practicode: { status: 'in-progress' } },
    };
    const text = encodeShare(plan);
    expect(text).toBe('r2.a.c.6..auditor.18.cpc-a_coding-course.20280630.practicode_p~cpma-exam');
    expect(decodeShare(text, catalogue)).toMatchObject({ ok: true, plan });
  });

  it('refuses r2 answers it cannot read, naming which', () => {
    const base = ['r2', 'a', 'c', '6', '', 'auditor'];
    const link = (years: string, held: string, target: string) => [...base, years, held, target, 'cpma-exam'].join('.');
    expect(decodeShare(link('x', '', ''), catalogue)).toEqual({ ok: false, error: 'years' });
    expect(decodeShare(link('601', '', ''), catalogue)).toEqual({ ok: false, error: 'years' });
    expect(decodeShare(link('', 'cpc_astronaut', ''), catalogue)).toEqual({ ok: false, error: 'held' });
    expect(decodeShare(link('', '', '20270231'), catalogue)).toEqual({ ok: false, error: 'target' });
    expect(decodeShare('r3.a.c.6..auditor...', catalogue)).toEqual({ ok: false, error: 'version' });
    expect(decodeShare(link('', '', ''), catalogue)).toMatchObject({ ok: true, plan: { inputs: { start: 'cpc-a', goal: 'auditor' } } });
  });
});
