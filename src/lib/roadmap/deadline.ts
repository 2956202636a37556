/**
 * The time to the goal against the reader's date: when the plan reaches the job (the last step
 * the job itself asks for), on the lengths that are known, and whether that fits before the
 * date. Unknown lengths are never read as zero: with any before the goal, the best verdict is
 * "maybe", and the steps are named.
 */
import { mentionedIds } from './requirements.ts';
import type { ScheduledStep } from './schedule.ts';
import type { Catalogue, Range } from './types.ts';

export interface DeadlineCheck {
  /** The reader's date (YYYY-MM-DD). */
  target: string;
  /** Weeks from today to the date. */
  available: number;
  /** Weeks from now to the goal, counting known lengths. */
  reach: Range;
  /** Steps up to the goal whose length is unknown. */
  unknown: string[];
  /** within: even the longest known figures fit; maybe: the shortest fit, or lengths are unknown; over: not even the shortest. */
  status: 'within' | 'maybe' | 'over';
}

const DAY = 86_400_000;

/** Steps up to (and including) the last one the goal's requirements name. */
export function stepsToGoal(steps: readonly ScheduledStep[], catalogue: Catalogue, goal: string): ScheduledStep[] {
  const role = catalogue.roles.get(goal);
  const needs = new Set(role ? role.qualifiedBy.flatMap(mentionedIds) : []);
  let last = -1;
  steps.forEach((s, i) => {
    if (needs.has(s.id)) last = i;
  });
  return last < 0 ? [...steps] : steps.slice(0, last + 1);
}

/** The plan's steps against the reader's date, from `today` (YYYY-MM-DD). */
export function checkDeadline(steps: readonly ScheduledStep[], catalogue: Catalogue, goal: string, target: string, today: string): DeadlineCheck {
  const upTo = stepsToGoal(steps, catalogue, goal).filter((s) => s.counted);
  const reach = upTo.reduce<Range>((r, s) => ({ min: r.min + s.duration.range.min, max: r.max + s.duration.range.max }), { min: 0, max: 0 });
  const unknown = upTo.filter((s) => s.duration.status === 'unknown').map((s) => s.id);
  const available = (Date.parse(target) - Date.parse(today)) / DAY / 7;
  const status = reach.min > available ? 'over' : reach.max <= available && unknown.length === 0 ? 'within' : 'maybe';
  return { target, available, reach, unknown, status };
}
