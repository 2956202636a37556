/**
 * The planner's reasons and totals in words a reader understands. The words come in as an
 * argument (src/i18n/roadmap.en.ts holds the English ones), so the island receives them as
 * props and a second language replaces that module alone.
 */
import type { Choice, Why } from './resolve.ts';
import type { Plan } from './plan.ts';
import type { BudgetCheck } from './budget.ts';
import type { Totals } from './schedule.ts';
import type { Catalogue, Range } from './types.ts';
import { count, fill, type ExplainWords } from './words.ts';

// The same formats as src/lib/facts.ts (formatValue), without the site's unit words: the
// roadmap island formats only weeks, months, hours and dollars, and its words say the unit.
// Made on first use: building an Intl format is slow, and a page showing only the example never needs one.
const formats: Partial<Record<'number' | 'usd' | 'day', Intl.NumberFormat | Intl.DateTimeFormat>> = {};
const OPTIONS = {
  number: { maximumFractionDigits: 2 },
  usd: { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
  day: { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' },
} as const;
function format(kind: keyof typeof OPTIONS): { format(value: number): string } {
  return (formats[kind] ??= kind === 'day' ? new Intl.DateTimeFormat('en-US', OPTIONS.day) : new Intl.NumberFormat('en-US', OPTIONS[kind]));
}

/** A number or a range of numbers: "4", "2.5 to 3". */
export function formatNumber(value: number | Range, w: ExplainWords, kind: 'number' | 'usd' = 'number'): string {
  const f = format(kind);
  if (typeof value === 'number') return f.format(value);
  return value.min === value.max ? f.format(value.min) : fill(w.range, { min: f.format(value.min), max: f.format(value.max) });
}

/** US dollars: "$425", "$2,000 to $7,500". */
export const formatDollars = (value: number | Range, w: ExplainWords) => formatNumber(value, w, 'usd');

/** A `YYYY-MM-DD` day as a reader reads it: "Mar 1, 2027" (as formatAsOf in src/lib/facts.ts). */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return format('day').format(Date.UTC(y, m - 1, d));
}

const round = (n: number) => (n < 10 ? Math.round(n * 2) / 2 : Math.round(n));

/** A range of weeks as a reader reads it: weeks up to about a quarter, months beyond. */
export function formatWeeks(range: Range, w: ExplainWords): string {
  if (range.max === 0) return w.noTime;
  if (range.max < 13) return fill(w.weeks, { text: formatNumber({ min: round(range.min), max: round(range.max) }, w) });
  const months = { min: round((range.min * 12) / 52), max: round((range.max * 12) / 52) };
  return fill(w.months, { text: formatNumber(months, w) });
}

/** A range of dollars, or "nothing". */
export function formatUsd(range: Range, w: ExplainWords): string {
  return range.max === 0 ? w.free : formatDollars({ min: Math.round(range.min), max: Math.round(range.max) }, w);
}

/** Total time and money, never hiding unknowns: "8 to 14 months, plus 2 steps of unknown length". */
export function describeTotals(total: Totals, w: ExplainWords): { time: string; cost: string } {
  const time = [formatWeeks(total.weeks, w)];
  if (total.unknownDurations.length > 0) time.push(count(w.unknownLength, total.unknownDurations.length));
  const cost = [formatUsd(total.usd, w)];
  if (total.unknownCosts.length > 0) cost.push(count(w.unknownPrice, total.unknownCosts.length));
  return { time: time.join(', '), cost: cost.join(', ') };
}

const titleOf = (catalogue: Catalogue, id: string) => catalogue.steps.get(id)?.title ?? id;
/** Words that start a sentence. */
const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Why a choice went the way it did: "Chosen over X and Y because it is the cheapest...". */
export function describeChoice(choice: Choice, catalogue: Catalogue, w: ExplainWords): string {
  const chosen = choice.options[choice.chosen];
  if (!chosen) return '';
  const others = choice.options
    .filter((o, i) => i !== choice.chosen && o.feasible)
    .map((o) => o.ids.map((id) => titleOf(catalogue, id)).join(' + '));
  const name = chosen.ids.map((id) => titleOf(catalogue, id)).join(' + ');
  let because: string = w.basis[choice.basis];
  if (choice.basis === 'recognition') {
    const why = chosen.ids.map((id) => catalogue.steps.get(id)?.recognition?.why).find((r) => r !== undefined);
    if (why !== undefined) because = `${because}: ${why.replace(/\.$/, '')}`;
  }
  const over = others.length === 0 ? '' : fill(w.over, { others: others.join(', ') });
  return fill(w.chosen, { name, over, route: w.preference[choice.preference], because });
}

/** One reason a step is in the plan. */
export function describeWhy(why: Why, plan: Plan, catalogue: Catalogue, w: ExplainWords): string {
  switch (why.kind) {
    case 'goal':
      return w.goal;
    case 'needed-by':
      return fill(w.neededBy, { title: titleOf(catalogue, why.step) });
    case 'follows':
      return fill(w.follows, { title: titleOf(catalogue, why.step) });
    case 'chosen': {
      const choice = plan.choices[why.choice];
      return choice ? describeChoice(choice, catalogue, w) : '';
    }
  }
}

/** The budget verdict in a sentence. */
export function describeBudget(budget: BudgetCheck, catalogue: Catalogue, w: ExplainWords): string {
  const parts: string[] = [];
  if (budget.switchedFrom) parts.push(capital(fill(w.budget.switched, { from: w.preference[budget.switchedFrom] })));
  if (budget.status === 'over') parts.push(fill(w.budget.over, { step: titleOf(catalogue, budget.breaksAt ?? '') }));
  else parts.push(w.budget[budget.status]);
  const c = budget.cheaperRoute;
  if (c) parts.push(capital(fill(w.budget.cheaper, { route: w.preference[c.preference], usd: formatUsd(c.usd, w), unknown: count(w.unknownPrice, c.unknownCosts) })));
  return parts.join(' ');
}
