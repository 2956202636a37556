/**
 * The roadmap builder: the questions, the plan as a numbered list with each step's controls,
 * the totals and budget verdict, a timeline, and share / print / calendar. State and every rule
 * live in src/stores/roadmap.ts (and src/lib/roadmap); this component renders them, calls the
 * store's actions, and moves focus and announces what changed.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { formatAsOf, formatValue } from '../lib/facts.ts';
import { roadmapLabels as t } from '../i18n/roadmap.en.ts';
import { AddStep } from '../components/roadmap/AddStep.tsx';
import { goalTitle, stepTitle, type RoadmapContext } from '../components/roadmap/context.ts';
import { downloadText } from '../components/download.ts';
import { Notices } from '../components/roadmap/Notices.tsx';
import { Questions } from '../components/roadmap/Questions.tsx';
import { SharePanel } from '../components/roadmap/SharePanel.tsx';
import { StepItem } from '../components/roadmap/StepItem.tsx';
import { Timeline } from '../components/roadmap/Timeline.tsx';
import { Totals } from '../components/roadmap/Totals.tsx';
import { Warnings } from '../components/roadmap/Warnings.tsx';
import {
  $change,
  $linkNotice,
  $mine,
  $storage,
  $view,
  addPlanStep,
  bindRoadmap,
  buildView,
  catalogueFrom,
  closeSharedPlan,
  examplePlan,
  forgetRetired,
  keepSharedPlan,
  markStep,
  moveStepBy,
  planRoute,
  removePlanStep,
  setStepTarget,
  unreadableDownloaded,
  type Change,
  type RoadmapData,
  type StorageState,
} from '../stores/roadmap.ts';

interface Props {
  /** Steps, goals, publishers and credential names, from content at build time. */
  data: RoadmapData;
  /** The site's base path, for links. */
  base: string;
}

const NO_STORAGE_PROBLEM: StorageState = { unavailable: false, saveFailed: false };

/** What changed, in a sentence for the live region. */
function announce(c: Change | null, ctx: RoadmapContext): string {
  if (!c) return '';
  switch (c.kind) {
    case 'planned':
      return t.announce.planned(c.steps);
    case 'status':
      return t.announce.status(stepTitle(ctx, c.step), t.statuses[c.status]);
    case 'target':
      return c.target ? t.announce.target(stepTitle(ctx, c.step), formatAsOf(c.target)) : t.announce.targetCleared(stepTitle(ctx, c.step));
    case 'moved':
      return t.announce.moved(stepTitle(ctx, c.step), c.position, c.of);
    case 'added':
      return t.announce.added(stepTitle(ctx, c.step), c.position);
    case 'removed':
      return t.announce.removed(stepTitle(ctx, c.step));
    case 'forgot':
      return t.announce.forgot(c.count);
    case 'kept':
      return t.shared.kept;
    case 'closed':
      return t.shared.closed;
  }
}

export default function Roadmap({ data, base }: Props) {
  const catalogue = useMemo(() => catalogueFrom(data), [data]);
  const ctx: RoadmapContext = { catalogue, data, base };
  // The server renders the example; the first client render matches it, then the saved plan shows.
  const example = useMemo(() => buildView(catalogue, examplePlan(catalogue), 'example'), [catalogue]);
  const view = useStore($view, { ssr: () => example }) ?? example;
  const mine = useStore($mine, { ssr: () => null });
  const storage = useStore($storage, { ssr: () => NO_STORAGE_PROBLEM });
  const link = useStore($linkNotice, { ssr: () => null });
  const change = useStore($change, { ssr: () => null });
  const [note, setNote] = useState('');
  const [origin, setOrigin] = useState<string | undefined>(undefined);
  const [moved, setMoved] = useState<{ id: string; by: -1 | 1; at: number } | null>(null);

  useEffect(() => {
    setOrigin(window.location.origin);
    return bindRoadmap(window, catalogue);
  }, [catalogue]);
  useEffect(() => setNote(''), [change]);
  // Keep focus on the moved step's button once the list shows it in its new place.
  useEffect(() => {
    if (!moved || view.steps.findIndex((s) => s.id === moved.id) !== moved.at) return;
    const up = document.getElementById(`rm-${moved.id}-up`) as HTMLButtonElement | null;
    const down = document.getElementById(`rm-${moved.id}-down`) as HTMLButtonElement | null;
    const [first, other] = moved.by < 0 ? [up, down] : [down, up];
    (first && !first.disabled ? first : other)?.focus();
    setMoved(null);
  }, [moved, view]);

  const { plan, result, steps } = view;
  const inputs = plan.inputs;
  const planned = result.ok ? result.plan : undefined;
  const titleOf = (id: string) => stepTitle(ctx, id);
  const goal = goalTitle(ctx, inputs.goal);
  const href = `${base}roadmap/?p=${view.share}`;

  const onMove = (id: string, by: -1 | 1) => {
    const at = steps.findIndex((s) => s.id === id) + by;
    moveStepBy(id, by);
    setMoved({ id, by, at });
  };
  // Controls that go away with what they act on hand the focus to the plan's heading.
  const thenFocusPlan =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      action(...args);
      document.getElementById('rm-plan-heading')?.focus();
    };
  const onCopy = () => {
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(origin ? origin + href : href))
      .then(
        () => setNote(t.share.copied),
        () => setNote(t.share.copyFailed),
      );
  };
  const onIcs = async () => {
    try {
      const { milestones, milestonesToIcs } = await import('../lib/roadmap/ics.ts');
      const list = milestones(plan.order, plan.progress, (id) => catalogue.steps.get(id)?.title);
      downloadText('coding-roadmap.ics', milestonesToIcs(list, new Date()), 'text/calendar');
      setNote(t.share.icsDone(list.length));
    } catch {
      setNote(t.share.icsFailed);
    }
  };
  const onDownloadUnreadable = () => {
    if (!storage.unreadable) return;
    downloadText('coding-roadmap-unreadable.json', storage.unreadable.raw, 'application/json');
    unreadableDownloaded();
  };

  const heading = view.source === 'example' ? t.plan.exampleHeading : view.source === 'shared' ? t.plan.sharedHeading : t.plan.heading;
  const budgetText = inputs.budget === undefined ? undefined : formatValue(inputs.budget, 'usd');

  return (
    <div class="roadmap">
      <Notices
        storage={storage}
        link={link}
        viewingShared={view.source === 'shared'}
        hasOwn={mine !== null}
        retired={view.retired}
        titleOf={titleOf}
        onDownloadUnreadable={onDownloadUnreadable}
        onKeep={thenFocusPlan(keepSharedPlan)}
        onClose={thenFocusPlan(closeSharedPlan)}
        onForget={thenFocusPlan(forgetRetired)}
      />

      <Questions key={JSON.stringify(inputs)} inputs={inputs} goals={data.goals} onPlan={thenFocusPlan(planRoute)} />

      <section class="rm-plan" aria-labelledby="rm-plan-heading">
        <h2 id="rm-plan-heading" tabIndex={-1}>
          {heading}
        </h2>
        <p class="rm-answers">{t.plan.answers(t.starts[inputs.start], goal, formatValue(inputs.hoursPerWeek), t.preferences[inputs.preference], budgetText)}</p>
        {view.source === 'example' && <p class="rm-hint no-print">{t.plan.example}</p>}
        {!result.ok && <p class="notice">{result.error === 'unknown-goal' ? t.plan.unknownGoal : t.plan.unreachable}</p>}
        {planned?.alreadyQualified && <p>{t.plan.alreadyQualified}</p>}
        {planned && planned.assumedDone.length > 0 && (
          <p class="rm-hint">
            {t.plan.assumedDone} {planned.assumedDone.map(titleOf).join(', ')}.
          </p>
        )}
        <p>
          {t.plan.summary(goal, steps.length)} {steps.length > 0 && t.plan.progress(view.counts.done, steps.length)}
        </p>
        <Warnings warnings={view.warnings} titleOf={titleOf} />
        {steps.length === 0 ? (
          <p>{t.plan.empty}</p>
        ) : (
          <ol class="rm-steps" aria-labelledby="rm-plan-heading">
            {steps.map((s, i) => (
              <StepItem
                key={s.id}
                ctx={ctx}
                step={s}
                index={i}
                count={steps.length}
                hoursPerWeek={inputs.hoursPerWeek}
                plan={planned}
                onStatus={markStep}
                onTarget={setStepTarget}
                onMove={onMove}
                onRemove={thenFocusPlan(removePlanStep)}
              />
            ))}
          </ol>
        )}
        <AddStep addable={view.addable} onAdd={addPlanStep} />
      </section>

      <Totals ctx={ctx} total={view.total} ahead={view.ahead} budget={view.budget} />
      {steps.length > 0 && <Timeline steps={steps} weeks={view.total.weeks.max} />}
      <SharePanel
        href={href}
        absolute={origin && origin + href}
        hasTargets={steps.some((s) => s.target !== undefined && s.status !== 'skipped')}
        onCopy={onCopy}
        onIcs={onIcs}
      />
      <p class="visually-hidden" aria-live="polite">
        {note || announce(change, ctx)}
      </p>
    </div>
  );
}
