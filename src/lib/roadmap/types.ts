/**
 * The roadmap's vocabulary: building blocks (steps), jobs (roles), where a reader starts and
 * what they prefer. Pure types and constants, shared by the content schema
 * (src/schemas/roadmap.ts), the planner and the island; no Astro imports.
 */
import type { Fact, Range, Ref } from '../facts.ts';

/** Where a reader starts, as the form asks it. */
export const STARTS = ['no-background', 'healthcare-worker', 'student', 'cpc-a', 'certified'] as const;
export type Start = (typeof STARTS)[number];

/** What the planner optimises when a requirement has alternatives. */
export const PREFERENCES = ['fastest', 'cheapest', 'most-recognised'] as const;
export type Preference = (typeof PREFERENCES)[number];

/** What sort of building block a step is. */
export const STEP_KINDS = [
  'education',
  'exam',
  'membership',
  'experience',
  'job',
  'apprentice-removal',
  'credential',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/**
 * Credentials (and one course) a reader can say they already hold. A step lists in `heldWith`
 * the ones that put it behind the reader. `coding-course` is a completed coding course of the
 * contact hours AAPC counts toward removing the apprentice designation.
 */
export const HELD = ['cpc-a', 'cpc', 'coc-a', 'coc', 'cca', 'ccs', 'ccs-p', 'cic', 'crc', 'cpma', 'cpb', 'cbcs', 'rhit', 'rhia', 'coding-course'] as const;
export type Held = (typeof HELD)[number];

/** Most years of coding experience the form accepts. */
export const MAX_YEARS = 50;

/** Rungs of the ladder, for grouping goals on the form. */
export const ROLE_LEVELS = ['entry', 'experienced', 'specialty', 'leadership'] as const;
export type RoleLevel = (typeof ROLE_LEVELS)[number];

/**
 * Units a step's duration may use. `hours` means study hours: the planner spreads them over
 * the reader's hours a week. The others are calendar time and do not scale.
 */
export const DURATION_UNITS = ['hours', 'days', 'weeks', 'months', 'years'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** One way to meet an any-of requirement: a single step, or several steps together. */
export type Alternative = string | readonly string[];

/** A prerequisite: a step id, or a group where any one alternative is enough. */
export type Requirement = string | { readonly anyOf: readonly Alternative[] };

/** A figure, or `none` when the step takes no time (or costs nothing) of its own. */
export type Measure = 'none' | Fact<number | Range>;

/** What a step leads to. */
export interface Unlocks {
  /** Credential ids from content/credentials/. */
  credentials: readonly string[];
  /** Role ids from content/roles.yaml that name this step in `qualifiedBy`. */
  roles: readonly string[];
  /** Anything else, in plain words ("Eligibility for the RHIT exam"). */
  capabilities: readonly string[];
}

/** Why an option ranks high under the most-recognised preference. */
export interface Recognition {
  /** 1 (some) to 3 (most); steps without it rank 0. */
  rank: number;
  /** One sentence a reader sees as the reason. */
  why: string;
}

/** A roadmap building block, as content/steps.yaml states it. */
export interface StepData {
  id: string;
  kind: StepKind;
  title: string;
  what: string;
  duration: Measure;
  cost: Measure;
  prerequisites: readonly Requirement[];
  unlocks: Unlocks;
  suits: readonly Start[];
  doneFor: readonly Start[];
  recognition?: Recognition | undefined;
  /** Size of a programme: 1 a course, 2 a diploma or certificate, 3 an associate degree, 4 a bachelor's degree. */
  size?: number | undefined;
  /** Held credentials (see HELD) that put this step behind the reader. */
  heldWith?: readonly Held[] | undefined;
  /** Years of coding work after which the step is behind the reader (first job, each year of work). */
  doneAfterYears?: number | undefined;
  /**
   * Steps that complete this one and come with it: a plan (or an edit) that adds the step adds
   * these too, unless the reader has them (the CPC exam brings the removal of the apprentice "A").
   */
  followedBy?: readonly string[] | undefined;
  sources: readonly Ref<'sources'>[];
}

/**
 * What employers in a goal role's setting ask for: the steps that give those credentials, and
 * the rule itself as a sourced Fact. A plan never reaches the goal through a credential step
 * that is not in `accepts`.
 */
export interface EmployerRule {
  /** Exam or credential steps that give a credential these employers ask for. */
  accepts: readonly string[];
  /** The rule in one sentence, with its source, date and confidence. */
  rule: Fact<string>;
}

/** A labelled pay figure. */
export interface PayFact {
  label: string;
  fact: Fact<number | Range>;
}

/** A job along the ladder, as content/roles.yaml states it. */
export interface RoleData {
  id: string;
  title: string;
  level: RoleLevel;
  work: string;
  typicalCredentials: readonly string[];
  otherCredentials: readonly string[];
  background: Fact<string>;
  pay: readonly PayFact[];
  qualifiedBy: readonly Requirement[];
  employers?: EmployerRule | undefined;
  path: string;
  sources: readonly Ref<'sources'>[];
}

/** Steps and roles indexed for the planner. Build it once with `makeCatalogue`. */
export interface Catalogue {
  steps: ReadonlyMap<string, StepData>;
  roles: ReadonlyMap<string, RoleData>;
  /** Position of each step in content/steps.yaml: the tie-breaker for order. */
  index: ReadonlyMap<string, number>;
}

/** Build a catalogue; later duplicates of an id are ignored (the data check reports them). */
export function makeCatalogue(steps: readonly StepData[], roles: readonly RoleData[]): Catalogue {
  const stepMap = new Map<string, StepData>();
  const index = new Map<string, number>();
  steps.forEach((s) => {
    if (stepMap.has(s.id)) return;
    index.set(s.id, stepMap.size);
    stepMap.set(s.id, s);
  });
  const roleMap = new Map<string, RoleData>();
  roles.forEach((r) => {
    if (!roleMap.has(r.id)) roleMap.set(r.id, r);
  });
  return { steps: stepMap, roles: roleMap, index };
}

/** A closed range of numbers, e.g. weeks or dollars. */
export type { Range };
