/**
 * A plan as the page shows it: the answers it was made from, its steps as a numbered list, the
 * order problems, the totals and budget verdict, and the timeline. The page renders the example
 * with it at build time (static HTML, no controls); the island renders a reader's own or shared
 * plan with it, with the step controls and the add-a-step form.
 */
import { fill, formatDollars, formatNumber } from '../../lib/roadmap/index.ts';
import type { RoadmapView } from '../../lib/roadmap/view.ts';
import { count } from '../../lib/roadmap/words.ts';
import { AddStep } from './AddStep.tsx';
import { GoalPanel } from './GoalPanel.tsx';
import { goalTitle, stepTitle, type RoadmapContext } from './context.ts';
import { StepItem, type StepControls } from './StepItem.tsx';
import { Timeline } from './Timeline.tsx';
import { Totals } from './Totals.tsx';
import { Warnings } from './Warnings.tsx';

interface Props {
  ctx: RoadmapContext;
  view: RoadmapView;
  /** Prefix of the ids in this copy (the static example and the island's plan can both be in the page). */
  idp: string;
  /** The reader's controls; none on the static example. */
  controls?: (StepControls & { onAdd: (id: string) => void }) | undefined;
  /** What the reader's last edit did besides the step they chose (companions that came or went). */
  message?: string | undefined;
  /** The plan's share address in full, printed under the plan (the share panel does not print). */
  link?: string | undefined;
}

export function PlanView({ ctx, view, idp, controls, message, link }: Props) {
  const { t } = ctx;
  const { plan, result, steps } = view;
  const inputs = plan.inputs;
  const planned = result.ok ? result.plan : undefined;
  const goal = goalTitle(ctx, inputs.goal);
  const heading = view.source === 'example' ? t.plan.exampleHeading : view.source === 'shared' ? t.plan.sharedHeading : t.plan.heading;
  const answers = fill(t.plan.answers, {
    start: t.starts[inputs.start],
    goal,
    hours: formatNumber(inputs.hoursPerWeek, t.explain),
    preference: t.preferences[inputs.preference].toLowerCase(),
    budget: inputs.budget === undefined ? '' : fill(t.plan.budget, { budget: formatDollars(inputs.budget, t.explain) }),
  });
  const headingId = `${idp}-plan-heading`;
  return (
    <>
      <section class="rm-plan" aria-labelledby={headingId}>
        <h2 id={headingId} tabIndex={-1}>
          {heading}
        </h2>
        <p class="rm-answers">{answers}</p>
        {link && (
          <p class="rm-print-link">
            {t.share.link}: {link}
          </p>
        )}
        {message && <p class="notice rm-message no-print">{message}</p>}
        {view.source === 'example' && <p class="rm-hint no-print">{t.plan.example}</p>}
        {!result.ok && <p class="notice">{result.error === 'unknown-goal' ? t.plan.unknownGoal : t.plan.unreachable}</p>}
        {planned?.alreadyQualified && <p>{t.plan.alreadyQualified}</p>}
        {planned && planned.assumedDone.length > 0 && (
          <p class="rm-hint">
            {t.plan.assumedDone} {planned.assumedDone.map((id) => stepTitle(ctx, id)).join(', ')}.
          </p>
        )}
        <p>
          {fill(t.plan.summary, { goal, steps: count(t.plan.steps, steps.length) })}{' '}
          {steps.length > 0 && fill(t.plan.progress, { done: view.counts.done, total: steps.length })}
        </p>
        <Warnings ctx={ctx} warnings={view.warnings} />
        {steps.length === 0 ? (
          <p>{t.plan.empty}</p>
        ) : (
          <ol class="rm-steps" aria-labelledby={headingId}>
            {steps.map((s, i) => (
              <StepItem key={s.id} ctx={ctx} step={s} index={i} count={steps.length} hoursPerWeek={inputs.hoursPerWeek} plan={planned} controls={controls} />
            ))}
          </ol>
        )}
        {controls && <AddStep ctx={ctx} addable={view.addable} onAdd={controls.onAdd} />}
      </section>
      <GoalPanel ctx={ctx} view={view} idp={idp} />
      <Totals ctx={ctx} total={view.total} ahead={view.ahead} budget={view.budget} idp={idp} />
      {steps.length > 0 && <Timeline ctx={ctx} steps={steps} weeks={view.total.weeks.max} idp={idp} />}
    </>
  );
}
