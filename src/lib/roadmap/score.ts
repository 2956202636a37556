/**
 * Comparing alternatives. Each option is scored by what it would add to the plan (time, money,
 * how many figures are unknown) and by how recognised its own steps are; the reader's
 * preference decides which of these counts first.
 *
 * Unknowns are never read as zero, and never as a reason either: options are compared on their
 * ranges, and one with unknown figures is only cheaper (or quicker) when it surely is. Where
 * unknowns leave two options level, the next measure decides.
 */
import { addRange, measureCost, measureDuration, midpoint } from './measure.ts';
import type { Catalogue, Preference, Range, Start } from './types.ts';

export interface Score {
  /** Weeks the option adds, counting known lengths. */
  weeks: Range;
  /** Dollars the option adds, counting known prices. */
  usd: Range;
  unknownDurations: number;
  unknownCosts: number;
  /** Highest recognition rank among the option's own steps (0 when none is ranked). */
  recognition: number;
  /** True when every one of the option's own steps suits the reader's start. */
  suits: boolean;
  /** The largest programme the option adds (a course 1 … a bachelor's degree 4; 0 for none). */
  size: number;
  /** How many steps the option adds. */
  steps: number;
}

/** What decided between the chosen option and the runner-up. */
export type Basis =
  | 'only-option'
  | 'suits-start'
  | 'fewer-unknown-lengths'
  | 'fewer-unknown-costs'
  | 'time'
  | 'cost'
  | 'recognition'
  | 'size'
  | 'fewer-steps'
  | 'listed-first';

/** Score the steps an option adds (`added`), given the option's own steps (`heads`). */
export function scoreOption(
  added: readonly string[],
  heads: readonly string[],
  catalogue: Catalogue,
  hoursPerWeek: number,
  start: Start,
): Score {
  let weeks: Range = { min: 0, max: 0 };
  let usd: Range = { min: 0, max: 0 };
  let unknownDurations = 0;
  let unknownCosts = 0;
  let size = 0;
  for (const id of added) {
    const step = catalogue.steps.get(id);
    if (!step) continue;
    size = Math.max(size, step.size ?? 0);
    const d = measureDuration(step.duration, hoursPerWeek);
    const c = measureCost(step.cost);
    weeks = addRange(weeks, d.range);
    usd = addRange(usd, c.range);
    if (d.status === 'unknown') unknownDurations += 1;
    if (c.status === 'unknown') unknownCosts += 1;
  }
  let recognition = 0;
  let suits = true;
  for (const id of heads) {
    const step = catalogue.steps.get(id);
    // Recognition is a credential's: a degree is not "more recognised" on the way to a CPC.
    if (step && (step.kind === 'exam' || step.kind === 'credential')) recognition = Math.max(recognition, step.recognition?.rank ?? 0);
    if (step && !step.suits.includes(start)) suits = false;
  }
  return { weeks, usd, unknownDurations, unknownCosts, recognition, suits, size, steps: added.length };
}

type Compare = (a: Score, b: Score) => number;

/**
 * Two ranges with unknown parts, compared fairly: when both are fully known, by their middles;
 * otherwise only when one is surely lower (fully known and below the other's known minimum, which unknown parts can only
 * raise). Anything else is a tie: an unknown never makes an option look cheaper or dearer.
 */
function ranges(a: Range, aUnknown: number, b: Range, bUnknown: number): number {
  if (aUnknown === 0 && bUnknown === 0) return midpoint(a) - midpoint(b);
  if (aUnknown === 0 && a.max < b.min) return -1;
  if (bUnknown === 0 && b.max < a.min) return 1;
  return 0;
}

const bySuits: Compare = (a, b) => (a.suits === b.suits ? 0 : a.suits ? -1 : 1);
const byTime: Compare = (a, b) => ranges(a.weeks, a.unknownDurations, b.weeks, b.unknownDurations);
const byCost: Compare = (a, b) => ranges(a.usd, a.unknownCosts, b.usd, b.unknownCosts);
const byRecognition: Compare = (a, b) => b.recognition - a.recognition;

/**
 * When figures cannot decide, what is plain from the kind of step does: a course is smaller
 * than a diploma, which is smaller than a degree (in time and in money), and fewer new steps
 * is less to do.
 */
const tail: [Basis, Compare][] = [
  ['size', (a, b) => a.size - b.size],
  ['fewer-steps', (a, b) => a.steps - b.steps],
];

function keys(preference: Preference): [Basis, Compare][] {
  const suits: [Basis, Compare] = ['suits-start', bySuits];
  const time: [Basis, Compare] = ['time', byTime];
  const cost: [Basis, Compare] = ['cost', byCost];
  const recognition: [Basis, Compare] = ['recognition', byRecognition];
  switch (preference) {
    case 'fastest':
      return [suits, time, cost, ...tail.slice(0, 1), recognition, ...tail.slice(1)];
    case 'cheapest':
      return [suits, cost, time, ...tail.slice(0, 1), recognition, ...tail.slice(1)];
    case 'most-recognised':
      return [recognition, suits, time, cost, ...tail];
  }
}

const EPSILON = 1e-9;

/**
 * Negative when `a` is better than `b` under the preference, positive when worse, 0 when
 * nothing tells them apart; `basis` names the deciding key.
 */
export function compareScores(a: Score, b: Score, preference: Preference): { order: number; basis: Basis } {
  for (const [basis, compare] of keys(preference)) {
    const d = compare(a, b);
    if (Math.abs(d) > EPSILON) return { order: d < 0 ? -1 : 1, basis };
  }
  return { order: 0, basis: 'listed-first' };
}
