/**
 * The roadmap builder's business rules, pure and framework-free: plan a route, schedule and
 * edit it, track progress, share it by link, and check the data it runs on.
 */
export * from './types.ts';
export { planRoadmap, normaliseInputs, type Plan, type PlanInputs, type PlannedStep, type PlanResult } from './plan.ts';
export { scheduleSteps, type Schedule, type ScheduledStep, type ScheduleOptions, type Totals } from './schedule.ts';
export { measureCost, measureDuration, clampHours, midpoint, addRange, MIN_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK, type Span } from './measure.ts';
export { checkBudget, type BudgetCheck } from './budget.ts';
export type { Choice, OptionSummary, Owner, Why } from './resolve.ts';
export type { Basis, Score } from './score.ts';
export { orderSteps } from './order.ts';
export { doneAtStart, isMet, mentionedIds, idsOf } from './requirements.ts';
export { addStep, addableSteps, checkOrder, moveStep, removeStep, type EditResult, type OrderWarning } from './edit.ts';
export {
  STEP_STATUSES,
  countStatuses,
  isIsoDay,
  milestones,
  orphanedProgress,
  setStatus,
  setTarget,
  statusOf,
  type Milestone,
  type Progress,
  type StepProgress,
  type StepStatus,
} from './progress.ts';
export { decodeShare, encodeShare, type DecodeReport, type DecodeResult, type SharedPlan, type ShareError, type ShareProblem } from './share.ts';
export { checkRoadmapData, findCycles, reachableSteps, ROLES_FILE, STEPS_FILE } from './check.ts';
export { describeBudget, describeChoice, describeTotals, describeWhy, formatDay, formatDollars, formatNumber, formatUsd, formatWeeks } from './explain.ts';
export { count, fill, type ExplainWords, type RoadmapWords } from './words.ts';
export { decodeStoredPlan, encodeStoredPlan } from './stored.ts';
export { rolesUnlockedBy } from './unlocks.ts';
