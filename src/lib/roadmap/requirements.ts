/**
 * Reading requirements: which step ids a requirement mentions, and whether a set of steps
 * already meets it.
 */
import type { Alternative, Catalogue, Held, Requirement, Start } from './types.ts';

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

/** What the reader has behind them, as the form asks it. */
export interface Background {
  start: Start;
  /** Credentials (and a course) already held. */
  held?: readonly Held[] | undefined;
  /** Years of coding work. */
  experienceYears?: number | undefined;
}

/**
 * Steps a reader has behind them: those their start lists in `doneFor`, those a credential they
 * hold puts behind them (`heldWith`), and the years of work they have (`doneAfterYears`, counted
 * only when they have any coding work at all). Accepts a bare start, as older plans have only that.
 */
export function doneAtStart(catalogue: Catalogue, background: Start | Background): Set<string> {
  const b: Background = typeof background === 'string' ? { start: background } : background;
  const held = new Set<string>(b.held ?? []);
  const years = b.experienceYears ?? 0;
  const done = new Set<string>();
  for (const step of catalogue.steps.values()) {
    const byYears = step.doneAfterYears !== undefined && years > 0 && years >= step.doneAfterYears;
    if (step.doneFor.includes(b.start) || byYears || (step.heldWith ?? []).some((h) => held.has(h))) done.add(step.id);
  }
  return done;
}
