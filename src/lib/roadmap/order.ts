/**
 * Putting chosen steps in an order that respects every prerequisite: a step comes after every
 * step of the plan that any of its requirements mentions. Among steps that are free to go,
 * the one listed first in content/steps.yaml goes first, so plans read in a familiar order.
 */
import { mentionedIds } from './requirements.ts';
import type { Catalogue } from './types.ts';

/**
 * The ids in prerequisite order. Content is checked for cycles at build time; if one slips
 * through, the steps caught in it are appended in catalogue order rather than lost.
 */
export function orderSteps(ids: readonly string[], catalogue: Catalogue): string[] {
  const inPlan = new Set(ids);
  const before = new Map<string, Set<string>>();
  const after = new Map<string, string[]>();
  for (const id of inPlan) {
    const deps = new Set<string>();
    for (const req of catalogue.steps.get(id)?.prerequisites ?? [])
      for (const dep of mentionedIds(req)) if (dep !== id && inPlan.has(dep)) deps.add(dep);
    before.set(id, deps);
    for (const dep of deps) after.set(dep, [...(after.get(dep) ?? []), id]);
  }
  const rank = (id: string) => catalogue.index.get(id) ?? Number.MAX_SAFE_INTEGER;
  const ready = [...inPlan].filter((id) => before.get(id)!.size === 0);
  const out: string[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => rank(a) - rank(b));
    const next = ready.shift()!;
    out.push(next);
    for (const later of after.get(next) ?? []) {
      const deps = before.get(later)!;
      deps.delete(next);
      if (deps.size === 0) ready.push(later);
    }
  }
  if (out.length < inPlan.size) {
    const placed = new Set(out);
    out.push(...[...inPlan].filter((id) => !placed.has(id)).sort((a, b) => rank(a) - rank(b)));
  }
  return out;
}
