/**
 * Reading requirements: which step ids a requirement mentions, and whether a set of steps
 * already meets it.
 */
import type { Alternative, Catalogue, Requirement, Start } from './types.ts';

/** The ids of one alternative, as a list. */
export function idsOf(alternative: Alternative): readonly string[] {
  return typeof alternative === 'string' ? [alternative] : alternative;
}

/** Every step id a requirement mentions, in order. */
export function mentionedIds(requirement: Requirement): string[] {
  return typeof requirement === 'string' ? [requirement] : requirement.anyOf.flatMap((a) => [...idsOf(a)]);
}

/** True when the steps in `have` meet the requirement. */
export function isMet(requirement: Requirement, have: (id: string) => boolean): boolean {
  if (typeof requirement === 'string') return have(requirement);
  return requirement.anyOf.some((alt) => idsOf(alt).every(have));
}

/** Steps a reader has behind them at a given start (their `doneFor` lists it). */
export function doneAtStart(catalogue: Catalogue, start: Start): Set<string> {
  const done = new Set<string>();
  for (const step of catalogue.steps.values()) if (step.doneFor.includes(start)) done.add(step.id);
  return done;
}
