/**
 * The roadmap builder: the questions, and once the reader has a plan of their own (answered,
 * saved progress, or a share link), that plan with each step's controls, the totals, a
 * timeline, and share / print / calendar. Until then the page's static example plan (rendered
 * at build time, see src/pages/roadmap/index.astro) stands in, so hydration touches only the
 * form. State lives in src/stores/roadmap.ts, every rule in src/lib/roadmap; this component
 * renders them, calls the store's actions, and moves focus and announces what changed.
 *
 * A class rather than hooks: the page then ships no preact/hooks (about 1.2 kB gzipped).
 */
import { Component } from 'preact';
import { count, encodeShare, fill, formatDay, milestones } from '../lib/roadmap/index.ts';
import { buildView, catalogueFrom, EXAMPLE_INPUTS, type GoalOption, type RoadmapData, type RoadmapPlan, type RoadmapView } from '../lib/roadmap/view.ts';
import type { Catalogue } from '../lib/roadmap/types.ts';
import type { Change } from '../lib/roadmap/changes.ts';
import type { RoadmapWords } from '../lib/roadmap/words.ts';
import { stepTitle, type RoadmapContext } from '../components/roadmap/context.ts';
import { Notices } from '../components/roadmap/Notices.tsx';
import { Questions } from '../components/roadmap/Questions.tsx';

type Parts = typeof import('../components/roadmap/parts.ts');
import {
  $catalogue,
  $change,
  $linkNotice,
  $mine,
  $shared,
  $storage,
  addPlanStep,
  bindRoadmap,
  closeSharedPlan,
  forgetRetired,
  keepSharedPlan,
  markStep,
  moveStepBy,
  planRoute,
  removePlanStep,
  setStepTarget,
  unreadableDownloaded,
} from '../stores/roadmap.ts';

interface Props {
  /** Steps, goals and step cards, from content at build time. */
  /** The goals the form offers (and the planner aims at). */
  goals: GoalOption[];
  /**
   * Where the steps and their cards are, as JSON (/roadmap/steps.json, built from content).
   * Fetched when the island starts: the page's HTML stays small, and the first render (the
   * form) does not need them.
   */
  dataUrl: string;
  /** The island's words (src/i18n/roadmap.en.ts), passed as data so they are not bundled. */
  words: RoadmapWords;
  /** The site's base path, for links. */
  base: string;
  /** The id of the page's static example plan, shown until the reader has a plan in view. */
  exampleId: string;
}

/** The steps that came or went with the one the reader chose, in a sentence (none: nothing). */
const companions = (template: string, ids: readonly string[], ctx: RoadmapContext) =>
  ids.length === 0 ? '' : fill(template, { steps: ids.map((id) => stepTitle(ctx, id)).join(', ') });

/** What changed, in a sentence for the live region. */
function announce(c: Change | null, ctx: RoadmapContext): string {
  if (!c) return '';
  const a = ctx.t.announce;
  const step = 'step' in c ? stepTitle(ctx, c.step) : '';
  switch (c.kind) {
    case 'planned':
      return count(a.planned, c.steps);
    case 'status':
      return fill(a.status, { step, status: ctx.t.statuses[c.status] });
    case 'target':
      return c.target ? fill(a.target, { step, date: formatDay(c.target) }) : fill(a.targetCleared, { step });
    case 'moved':
      return fill(a.moved, { step, position: c.position, of: c.of });
    case 'added':
      return fill(a.added, { step, position: c.position }) + companions(a.addedWith, c.companions, ctx) + companions(a.addedSkipped, c.needsSkipped ?? [], ctx);
    case 'removed':
      return fill(a.removed, { step }) + companions(a.removedWith, c.companions, ctx);
    case 'forgot':
      return count(a.forgot, c.count);
    case 'kept':
      return ctx.t.shared.kept;
    case 'closed':
      return ctx.t.shared.closed;
  }
}

/** Save text as a file; the helper loads when the reader asks for a file. */
async function download(name: string, text: string, type: string): Promise<void> {
  const { downloadText } = await import('../components/download.ts');
  downloadText(name, text, type);
}

interface State {
  /** A note for the live region (copied, calendar made, a failure); cleared by the next change. */
  note: string;
  origin: string | undefined;
  /** A step just moved, whose button keeps the focus once the list shows it in its new place. */
  moved: { id: string; by: -1 | 1; at: number } | null;
  /** Bumped when the plan's heading should take the focus after the next render. */
  focusPlan: number;
  /** The steps could not be fetched (offline before the page was saved for offline use). */
  dataFailed: boolean;
}

/** The store's atoms this island renders. */
const ATOMS = [$catalogue, $mine, $shared, $storage, $linkNotice, $change];

export default class Roadmap extends Component<Props, State> {
  override state: State = { note: '', origin: undefined, moved: null, focusPlan: 0, dataFailed: false };
  /** Settles once the steps are in (or failed to come); a plan asked for before waits for it. */
  private ready: Promise<void> = Promise.resolve();
  private data: RoadmapData = { steps: [], goals: this.props.goals, cards: {} };
  /**
   * The plan's components, loaded when there is a plan of the reader's to show (see parts.ts):
   * a first visit that only reads the example never loads them. The example stands in until then.
   */
  private parts: Parts | undefined;
  private loadingParts = false;
  /** The plan's heading should take the focus once it is on the page. */
  private focusPending = false;

  private loadParts() {
    if (this.parts || this.loadingParts) return;
    this.loadingParts = true;
    import('../components/roadmap/parts.ts').then(
      (parts) => {
        this.parts = parts;
        if (!this.unmounted) this.forceUpdate();
      },
      () => this.setState({ dataFailed: true }),
    );
  }
  private catalogue: Catalogue = catalogueFrom(this.data);
  private stops: (() => void)[] = [];
  /** The view of the last plan rendered, rebuilt only when the plan (or its source) changes. */
  private built: { plan: RoadmapPlan; source: string; view: RoadmapView } | undefined;

  override componentDidMount() {
    this.setState({ origin: window.location.origin });
    this.ready = fetch(this.props.dataUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        // The site's own build output (src/data/roadmap.ts), not data a reader keeps.
        return r.json() as Promise<Partial<RoadmapData>>;
      })
      .then(
        ({ steps = [], cards = {}, goalInfo = {} }) => {
          if (this.unmounted) return;
          this.data = { steps, goals: this.props.goals, cards, goalInfo };
          this.catalogue = catalogueFrom(this.data);
          this.stops = [
            ...ATOMS.map(($a) => $a.listen(() => this.forceUpdate())),
            $change.listen(() => this.setState({ note: '' })),
            bindRoadmap(window, this.catalogue),
          ];
        },
        () => this.setState({ dataFailed: true }),
      );
  }

  private unmounted = false;

  override componentWillUnmount() {
    this.unmounted = true;
    this.stops.forEach((stop) => stop());
  }

  override componentDidUpdate(_: Props, prev: State) {
    const view = this.parts && this.view();
    const example = document.getElementById(this.props.exampleId);
    if (example) example.hidden = view !== undefined;
    const { moved, focusPlan } = this.state;
    const hasPlan = $catalogue.get() !== undefined && ($mine.get() ?? $shared.get()) !== null;
    if (hasPlan) this.loadParts();
    // Once the plan in view has rendered (the island's own, or the static example again), its
    // heading takes the focus; a plan whose components are still loading takes it when they arrive.
    if (focusPlan !== prev.focusPlan) this.focusPending = true;
    const own = document.getElementById('rm-plan-heading');
    if (this.focusPending && (own || !hasPlan || this.parts)) {
      (own ?? document.getElementById('rx-plan-heading'))?.focus();
      this.focusPending = false;
    }
    if (moved && view && view.steps.findIndex((s) => s.id === moved.id) === moved.at) {
      const up = document.getElementById(`rm-${moved.id}-up`) as HTMLButtonElement | null;
      const down = document.getElementById(`rm-${moved.id}-down`) as HTMLButtonElement | null;
      const [first, other] = moved.by < 0 ? [up, down] : [down, up];
      (first && !first.disabled ? first : other)?.focus();
      this.setState({ moved: null });
    }
  }

  /** The reader's own or shared plan, once the store has started; undefined while the example is in view. */
  private view(): RoadmapView | undefined {
    const shared = $shared.get();
    const plan = $catalogue.get() ? (shared ?? $mine.get()) : null;
    if (!plan) return undefined;
    const source = shared ? 'shared' : 'mine';
    if (this.built?.plan !== plan || this.built.source !== source) this.built = { plan, source, view: buildView(this.catalogue, plan, source) };
    return this.built.view;
  }

  /** Controls that go away with what they act on hand the focus to the plan's heading. */
  private thenFocusPlan =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      action(...args);
      this.setState((s) => ({ focusPlan: s.focusPlan + 1 }));
    };

  private note = (note: string) => this.setState({ note });

  render({ goals, words: t, base }: Props, { note, origin, dataFailed }: State) {
    const { catalogue, data } = this;
    const ctx: RoadmapContext = { catalogue, data, base, t };
    const mine = $mine.get();
    const shared = $shared.get();
    const storage = $storage.get();
    const view = this.view();
    const parts = this.parts;
    const inputs = view?.plan.inputs ?? EXAMPLE_INPUTS;

    const onDownloadUnreadable = async () => {
      if (!storage.unreadable) return;
      try {
        await download('coding-roadmap-unreadable.json', storage.unreadable.raw, 'application/json');
        unreadableDownloaded();
      } catch {
        this.note(t.storage.downloadFailed);
      }
    };

    let own = null;
    if (view && parts) {
      const { PlanView, SharePanel } = parts;
      const change = $change.get();
      const message =
        change && (change.kind === 'added' || change.kind === 'removed') && (change.companions.length > 0 || (change.kind === 'added' && change.needsSkipped)) ? announce(change, ctx) : undefined;
      const steps = view.steps;
      const href = `${base}roadmap/?p=${encodeShare({ inputs: view.plan.inputs, order: steps.map((s) => s.id), progress: view.plan.progress })}`;
      const onCopy = () => {
        Promise.resolve()
          .then(() => navigator.clipboard.writeText(origin ? origin + href : href))
          .then(
            () => this.note(t.share.copied),
            () => this.note(t.share.copyFailed),
          );
      };
      const onIcs = async () => {
        try {
          const { milestonesToIcs } = await import('../lib/roadmap/ics.ts');
          const list = milestones(view.plan.order, view.plan.progress, (id) => catalogue.steps.get(id)?.title);
          await download('coding-roadmap.ics', milestonesToIcs(list, new Date(), t.explain.calendar), 'text/calendar');
          this.note(count(t.share.icsDone, list.length));
        } catch {
          this.note(t.share.icsFailed);
        }
      };
      const onMove = (id: string, by: -1 | 1) => {
        const at = steps.findIndex((s) => s.id === id) + by;
        moveStepBy(id, by);
        this.setState({ moved: { id, by, at } });
      };
      own = (
        <>
          <PlanView
            ctx={ctx}
            view={view}
            idp="rm"
            controls={{ onStatus: markStep, onTarget: setStepTarget, onMove, onRemove: this.thenFocusPlan(removePlanStep), onAdd: addPlanStep }}
            message={message}
            link={origin ? origin + href : href}
          />
          <SharePanel
            t={t}
            href={href}
            absolute={origin && origin + href}
            hasTargets={steps.some((s) => s.target !== undefined && s.status !== 'skipped')}
            onCopy={onCopy}
            onIcs={onIcs}
          />
        </>
      );
    }

    return (
      <div class="roadmap">
        <Notices
          ctx={ctx}
          storage={storage}
          link={$linkNotice.get()}
          viewingShared={shared !== null}
          hasOwn={mine !== null}
          retired={view?.retired ?? []}
          onDownloadUnreadable={onDownloadUnreadable}
          onKeep={this.thenFocusPlan(keepSharedPlan)}
          onClose={this.thenFocusPlan(closeSharedPlan)}
          onForget={this.thenFocusPlan(forgetRetired)}
        />
        {dataFailed && (
          <div role="alert" class="notice rm-alert">
            <p>{t.storage.dataFailed}</p>
          </div>
        )}
        <Questions key={JSON.stringify(inputs)} t={t} inputs={inputs} goals={goals} onPlan={(...args: Parameters<typeof planRoute>) => void this.ready.then(() => this.thenFocusPlan(planRoute)(...args))} />
        {own}
        <p class="visually-hidden" aria-live="polite">
          {note || announce($change.get(), ctx)}
        </p>
      </div>
    );
  }
}
