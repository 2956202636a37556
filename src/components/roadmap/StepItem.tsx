/**
 * One step of the plan: what it is, how long it takes and what it costs (each figure with its
 * source and date, an unknown said to be unknown), what it leads to, why it is there, and the
 * reader's controls: status, target date, move, remove.
 */
import { citation, formatAsOf, formatValue } from '../../lib/facts.ts';
import { describeWhy, formatUsd, formatWeeks, STEP_STATUSES, type Measure, type Plan, type Span, type StepStatus } from '../../lib/roadmap/index.ts';
import type { StepView } from '../../stores/roadmap.ts';
import { roadmapLabels as t } from '../../i18n/roadmap.en.ts';
import { goalTitle, sourceHref, stepTitle, whenText, type RoadmapContext } from './context.ts';
import { warningText } from './Warnings.tsx';

interface Props {
  ctx: RoadmapContext;
  step: StepView;
  index: number;
  count: number;
  hoursPerWeek: number;
  plan: Plan | undefined;
  onStatus: (id: string, status: StepStatus) => void;
  onTarget: (id: string, value: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
}

/** A step's time or cost: the figure, or "Not known" with the reason; then where it comes from. */
function Figure({ ctx, span, measure, text, extra }: { ctx: RoadmapContext; span: Span; measure: Measure; text: string; extra?: string | undefined }) {
  const fact = measure === 'none' ? undefined : measure;
  const cite = fact && citation(fact, (id) => ctx.data.sources[id]?.publisher);
  const unknown = span.status === 'unknown';
  return (
    <>
      <span class={unknown ? 'fact-value rm-unknown' : 'fact-value'}>{unknown ? t.step.unknown : text}</span>
      {extra && <> ({extra})</>}
      {cite?.sourceId && (
        <span class="fact-cite">
          {' '}
          ({unknown && <>{t.step.whereWeLooked}: </>}
          <a href={sourceHref(ctx, cite.sourceId)}>{cite.publisher ?? cite.sourceId}</a>
          {cite.asOf && `, ${t.step.asOf} ${cite.asOf}`})
        </span>
      )}
      {cite?.caveat && <span class="fact-caveat"> {cite.caveat}</span>}
      {unknown && span.reason && <span class="fact-note">{span.reason}</span>}
      {!unknown && fact?.kind === 'fact' && fact.note && <span class="fact-note">{fact.note}</span>}
    </>
  );
}

export function StepItem({ ctx, step: s, index, count, hoursPerWeek, plan, onStatus, onTarget, onMove, onRemove }: Props) {
  const data = ctx.catalogue.steps.get(s.id);
  if (!data) return null;
  const id = `rm-${s.id}`;
  const title = s.title;
  const hours = s.duration.studyHours;
  const unlocks = [
    ...data.unlocks.credentials.map((c) => (
      <a key={c} href={`${ctx.base}credentials/${c}/`}>
        {ctx.data.credentials[c] ?? c}
      </a>
    )),
    ...data.unlocks.roles.map((r) => goalTitle(ctx, r)),
    ...data.unlocks.capabilities,
  ];
  // Without a planned route (the goal is gone) there is no reason to give beyond the reader's own.
  const reasons = !plan ? [] : s.added ? [t.step.added] : s.why.map((w) => describeWhy(w, plan, ctx.catalogue)).filter((w) => w !== '');
  return (
    // `value` keeps the number right when the list is reordered in place (Chromium keeps stale markers otherwise).
    <li class={`rm-step rm-${s.status}`} id={`step-${s.id}`} value={index + 1}>
      <h3 class="rm-step-title" id={`${id}-title`}>
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
          <Figure
            ctx={ctx}
            span={s.duration}
            measure={data.duration}
            text={formatWeeks(s.duration.range)}
            extra={hours && t.step.studyHours(formatValue(hours, 'hours'), formatValue(hoursPerWeek))}
          />
        </dd>
        <dt>{t.step.cost}</dt>
        <dd>
          <Figure ctx={ctx} span={s.cost} measure={data.cost} text={formatUsd(s.cost.range)} />
        </dd>
        <dt>{t.step.when}</dt>
        <dd>{whenText(s)}</dd>
        {s.target && (
          <>
            <dt>{t.step.targetShown}</dt>
            <dd>{formatAsOf(s.target)}</dd>
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
            {data.sources.map((ref) => {
              const src = ctx.data.sources[ref.id];
              return (
                <li key={ref.id}>
                  <a href={sourceHref(ctx, ref.id)}>{src?.title ?? ref.id}</a>
                  {src && ` (${src.publisher}, ${t.step.checked} ${formatAsOf(src.checked)})`}
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
      {s.warnings.map((w) => (
        <p class="rm-warn" key={w.requirement}>
          {warningText(w, (x) => stepTitle(ctx, x))}
        </p>
      ))}
      <div class="rm-controls no-print" role="group" aria-labelledby={`${id}-title`}>
        <div class="rm-control">
          <label for={`${id}-status`}>
            {t.step.status}
            <span class="visually-hidden">: {title}</span>
          </label>
          <select id={`${id}-status`} value={s.status} onChange={(e) => onStatus(s.id, (e.currentTarget as HTMLSelectElement).value as StepStatus)}>
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
          <input id={`${id}-target`} type="date" value={s.target ?? ''} onChange={(e) => onTarget(s.id, (e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="rm-buttons">
          <button type="button" id={`${id}-up`} aria-label={`${t.step.moveUp}: ${title}`} disabled={index === 0} onClick={() => onMove(s.id, -1)}>
            ↑
          </button>
          <button type="button" id={`${id}-down`} aria-label={`${t.step.moveDown}: ${title}`} disabled={index === count - 1} onClick={() => onMove(s.id, 1)}>
            ↓
          </button>
          <button type="button" aria-label={`${t.step.remove}: ${title}`} onClick={() => onRemove(s.id)}>
            {t.step.remove}
          </button>
        </div>
      </div>
    </li>
  );
}
