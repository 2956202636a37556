/**
 * Turning a step's duration and cost facts into ranges the planner can add: weeks and US
 * dollars. Study hours scale with the reader's hours a week; calendar time does not. An
 * unknown stays unknown (status `unknown`, range 0..0 so sums stay honest about what is
 * known) and is always counted where totals are shown.
 */
import type { Measure, Range } from './types.ts';

/** Hours a week the planner accepts; values outside are clamped. */
export const MIN_HOURS_PER_WEEK = 1;
export const MAX_HOURS_PER_WEEK = 80;

/** Calendar units in weeks (a month is a twelfth of a 52-week year). */
const WEEKS_PER: Record<string, number> = { days: 1 / 7, weeks: 1, months: 52 / 12, years: 52 };

/** A measured figure: known (with a range), none (takes nothing of its own) or unknown (with why). */
export interface Span {
  status: 'known' | 'none' | 'unknown';
  /** The range; 0..0 when none or unknown. */
  range: Range;
  /** Why it is unknown, from content. */
  reason?: string;
  /** For study steps: the hours behind the weeks, so the reader sees what was scaled. */
  studyHours?: Range;
}

const ZERO: Range = { min: 0, max: 0 };

/** Hours a week as the planner uses them: a finite number between the limits. */
export function clampHours(hoursPerWeek: number): number {
  if (!Number.isFinite(hoursPerWeek)) return MIN_HOURS_PER_WEEK;
  return Math.min(MAX_HOURS_PER_WEEK, Math.max(MIN_HOURS_PER_WEEK, hoursPerWeek));
}

function toRange(value: unknown): Range | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return { min: value, max: value };
  if (typeof value === 'object' && value !== null) {
    const r = value as Range;
    if (Number.isFinite(r.min) && Number.isFinite(r.max) && r.min >= 0 && r.min <= r.max) return { min: r.min, max: r.max };
  }
  return null;
}

const unknown = (reason: string): Span => ({ status: 'unknown', range: ZERO, reason });

/** A step's duration in weeks at the given hours a week. */
export function measureDuration(measure: Measure, hoursPerWeek: number): Span {
  if (measure === 'none') return { status: 'none', range: ZERO };
  // `kind` rather than facts.ts's isKnown: the island that plans in the browser then does not
  // share a chunk with the site's fact formatting (and its words).
  if (measure.kind !== 'fact') return unknown(measure.reason);
  const r = toRange(measure.value);
  if (r === null) return unknown('The figure could not be read as a length of time.');
  if (measure.unit === 'hours') {
    const h = clampHours(hoursPerWeek);
    return { status: 'known', range: { min: r.min / h, max: r.max / h }, studyHours: r };
  }
  const factor = measure.unit !== undefined && Object.hasOwn(WEEKS_PER, measure.unit) ? WEEKS_PER[measure.unit] : undefined;
  if (factor === undefined) return unknown('The figure is not in a unit of time the planner knows.');
  return { status: 'known', range: { min: r.min * factor, max: r.max * factor } };
}

/** A step's cost in US dollars. */
export function measureCost(measure: Measure): Span {
  if (measure === 'none') return { status: 'none', range: ZERO };
  if (measure.kind !== 'fact') return unknown(measure.reason);
  const r = toRange(measure.value);
  if (r === null || measure.unit !== 'usd') return unknown('The figure could not be read as a price in dollars.');
  return { status: 'known', range: r };
}

/** Sum of two ranges. */
export function addRange(a: Range, b: Range): Range {
  return { min: a.min + b.min, max: a.max + b.max };
}

/** Middle of a range: how the planner compares two ranges. */
export function midpoint(r: Range): number {
  return (r.min + r.max) / 2;
}
