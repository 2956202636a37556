/**
 * Reader profiles (start × years of coding work × credentials held × goal × preference) and the
 * plan an experienced coder would sign for each: the credential, its companions, the order and
 * the verdicts. Each expectation names the fact it rests on: an employer rule in
 * content/roles.yaml (`employers`), a step in content/steps.yaml, or a fact in content/facts/.
 * Besides its own expectations, every plan is checked for what every plan must be: no step twice,
 * prerequisites in order (membership and current code books before the exam that needs them,
 * apprentice removal after the work it depends on), and nothing the reader already has.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from './roadmap-fixtures.ts';
import { checkOrder, doneAtStart, planRoadmap, type Plan, type PlanInputs } from '../../src/lib/roadmap/index.ts';
import { checkDeadline } from '../../src/lib/roadmap/deadline.ts';

interface Profile {
  name: string;
  inputs: PlanInputs;
  /** One of these gives the goal's credential (an employer rule). */
  credential?: string[];
  includes?: string[];
  excludes?: string[];
  /** [a, b]: a comes before b. */
  order?: [string, string][];
  /** The exact plan, where it is short enough to state. */
  exactly?: string[];
  /** The fact each expectation rests on. */
  rests: string;
}

const p = (
  start: PlanInputs['start'],
  goal: string,
  preference: PlanInputs['preference'],
  held?: PlanInputs['held'],
  experienceYears?: number,
): PlanInputs => ({ start, goal, preference, hoursPerWeek: 10, ...(held ? { held } : {}), ...(experienceYears ? { experienceYears } : {}) });

const ENTRY_TRAINING = ['vocational-diploma', 'college-certificate', 'associate-hit', 'bachelor-him'];

const PROFILES: Profile[] = [
  {
    name: 'no background → outpatient coder, cheapest: the CPC by self-study, not a college certificate',
    inputs: p('no-background', 'outpatient-coder', 'cheapest'),
    credential: ['cpc-exam'],
    includes: ['foundations', 'self-study-course', 'aapc-membership', 'code-books', 'first-job-search', 'cpc-full'],
    excludes: ['college-certificate', 'cca-exam', 'cbcs-exam'],
    order: [['aapc-membership', 'cpc-exam'], ['code-books', 'cpc-exam'], ['self-study-course', 'cpc-exam'], ['experience-year-1', 'remove-apprentice-course']],
    rests: 'roles.yaml outpatient-coder.employers (CPC; codingclarified-cpc-guide-2025); steps.yaml self-study-course size 1 < college-certificate size 2; aapc-membership (aapc-exam-faq)',
  },
  {
    name: 'no background → outpatient coder, fastest: the same CPC route, the "A" off with a year of work and the course',
    inputs: p('no-background', 'outpatient-coder', 'fastest'),
    credential: ['cpc-exam'],
    includes: ['remove-apprentice-course', 'cpc-full'],
    excludes: ['cca-exam', 'experience-year-2', 'remove-apprentice-experience'],
    rests: 'steps.yaml remove-apprentice-course (aapc-apprenticeship: one year of work plus a course stands in for two years)',
  },
  {
    name: 'no background → outpatient coder, most recognised: no associate degree before the CPC',
    inputs: p('no-background', 'outpatient-coder', 'most-recognised'),
    credential: ['cpc-exam'],
    excludes: ['associate-hit', 'bachelor-him', 'rhit-exam'],
    rests: 'roles.yaml outpatient-coder.employers (the CPC needs no degree); recognition ranks only credentials (score.ts)',
  },
  {
    name: 'healthcare worker → outpatient coder, fastest: no foundations, self-study, CPC',
    inputs: p('healthcare-worker', 'outpatient-coder', 'fastest'),
    credential: ['cpc-exam'],
    includes: ['self-study-course'],
    excludes: ['foundations', 'cca-exam', ...ENTRY_TRAINING],
    rests: 'steps.yaml foundations.doneFor healthcare-worker; self-study-course duration (cpctestprep-faq) shorter than vocational-diploma (cecil-physician-coder)',
  },
  {
    name: 'student → outpatient coder, cheapest: a course, not a degree',
    inputs: p('student', 'outpatient-coder', 'cheapest'),
    credential: ['cpc-exam'],
    excludes: ENTRY_TRAINING,
    rests: 'steps.yaml size: a course (1) before a bachelor’s degree (4) when prices are unknown',
  },
  {
    name: 'no background → outpatient facility coder, most recognised: the CPC or the COC, nothing else',
    inputs: p('no-background', 'outpatient-facility-coder', 'most-recognised'),
    credential: ['cpc-exam', 'coc-exam'],
    excludes: ['cca-exam', 'ccs-exam', 'cic-exam'],
    rests: 'roles.yaml outpatient-facility-coder.employers (aapc-coc)',
  },
  {
    name: 'no background → inpatient coder, fastest: the CIC with ICD-10-PCS training, no CPC',
    inputs: p('no-background', 'inpatient-coder', 'fastest'),
    credential: ['cic-exam', 'ccs-exam'],
    includes: ['inpatient-training', 'experience-year-1'],
    excludes: ['cpc-exam', 'cca-exam'],
    order: [['inpatient-training', 'cic-exam']],
    rests: 'roles.yaml inpatient-coder.employers (aapc-code-books-faq: only inpatient facilities use ICD-10-PCS); steps.yaml inpatient-training',
  },
  {
    name: 'no background → inpatient coder, most recognised: still an inpatient credential with PCS training',
    inputs: p('no-background', 'inpatient-coder', 'most-recognised'),
    credential: ['cic-exam', 'ccs-exam'],
    includes: ['inpatient-training'],
    excludes: ['cpc-exam', 'associate-hit'],
    rests: 'roles.yaml inpatient-coder.employers',
  },
  {
    name: 'CPC with two years → inpatient coder, most recognised: the CCS, with inpatient training and current books',
    inputs: p('certified', 'inpatient-coder', 'most-recognised', ['cpc'], 2),
    exactly: ['code-books', 'inpatient-training', 'ccs-exam'],
    rests: 'steps.yaml ccs-exam recognition 3 (ahima-ccs); experience-year-1 done by two years (doneAfterYears)',
  },
  {
    name: 'CCA with a year → inpatient coder, cheapest: no entry steps again',
    inputs: p('certified', 'inpatient-coder', 'cheapest', ['cca'], 1),
    credential: ['cic-exam', 'ccs-exam'],
    excludes: ['foundations', 'self-study-course', 'cca-exam', 'first-job-search', 'experience-year-1'],
    rests: 'steps.yaml heldWith cca (cca-exam, foundations); doneAfterYears (first-job-search, experience-year-1)',
  },
  {
    name: 'healthcare worker → risk adjustment, cheapest: the CRC, not the CPC',
    inputs: p('healthcare-worker', 'risk-adjustment-coder', 'cheapest'),
    credential: ['crc-exam'],
    includes: ['aapc-membership', 'code-books', 'self-study-course'],
    excludes: ['cpc-exam', 'cca-exam'],
    order: [['aapc-membership', 'crc-exam']],
    rests: 'roles.yaml risk-adjustment-coder.employers (aapc-crc-exam)',
  },
  {
    name: 'CPC with three years → risk adjustment, fastest: current books and the CRC only',
    inputs: p('certified', 'risk-adjustment-coder', 'fastest', ['cpc'], 3),
    exactly: ['code-books', 'crc-exam'],
    rests: 'steps.yaml aapc-membership.heldWith cpc; code-books (aapc-books-year: current year’s books)',
  },
  {
    name: 'CPC-A with no work → auditor, cheapest: the "A" removed by the two years the job needs anyway',
    inputs: p('cpc-a', 'auditor', 'cheapest', ['cpc-a']),
    exactly: ['code-books', 'first-job-search', 'experience-year-1', 'experience-year-2', 'remove-apprentice-experience', 'cpc-full', 'cpma-exam'],
    rests: 'roles.yaml auditor.employers (aapc-cpma); steps.yaml remove-apprentice-experience (aapc-apprenticeship)',
  },
  {
    name: 'CPC-A with a qualifying course → outpatient coder: the course counts, a year of work removes the "A"',
    inputs: p('cpc-a', 'outpatient-coder', 'fastest', ['cpc-a', 'coding-course']),
    exactly: ['first-job-search', 'experience-year-1', 'remove-apprentice-course', 'cpc-full'],
    rests: 'steps.yaml self-study-course.heldWith coding-course; remove-apprentice-course (aapc-apprenticeship)',
  },
  {
    name: 'CPC-A with a course and a year of work → outpatient coder: only the removal itself',
    inputs: p('cpc-a', 'outpatient-coder', 'fastest', ['cpc-a', 'coding-course'], 1),
    exactly: ['remove-apprentice-course', 'cpc-full'],
    rests: 'steps.yaml doneAfterYears (experience-year-1); remove-apprentice-course (aapc-apprenticeship)',
  },
  {
    name: 'CPC-A with nothing else → oncology: removal route, then the CHONC',
    inputs: p('cpc-a', 'oncology-coder', 'cheapest', ['cpc-a']),
    credential: ['chonc-exam'],
    includes: ['cpc-full'],
    excludes: ['cpc-exam', 'aapc-membership', 'foundations'],
    order: [['cpc-full', 'chonc-exam']],
    rests: 'roles.yaml oncology-coder.employers (medcodely-chonc: a core credential with the specialty one on top)',
  },
  {
    name: 'CPC with three years → auditor, cheapest: books and the CPMA, no experience planned',
    inputs: p('certified', 'auditor', 'cheapest', ['cpc'], 3),
    exactly: ['code-books', 'cpma-exam'],
    rests: 'roles.yaml auditor.employers (aapc-cpma); experience planned only when missing (doneAfterYears)',
  },
  {
    name: 'CPC with one year → auditor, fastest: only the missing second year',
    inputs: p('certified', 'auditor', 'fastest', ['cpc'], 1),
    exactly: ['code-books', 'experience-year-2', 'cpma-exam'],
    rests: 'roles.yaml auditor.qualifiedBy experience-year-2; doneAfterYears 1 for experience-year-1',
  },
  {
    name: 'CCS with two years → CDI specialist: the move into CDI, then a CDI credential',
    inputs: p('certified', 'cdi-specialist', 'fastest', ['ccs'], 2),
    credential: ['cdip-exam', 'ccds-exam'],
    includes: ['cdi-entry'],
    excludes: ['ccs-exam', 'foundations', 'first-job-search'],
    order: [['cdi-entry', 'cdi-experience']],
    rests: 'roles.yaml cdi-specialist.employers (acdis-ccds-prereqs: CDI credentials come after CDI work)',
  },
  {
    name: 'no background → CDI specialist, cheapest: a coding credential and work before the CDI move',
    inputs: p('no-background', 'cdi-specialist', 'cheapest'),
    credential: ['cdip-exam', 'ccds-exam'],
    order: [['experience-year-2', 'cdi-entry']],
    rests: 'steps.yaml cdi-entry prerequisites (acdis-ccds-prereqs)',
  },
  {
    name: 'student → HIM director, most recognised: a bachelor’s degree, the RHIA and three years',
    inputs: p('student', 'him-director', 'most-recognised'),
    includes: ['bachelor-him', 'rhia-exam', 'experience-year-3'],
    order: [['bachelor-him', 'rhia-exam']],
    rests: 'roles.yaml him-director.employers (bls-ooh-health-managers: a bachelor’s degree)',
  },
  {
    name: 'RHIT with three years → HIM director, fastest: the bachelor’s degree, no associate degree again',
    inputs: p('certified', 'him-director', 'fastest', ['rhit'], 3),
    includes: ['bachelor-him'],
    excludes: ['associate-hit', 'rhit-exam', 'experience-year-3'],
    rests: 'roles.yaml him-director.employers (RHIT with a bachelor’s, or the RHIA); steps.yaml associate-hit.heldWith rhit',
  },
  {
    name: 'CPC with two years → cardiology, cheapest: a cardiology credential on top, nothing else',
    inputs: p('certified', 'cardiology-coder', 'cheapest', ['cpc'], 2),
    credential: ['ccc-exam', 'circc-exam'],
    excludes: ['cpc-exam', 'cpc-full', 'experience-year-1'],
    rests: 'roles.yaml cardiology-coder.employers (medcodely-ccc)',
  },
  {
    name: 'new CPC → orthopaedics: two years of work before the COSC',
    inputs: p('certified', 'orthopedics-coder', 'cheapest', ['cpc']),
    exactly: ['code-books', 'experience-year-1', 'experience-year-2', 'cosc-exam'],
    rests: 'steps.yaml cosc-exam prerequisites (medcodely-cosc: about two years recommended)',
  },
  {
    name: 'no background → surgery coder, fastest: a full core credential and two years',
    inputs: p('no-background', 'surgery-coder', 'fastest'),
    credential: ['cpc-full', 'coc-full', 'ccs-exam'],
    includes: ['experience-year-2'],
    rests: 'roles.yaml surgery-coder.employers (aapc-coc)',
  },
  {
    name: 'healthcare worker → educator, most recognised: a full credential and three years, no degree',
    inputs: p('healthcare-worker', 'educator', 'most-recognised'),
    includes: ['experience-year-3'],
    excludes: ['associate-hit', 'bachelor-him'],
    rests: 'roles.yaml educator.qualifiedBy (this site’s reading); recognition ranks only credentials',
  },
  {
    name: 'an old "certified" start without credentials → outpatient coder: already qualified (old links)',
    inputs: p('certified', 'outpatient-coder', 'fastest'),
    exactly: [],
    rests: 'steps.yaml doneFor certified (cpc-exam, cpc-full, first-job-search)',
  },
];

const plans = new Map<string, Plan>();
const planOf = (profile: Profile): Plan => {
  let plan = plans.get(profile.name);
  if (!plan) {
    const r = planRoadmap(catalogue, profile.inputs);
    if (!r.ok) throw new Error(`${profile.name}: ${r.error}`);
    plans.set(profile.name, (plan = r.plan));
  }
  return plan;
};

describe('reader profiles get the plan an experienced coder expects', () => {
  it('has at least 25 profiles, each resting on a named fact', () => {
    expect(PROFILES.length).toBeGreaterThanOrEqual(25);
    for (const profile of PROFILES) expect(profile.rests.length).toBeGreaterThan(10);
  });

  for (const profile of PROFILES) {
    it(profile.name, () => {
      const plan = planOf(profile);
      const ids = plan.steps.map((s) => s.id);
      const why = `${profile.name} (rests on: ${profile.rests}); plan: ${ids.join(' > ')}`;
      if (profile.exactly) expect(ids, why).toEqual(profile.exactly);
      if (profile.credential) expect(profile.credential.some((c) => ids.includes(c)), why).toBe(true);
      for (const id of profile.includes ?? []) expect(ids, why).toContain(id);
      for (const id of profile.excludes ?? []) expect(ids, why).not.toContain(id);
      for (const [a, b] of profile.order ?? []) expect(ids.indexOf(a), `${a} before ${b}: ${why}`).toBeLessThan(ids.indexOf(b));
      // What every plan must be.
      expect(new Set(ids).size, `no step twice: ${why}`).toBe(ids.length);
      expect(checkOrder(ids, catalogue, profile.inputs), `prerequisites in order: ${why}`).toEqual([]);
      const done = doneAtStart(catalogue, profile.inputs);
      for (const id of ids) expect(done.has(id), `${id} is already behind the reader: ${why}`).toBe(false);
      // Never a credential the goal's employers do not ask for, unless another step of the plan
      // needs it (a core credential before the CPMA) or completes it (the full CPC after the exam).
      const accepts = catalogue.roles.get(profile.inputs.goal)?.employers?.accepts;
      if (accepts) {
        const needed = new Set(
          [...plan.steps.map((s) => s.id), ...done].flatMap((id) => {
            const step = catalogue.steps.get(id)!;
            return [...step.prerequisites.flatMap((r) => (typeof r === 'string' ? [r] : r.anyOf.flat())), ...(step.followedBy ?? [])];
          }),
        );
        for (const s of plan.steps)
          if ((s.kind === 'exam' || s.kind === 'credential') && !accepts.includes(s.id)) expect(needed.has(s.id), `${s.id} is not asked for: ${why}`).toBe(true);
      }
    });
  }
});

describe('verdicts say what is known and what is not', () => {
  it('a budget below the CPC route names the step where the money runs out and counts the unknown prices', () => {
    const r = planRoadmap(catalogue, { ...p('no-background', 'outpatient-coder', 'cheapest'), budget: 300 });
    if (!r.ok) throw new Error('no plan');
    // AAPC membership (aapc-membership-faq) and the CPC exam (mbc-certifications) are the known prices.
    expect(r.plan.budget).toMatchObject({ status: 'over', breaksAt: 'cpc-exam', exceedsBy: 315 });
    expect(r.plan.total.unknownCosts).toEqual(expect.arrayContaining(['foundations', 'self-study-course', 'code-books']));
  });

  it('a large budget is only "maybe" while prices are unknown', () => {
    const r = planRoadmap(catalogue, { ...p('no-background', 'outpatient-coder', 'cheapest'), budget: 100_000 });
    expect(r.ok && r.plan.budget?.status).toBe('maybe');
  });

  it('the time to the job is measured to the job, not to the removal of the "A" after it, and unknown lengths are named', () => {
    const r = planRoadmap(catalogue, p('healthcare-worker', 'outpatient-coder', 'fastest'));
    if (!r.ok) throw new Error('no plan');
    // Self-study of 60 to 180 hours (cpctestprep-faq) at 10 hours a week, then the first job search (length unknown).
    const soon = checkDeadline(r.plan.steps, catalogue, 'outpatient-coder', '2027-01-01', '2026-12-07');
    expect(soon).toMatchObject({ status: 'over', reach: { min: 6, max: 18 }, unknown: ['first-job-search'] });
    const later = checkDeadline(r.plan.steps, catalogue, 'outpatient-coder', '2028-12-07', '2026-12-07');
    expect(later.status).toBe('maybe');
    expect(later.unknown).toEqual(['first-job-search']);
  });
});
