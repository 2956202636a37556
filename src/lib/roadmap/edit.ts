/**
 * Editing a plan by hand: reorder, add from the catalogue, remove. The reader is free to do
 * anything; every edit comes back with warnings for prerequisites the new order breaks, so
 * the island can say so instead of refusing.
 */
import type { Progress } from './progress.ts';
import { doneAtStart, isMet, mentionedIds, type Background } from './requirements.ts';
import type { Catalogue, Requirement, Start, StepData } from './types.ts';

/** A prerequisite the order does not meet. */
export interface OrderWarning {
  /** The step whose prerequisite is not met. */
  stepId: string;
  /** Position of the requirement in the step's list. */
  requirement: number;
  /**
   * after: the steps that would meet it come later in the plan; missing: they are not in
   * the plan at all (or are skipped).
   */
  problem: 'after' | 'missing';
  /** The step ids the requirement mentions, so the island can name them. */
  needs: string[];
}

export interface EditResult {
  order: string[];
  warnings: OrderWarning[];
}

/**
 * Prerequisites the order breaks. A requirement is met by steps the start counts as done,
 * steps marked done, and steps earlier in the order that are not skipped.
 */
export function checkOrder(
  order: readonly string[],
  catalogue: Catalogue,
  start: Start | Background,
  progress: Progress = {},
): OrderWarning[] {
  const have = doneAtStart(catalogue, start);
  const status = (id: string) => (Object.hasOwn(progress, id) ? progress[id]?.status : undefined);
  for (const id of Object.keys(progress)) if (status(id) === 'done') have.add(id);
  const usable = order.filter((id) => status(id) !== 'skipped');
  const later = new Set(usable);
  const warnings: OrderWarning[] = [];
  for (const id of order) {
    later.delete(id);
    const step = catalogue.steps.get(id);
    if (step && status(id) !== 'skipped') {
      step.prerequisites.forEach((req: Requirement, i) => {
        if (isMet(req, (x) => have.has(x))) return;
        const problem = isMet(req, (x) => have.has(x) || later.has(x)) ? 'after' : 'missing';
        warnings.push({ stepId: id, requirement: i, problem, needs: mentionedIds(req) });
      });
    }
    if (status(id) !== 'skipped') have.add(id);
  }
  return warnings;
}

/** Move the step at `from` to position `to` (both clamped to the list). */
export function moveStep(
  order: readonly string[],
  from: number,
  to: number,
  catalogue: Catalogue,
  start: Start | Background,
  progress?: Progress,
): EditResult {
  const next = [...order];
  if (next.length === 0 || !Number.isInteger(from) || !Number.isInteger(to)) {
    return { order: next, warnings: checkOrder(next, catalogue, start, progress) };
  }
  // Both clamped against the full list: once the step is taken out, the last place is the
  // list's new length, which the reader means by "move to the end" (and by "down" from the
  // second-to-last place).
  const last = next.length - 1;
  const clamp = (n: number) => Math.max(0, Math.min(last, n));
  const [moved] = next.splice(clamp(from), 1);
  next.splice(clamp(to), 0, moved!);
  return { order: next, warnings: checkOrder(next, catalogue, start, progress) };
}

/**
 * Add a catalogue step, placed right after the last step of the plan its prerequisites
 * mention (or first when none is in the plan). Unknown or already-present ids change nothing.
 */
export function addStep(
  order: readonly string[],
  stepId: string,
  catalogue: Catalogue,
  start: Start | Background,
  progress?: Progress,
): EditResult & { added: boolean } {
  const step = catalogue.steps.get(stepId);
  if (!step || order.includes(stepId)) {
    return { order: [...order], added: false, warnings: checkOrder(order, catalogue, start, progress) };
  }
  const deps = new Set(step.prerequisites.flatMap(mentionedIds));
  let at = 0;
  order.forEach((id, i) => {
    if (deps.has(id)) at = i + 1;
  });
  const next = [...order.slice(0, at), stepId, ...order.slice(at)];
  return { order: next, added: true, warnings: checkOrder(next, catalogue, start, progress) };
}

/** Remove a step; the warnings name steps that relied on it. */
export function removeStep(
  order: readonly string[],
  stepId: string,
  catalogue: Catalogue,
  start: Start | Background,
  progress?: Progress,
): EditResult {
  const next = order.filter((id) => id !== stepId);
  return { order: next, warnings: checkOrder(next, catalogue, start, progress) };
}

/** Catalogue steps not in the order, in catalogue order: what the "add a step" list offers. */
export function addableSteps(order: readonly string[], catalogue: Catalogue): StepData[] {
  const present = new Set(order);
  return [...catalogue.steps.values()].filter((s) => !present.has(s.id));
}
