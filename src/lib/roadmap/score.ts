/**
 * Comparing alternatives. Each option is scored by what it would add to the plan (time, money,
 * how many figures are unknown) and by how recognised its own steps are; the reader's
 * preference decides which of these counts first.
 *
 * Unknowns are never read as zero: an option with fewer unknown figures wins before known
 * figures are compared, so a route with a published length beats one whose length nobody
 * publishes, and the reason says so.
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
}

/** What decided between the chosen option and the runner-up. */
export const BASES = [
  'only-option',
  'suits-start',
  'fewer-unknown-lengths',
  'fewer-unknown-costs',
  'time',
  'cost',
  'recognition',
  'listed-first',
] as const;
export type Basis = (typeof BASES)[number];

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
  for (const id of added) {
    const step = catalogue.steps.get(id);
    if (!step) continue;
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
    recognition = Math.max(recognition, step?.recognition?.rank ?? 0);
    if (step && !step.suits.includes(start)) suits = false;
  }
  return { weeks, usd, unknownDurations, unknownCosts, recognition, suits };
}

type Key = [Basis, number];

function keys(s: Score, preference: Preference): Key[] {
  const suits: Key = ['suits-start', s.suits ? 0 : 1];
  const time: Key[] = [['fewer-unknown-lengths', s.unknownDurations], ['time', midpoint(s.weeks)]];
  const cost: Key[] = [['fewer-unknown-costs', s.unknownCosts], ['cost', midpoint(s.usd)]];
  const recognition: Key = ['recognition', -s.recognition];
  switch (preference) {
    case 'fastest':
      return [suits, ...time, ...cost, recognition];
    case 'cheapest':
      return [suits, ...cost, ...time, recognition];
    case 'most-recognised':
      return [recognition, suits, ...time, ...cost];
  }
}

const EPSILON = 1e-9;

/**
 * Negative when `a` is better than `b` under the preference, positive when worse, 0 when
 * nothing tells them apart; `basis` names the deciding key.
 */
export function compareScores(a: Score, b: Score, preference: Preference): { order: number; basis: Basis } {
  const ka = keys(a, preference);
  const kb = keys(b, preference);
  for (let i = 0; i < ka.length; i += 1) {
    const [basis, va] = ka[i]!;
    const vb = kb[i]![1];
    if (Math.abs(va - vb) > EPSILON) return { order: va < vb ? -1 : 1, basis };
  }
  return { order: 0, basis: 'listed-first' };
}
