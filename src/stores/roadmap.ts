/**
 * The roadmap builder's state: the reader's own plan (kept in this browser by storedDoc, under
 * `ccp:roadmap`, through the codec in src/lib/roadmap/stored.ts), a plan opened from a share
 * link (viewed, never saved unless the reader keeps it), and the last change, for the page to
 * announce. The planning and the edits themselves are pure, in src/lib/roadmap.
 */
import { atom, computed } from 'nanostores';
import { STORAGE_KEYS } from '../lib/storage-keys.ts';
import { storedDoc, type StorageLike, type StoredDoc } from './stored-doc.ts';
import { followTabs, lockedSaves, tombstoneCutoff, type WindowLike } from './tabs.ts';
import { decodeShare, encodeShare, normaliseInputs, type DecodeReport, type PlanInputs, type ShareError, type StepStatus } from '../lib/roadmap/index.ts';
import { decodeStoredPlan, encodeStoredPlan, forgetTombstones, mergeStoredPlans, stampPlan, unstamped, type StoredPlan } from '../lib/roadmap/stored.ts';
import { forget, mark, move, replan, target, type Change, type Edit } from '../lib/roadmap/changes.ts';
import { buildView, examplePlan, type RoadmapPlan } from '../lib/roadmap/view.ts';
import type { Catalogue } from '../lib/roadmap/types.ts';

export type { StorageLike };
export type { Change };
export { buildView, catalogueFrom, examplePlan, EXAMPLE_INPUTS, shareText } from '../lib/roadmap/view.ts';
export type { GoalOption, RoadmapData, RoadmapPlan, RoadmapView, StepView } from '../lib/roadmap/view.ts';

export const ROADMAP_KEY = STORAGE_KEYS.roadmap;
export const ROADMAP_BACKUP_KEY = `${STORAGE_KEYS.roadmap}:backup`;

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
export type LinkNotice = { kind: 'opened'; report: DecodeReport } | { kind: 'broken'; error: ShareError };

export const $catalogue = atom<Catalogue | undefined>(undefined);
/** The reader's own plan; null until they have one (the page shows the example). */
export const $mine = atom<RoadmapPlan | null>(null);
/** A plan opened from a share link, while the reader looks at it. */
export const $shared = atom<RoadmapPlan | null>(null);
export const $storage = atom<StorageState>({ unavailable: false, saveFailed: false });
export const $linkNotice = atom<LinkNotice | null>(null);
export const $change = atom<Change | null>(null);

/** The plan in view: a shared one, else the reader's own, else the example. */
export const $active = computed([$catalogue, $mine, $shared], (catalogue, mine, shared) => {
  if (!catalogue) return undefined;
  return { catalogue, plan: shared ?? mine ?? examplePlan(catalogue), source: shared ? 'shared' : mine ? 'mine' : 'example' } as const;
});

export const $view = computed($active, (a) => (a ? buildView(a.catalogue, a.plan, a.source) : undefined));

// ---- Storage ----

const codec = {
  // The store never saves "no plan": an edit always starts from a plan (the example at least).
  encode: (plan: StoredPlan | null) => encodeStoredPlan(plan!),
  decode: decodeStoredPlan,
};

let doc: StoredDoc<StoredPlan | null> = storedDoc(ROADMAP_KEY, codec, null, undefined);
let unbindDoc = () => {};

/** The store's own atoms follow the document's; the page reads these. */
function follow(next: StoredDoc<StoredPlan | null>, unavailable: boolean): void {
  unbindDoc();
  doc = next;
  const sync = () => {
    const corrupt = doc.$corrupt.get();
    const blocked = doc.$blocked.get();
    $storage.set({
      unavailable,
      unreadable: corrupt && { raw: corrupt.text, kept: !blocked },
      // Saving over unreadable data is held back on purpose (the alert says so), not failed.
      saveFailed: doc.$saveError.get() !== undefined && !blocked,
    });
  };
  const stops = [doc.$value.subscribe((plan) => $mine.set(plan && unstamped(plan))), doc.$corrupt.subscribe(sync), doc.$blocked.subscribe(sync), doc.$saveError.subscribe(sync)];
  unbindDoc = () => stops.forEach((stop) => stop());
}

/** The storage, if it can be read at all (a blocked one throws). */
function readable(store: StorageLike | undefined): StorageLike | undefined {
  try {
    store?.getItem(ROADMAP_KEY);
    return store;
  } catch {
    return undefined;
  }
}

/**
 * Start (or start again): the catalogue, the reader's saved plan from `store`, and a share
 * link's text (`?p=`) when the address has one. Every atom is reset first.
 */
export function initRoadmap(catalogue: Catalogue, store: StorageLike | undefined, shareText: string | null = null, win?: WindowLike): void {
  $catalogue.set(catalogue);
  $shared.set(null);
  $linkNotice.set(null);
  $change.set(null);
  const usable = readable(store);
  // Merge mode: every save merges with what storage holds (per step the later change wins), under
  // a Web Lock where the browser has one, so two tabs never undo each other's progress.
  // What is saved forgets deletions older than 90 days, while this tab's saves succeed (the CEU
  // tracker's rule; src/lib/roadmap/stored.ts says why that is safe).
  const merge = (stored: StoredPlan | null, mine: StoredPlan | null) => forgetTombstones(mergeStoredPlans(stored, mine), tombstoneCutoff(Date.now(), doc.$saveError.get() === undefined));
  follow(storedDoc(ROADMAP_KEY, codec, null, usable, { merge, schedule: lockedSaves(ROADMAP_KEY, win) }), !usable);
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
  doc.corruptKept();
}

// ---- Actions ----

/**
 * Apply an edit to the plan in view: a shared plan stays in memory; the reader's own is
 * re-read from storage (another tab may have changed it), edited and saved.
 */
function apply(edit: Edit): void {
  const catalogue = $catalogue.get();
  if (!catalogue) return;
  const shared = $shared.get();
  if (shared) {
    const r = edit(catalogue, shared);
    if (r) {
      $shared.set(r.plan);
      $change.set(r.change);
    }
    return;
  }
  // An edit that changes nothing in view saves nothing.
  if (!edit(catalogue, $mine.get() ?? examplePlan(catalogue))) return;
  let change: Change | undefined;
  doc.update((stored) => {
    const r = edit(catalogue, stored ? unstamped(stored) : examplePlan(catalogue));
    change = r?.change;
    // Deletions older than 90 days are forgotten while this tab's saves succeed (see stampPlan).
    return r ? stampPlan(stored, r.plan, Date.now(), doc.$saveError.get() === undefined) : stored;
  });
  if (change) $change.set(change);
}

/** Plan again from new answers. The steps become the planner's route; progress is kept by step id. */
export const planRoute = (inputs: PlanInputs) => apply(replan(inputs));
/** Mark a step to do, in progress, done or skipped. */
export const markStep = (stepId: string, status: StepStatus) => apply(mark(stepId, status));
/** Set a step's target date (`YYYY-MM-DD`); an empty value clears it, an invalid one changes nothing. */
export const setStepTarget = (stepId: string, value: string) => apply(target(stepId, value));
/** Move a step one place earlier (-1) or later (+1). */
export const moveStepBy = (stepId: string, by: -1 | 1) => apply(move(stepId, by));
/** Add a catalogue step, placed after the steps it needs. */
// Companions' rules load when the reader first adds or removes a step (the page's start-up
// script stays within its budget); the promise settles once the edit is applied.
const companions = () => import('../lib/roadmap/companions.ts');
export const addPlanStep = (stepId: string): Promise<void> => companions().then((c) => apply(c.add(stepId)));
/** Take a step out of the plan; its progress is kept, in case it comes back. */
export const removePlanStep = (stepId: string): Promise<void> => companions().then((c) => apply(c.remove(stepId)));
/** Forget steps the catalogue no longer has, with their progress: only when the reader asks. */
export const forgetRetired = () => apply(forget);

/** Keep the shared plan in view as the reader's own (replacing what was saved). */
export function keepSharedPlan(): void {
  const shared = $shared.get();
  if (!shared) return;
  $shared.set(null);
  $linkNotice.set(null);
  doc.update((stored) => stampPlan(stored, shared, Date.now(), doc.$saveError.get() === undefined));
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
  initRoadmap(catalogue, browserStorage(win), new URLSearchParams(win.location.search).get('p'), win);
  // Another tab's save is merged in and what only this tab holds is written back; a failed save
  // is retried; a new site version waits until the plan is saved.
  const tabs = followTabs(doc, ROADMAP_KEY, win);
  const unlisten = $shared.listen((shared) => {
    const path = win.location.pathname;
    win.history.replaceState(null, '', shared ? `${path}?p=${encodeShare(shared)}` : path);
  });
  return () => {
    tabs.stop();
    unlisten();
  };
}
