/**
 * Adding and removing a step the way a coder would: a step comes with what it needs (AAPC
 * membership and current code books before an AAPC exam, a course, the removal of the
 * apprentice designation after it) and goes with what only it needed. The reader's own order
 * is kept; new steps are placed where their prerequisites allow, and the edit says which
 * companions came or went, so the page can tell the reader.
 */
import { split, type Change, type Edit } from './changes.ts';
import type { Progress } from './progress.ts';
import { doneAtStart, mentionedIds, type Background } from './requirements.ts';
import { resolve } from './resolve.ts';
import type { Catalogue, Preference, RoleData } from './types.ts';

export interface CompanionEdit {
  order: string[];
  /** Steps that came or went with the one the reader chose, in plan order. */
  companions: string[];
  /**
   * Adding: steps already in the plan that the new step needs but the reader marked skipped, in
   * plan order (present only when there are some). They stay as they are, skipped; the page says so.
   */
  needsSkipped?: string[];
}

/** Steps a step's requirements mention, among `pool`. */
function links(catalogue: Catalogue, id: string, pool: ReadonlySet<string>): string[] {
  const step = catalogue.steps.get(id);
  if (!step) return [];
  return step.prerequisites.flatMap(mentionedIds).filter((x) => pool.has(x) && x !== id);
}

/**
 * `order` with `added` placed in: the existing steps keep their order among themselves, and
 * each new step goes as early as its prerequisites in the plan allow, before the steps that
 * need it.
 */
function place(order: readonly string[], added: readonly string[], catalogue: Catalogue): string[] {
  const all = [...order, ...added];
  const inPlan = new Set(all);
  const fresh = new Set(added);
  const before = new Map<string, Set<string>>(all.map((id) => [id, new Set<string>()]));
  // Existing steps stay in the reader's order.
  order.forEach((id, i) => i > 0 && before.get(id)!.add(order[i - 1]!));
  // Prerequisites that touch a new step order it.
  for (const id of all) {
    const step = catalogue.steps.get(id);
    for (const dep of step ? step.prerequisites.flatMap(mentionedIds) : [])
      if (dep !== id && inPlan.has(dep) && (fresh.has(id) || fresh.has(dep))) before.get(id)!.add(dep);
  }
  const rank = (id: string) => (fresh.has(id) ? -1 : order.indexOf(id));
  const out: string[] = [];
  const placed = new Set<string>();
  while (out.length < all.length) {
    const ready = all.filter((id) => !placed.has(id) && [...before.get(id)!].every((d) => placed.has(d)));
    // A reader's order that contradicts a new step's prerequisites: keep the rest as it is.
    const next = ready.length > 0 ? ready.sort((a, b) => rank(a) - rank(b) || (catalogue.index.get(a) ?? 0) - (catalogue.index.get(b) ?? 0))[0]! : all.find((id) => !placed.has(id))!;
    out.push(next);
    placed.add(next);
  }
  return out;
}

/**
 * Add a catalogue step with its companions: the prerequisites the plan (and the reader's
 * background and finished steps) does not meet yet, chosen by the reader's preference, and
 * the steps that complete it. Unknown or present ids change nothing (null).
 */
export function addWithCompanions(
  order: readonly string[],
  stepId: string,
  catalogue: Catalogue,
  background: Background,
  preference: Preference,
  progress: Progress = {},
  hoursPerWeek = 10,
): CompanionEdit | null {
  if (!catalogue.steps.has(stepId) || order.includes(stepId)) return null;
  const skipped = (id: string) => Object.hasOwn(progress, id) && progress[id]?.status === 'skipped';
  const have = doneAtStart(catalogue, background);
  for (const id of order) if (!skipped(id)) have.add(id);
  const target: Pick<RoleData, 'id' | 'qualifiedBy' | 'employers'> = { id: '', qualifiedBy: [stepId] };
  const res = resolve({ catalogue, start: background.start, hoursPerWeek, preference }, target, have);
  // A prerequisite the reader marked skipped is not met, but it is already in the plan: it
  // stays where it is (with its status), and only steps not yet in the plan are added.
  // Those the new step needs (not only steps that complete it) are named to the reader.
  const added = (res.added.length > 0 ? res.added : [stepId]).filter((id) => id === stepId || !order.includes(id));
  const needsSkipped = order.filter((id) => res.why.get(id)?.some((w) => w.kind !== 'follows'));
  const next = place(order, added, catalogue);
  return { order: next, companions: next.filter((id) => id !== stepId && added.includes(id)), ...(needsSkipped.length > 0 ? { needsSkipped } : {}) };
}

/**
 * Remove a step and the companions only it needed: steps its requirements or followers
 * mention that no other step in the plan, and not the goal itself, still needs. Steps the
 * reader has done or started stay (their work is real).
 */
export function removeWithCompanions(
  order: readonly string[],
  stepId: string,
  catalogue: Catalogue,
  goal: Pick<RoleData, 'qualifiedBy'> | undefined,
  progress: Progress = {},
): CompanionEdit | null {
  if (!order.includes(stepId)) return null;
  const inPlan = new Set(order);
  const started = (id: string) => Object.hasOwn(progress, id) && (progress[id]?.status === 'done' || progress[id]?.status === 'in-progress');
  // Everything the removed step reaches through its requirements, and the steps that complete
  // it (with theirs): the full CPC goes with the CPC exam, the exam does not go with it.
  const followers = (catalogue.steps.get(stepId)?.followedBy ?? []).filter((id) => inPlan.has(id));
  const reach = new Set<string>(followers);
  const stack = [stepId, ...followers];
  while (stack.length > 0) {
    for (const next of links(catalogue, stack.pop()!, inPlan))
      if (!reach.has(next) && next !== stepId) {
        reach.add(next);
        stack.push(next);
      }
  }
  const goalNeeds = new Set(goal ? goal.qualifiedBy.flatMap(mentionedIds) : []);
  const kept = new Set(order.filter((id) => id !== stepId && (!reach.has(id) || goalNeeds.has(id) || started(id))));
  // A companion still needed by a step that stays, stays too (and keeps what it needs).
  let grew = true;
  while (grew) {
    grew = false;
    for (const id of [...kept])
      for (const dep of links(catalogue, id, inPlan))
        if (dep !== stepId && !kept.has(dep)) {
          kept.add(dep);
          grew = true;
        }
  }
  return { order: order.filter((id) => kept.has(id)), companions: order.filter((id) => id !== stepId && !kept.has(id)) };
}

// ---- The reader's edits (src/lib/roadmap/changes.ts), loaded when they first add or remove a step ----

/** Add a catalogue step with what it needs and what completes it, each placed after the steps it needs. */
export const add =
  (step: string): Edit =>
  (catalogue, plan) => {
    const { known, retired } = split(catalogue, plan.order);
    const { inputs } = plan;
    const r = addWithCompanions(known, step, catalogue, inputs, inputs.preference, plan.progress, inputs.hoursPerWeek);
    if (!r) return null;
    const change: Change = { kind: 'added', step, position: r.order.indexOf(step) + 1, companions: r.companions, ...(r.needsSkipped ? { needsSkipped: r.needsSkipped } : {}) };
    return { plan: { ...plan, order: [...r.order, ...retired] }, change };
  };

/** Take a step out of the plan, with the companions only it needed; progress is kept, in case they come back. */
export const remove =
  (step: string): Edit =>
  (catalogue, plan) => {
    if (!plan.order.includes(step)) return null;
    const { known, retired } = split(catalogue, plan.order);
    const r = removeWithCompanions(known, step, catalogue, catalogue.roles.get(plan.inputs.goal), plan.progress);
    const order = r ? r.order : known.filter((id) => id !== step);
    // A step the catalogue no longer has (retired) goes as the reader asked.
    return { plan: { ...plan, order: [...order, ...retired.filter((id) => id !== step)] }, change: { kind: 'removed', step, companions: r?.companions ?? [] } };
  };

