/**
 * The planner's reasons and totals in words a reader understands. The words themselves live in
 * src/i18n/roadmap.en.ts, so a second language replaces that module alone.
 */
import { formatValue } from '../facts.ts';
import { roadmapWords } from '../../i18n/roadmap.en.ts';
import type { Choice, Why } from './resolve.ts';
import type { Plan } from './plan.ts';
import type { BudgetCheck } from './budget.ts';
import type { Totals } from './schedule.ts';
import type { Catalogue, Range } from './types.ts';

export { roadmapWords };

const round = (n: number) => (n < 10 ? Math.round(n * 2) / 2 : Math.round(n));

/** A range of weeks as a reader reads it: weeks up to about a quarter, months beyond. */
export function formatWeeks(range: Range): string {
  if (range.max === 0) return roadmapWords.noTime;
  if (range.max < 13) {
    const r = { min: round(range.min), max: round(range.max) };
    return roadmapWords.weeks(formatValue(r));
  }
  const months = { min: round((range.min * 12) / 52), max: round((range.max * 12) / 52) };
  return roadmapWords.months(formatValue(months));
}

/** A range of dollars, or "nothing". */
export function formatUsd(range: Range): string {
  return range.max === 0 ? roadmapWords.free : formatValue({ min: Math.round(range.min), max: Math.round(range.max) }, 'usd');
}

/** Total time and money, never hiding unknowns: "8 to 14 months, plus 2 steps of unknown length". */
export function describeTotals(total: Totals): { time: string; cost: string } {
  const time = [formatWeeks(total.weeks)];
  if (total.unknownDurations.length > 0) time.push(roadmapWords.unknownLength(total.unknownDurations.length));
  const cost = [formatUsd(total.usd)];
  if (total.unknownCosts.length > 0) cost.push(roadmapWords.unknownPrice(total.unknownCosts.length));
  return { time: time.join(', '), cost: cost.join(', ') };
}

const titleOf = (catalogue: Catalogue, id: string) => catalogue.steps.get(id)?.title ?? id;

/** Why a choice went the way it did: "Chosen over X and Y because it is the cheapest...". */
export function describeChoice(choice: Choice, catalogue: Catalogue): string {
  const chosen = choice.options[choice.chosen];
  if (!chosen) return '';
  const others = choice.options
    .filter((o, i) => i !== choice.chosen && o.feasible)
    .map((o) => o.ids.map((id) => titleOf(catalogue, id)).join(' + '));
  const name = chosen.ids.map((id) => titleOf(catalogue, id)).join(' + ');
  let because: string = roadmapWords.basis[choice.basis];
  if (choice.basis === 'recognition') {
    const why = chosen.ids.map((id) => catalogue.steps.get(id)?.recognition?.why).find((w) => w !== undefined);
    if (why !== undefined) because = `${because}: ${why.replace(/\.$/, '')}`;
  }
  const over = others.length === 0 ? '' : ` over ${others.join(', ')}`;
  return `${name}, chosen${over} for ${roadmapWords.preference[choice.preference]}, because ${because}.`;
}

/** One reason a step is in the plan. */
export function describeWhy(why: Why, plan: Plan, catalogue: Catalogue): string {
  switch (why.kind) {
    case 'goal':
      return roadmapWords.goal;
    case 'needed-by':
      return roadmapWords.neededBy(titleOf(catalogue, why.step));
    case 'chosen': {
      const choice = plan.choices[why.choice];
      return choice ? describeChoice(choice, catalogue) : '';
    }
  }
}

/** The budget verdict in a sentence. */
export function describeBudget(budget: BudgetCheck, catalogue: Catalogue): string {
  const parts: string[] = [];
  if (budget.switchedFrom) parts.push(roadmapWords.budget.switched(roadmapWords.preference[budget.switchedFrom]));
  if (budget.status === 'over') parts.push(roadmapWords.budget.over(titleOf(catalogue, budget.breaksAt ?? '')));
  else parts.push(roadmapWords.budget[budget.status]);
  const c = budget.cheaperRoute;
  if (c) parts.push(roadmapWords.budget.cheaper(roadmapWords.preference[c.preference], formatUsd(c.usd), roadmapWords.unknownPrice(c.unknownCosts)));
  return parts.join(' ');
}
