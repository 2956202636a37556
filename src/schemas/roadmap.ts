/**
 * Schemas of the roadmap data: content/steps.yaml (building blocks) and content/roles.yaml
 * (jobs along the ladder). Each field's comment says what it means for a reader.
 *
 * Steps and roles point at each other by plain string ids; `checkRoadmapData` (re-exported
 * here) checks them once both files are loaded, and names the file and field of each problem.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { fact, labelled, values } from './fact.ts';
import {
  DURATION_UNITS,
  HELD,
  MAX_YEARS,
  ROLE_LEVELS,
  STARTS,
  STEP_KINDS,
  type Measure,
  type Requirement,
  type RoleData,
  type StepData,
} from '../lib/roadmap/types.ts';

export { checkRoadmapData } from '../lib/roadmap/check.ts';

const id = z
  .string({ error: 'expected an id: lowercase words joined by hyphens' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens, like cpc-exam');

/**
 * Plain words about the work or the step. Figures belong in Facts, where they carry a source
 * and a date, so a sentence with a price, a percentage or a length in it is rejected.
 */
const prose = (min: number) =>
  z
    .string()
    .min(min, `write at least ${min} characters`)
    .refine(
      (s) => !/\$\s?\d|\d\s?%|\b\d+(\.\d+)?\s*(hours?|weeks?|months?|years?|days?|credits?)\b/i.test(s),
      'prose holds no figures (prices, percentages, lengths): put the number in a Fact, where it has a source and a date',
    );

/**
 * Either `none` or a value of `schema`. Zod's union would report "Invalid input" for a
 * mistyped fact; this passes the fact's own messages through, with their field paths.
 */
function noneOr<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((input, ctx): 'none' | z.output<T> => {
    if (input === 'none') return 'none';
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  });
}

const anyOf = z
  .object({
    /** Alternatives: a step id, or a list of step ids that together count as one alternative. */
    anyOf: z.array(z.union([id, z.array(id).min(1)])).min(2, 'an any-of group needs at least two alternatives'),
  })
  .strict();

/** A prerequisite: a step id, or `{ anyOf: [...] }` when any one alternative is enough. */
export const requirementSchema = z.unknown().transform((input, ctx): Requirement => {
  const parsed = typeof input === 'string' ? id.safeParse(input) : anyOf.safeParse(input);
  if (parsed.success) return parsed.data;
  const hint = typeof input === 'string' ? '' : ' (expected a step id or { anyOf: [...] })';
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message + hint });
  return z.NEVER;
});

const starts = z.array(z.enum(STARTS));

/** How long a step takes: study hours (scaled by the reader's hours a week) or calendar time. */
const duration = noneOr(fact(values.amountOrRange)).superRefine((d, ctx) => {
  if (d !== 'none' && d.kind === 'fact' && !(DURATION_UNITS as readonly string[]).includes(d.unit ?? ''))
    ctx.addIssue({ code: 'custom', path: ['unit'], message: `a duration is measured in one of: ${DURATION_UNITS.join(', ')}` });
});

export const stepSchema = z
  .object({
    /** Stable id: progress and share links refer to it, so it is never renamed. */
    id,
    /** What sort of step it is; the timeline groups and colours by it. */
    kind: z.enum(STEP_KINDS),
    /** Short name, as the plan lists it. */
    title: z.string().min(3),
    /** What the step is, in plain words without figures. */
    what: prose(40),
    /** How long it takes (`none` when it takes no time of its own, such as paying dues). */
    duration,
    /** What it costs in US dollars (`none` when it costs nothing, such as a year at work). */
    cost: noneOr(fact(values.amountOrRange, 'usd')),
    /** Steps that come first; an `anyOf` group is met by any one alternative. */
    prerequisites: z.array(requirementSchema).default([]),
    /** What finishing the step gives the reader. */
    unlocks: z
      .object({
        /** Credential ids from content/credentials/. */
        credentials: z.array(id).default([]),
        /** Role ids from content/roles.yaml whose qualifiedBy names this step. */
        roles: z.array(id).default([]),
        /** Anything else, in plain words. */
        capabilities: z.array(z.string().min(5)).default([]),
      })
      .strict()
      .default({ credentials: [], roles: [], capabilities: [] }),
    /** Starts this step is a good fit for (all when left out); the planner prefers these. */
    suits: starts.min(1).default([...STARTS]),
    /** Starts that have this step behind them already, so plans leave it out. */
    doneFor: starts.default([]),
    /** Why the step counts as recognised, for the most-recognised preference. */
    recognition: z
      .object({
        /** 1 (some) to 3 (most). */
        rank: z.number().int().min(1).max(3),
        /** The reason a reader sees, without figures. */
        why: prose(20),
      })
      .strict()
      .optional(),
    /**
     * Size of a programme (1 a course, 2 a diploma or certificate, 3 an associate degree, 4 a
     * bachelor's degree): when lengths or prices are unknown, the smaller programme is the
     * quicker and cheaper one, which needs no figure to know.
     */
    size: z.number().int().min(1).max(4).optional(),
    /** Credentials a reader may already hold that put this step behind them (the form's "credentials you hold"). */
    heldWith: z.array(z.enum(HELD)).optional(),
    /** Years of coding work after which the step is behind the reader (0: any coding work at all). */
    doneAfterYears: z.number().min(0).max(MAX_YEARS).optional(),
    /** Steps that complete this one and come into a plan with it, such as removing the apprentice designation after the CPC exam. */
    followedBy: z.array(id).optional(),
    /** Pages the step's description relies on (the figures cite their own). */
    sources: z.array(reference('sources')).min(1, 'list at least one source'),
  })
  .strict();

export const roleSchema = z
  .object({
    /** Stable id: the goal in saved plans and share links. */
    id,
    /** The job title, as the form offers it. */
    title: z.string().min(3),
    /** Rung of the ladder, for grouping goals. */
    level: z.enum(ROLE_LEVELS),
    /** What the work is, in plain words without figures. */
    work: prose(40),
    /** Credentials from content/credentials/ that people in this job typically hold. */
    typicalCredentials: z.array(id).default([]),
    /** Other credentials often held, named as readers see them (CCDS, RHIA). */
    otherCredentials: z.array(z.string().min(2)).default([]),
    /** What employers typically ask for: education and experience. */
    background: fact(values.text),
    /** What the job pays, each figure with its survey and year. */
    pay: z.array(labelled(values.amountOrRange, 'usd-per-year')).min(1, 'list at least one pay figure, or one with `unknown: <reason>`'),
    /** The steps that qualify a reader for the job; the planner starts from these. */
    qualifiedBy: z.array(requirementSchema).min(1, 'name at least one step that qualifies for the job'),
    /**
     * What employers in this setting ask for: the exam or credential steps that give those
     * credentials (`accepts`), and the rule as a sourced Fact. Plans never reach the job through
     * a credential step outside `accepts`.
     */
    employers: z
      .object({
        /** Exam or credential steps whose credential these employers ask for. */
        accepts: z.array(id).min(1, 'name at least one step'),
        /** The rule in one sentence, with its source, date and confidence. */
        rule: fact(values.text),
      })
      .strict()
      .optional(),
    /** Why these steps, in plain words: what is a published rule and what is this site's reading. */
    path: prose(40),
    /** Pages the role's description relies on. */
    sources: z.array(reference('sources')).min(1, 'list at least one source'),
  })
  .strict();

export type StepEntry = z.output<typeof stepSchema>;
export type RoleEntry = z.output<typeof roleSchema>;

// The planner works on the pure types in src/lib/roadmap/types.ts; these lines fail type
// checking if the schema's output ever drifts from them.
const asStep = (s: StepEntry): StepData => s;
const asRole = (r: RoleEntry): RoleData => r;
const asMeasure = (m: StepEntry['cost']): Measure => m;
void asStep;
void asRole;
void asMeasure;
