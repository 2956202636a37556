/**
 * The reader's edits to a plan, as pure functions: each takes the catalogue and the plan as it
 * is now and returns the new plan with what changed (for the page to announce), or null when
 * the edit changes nothing. Steps the catalogue no longer has (retired) stay at the end of
 * the order, and every step's progress is kept by id, until the reader forgets them.
 */
import { moveStep } from './edit.ts';
import { normaliseInputs, type PlanInputs } from './plan.ts';
import { setStatus, setTarget, statusOf, type StepStatus } from './progress.ts';
import type { Catalogue } from './types.ts';
import { plannedFor, retiredIds, type RoadmapPlan } from './view.ts';

/** The last change the reader made, for the page to announce. */
export type Change =
  | { kind: 'planned'; steps: number }
  | { kind: 'status'; step: string; status: StepStatus }
  | { kind: 'target'; step: string; target: string | undefined }
  | { kind: 'moved'; step: string; position: number; of: number }
  | { kind: 'added'; step: string; position: number; companions: string[]; /** Steps it needs that the reader marked skipped. */ needsSkipped?: string[] }
  | { kind: 'removed'; step: string; companions: string[] }
  | { kind: 'forgot'; count: number }
  | { kind: 'kept' }
  | { kind: 'closed' };

export type Edited = { plan: RoadmapPlan; change: Change } | null;
export type Edit = (catalogue: Catalogue, plan: RoadmapPlan) => Edited;

/** The order split into steps the catalogue has (edited) and retired ids (kept at the end). */
export function split(catalogue: Catalogue, order: readonly string[]): { known: string[]; retired: string[] } {
  return { known: order.filter((id) => catalogue.steps.has(id)), retired: order.filter((id) => !catalogue.steps.has(id)) };
}

/** Plan again from new answers. The steps become the planner's route; progress is kept by step id. */
export const replan =
  (raw: PlanInputs): Edit =>
  (catalogue, plan) => {
    const inputs = normaliseInputs(raw);
    const r = plannedFor(catalogue, inputs);
    const { known, retired } = split(catalogue, plan.order);
    const order = r.ok ? r.plan.steps.map((s) => s.id) : known;
    return { plan: { inputs, order: [...order, ...retired], progress: plan.progress }, change: { kind: 'planned', steps: order.length } };
  };

/** Mark a step to do, in progress, done or skipped. */
export const mark =
  (step: string, status: StepStatus): Edit =>
  (_, plan) =>
    statusOf(plan.progress, step) === status ? null : { plan: { ...plan, progress: setStatus(plan.progress, step, status) }, change: { kind: 'status', step, status } };

/** Set a step's target date (`YYYY-MM-DD`); an empty value clears it, an invalid one changes nothing. */
export const target =
  (step: string, value: string): Edit =>
  (_, plan) => {
    const date = value === '' ? undefined : value;
    const progress = setTarget(plan.progress, step, date);
    return progress === plan.progress ? null : { plan: { ...plan, progress }, change: { kind: 'target', step, target: date } };
  };

/** Move a step one place earlier (-1) or later (+1). */
export const move =
  (step: string, by: -1 | 1): Edit =>
  (catalogue, plan) => {
    const { known, retired } = split(catalogue, plan.order);
    const from = known.indexOf(step);
    const to = from + by;
    if (from < 0 || to < 0 || to >= known.length) return null;
    const { order } = moveStep(known, from, to, catalogue, plan.inputs, plan.progress);
    const position = order.indexOf(step);
    // Announce only what happened: a move that leaves the step where it was is no change.
    if (position === from) return null;
    return { plan: { ...plan, order: [...order, ...retired] }, change: { kind: 'moved', step, position: position + 1, of: known.length } };
  };

/** Forget steps the catalogue no longer has, with their progress. */
export const forget: Edit = (catalogue, plan) => {
  const gone = new Set(retiredIds(catalogue, plan));
  if (gone.size === 0) return null;
  const progress = Object.fromEntries(Object.entries(plan.progress).filter(([id]) => !gone.has(id)));
  return { plan: { ...plan, order: plan.order.filter((id) => catalogue.steps.has(id)), progress }, change: { kind: 'forgot', count: gone.size } };
};
