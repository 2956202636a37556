import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/schemas/catalog.ts';
import { checkRoadmapData, roleSchema, stepSchema } from '../../src/schemas/roadmap.ts';
import { checkEntries, type LoadedEntry } from '../../src/lib/integrity.ts';
import {
  describeBudget,
  describeChoice,
  describeTotals,
  describeWhy,
  planRoadmap,
  rolesUnlockedBy,
  type Plan,
  type PlanInputs,
  type RoleData,
  type StepData,
} from '../../src/lib/roadmap/index.ts';
import { roadmapExplainWords as words } from '../../src/i18n/roadmap.en.ts';
import { catalogue, credentialIds, readYaml, roles, rolesRaw, steps, stepsRaw } from './roadmap-fixtures.ts';

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

function planOf(inputs: Partial<PlanInputs> & Pick<PlanInputs, 'start' | 'goal'>): Plan {
  const r = planRoadmap(catalogue, { hoursPerWeek: 10, preference: 'fastest', ...inputs });
  if (!r.ok) throw new Error(`no plan: ${r.error}`);
  return r.plan;
}
const ids = (plan: Plan) => plan.steps.map((s) => s.id);

describe('the real roadmap content', () => {
  it('parses with the schemas and passes the data check', () => {
    expect(steps.length).toBe(stepsRaw.length);
    expect(roles.length).toBe(rolesRaw.length);
    expect(checkRoadmapData(steps, roles, credentialIds)).toEqual([]);
  });

  it('has the roles the form offers, with stable ids', () => {
    const expected = [
      'outpatient-coder',
      'outpatient-facility-coder',
      'inpatient-coder',
      'risk-adjustment-coder',
      'auditor',
      'cdi-specialist',
      'educator',
      'coding-manager',
      'him-director',
      'cardiology-coder',
      'orthopedics-coder',
      'oncology-coder',
      'anesthesia-coder',
      'emergency-department-coder',
      'surgery-coder',
    ];
    expect(roles.map((r) => r.id)).toEqual(expected);
  });

  it('covers each education route, exam, apprentice route and experience step the brief asks for', () => {
    for (const id of [
      'foundations',
      'vocational-diploma',
      'college-certificate',
      'associate-hit',
      'bachelor-him',
      'self-study-course',
      'aapc-membership',
      'cpc-exam',
      'cca-exam',
      'ccs-exam',
      'cic-exam',
      'crc-exam',
      'cpma-exam',
      'ccs-p-exam',
      'coc-exam',
      'cbcs-exam',
      'rhit-exam',
      'externship',
      'first-job-search',
      'remove-apprentice-experience',
      'remove-apprentice-course',
      'remove-apprentice-practicode',
      'experience-year-1',
      'experience-year-2',
      'cdi-entry',
      'ccds-exam',
    ])
      expect(catalogue.steps.has(id), id).toBe(true);
  });

  it('cites only sources that exist, with a confidence that matches each source kind', () => {
    const sources = readdirSync('content/sources')
      .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
      .flatMap((f) => (readYaml(`content/sources/${f}`) as unknown[]).map((s) => sourceSchema.parse(s)));
    const entries: LoadedEntry[] = [
      ...sources.map((s) => ({ collection: 'sources', id: s.id, data: s })),
      ...steps.map((s) => ({ collection: 'steps', id: s.id, filePath: 'content/steps.yaml', data: s })),
      ...roles.map((r) => ({ collection: 'roles', id: r.id, filePath: 'content/roles.yaml', data: r })),
    ];
    expect(checkEntries(entries)).toEqual([]);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  it('backs the CPC recognition claim: roles name it more than any other credential', () => {
    const counts = new Map<string, number>();
    for (const r of roles) for (const c of r.typicalCredentials) counts.set(c, (counts.get(c) ?? 0) + 1);
    const [top] = [...counts].sort((a, b) => b[1] - a[1]);
    expect(top?.[0]).toBe('cpc');
    expect([...counts.values()].filter((n) => n === top?.[1])).toHaveLength(1);
  });

  it('lists the roles a step unlocks consistently with the roles themselves', () => {
    for (const s of steps) for (const r of s.unlocks.roles) expect(rolesUnlockedBy(s.id, catalogue)).toContain(r);
  });
});

describe('step and role schemas', () => {
  const step = stepsRaw.find((s) => (s as { id: string }).id === 'cpc-exam') as Record<string, unknown>;
  const role = rolesRaw[0] as Record<string, unknown>;

  it('turns `none` and unknowns into explicit values, never zero', () => {
    const parsed = stepSchema.parse(step);
    expect(parsed.duration).toBe('none');
    expect(parsed.cost).toMatchObject({ kind: 'fact', unit: 'usd', source: { id: 'mbc-certifications', collection: 'sources' } });
    const foundations = stepSchema.parse(stepsRaw[0]);
    expect(foundations.duration).toMatchObject({ kind: 'unknown' });
  });

  it('rejects a figure typed into prose', () => {
    expect(messages(stepSchema.safeParse({ ...step, what: 'Takes about 6 weeks and costs $425 for most people who try it.' }))[0]).toMatch(
      /^what: prose holds no figures/,
    );
    expect(roleSchema.safeParse({ ...role, work: 'Pays 20% more than most other coding jobs in the same region.' }).success).toBe(false);
  });

  it('insists on a unit of time for durations and dollars for costs, naming the field', () => {
    const bad = { ...step, duration: { value: 5, unit: 'ceus', source: 'aapc-cpc', asOf: '2026-11', confidence: 'issuer' } };
    expect(messages(stepSchema.safeParse(bad))).toEqual(['duration.unit: a duration is measured in one of: hours, days, weeks, months, years']);
    const cost = { ...step, cost: { value: 5, unit: 'hours', source: 'aapc-cpc', asOf: '2026-11', confidence: 'issuer' } };
    expect(messages(stepSchema.safeParse(cost))).toEqual(['cost.unit: this figure is measured in usd: set unit: usd']);
  });

  it('passes a mistyped fact or requirement through with its own message and path', () => {
    const missing = { ...step, cost: { value: 425, unit: 'usd' } };
    expect(messages(stepSchema.safeParse(missing))).toEqual([
      'cost.source: a Fact needs a source: an id from content/sources/',
      'cost.asOf: a Fact needs an as-of date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'cost.confidence: a Fact needs a confidence: one of issuer, government, third-party, unconfirmed',
    ]);
    const typo = { ...step, prerequisites: ['aapc-membership', { anyof: ['cpc-exam', 'coc-exam'] }] };
    expect(messages(stepSchema.safeParse(typo))).toContain('prerequisites.1: Unrecognized key: "anyof" (expected a step id or { anyOf: [...] })');
    expect(stepSchema.safeParse({ ...step, prerequisites: ['CPC Exam'] }).success).toBe(false);
  });

  it('rejects unknown keys, an empty source list and an unknown start', () => {
    expect(stepSchema.safeParse({ ...step, durration: 'none' }).success).toBe(false);
    expect(stepSchema.safeParse({ ...step, sources: [] }).success).toBe(false);
    expect(stepSchema.safeParse({ ...step, suits: ['retiree'] }).success).toBe(false);
    expect(roleSchema.safeParse({ ...role, pay: [] }).success).toBe(false);
  });
});

describe('the data check', () => {
  const base = (): { steps: StepData[]; roles: RoleData[] } => ({ steps: structuredClone(steps), roles: structuredClone(roles) });

  it('names the file and field of an unknown prerequisite, credential or role', () => {
    const { steps: s, roles: r } = base();
    const cpc = s.find((x) => x.id === 'cpc-exam')!;
    cpc.prerequisites = [...cpc.prerequisites, { anyOf: ['code-books', 'no-such-step'] }];
    cpc.unlocks = { ...cpc.unlocks, credentials: ['cpc-a', 'cpx'], roles: ['outpatient-coder', 'astronaut'] };
    r[0]!.typicalCredentials = ['cpc', 'ccx'];
    const problems = checkRoadmapData(s, r, credentialIds);
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'content/steps.yaml', field: 'cpc-exam.prerequisites[3].anyOf[1]', message: '"no-such-step" is not a step in content/steps.yaml' },
        { file: 'content/steps.yaml', field: 'cpc-exam.unlocks.credentials[1]', message: '"cpx" is not a credential in content/credentials/' },
        { file: 'content/steps.yaml', field: 'cpc-exam.unlocks.roles[1]', message: '"astronaut" is not a role in content/roles.yaml' },
        { file: 'content/roles.yaml', field: 'outpatient-coder.typicalCredentials[1]', message: '"ccx" is not a credential in content/credentials/' },
      ]),
    );
  });

  it('finds a cycle, even through an any-of alternative', () => {
    const { steps: s, roles: r } = base();
    s.find((x) => x.id === 'self-study-course')!.prerequisites = ['foundations', { anyOf: ['cpc-exam', 'code-books'] }];
    const problems = checkRoadmapData(s, r, credentialIds);
    expect(problems.some((p) => p.file === 'content/steps.yaml' && /go round in a circle: .*cpc-exam.*self-study-course/.test(p.message))).toBe(true);
  });

  it('reports a role that cannot be reached from some start', () => {
    const { steps: s, roles: r } = base();
    // Both routes to HIM leadership (the RHIA, or the RHIT with a bachelor's) need the bachelor's degree.
    s.find((x) => x.id === 'bachelor-him')!.prerequisites = ['bachelor-him-retired'];
    const problems = checkRoadmapData(s, r, credentialIds);
    expect(problems).toContainEqual({
      file: 'content/roles.yaml',
      field: 'him-director.qualifiedBy[0]',
      message: 'this role cannot be reached from the start "no-background": no route meets this requirement',
    });
    expect(problems.some((p) => p.field === 'bachelor-him.prerequisites' && /never be reached/.test(p.message))).toBe(true);
  });

  it('reports duplicate ids and an unlock the role does not confirm', () => {
    const { steps: s, roles: r } = base();
    s.push({ ...s[0]! });
    s.find((x) => x.id === 'code-books')!.unlocks = { credentials: [], roles: ['auditor'], capabilities: [] };
    const problems = checkRoadmapData(s, r, credentialIds);
    expect(problems).toContainEqual({ file: 'content/steps.yaml', field: 'foundations', message: 'the id "foundations" is used by more than one step' });
    expect(problems.some((p) => p.field === 'code-books.unlocks.roles[0]' && /does not name this step/.test(p.message))).toBe(true);
  });
});

describe('example plans', () => {
  it('a newcomer to outpatient coding gets a route, an exam and a job search, with costs, lengths and honest unknowns', () => {
    const plan = planOf({ start: 'no-background', goal: 'outpatient-coder' });
    expect(plan.steps.length).toBeGreaterThanOrEqual(3);
    expect(ids(plan)).toContain('first-job-search');
    expect(ids(plan).some((id) => id.endsWith('-exam'))).toBe(true);
    expect(plan.total.unknownDurations).toContain('first-job-search');
    expect(describeTotals(plan.total, words).time).toMatch(/plus (one step|\d+ steps) of unknown length/);
    expect(plan.steps.some((s) => s.cost.status === 'known' && s.cost.range.max > 0)).toBe(true);
    expect(plan.steps.some((s) => s.duration.status === 'known' && s.duration.range.max > 0)).toBe(true);
  });

  it('most-recognised picks the most recognised credential the employers ask for, and says why', () => {
    const recognised = planOf({ start: 'no-background', goal: 'outpatient-facility-coder', preference: 'most-recognised' });
    const examChoice = recognised.choices.find((c) => 'role' in c.owner || c.options.some((o) => o.ids.includes('coc-exam')))!;
    expect(describeChoice(examChoice, catalogue, words)).toMatch(/^Pass the CPC exam, chosen over Pass the COC exam .* because it is the most recognised: AAPC's core/);
    // Recognition is a credential's: it never puts a degree before the CPC.
    expect(ids(recognised)).not.toContain('associate-hit');
    const cheapest = planOf({ start: 'no-background', goal: 'outpatient-coder', preference: 'cheapest' });
    expect(ids(cheapest)).not.toContain('college-certificate');
  });

  it('study steps scale with hours a week, programmes on a timetable do not', () => {
    const slow = planOf({ start: 'healthcare-worker', goal: 'risk-adjustment-coder', hoursPerWeek: 5 });
    const fast = planOf({ start: 'healthcare-worker', goal: 'risk-adjustment-coder', hoursPerWeek: 20 });
    const study = (p: Plan) => p.steps.find((s) => s.id === 'self-study-course')!;
    expect(study(slow).duration.studyHours).toEqual({ min: 60, max: 180 });
    expect(study(slow).duration.range).toEqual({ min: 12, max: 36 });
    expect(study(fast).duration.range).toEqual({ min: 3, max: 9 });
    expect(ids(slow)).not.toContain('foundations');
  });

  it('a CPC-A needs the job search and the removal of the "A" for an outpatient job; a certified coder is already qualified', () => {
    const cpcA = ids(planOf({ start: 'cpc-a', goal: 'outpatient-coder' }));
    expect(cpcA).toContain('first-job-search');
    expect(cpcA.at(-1)).toBe('cpc-full');
    for (const entry of ['foundations', 'aapc-membership', 'cpc-exam', 'code-books']) expect(cpcA).not.toContain(entry);
    const certified = planOf({ start: 'certified', goal: 'outpatient-coder' });
    expect(certified.alreadyQualified).toBe(true);
    expect(certified.steps).toEqual([]);
    expect(certified.assumedDone).toContain('cpc-full');
  });

  it('a CPC-A aiming at auditing removes the apprentice designation through the work it needs anyway', () => {
    const plan = planOf({ start: 'cpc-a', goal: 'auditor' });
    // Current code books are bought again for the CPMA: a CPC-A's books are from an earlier year.
    expect(ids(plan)).toEqual(['code-books', 'first-job-search', 'experience-year-1', 'experience-year-2', 'remove-apprentice-experience', 'cpc-full', 'cpma-exam']);
  });

  it('says which step breaks a budget', () => {
    const tight = planOf({ start: 'no-background', goal: 'outpatient-coder', budget: 100 });
    expect(tight.budget).toMatchObject({ status: 'over', budget: 100, breaksAt: 'aapc-membership', exceedsBy: 515 });
    expect(describeBudget(tight.budget!, catalogue, words)).toMatch(/^Over your budget: the money runs out at "Join AAPC"\./);
    expect(planOf({ start: 'no-background', goal: 'outpatient-coder', budget: 1000 }).budget?.status).toBe('maybe');
  });

  it('keeps the preference when another route only may fit, and points to it', () => {
    const plan = planOf({ start: 'no-background', goal: 'outpatient-coder', preference: 'cheapest', budget: 100 });
    expect(plan.preferenceUsed).toBe('cheapest');
    const budget = { ...plan.budget!, cheaperRoute: { preference: 'fastest' as const, usd: { min: 90, max: 90 }, unknownCosts: 2 } };
    expect(describeBudget(budget, catalogue, words)).toMatch(/The quickest route may fit: \$90 at known prices, plus 2 unknown prices\.$/);
  });

  it('explains every step of every plan in words', () => {
    for (const goal of catalogue.roles.keys()) {
      const plan = planOf({ start: 'no-background', goal });
      for (const s of plan.steps) {
        expect(s.why.length, `${goal}: ${s.id}`).toBeGreaterThan(0);
        for (const w of s.why) expect(describeWhy(w, plan, catalogue, words)).toMatch(/\w/);
      }
    }
  });
});
