/**
 * The goal in view: what the job's employers ask for (the rule the plan follows), what it pays
 * (each figure with its source and year), a plain word on remote work in a first job, and the
 * time to the job against the reader's date, saying what is known and what is not.
 */
import { checkDeadline } from '../../lib/roadmap/deadline.ts';
import { count, fill, formatDay, formatWeeks } from '../../lib/roadmap/index.ts';
import type { CitedText, RoadmapView } from '../../lib/roadmap/view.ts';
import { sourceHref, stepTitle, type RoadmapContext } from './context.ts';

function Cited({ ctx, item }: { ctx: RoadmapContext; item: CitedText }) {
  const { cite } = item;
  return (
    <>
      {item.label && <>{item.label}: </>}
      <span class="fact-value">{item.text}</span>
      {cite.sourceId && (
        <span class="fact-cite">
          {' '}
          (<a href={sourceHref(ctx, cite.sourceId)}>{cite.publisher ?? cite.sourceId}</a>
          {cite.asOf && `, ${ctx.t.step.asOf} ${cite.asOf}`})
        </span>
      )}
      {cite.caveat && <span class="fact-caveat"> {cite.caveat}</span>}
    </>
  );
}

/** Today as YYYY-MM-DD (the reader's clock, in UTC like the plan's dates). */
const today = () => new Date().toISOString().slice(0, 10);

export function GoalPanel({ ctx, view, idp }: { ctx: RoadmapContext; view: RoadmapView; idp: string }) {
  const { t } = ctx;
  const g = t.goal;
  const { inputs } = view.plan;
  const info = ctx.data.goalInfo?.[inputs.goal];
  const ahead = view.steps.filter((s) => s.status !== 'done' && s.status !== 'skipped');
  const deadline = inputs.targetDate === undefined ? undefined : checkDeadline(ahead, ctx.catalogue, inputs.goal, inputs.targetDate, today());
  if (!info && !deadline) return null;
  const headingId = `${idp}-goal-heading`;
  let verdict = '';
  if (deadline) {
    const values = {
      date: formatDay(deadline.target),
      time: formatWeeks(deadline.reach, t.explain),
      unknown: deadline.unknown.length === 0 ? '' : fill(g.unknownLengths, { steps: deadline.unknown.map((id) => stepTitle(ctx, id)).join(', ') }),
    };
    verdict = fill(g.deadline[deadline.status], values);
  }
  return (
    <section class="rm-goal" aria-labelledby={headingId}>
      <h2 id={headingId}>{g.heading}</h2>
      <dl class="facts">
        {info?.rule && (
          <>
            <dt>{g.rule}</dt>
            <dd>
              <Cited ctx={ctx} item={info.rule} />
            </dd>
          </>
        )}
        {info && info.pay.length > 0 && (
          <>
            <dt>{g.pay}</dt>
            <dd>
              <ul class="rm-inline">
                {info.pay.map((p, i) => (
                  <li key={i}>
                    <Cited ctx={ctx} item={p} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {info && info.remote.length > 0 && (
          <>
            <dt>{g.remote}</dt>
            <dd>
              {info.remote.map((r, i) => (
                <p key={i}>
                  <Cited ctx={ctx} item={r} />
                </p>
              ))}
            </dd>
          </>
        )}
        {deadline && (
          <>
            <dt>{g.time}</dt>
            <dd>
              <p class={`rm-verdict rm-verdict-${deadline.status}`}>{verdict}</p>
              {deadline.unknown.length > 0 && <p class="rm-hint">{count(g.unknownCount, deadline.unknown.length)}</p>}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
