/**
 * What the roadmap page shows for a plan: the planner's route for its answers, each step with
 * its schedule, status, reasons and warnings, the totals and the budget verdict. Pure: the
 * page renders the example with it at build time, the island a reader's own or shared plan.
 */
import { checkBudget, type BudgetCheck } from './budget.ts';
import { addableSteps, checkOrder, type OrderWarning } from './edit.ts';
import { planRoadmap, type PlanInputs, type PlanResult } from './plan.ts';
import { countStatuses, orphanedProgress, statusOf, type StepStatus } from './progress.ts';
import type { Why } from './resolve.ts';
import { scheduleSteps, type ScheduledStep, type Totals } from './schedule.ts';
import { encodeShare, type SharedPlan } from './share.ts';
import { makeCatalogue, type Catalogue, type Requirement, type RoleLevel, type StepData } from './types.ts';

/** A plan as the reader keeps it: their answers, their order of steps, their progress. */
export type RoadmapPlan = SharedPlan;

/** What the planner needs of a role, and what the form shows of it. */
export interface GoalOption {
  id: string;
  title: string;
  level: RoleLevel;
  qualifiedBy: readonly Requirement[];
  /** The exam and credential steps the role's employers ask for (src/lib/roadmap/types.ts EmployerRule). */
  accepts?: readonly string[] | undefined;
}

/** Where a figure comes from, formatted at build time (src/lib/facts.ts `citation`). */
export interface Cite {
  sourceId?: string;
  publisher?: string;
  asOf?: string;
  caveat?: string;
  /** The figure's note, shown when the figure is known. */
  note?: string;
}

/** What the page shows of a step that does not depend on the plan, formatted at build time. */
export interface StepCard {
  time?: Cite;
  cost?: Cite;
  /** The step's sources: id, title, and "(publisher, checked Nov 2026)". */
  sources: { id: string; title: string; detail: string }[];
  /** What the step leads to: credentials (linked), roles and capabilities, in words. */
  unlocks: { text: string; credential?: string }[];
}

/** A sentence or figure with where it comes from, formatted at build time. */
export interface CitedText {
  /** A label, when the text is a figure ("Average salary of CPC holders"). */
  label?: string;
  text: string;
  cite: Cite;
}

/** What the page shows of the goal role: the employers' rule, the pay, a word on remote first jobs. */
export interface GoalInfo {
  rule?: CitedText;
  pay: CitedText[];
  remote: CitedText[];
}

/** What the page gives the island, from content at build time. */
export interface RoadmapData {
  steps: StepData[];
  goals: GoalOption[];
  /** Step id → its card. */
  cards: Record<string, StepCard>;
  /** Role id → what the plan shows of the goal. */
  goalInfo?: Record<string, GoalInfo> | undefined;
}

/** The catalogue the planner runs on; roles carry only what planning needs. */
export function catalogueFrom(data: Pick<RoadmapData, 'steps' | 'goals'>): Catalogue {
  const roles = data.goals.map(({ accepts, ...g }) => ({
    ...g,
    employers: accepts && { accepts, rule: { kind: 'unknown' as const, reason: '' } },
    work: '',
    typicalCredentials: [],
    otherCredentials: [],
    background: { kind: 'unknown' as const, reason: '' },
    pay: [],
    path: '',
    sources: [],
  }));
  return makeCatalogue(data.steps, roles);
}

/**
 * The example the page shows before the reader answers: a career changer aiming at a first
 * coding job, on the cheapest route (the one whose prices are all known).
 */
export const EXAMPLE_INPUTS: PlanInputs = { start: 'no-background', goal: 'outpatient-coder', hoursPerWeek: 10, preference: 'cheapest' };

export interface StepView extends ScheduledStep {
  status: StepStatus;
  target: string | undefined;
  /** Why the planner chose the step; empty for a step the reader added. */
  why: Why[];
  /** True when the reader added the step (the planner did not choose it for these answers). */
  added: boolean;
  /** Prerequisites of this step that the order breaks. */
  warnings: OrderWarning[];
}

export interface RoadmapView {
  source: 'example' | 'mine' | 'shared';
  plan: RoadmapPlan;
  /** The planner's route for the plan's answers: the reasons, choices and budget verdict. */
  result: PlanResult;
  steps: StepView[];
  total: Totals;
  /** Totals of what is still ahead, once any step is done or skipped. */
  ahead: Totals | undefined;
  budget: BudgetCheck | undefined;
  warnings: OrderWarning[];
  counts: Record<StepStatus, number>;
  /** Step ids the plan mentions (in its order or its progress) that the catalogue no longer has. */
  retired: string[];
  /** Catalogue steps not in the plan. */
  addable: StepData[];
}

let planned: { catalogue: Catalogue; inputs: PlanInputs; result: PlanResult } | undefined;

/** The planner's result, recomputed only when the answers change (edits keep the inputs object). */
export function plannedFor(catalogue: Catalogue, inputs: PlanInputs): PlanResult {
  if (planned?.catalogue !== catalogue || planned.inputs !== inputs) planned = { catalogue, inputs, result: planRoadmap(catalogue, inputs) };
  return planned.result;
}

const examples = new WeakMap<Catalogue, RoadmapPlan>();

/** The example plan: the planner's route for EXAMPLE_INPUTS, no progress. */
export function examplePlan(catalogue: Catalogue): RoadmapPlan {
  let plan = examples.get(catalogue);
  if (!plan) {
    const r = plannedFor(catalogue, EXAMPLE_INPUTS);
    plan = { inputs: EXAMPLE_INPUTS, order: r.ok ? r.plan.steps.map((s) => s.id) : [], progress: {} };
    examples.set(catalogue, plan);
  }
  return plan;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Step ids a plan mentions (in its order or its progress) that the catalogue does not have. */
export function retiredIds(catalogue: Catalogue, plan: RoadmapPlan): string[] {
  const isKnown = (id: string) => catalogue.steps.has(id);
  return [...new Set([...plan.order.filter((id) => !isKnown(id)), ...orphanedProgress(plan.progress, isKnown)])];
}

/** Everything the page shows for a plan. */
export function buildView(catalogue: Catalogue, plan: RoadmapPlan, source: RoadmapView['source']): RoadmapView {
  const { inputs, progress } = plan;
  const known = plan.order.filter((id) => catalogue.steps.has(id));
  const result = plannedFor(catalogue, inputs);
  const chosen = new Map(result.ok ? result.plan.steps.map((s) => [s.id, s.why]) : []);
  const schedule = scheduleSteps(known, catalogue, inputs.hoursPerWeek, { progress });
  const warnings = checkOrder(known, catalogue, inputs, progress);
  const counts = countStatuses(known, progress);
  const steps = schedule.steps.map((s) => ({
    ...s,
    status: statusOf(progress, s.id),
    target: Object.hasOwn(progress, s.id) ? progress[s.id]?.target : undefined,
    why: chosen.get(s.id) ?? [],
    added: !chosen.has(s.id),
    warnings: warnings.filter((w) => w.stepId === s.id),
  }));
  const ahead = counts.done + counts.skipped > 0 ? scheduleSteps(known, catalogue, inputs.hoursPerWeek, { progress, remainingOnly: true }).total : undefined;
  // The planner's verdict also says when it switched route for the budget; it holds only while
  // the reader keeps the planner's order. After edits, the steps in the plan are checked.
  let budget: BudgetCheck | undefined;
  if (inputs.budget !== undefined) {
    budget = result.ok && sameList(known, [...chosen.keys()]) ? result.plan.budget : checkBudget(schedule.steps, schedule.total, inputs.budget);
  }
  return {
    source,
    plan,
    result,
    steps,
    total: schedule.total,
    ahead,
    budget,
    warnings,
    counts,
    retired: retiredIds(catalogue, plan),
    addable: addableSteps(known, catalogue),
  };
}

/** The plan in view as share-link text (`?p=`): its answers, its steps the catalogue has, its progress. */
export function shareText(view: RoadmapView): string {
  return encodeShare({ inputs: view.plan.inputs, order: view.steps.map((s) => s.id), progress: view.plan.progress });
}
