/**
 * One step of the plan: what it is, how long it takes and what it costs (each figure with its
 * source and date, an unknown said to be unknown), what it leads to, why it is there, and, on
 * the reader's own or a shared plan, their controls: status, target date, move, remove.
 */
import { describeWhy, fill, formatDay, formatNumber, formatUsd, formatWeeks, isIsoDay, STEP_STATUSES, type Plan, type Span, type StepStatus } from '../../lib/roadmap/index.ts';
import type { Cite, StepView } from '../../lib/roadmap/view.ts';
import { sourceHref, whenText, type RoadmapContext } from './context.ts';
import { warningText } from './Warnings.tsx';

/** What the reader can do to a step; the static example has none. */
export interface StepControls {
  onStatus: (id: string, status: StepStatus) => void;
  onTarget: (id: string, value: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
}

interface Props {
  ctx: RoadmapContext;
  step: StepView;
  index: number;
  count: number;
  hoursPerWeek: number;
  plan: Plan | undefined;
  controls: StepControls | undefined;
}

/** A step's time or cost: the figure, or "Not known" with the reason; then where it comes from. */
function Figure({ ctx, span, cite, text, extra }: { ctx: RoadmapContext; span: Span; cite: Cite | undefined; text: string; extra?: string | undefined }) {
  const t = ctx.t.step;
  const unknown = span.status === 'unknown';
  return (
    <>
      <span class={unknown ? 'fact-value rm-unknown' : 'fact-value'}>{unknown ? t.unknown : text}</span>
      {extra && <> ({extra})</>}
      {cite?.sourceId && (
        <span class="fact-cite">
          {' '}
          ({unknown && <>{t.whereWeLooked}: </>}
          <a href={sourceHref(ctx, cite.sourceId)}>{cite.publisher ?? cite.sourceId}</a>
          {cite.asOf && `, ${t.asOf} ${cite.asOf}`})
        </span>
      )}
      {cite?.caveat && <span class="fact-caveat"> {cite.caveat}</span>}
      {unknown && span.reason && <span class="fact-note">{span.reason}</span>}
      {!unknown && cite?.note && <span class="fact-note">{cite.note}</span>}
    </>
  );
}

export function StepItem({ ctx, step: s, index, count, hoursPerWeek, plan, controls }: Props) {
  const data = ctx.catalogue.steps.get(s.id);
  const card = ctx.data.cards[s.id];
  if (!data || !card) return null;
  const { t } = ctx;
  const id = `rm-${s.id}`;
  const title = s.title;
  const hours = s.duration.studyHours;
  const unlocks = card.unlocks.map((u) => (u.credential ? <a href={`${ctx.base}credentials/${u.credential}/`}>{u.text}</a> : u.text));
  // Without a planned route (the goal is gone) there is no reason to give beyond the reader's own.
  const reasons = !plan ? [] : s.added ? [t.step.added] : s.why.map((w) => describeWhy(w, plan, ctx.catalogue, t.explain)).filter((w) => w !== '');
  const studyHours = hours && fill(t.step.studyHours, { hours: fill(t.step.hours[hours.max === 1 ? 0 : 1], { text: formatNumber(hours, t.explain) }), perWeek: formatNumber(hoursPerWeek, t.explain) });
  return (
    // `value` keeps the number right when the list is reordered in place (Chromium keeps stale markers otherwise).
    <li class={`rm-step rm-${s.status}`} id={controls ? `step-${s.id}` : undefined} value={index + 1}>
      <h3 class="rm-step-title" id={controls ? `${id}-title` : undefined}>
        {title} <span class="pill">{t.kinds[s.kind]}</span>
        {s.status !== 'todo' && (
          <>
            {' '}
            <span class={`rm-badge rm-badge-${s.status}`}>{t.statuses[s.status]}</span>
          </>
        )}
      </h3>
      <p class="rm-what">{data.what}</p>
      <dl class="rm-facts">
        <dt>{t.step.time}</dt>
        <dd>
          <Figure ctx={ctx} span={s.duration} cite={card.time} text={formatWeeks(s.duration.range, t.explain)} extra={studyHours} />
        </dd>
        <dt>{t.step.cost}</dt>
        <dd>
          <Figure ctx={ctx} span={s.cost} cite={card.cost} text={formatUsd(s.cost.range, t.explain)} />
        </dd>
        <dt>{t.step.when}</dt>
        <dd>{whenText(s, ctx)}</dd>
        {s.target && (
          <>
            <dt>{t.step.targetShown}</dt>
            <dd>{formatDay(s.target)}</dd>
          </>
        )}
        {unlocks.length > 0 && (
          <>
            <dt>{t.step.unlocks}</dt>
            <dd>
              <ul class="rm-inline">
                {unlocks.map((u, i) => (
                  <li key={i}>{u}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {reasons.length > 0 && (
          <>
            <dt>{t.step.why}</dt>
            <dd>
              {reasons.map((r, i) => (
                <p key={i}>{r}</p>
              ))}
            </dd>
          </>
        )}
        <dt>{t.step.sources}</dt>
        <dd>
          <ul class="rm-inline">
            {card.sources.map((src) => (
              <li key={src.id}>
                <a href={sourceHref(ctx, src.id)}>{src.title}</a>
                {src.detail}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {s.warnings.map((w) => (
        <p class="rm-warn" key={w.requirement}>
          {warningText(w, ctx)}
        </p>
      ))}
      {controls && (
        <div class="rm-controls no-print" role="group" aria-labelledby={`${id}-title`}>
          <div class="rm-control">
            <label for={`${id}-status`}>
              {t.step.status}
              <span class="visually-hidden">: {title}</span>
            </label>
            <select id={`${id}-status`} value={s.status} onChange={(e) => controls.onStatus(s.id, (e.currentTarget as HTMLSelectElement).value as StepStatus)}>
              {STEP_STATUSES.map((st) => (
                <option key={st} value={st}>
                  {t.statuses[st]}
                </option>
              ))}
            </select>
          </div>
          <div class="rm-control">
            <label for={`${id}-target`}>
              {t.step.target}
              <span class="visually-hidden">: {title}</span>
            </label>
            <input
              id={`${id}-target`}
              type="date"
              value={s.target ?? ''}
              aria-describedby={`${id}-target-error`}
              onChange={(e) => {
                // The rule the stored plan is read with: a date it would refuse is never saved, and the field says so.
                const input = e.currentTarget as HTMLInputElement;
                const bad = input.value !== '' && !isIsoDay(input.value);
                const note = document.getElementById(`${id}-target-error`);
                if (note) note.textContent = bad ? t.form.targetInvalid : '';
                if (bad) input.setAttribute('aria-invalid', 'true');
                else {
                  input.removeAttribute('aria-invalid');
                  controls.onTarget(s.id, input.value);
                }
              }}
            />
            <p id={`${id}-target-error`} class="rm-error" />
          </div>
          <div class="rm-buttons">
            <button type="button" id={`${id}-up`} aria-label={`${t.step.moveUp}: ${title}`} disabled={index === 0} onClick={() => controls.onMove(s.id, -1)}>
              ↑
            </button>
            <button type="button" id={`${id}-down`} aria-label={`${t.step.moveDown}: ${title}`} disabled={index === count - 1} onClick={() => controls.onMove(s.id, 1)}>
              ↓
            </button>
            <button type="button" aria-label={`${t.step.remove}: ${title}`} onClick={() => controls.onRemove(s.id)}>
              {t.step.remove}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
