/**
 * The roadmap builder's state: the reader's own plan (saved in this browser), a plan opened
 * from a share link (viewed, never saved unless the reader keeps it), and what the page shows,
 * derived from whichever of the two is in view. The planning itself is src/lib/roadmap.
 *
 * Stored under `ccp:roadmap` as versioned JSON, validated on every read:
 *   v1: {"version":1,"inputs":{"start","goal","hoursPerWeek","budget"?,"preference"},
 *        "order":["step-id",…],"progress":{"step-id":{"status","target"?}}}
 * Migrations: v1 is the first version. A later shape gets its own schema and a branch in
 * `decodeStored` that lifts v1 to it. A value that is not JSON, fails its schema or has a
 * version this code does not know is unreadable: it is copied to `ccp:roadmap:backup` and the
 * reader is told; if no copy can be made, nothing is saved over it until the reader downloads it.
 * Progress is keyed by step id, so a step that leaves the catalogue keeps its entry (reported
 * as retired) until the reader chooses to forget it.
 */
import { STORAGE_KEYS } from '../lib/storage-keys.ts';
import { atom, computed } from 'nanostores';
import * as z from 'zod/mini';
import {
  addStep,
  addableSteps,
  checkBudget,
  checkOrder,
  countStatuses,
  decodeShare,
  encodeShare,
  isIsoDay,
  makeCatalogue,
  moveStep,
  normaliseInputs,
  orphanedProgress,
  planRoadmap,
  PREFERENCES,
  removeStep,
  scheduleSteps,
  setStatus,
  setTarget,
  STARTS,
  statusOf,
  STEP_STATUSES,
  type BudgetCheck,
  type Catalogue,
  type DecodeReport,
  type OrderWarning,
  type PlanInputs,
  type PlanResult,
  type Requirement,
  type RoleLevel,
  type ScheduledStep,
  type SharedPlan,
  type StepData,
  type StepStatus,
  type Totals,
  type Why,
} from '../lib/roadmap/index.ts';

export const ROADMAP_KEY = STORAGE_KEYS.roadmap;
export const ROADMAP_BACKUP_KEY = `${STORAGE_KEYS.roadmap}:backup`;

/** A plan as the reader keeps it: their answers, their order of steps, their progress. */
export type RoadmapPlan = SharedPlan;

/** What the planner needs of a role, and what the form shows of it. */
export interface GoalOption {
  id: string;
  title: string;
  level: RoleLevel;
  qualifiedBy: readonly Requirement[];
}

/** What the page gives the island, from content at build time. */
export interface RoadmapData {
  steps: StepData[];
  goals: GoalOption[];
  /** Source id → its title, publisher and when it was read (a partial date). */
  sources: Record<string, { title: string; publisher: string; checked: string }>;
  /** Credential id → abbreviation, for what a step leads to. */
  credentials: Record<string, string>;
}

/** The catalogue the planner runs on; roles carry only what planning needs. */
export function catalogueFrom(data: Pick<RoadmapData, 'steps' | 'goals'>): Catalogue {
  const roles = data.goals.map((g) => ({
    ...g,
    work: '',
    typicalCredentials: [],
    otherCredentials: [],
    background: { kind: 'unknown' as const, reason: '' },
    pay: [],
    path: '',
    sources: [],
  }));
  return makeCatalogue(data.steps, roles);
}

/**
 * The example the page shows before the reader answers: a career changer aiming at a first
 * coding job, on the cheapest route (the one whose prices are all known).
 */
export const EXAMPLE_INPUTS: PlanInputs = { start: 'no-background', goal: 'outpatient-coder', hoursPerWeek: 10, preference: 'cheapest' };

// ---- The stored format ----

const storedV1 = z.object({
  version: z.literal(1),
  inputs: z.object({
    start: z.enum(STARTS),
    goal: z.string(),
    hoursPerWeek: z.number(),
    budget: z.optional(z.number()),
    preference: z.enum(PREFERENCES),
  }),
  order: z.array(z.string()),
  progress: z.record(z.string(), z.object({ status: z.enum(STEP_STATUSES), target: z.optional(z.string().check(z.refine(isIsoDay))) })),
});

/** The stored text of a plan (the current version). */
export function encodeStored(plan: RoadmapPlan): string {
  return JSON.stringify({ version: 1, inputs: plan.inputs, order: plan.order, progress: plan.progress });
}

/** A stored text read back into a plan, or null when it is unreadable. Never throws. */
export function decodeStored(raw: string): RoadmapPlan | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const v1 = storedV1.safeParse(json);
  if (!v1.success) return null;
  const { inputs, order, progress } = v1.data;
  return { inputs: normaliseInputs(inputs), order: [...new Set(order)], progress };
}

// ---- State ----

/** What the page could and could not do with this browser's storage. */
export interface StorageState {
  /** Storage is blocked or absent: nothing is saved. */
  unavailable: boolean;
  /** The stored plan could not be read: its text, and whether it is safe elsewhere (backup made, or downloaded). */
  unreadable?: { raw: string; kept: boolean } | undefined;
  /** The last save failed; the plan is still in memory. */
  saveFailed: boolean;
}

/** What happened to a share link in the address. */
export type LinkNotice = { kind: 'opened'; report: DecodeReport } | { kind: 'broken'; error: string };

/** The last change the reader made, for the page to announce. */
export type Change =
  | { kind: 'planned'; steps: number }
  | { kind: 'status'; step: string; status: StepStatus }
  | { kind: 'target'; step: string; target: string | undefined }
  | { kind: 'moved'; step: string; position: number; of: number }
  | { kind: 'added'; step: string; position: number }
  | { kind: 'removed'; step: string }
  | { kind: 'forgot'; count: number }
  | { kind: 'kept' }
  | { kind: 'closed' };

export const $catalogue = atom<Catalogue | undefined>(undefined);
/** The reader's own plan; null until they have one (the page shows the example). */
export const $mine = atom<RoadmapPlan | null>(null);
/** A plan opened from a share link, while the reader looks at it. */
export const $shared = atom<RoadmapPlan | null>(null);
export const $storage = atom<StorageState>({ unavailable: false, saveFailed: false });
export const $linkNotice = atom<LinkNotice | null>(null);
export const $change = atom<Change | null>(null);

// ---- What the page shows ----

export interface StepView extends ScheduledStep {
  status: StepStatus;
  target: string | undefined;
  /** Why the planner chose the step; empty for a step the reader added. */
  why: Why[];
  /** True when the reader added the step (the planner did not choose it for these answers). */
  added: boolean;
  /** Prerequisites of this step that the order breaks. */
  warnings: OrderWarning[];
}

export interface RoadmapView {
  source: 'example' | 'mine' | 'shared';
  plan: RoadmapPlan;
  /** The planner's route for the plan's answers: the reasons, choices and budget verdict. */
  result: PlanResult;
  steps: StepView[];
  total: Totals;
  /** Totals of what is still ahead, once any step is done or skipped. */
  ahead: Totals | undefined;
  budget: BudgetCheck | undefined;
  warnings: OrderWarning[];
  counts: Record<StepStatus, number>;
  /** Step ids the plan mentions (in its order or its progress) that the catalogue no longer has. */
  retired: string[];
  /** Catalogue steps not in the plan. */
  addable: StepData[];
  /** The plan as share-link text (`?p=`). */
  share: string;
}

let planned: { catalogue: Catalogue; inputs: PlanInputs; result: PlanResult } | undefined;

/** The planner's result, recomputed only when the answers change (edits keep the inputs object). */
function plannedFor(catalogue: Catalogue, inputs: PlanInputs): PlanResult {
  if (planned?.catalogue !== catalogue || planned.inputs !== inputs) planned = { catalogue, inputs, result: planRoadmap(catalogue, inputs) };
  return planned.result;
}

const examples = new WeakMap<Catalogue, RoadmapPlan>();

/** The example plan: the planner's route for EXAMPLE_INPUTS, no progress. */
export function examplePlan(catalogue: Catalogue): RoadmapPlan {
  let plan = examples.get(catalogue);
  if (!plan) {
    const r = plannedFor(catalogue, EXAMPLE_INPUTS);
    plan = { inputs: EXAMPLE_INPUTS, order: r.ok ? r.plan.steps.map((s) => s.id) : [], progress: {} };
    examples.set(catalogue, plan);
  }
  return plan;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Everything the page shows for a plan. Pure; the server renders the example with it. */
export function buildView(catalogue: Catalogue, plan: RoadmapPlan, source: RoadmapView['source']): RoadmapView {
  const { inputs, progress } = plan;
  const known = plan.order.filter((id) => catalogue.steps.has(id));
  const result = plannedFor(catalogue, inputs);
  const chosen = new Map(result.ok ? result.plan.steps.map((s) => [s.id, s.why]) : []);
  const schedule = scheduleSteps(known, catalogue, inputs.hoursPerWeek, { progress });
  const warnings = checkOrder(known, catalogue, inputs.start, progress);
  const counts = countStatuses(known, progress);
  const steps = schedule.steps.map((s) => ({
    ...s,
    status: statusOf(progress, s.id),
    target: Object.hasOwn(progress, s.id) ? progress[s.id]?.target : undefined,
    why: chosen.get(s.id) ?? [],
    added: !chosen.has(s.id),
    warnings: warnings.filter((w) => w.stepId === s.id),
  }));
  const ahead = counts.done + counts.skipped > 0 ? scheduleSteps(known, catalogue, inputs.hoursPerWeek, { progress, remainingOnly: true }).total : undefined;
  // The planner's verdict also says when it switched route for the budget; it holds only while
  // the reader keeps the planner's order. After edits, the steps in the plan are checked.
  let budget: BudgetCheck | undefined;
  if (inputs.budget !== undefined) {
    budget = result.ok && sameList(known, [...chosen.keys()]) ? result.plan.budget : checkBudget(schedule.steps, schedule.total, inputs.budget);
  }
  const isKnown = (id: string) => catalogue.steps.has(id);
  const retired = [...new Set([...plan.order.filter((id) => !isKnown(id)), ...orphanedProgress(progress, isKnown)])];
  return {
    source,
    plan,
    result,
    steps,
    total: schedule.total,
    ahead,
    budget,
    warnings,
    counts,
    retired,
    addable: addableSteps(known, catalogue),
    share: encodeShare({ inputs, order: known, progress }),
  };
}

/** The plan in view: a shared one, else the reader's own, else the example. */
export const $active = computed([$catalogue, $mine, $shared], (catalogue, mine, shared) => {
  if (!catalogue) return undefined;
  return { catalogue, plan: shared ?? mine ?? examplePlan(catalogue), source: shared ? 'shared' : mine ? 'mine' : 'example' } as const;
});

export const $view = computed($active, (a) => (a ? buildView(a.catalogue, a.plan, a.source) : undefined));

// ---- Storage ----

/** The part of the Web Storage API the store uses (tests pass their own). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

let storage: StorageLike | undefined;

function save(plan: RoadmapPlan): void {
  const state = $storage.get();
  // Never write over a stored plan that could not be read and is not safe anywhere else.
  if (!storage || (state.unreadable && !state.unreadable.kept)) return;
  try {
    storage.setItem(ROADMAP_KEY, encodeStored(plan));
    if (state.saveFailed) $storage.set({ ...state, saveFailed: false });
  } catch {
    $storage.set({ ...state, saveFailed: true });
  }
}

function load(store: StorageLike): void {
  let raw: string | null;
  try {
    raw = store.getItem(ROADMAP_KEY);
  } catch {
    storage = undefined;
    $storage.set({ ...$storage.get(), unavailable: true });
    return;
  }
  if (raw === null) return;
  const plan = decodeStored(raw);
  if (plan) {
    $mine.set(plan);
    return;
  }
  let kept = false;
  try {
    store.setItem(ROADMAP_BACKUP_KEY, raw);
    kept = true;
  } catch {
    // Reported: the alert says no copy could be made, and saving stays off until a download.
  }
  $storage.set({ ...$storage.get(), unreadable: { raw, kept } });
}

/**
 * Start (or start again): the catalogue, the reader's saved plan from `store`, and a share
 * link's text (`?p=`) when the address has one. Every atom is reset first.
 */
export function initRoadmap(catalogue: Catalogue, store: StorageLike | undefined, shareText: string | null = null): void {
  $catalogue.set(catalogue);
  $mine.set(null);
  $shared.set(null);
  $linkNotice.set(null);
  $change.set(null);
  $storage.set({ unavailable: !store, saveFailed: false });
  storage = store;
  if (store) load(store);
  if (shareText !== null) openShared(shareText);
}

/** Show the plan in a share link's text, leaving the reader's own plan as it is. */
export function openShared(text: string): void {
  const catalogue = $catalogue.get();
  if (!catalogue) return;
  const r = decodeShare(text, catalogue);
  if (!r.ok) {
    $linkNotice.set({ kind: 'broken', error: r.error });
    return;
  }
  $shared.set({ ...r.plan, inputs: normaliseInputs(r.plan.inputs) });
  $linkNotice.set({ kind: 'opened', report: r.report });
}

/** The reader has downloaded the unreadable data: it is safe, so saving may go on. */
export function unreadableDownloaded(): void {
  const state = $storage.get();
  if (state.unreadable && !state.unreadable.kept) $storage.set({ ...state, unreadable: { ...state.unreadable, kept: true } });
}

// ---- Actions ----

function current(): { catalogue: Catalogue; plan: RoadmapPlan } | undefined {
  const a = $active.get();
  return a && { catalogue: a.catalogue, plan: a.plan };
}

/** Apply an edit to the plan in view: a shared plan stays in memory, the reader's own is saved. */
function commit(plan: RoadmapPlan, change: Change): void {
  if ($shared.get()) $shared.set(plan);
  else {
    $mine.set(plan);
    save(plan);
  }
  $change.set(change);
}

/** The order split into steps the catalogue has (edited) and retired ids (kept at the end). */
function split(catalogue: Catalogue, order: readonly string[]): { known: string[]; retired: string[] } {
  return { known: order.filter((id) => catalogue.steps.has(id)), retired: order.filter((id) => !catalogue.steps.has(id)) };
}

/** Plan again from new answers. The steps become the planner's route; progress is kept by step id. */
export function planRoute(raw: PlanInputs): void {
  const cur = current();
  if (!cur) return;
  const inputs = normaliseInputs(raw);
  const r = plannedFor(cur.catalogue, inputs);
  const { known, retired } = split(cur.catalogue, cur.plan.order);
  const order = r.ok ? r.plan.steps.map((s) => s.id) : known;
  commit({ inputs, order: [...order, ...retired], progress: cur.plan.progress }, { kind: 'planned', steps: order.length });
}

/** Mark a step to do, in progress, done or skipped. */
export function markStep(stepId: string, status: StepStatus): void {
  const cur = current();
  if (!cur || statusOf(cur.plan.progress, stepId) === status) return;
  commit({ ...cur.plan, progress: setStatus(cur.plan.progress, stepId, status) }, { kind: 'status', step: stepId, status });
}

/** Set a step's target date (`YYYY-MM-DD`); an empty value clears it, an invalid one changes nothing. */
export function setStepTarget(stepId: string, value: string): void {
  const cur = current();
  if (!cur) return;
  const target = value === '' ? undefined : value;
  const progress = setTarget(cur.plan.progress, stepId, target);
  if (progress === cur.plan.progress) return;
  commit({ ...cur.plan, progress }, { kind: 'target', step: stepId, target });
}

/** Move a step one place earlier (-1) or later (+1). */
export function moveStepBy(stepId: string, by: -1 | 1): void {
  const cur = current();
  if (!cur) return;
  const { known, retired } = split(cur.catalogue, cur.plan.order);
  const from = known.indexOf(stepId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= known.length) return;
  const { order } = moveStep(known, from, to, cur.catalogue, cur.plan.inputs.start, cur.plan.progress);
  commit({ ...cur.plan, order: [...order, ...retired] }, { kind: 'moved', step: stepId, position: to + 1, of: known.length });
}

/** Add a catalogue step, placed after the steps it needs. */
export function addPlanStep(stepId: string): void {
  const cur = current();
  if (!cur) return;
  const { known, retired } = split(cur.catalogue, cur.plan.order);
  const r = addStep(known, stepId, cur.catalogue, cur.plan.inputs.start, cur.plan.progress);
  if (!r.added) return;
  commit({ ...cur.plan, order: [...r.order, ...retired] }, { kind: 'added', step: stepId, position: r.order.indexOf(stepId) + 1 });
}

/** Take a step out of the plan; its progress is kept, in case it comes back. */
export function removePlanStep(stepId: string): void {
  const cur = current();
  if (!cur || !cur.plan.order.includes(stepId)) return;
  const { known, retired } = split(cur.catalogue, cur.plan.order);
  const { order } = removeStep(known, stepId, cur.catalogue, cur.plan.inputs.start, cur.plan.progress);
  commit({ ...cur.plan, order: [...order, ...retired] }, { kind: 'removed', step: stepId });
}

/** Forget steps the catalogue no longer has, with their progress: only when the reader asks. */
export function forgetRetired(): void {
  const cur = current();
  if (!cur) return;
  const isKnown = (id: string) => cur.catalogue.steps.has(id);
  const gone = new Set([...cur.plan.order.filter((id) => !isKnown(id)), ...orphanedProgress(cur.plan.progress, isKnown)]);
  if (gone.size === 0) return;
  const progress = Object.fromEntries(Object.entries(cur.plan.progress).filter(([id]) => !gone.has(id)));
  commit({ ...cur.plan, order: cur.plan.order.filter(isKnown), progress }, { kind: 'forgot', count: gone.size });
}

/** Keep the shared plan in view as the reader's own (replacing what was saved). */
export function keepSharedPlan(): void {
  const shared = $shared.get();
  if (!shared) return;
  $shared.set(null);
  $linkNotice.set(null);
  $mine.set(shared);
  save(shared);
  $change.set({ kind: 'kept' });
}

/** Stop looking at the shared plan and go back to the reader's own. */
export function closeSharedPlan(): void {
  if (!$shared.get()) return;
  $shared.set(null);
  $linkNotice.set(null);
  $change.set({ kind: 'closed' });
}

// ---- The browser ----

/** The browser's localStorage, or undefined when it is blocked (reading the property can throw). */
function browserStorage(win: Window): StorageLike | undefined {
  try {
    return win.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Start in the browser: load the saved plan and any `?p=` link, follow saves made in another
 * tab, and keep `?p=` in the address while a shared plan is in view (so a reload keeps it).
 * Returns a function that unbinds.
 */
export function bindRoadmap(win: Window, catalogue: Catalogue): () => void {
  initRoadmap(catalogue, browserStorage(win), new URLSearchParams(win.location.search).get('p'));
  const onStorage = (e: StorageEvent) => {
    const state = $storage.get();
    if (e.key !== ROADMAP_KEY || e.newValue === null || (state.unreadable && !state.unreadable.kept)) return;
    const plan = decodeStored(e.newValue);
    if (plan) $mine.set(plan);
  };
  win.addEventListener('storage', onStorage);
  const unlisten = $shared.listen((shared) => {
    const path = win.location.pathname;
    win.history.replaceState(null, '', shared ? `${path}?p=${encodeShare(shared)}` : path);
  });
  return () => {
    win.removeEventListener('storage', onStorage);
    unlisten();
  };
}
