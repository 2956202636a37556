/**
 * Holding a plan against the reader's budget: whether it fits, and if not, at which step the
 * money runs out. Unknown prices are never read as free: a plan with any unknown price can at
 * best "maybe" fit.
 */
import type { Preference, Range } from './types.ts';
import type { ScheduledStep, Totals } from './schedule.ts';

export interface BudgetCheck {
  /** The reader's budget in US dollars. */
  budget: number;
  /** within: fits even at the top of every range; maybe: fits only at the low end or prices are unknown; over: does not fit even at the low end. */
  status: 'within' | 'maybe' | 'over';
  /** First step at which the lowest prices so far add up to more than the budget. */
  breaksAt?: string;
  /** First step at which the highest prices so far add up to more than the budget. */
  mayBreakAt?: string;
  /** How far the lowest total is above the budget, when over. */
  exceedsBy?: number;
  /** Steps whose price is unknown. */
  unknownCosts: number;
  /** Set when the requested preference broke the budget and another preference's route was used instead. */
  switchedFrom?: Preference;
  /**
   * When this plan is over and no route is surely within the budget: another preference whose
   * route is not over at its known prices (it has unknown ones), for the reader to consider.
   */
  cheaperRoute?: { preference: Preference; usd: Range; unknownCosts: number };
}

/** Check scheduled steps and their totals against a budget. */
export function checkBudget(steps: readonly ScheduledStep[], total: Totals, budget: number): BudgetCheck {
  let low = 0;
  let high = 0;
  let breaksAt: string | undefined;
  let mayBreakAt: string | undefined;
  for (const s of steps) {
    low += s.cost.range.min;
    high += s.cost.range.max;
    if (breaksAt === undefined && low > budget) breaksAt = s.id;
    if (mayBreakAt === undefined && high > budget) mayBreakAt = s.id;
  }
  const unknownCosts = total.unknownCosts.length;
  const status = total.usd.min > budget ? 'over' : total.usd.max > budget || unknownCosts > 0 ? 'maybe' : 'within';
  return {
    budget,
    status,
    ...(breaksAt === undefined ? {} : { breaksAt }),
    ...(mayBreakAt === undefined ? {} : { mayBreakAt }),
    ...(status === 'over' ? { exceedsBy: total.usd.min - budget } : {}),
    unknownCosts,
  };
}
