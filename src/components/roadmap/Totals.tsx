/** The plan's totals (unknowns counted, never read as zero), what is still ahead, and the budget verdict. */
import { describeBudget, describeTotals, fill, formatDollars, formatUsd, type BudgetCheck, type Totals as TotalsData } from '../../lib/roadmap/index.ts';
import { stepTitle, type RoadmapContext } from './context.ts';

interface Props {
  ctx: RoadmapContext;
  total: TotalsData;
  ahead: TotalsData | undefined;
  budget: BudgetCheck | undefined;
  idp: string;
}

export function Totals({ ctx, total, ahead, budget, idp }: Props) {
  const { t } = ctx;
  const all = describeTotals(total, t.explain);
  const left = ahead && describeTotals(ahead, t.explain);
  return (
    <section class="rm-totals" aria-labelledby={`${idp}-totals-heading`}>
      <h2 id={`${idp}-totals-heading`}>{t.totals.heading}</h2>
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
                <strong>{formatDollars(budget.budget, t.explain)}</strong>: {describeBudget(budget, ctx.catalogue, t.explain)}
              </p>
              {budget.status === 'maybe' && budget.mayBreakAt && <p>{fill(t.totals.mayBreak, { step: stepTitle(ctx, budget.mayBreakAt) })}</p>}
              <p>
                {fill(t.totals.known, { usd: formatUsd(total.usd, t.explain) })}
                {total.unknownCosts.length > 0 && <> {fill(t.totals.notKnown, { steps: total.unknownCosts.map((id) => stepTitle(ctx, id)).join(', ') })}</>}
              </p>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
