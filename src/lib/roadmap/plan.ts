/**
 * The planner: from where a reader starts, the job they want, their hours a week, budget and
 * preference, an ordered, dated and costed list of steps, with the reason for each choice.
 * Pure: no DOM, no storage, no Astro; the same inputs always give the same plan.
 */
import { checkBudget, type BudgetCheck } from './budget.ts';
import { clampHours } from './measure.ts';
import { orderSteps } from './order.ts';
import { doneAtStart, isMet } from './requirements.ts';
import { resolve, type Choice, type Why } from './resolve.ts';
import { scheduleSteps, type ScheduledStep, type Totals } from './schedule.ts';
import { HELD, MAX_YEARS, PREFERENCES, type Catalogue, type Held, type Preference, type Start } from './types.ts';
import { isIsoDay } from './progress.ts';

/** What the reader tells the planner. */
export interface PlanInputs {
  start: Start;
  /** A role id from content/roles.yaml. */
  goal: string;
  /** Hours a week for study; study steps scale with it. Clamped to 1..80. */
  hoursPerWeek: number;
  /** US dollars; leave out for no budget. */
  budget?: number | undefined;
  preference: Preference;
  /** Years of coding work already behind the reader (0 when left out). */
  experienceYears?: number | undefined;
  /** Credentials (and a completed coding course) the reader holds. */
  held?: readonly Held[] | undefined;
  /** The day the reader wants to reach the goal by (YYYY-MM-DD). */
  targetDate?: string | undefined;
}

export interface PlannedStep extends ScheduledStep {
  /** Why the step is in the plan: the goal needs it, another step needs it, or it won a choice. */
  why: Why[];
}

export interface Plan {
  /** The inputs as used (hours clamped). */
  inputs: PlanInputs;
  /** The preference the steps were chosen by; differs from the input when only another route fits the budget. */
  preferenceUsed: Preference;
  /** True when the start already meets everything the goal asks for. */
  alreadyQualified: boolean;
  /** Steps the start counts as done, so they are not in the plan. */
  assumedDone: string[];
  steps: PlannedStep[];
  total: Totals;
  /** Every decision between alternatives, referenced by `why` entries of kind `chosen`. */
  choices: Choice[];
  budget?: BudgetCheck;
}

export type PlanResult =
  | { ok: true; plan: Plan }
  | { ok: false; error: 'unknown-goal' | 'unreachable'; goal: string; missing: string[] };

function build(catalogue: Catalogue, inputs: PlanInputs, preference: Preference): PlanResult {
  const role = catalogue.roles.get(inputs.goal);
  if (!role) return { ok: false, error: 'unknown-goal', goal: inputs.goal, missing: [] };
  const done = doneAtStart(catalogue, inputs);
  const ctx = { catalogue, start: inputs.start, hoursPerWeek: inputs.hoursPerWeek, preference };
  const res = resolve(ctx, role, done);
  const met = role.qualifiedBy.every((req) => isMet(req, (id) => res.have.has(id)));
  if (!met || res.missing.length > 0) return { ok: false, error: 'unreachable', goal: role.id, missing: [...new Set(res.missing)] };

  const schedule = scheduleSteps(orderSteps(res.added, catalogue), catalogue, inputs.hoursPerWeek);
  const steps = schedule.steps.map((s) => ({ ...s, why: res.why.get(s.id) ?? [] }));
  const budget = inputs.budget === undefined ? undefined : checkBudget(steps, schedule.total, inputs.budget);
  return {
    ok: true,
    plan: {
      inputs,
      preferenceUsed: preference,
      alreadyQualified: res.added.length === 0,
      assumedDone: [...done].sort((a, b) => (catalogue.index.get(a) ?? 0) - (catalogue.index.get(b) ?? 0)),
      steps,
      total: schedule.total,
      choices: res.choices,
      ...(budget === undefined ? {} : { budget }),
    },
  };
}

/**
 * Inputs as the planner uses them: hours clamped; a budget, years, credentials or target date
 * that is not usable dropped (credentials de-duplicated, in the form's order); empty optional
 * answers left out, so a plan without them reads exactly as before they were asked.
 */
export function normaliseInputs(inputs: PlanInputs): PlanInputs {
  const { budget, experienceYears: years, held, targetDate, ...rest } = inputs;
  const out: PlanInputs = { ...rest, hoursPerWeek: clampHours(inputs.hoursPerWeek) };
  if (budget !== undefined && Number.isFinite(budget) && budget >= 0) out.budget = budget;
  if (years !== undefined && Number.isFinite(years) && years > 0) out.experienceYears = Math.min(MAX_YEARS, years);
  const list = HELD.filter((h) => held?.includes(h));
  if (list.length > 0) out.held = list;
  if (targetDate !== undefined && isIsoDay(targetDate)) out.targetDate = targetDate;
  return out;
}

/**
 * Plan a route to the goal. When a budget is given and the preferred route breaks it even at
 * its lowest prices, the other preferences are tried, cheapest first (the cheapest route
 * prefers known prices, so another route can sometimes start lower). The first whose every
 * price is known and within the budget is returned with `budget.switchedFrom` set; a route
 * that only "may" fit because its prices are unknown is not a reason to drop the reader's
 * preference: the preferred plan is returned with the step that breaks the budget and, in
 * `budget.cheaperRoute`, the route that may fit, for the reader to weigh.
 */
export function planRoadmap(catalogue: Catalogue, rawInputs: PlanInputs): PlanResult {
  const inputs = normaliseInputs(rawInputs);
  const preferred = build(catalogue, inputs, inputs.preference);
  if (!preferred.ok || preferred.plan.budget?.status !== 'over') return preferred;
  const others = (['cheapest', ...PREFERENCES] as const).filter((p, i, all) => p !== inputs.preference && all.indexOf(p) === i);
  let cheaper: BudgetCheck['cheaperRoute'];
  for (const preference of others) {
    const other = build(catalogue, inputs, preference);
    if (!other.ok || !other.plan.budget) continue;
    if (other.plan.budget.status === 'within') {
      const budget: BudgetCheck = { ...other.plan.budget, switchedFrom: inputs.preference };
      return { ok: true, plan: { ...other.plan, budget } };
    }
    if (other.plan.budget.status === 'maybe' && (cheaper === undefined || other.plan.total.usd.min < cheaper.usd.min))
      cheaper = { preference, usd: other.plan.total.usd, unknownCosts: other.plan.total.unknownCosts.length };
  }
  if (cheaper === undefined) return preferred;
  return { ok: true, plan: { ...preferred.plan, budget: { ...preferred.plan.budget, cheaperRoute: cheaper } } };
}
