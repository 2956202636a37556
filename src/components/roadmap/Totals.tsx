/** The plan's totals (unknowns counted, never read as zero), what is still ahead, and the budget verdict. */
import { formatValue } from '../../lib/facts.ts';
import { describeBudget, describeTotals, type BudgetCheck, type Totals as TotalsData } from '../../lib/roadmap/index.ts';
import { roadmapLabels as t } from '../../i18n/roadmap.en.ts';
import { stepTitle, type RoadmapContext } from './context.ts';

interface Props {
  ctx: RoadmapContext;
  total: TotalsData;
  ahead: TotalsData | undefined;
  budget: BudgetCheck | undefined;
}

export function Totals({ ctx, total, ahead, budget }: Props) {
  const all = describeTotals(total);
  const left = ahead && describeTotals(ahead);
  return (
    <section class="rm-totals" aria-labelledby="rm-totals-heading">
      <h2 id="rm-totals-heading">{t.totals.heading}</h2>
      <dl class="facts">
        <dt>{t.totals.time}</dt>
        <dd>{all.time}</dd>
        <dt>{t.totals.cost}</dt>
        <dd>{all.cost}</dd>
        {left && (
          <>
            <dt>{t.totals.ahead}</dt>
            <dd>
              {left.time}; {left.cost}
            </dd>
          </>
        )}
        {budget && (
          <>
            <dt>{t.totals.budget}</dt>
            <dd>
              <p class={`rm-verdict rm-verdict-${budget.status}`}>
                <strong>{formatValue(budget.budget, 'usd')}</strong>: {describeBudget(budget, ctx.catalogue)}
              </p>
              {budget.status === 'maybe' && budget.mayBreakAt && <p>{t.totals.mayBreak(stepTitle(ctx, budget.mayBreakAt))}</p>}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
