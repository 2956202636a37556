/**
 * Laying steps out in time. Steps run one after another in the order given, so each step's
 * start is the sum of the durations before it and the totals are the sums of the steps. An
 * unknown duration adds nothing to the range but is counted: every later step says how many
 * unknown lengths come before it, and the totals list them by step.
 */
import { addRange, measureCost, measureDuration, type Span } from './measure.ts';
import type { Progress } from './progress.ts';
import type { Catalogue, Range, StepKind, Unlocks } from './types.ts';

export interface ScheduledStep {
  id: string;
  title: string;
  kind: StepKind;
  /** Length in weeks at the reader's hours a week. */
  duration: Span;
  /** Price in US dollars. */
  cost: Span;
  /** Weeks from the start of the plan, counting known lengths only. */
  start: Range;
  end: Range;
  /** Unknown lengths before this step: when above 0 it starts later than `start` by an unknown time. */
  unknownBefore: number;
  /** False when the step is done or skipped and finished steps are left out of the totals. */
  counted: boolean;
  unlocks: Unlocks;
  /** Source ids the step cites. */
  sources: string[];
}

export interface Totals {
  /** Weeks, summing known lengths. */
  weeks: Range;
  /** US dollars, summing known prices. */
  usd: Range;
  /** Steps whose length is unknown: the total is "plus" these. */
  unknownDurations: string[];
  /** Steps whose price is unknown. */
  unknownCosts: string[];
}

export interface Schedule {
  steps: ScheduledStep[];
  total: Totals;
  /** Ids given that are not in the catalogue (left out). */
  missing: string[];
}

export interface ScheduleOptions {
  /** The reader's progress; with `remainingOnly`, done and skipped steps add nothing. */
  progress?: Progress | undefined;
  /** Count only what is still ahead (done and skipped steps take no time and cost nothing). */
  remainingOnly?: boolean | undefined;
}

const ZERO: Range = { min: 0, max: 0 };

/** Schedule the given steps in the given order. Pure: the same input gives the same output. */
export function scheduleSteps(
  ids: readonly string[],
  catalogue: Catalogue,
  hoursPerWeek: number,
  options: ScheduleOptions = {},
): Schedule {
  const steps: ScheduledStep[] = [];
  const missing: string[] = [];
  const unknownDurations: string[] = [];
  const unknownCosts: string[] = [];
  let clock: Range = ZERO;
  let usd: Range = ZERO;
  for (const id of ids) {
    const step = catalogue.steps.get(id);
    if (!step) {
      missing.push(id);
      continue;
    }
    const status = options.progress?.[id]?.status;
    const counted = !(options.remainingOnly && (status === 'done' || status === 'skipped'));
    const none: Span = { status: 'none', range: ZERO };
    const duration = counted ? measureDuration(step.duration, hoursPerWeek) : none;
    const cost = counted ? measureCost(step.cost) : none;
    const start = clock;
    const unknownBefore = unknownDurations.length;
    clock = addRange(clock, duration.range);
    usd = addRange(usd, cost.range);
    if (duration.status === 'unknown') unknownDurations.push(id);
    if (cost.status === 'unknown') unknownCosts.push(id);
    steps.push({
      id,
      title: step.title,
      kind: step.kind,
      duration,
      cost,
      start,
      end: clock,
      unknownBefore,
      counted,
      unlocks: step.unlocks,
      sources: step.sources.map((s) => s.id),
    });
  }
  return { steps, total: { weeks: clock, usd, unknownDurations, unknownCosts }, missing };
}
