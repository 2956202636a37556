/**
 * A reader's progress, keyed by stable step id so that content changes never wipe it: a step
 * that disappears from the catalogue keeps its entry until the reader clears it. Every helper
 * returns a new object and leaves the one given untouched.
 */

/** Where a reader is with a step. */
export const STEP_STATUSES = ['todo', 'in-progress', 'done', 'skipped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export interface StepProgress {
  status: StepStatus;
  /** The date the reader aims to finish by (YYYY-MM-DD). */
  target?: string | undefined;
}

/** Progress by step id. Steps without an entry are `todo` with no target. */
export type Progress = Readonly<Record<string, StepProgress>>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** The status of a step (`todo` when nothing is recorded). */
export function statusOf(progress: Progress, stepId: string): StepStatus {
  return Object.hasOwn(progress, stepId) ? (progress[stepId]?.status ?? 'todo') : 'todo';
}

function put(progress: Progress, stepId: string, entry: StepProgress): Progress {
  const next: Record<string, StepProgress> = { ...progress };
  // A todo step with no target carries no information: drop it to keep state and links small.
  if (entry.status === 'todo' && entry.target === undefined) delete next[stepId];
  else next[stepId] = entry;
  return next;
}

/** Mark a step done, in progress, skipped or back to todo. */
export function setStatus(progress: Progress, stepId: string, status: StepStatus): Progress {
  const target = Object.hasOwn(progress, stepId) ? progress[stepId]?.target : undefined;
  return put(progress, stepId, target === undefined ? { status } : { status, target });
}

/** Set or clear a step's target date; an invalid date leaves progress unchanged. */
export function setTarget(progress: Progress, stepId: string, target: string | undefined): Progress {
  if (target !== undefined && !isIsoDay(target)) return progress;
  const status = statusOf(progress, stepId);
  return put(progress, stepId, target === undefined ? { status } : { status, target });
}

/** How many of the given steps are in each state. */
export function countStatuses(order: readonly string[], progress: Progress): Record<StepStatus, number> {
  const counts: Record<StepStatus, number> = { todo: 0, 'in-progress': 0, done: 0, skipped: 0 };
  for (const id of order) counts[statusOf(progress, id)] += 1;
  return counts;
}

/** Progress entries for steps the catalogue no longer has (kept, never deleted silently). */
export function orphanedProgress(progress: Progress, known: (stepId: string) => boolean): string[] {
  return Object.keys(progress).filter((id) => !known(id));
}

/** One milestone: a step's target date. */
export interface Milestone {
  stepId: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  status: StepStatus;
}

/** Steps of `order` with a valid target date, in plan order; skipped steps and unknown ids are left out. */
export function milestones(order: readonly string[], progress: Progress, titleOf: (stepId: string) => string | undefined): Milestone[] {
  const out: Milestone[] = [];
  for (const stepId of order) {
    const target = Object.hasOwn(progress, stepId) ? progress[stepId]?.target : undefined;
    const title = titleOf(stepId);
    const status = statusOf(progress, stepId);
    if (target === undefined || !isIsoDay(target) || title === undefined || status === 'skipped') continue;
    out.push({ stepId, title, date: target, status });
  }
  return out;
}
