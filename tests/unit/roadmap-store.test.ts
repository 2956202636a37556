/**
 * The roadmap store: actions on the plan in view, saving under `ccp:roadmap` with a versioned
 * and validated codec, unreadable data kept under the backup key, failed saves reported with
 * the plan kept in memory, share links viewed without touching the saved plan, and progress on
 * retired steps kept until the reader forgets it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeStoredPlan, encodeShare, encodeStoredPlan, planRoadmap, type PlanInputs } from '../../src/lib/roadmap/index.ts';
import { stampPlan, unstamped } from '../../src/lib/roadmap/stored.ts';
import {
  $change,
  $linkNotice,
  $mine,
  $shared,
  $storage,
  $view,
  addPlanStep,
  bindRoadmap,
  buildView,
  closeSharedPlan,
  EXAMPLE_INPUTS,
  examplePlan,
  forgetRetired,
  initRoadmap,
  keepSharedPlan,
  markStep,
  moveStepBy,
  planRoute,
  removePlanStep,
  ROADMAP_BACKUP_KEY,
  ROADMAP_KEY,
  setStepTarget,
  shareText,
  unreadableDownloaded,
  type RoadmapPlan,
  type StorageLike,
} from '../../src/stores/roadmap.ts';
import { storedDoc } from '../../src/stores/stored-doc.ts';
import { catalogue } from './roadmap-fixtures.ts';

/** A Storage stand-in that can be told to fail reads or writes, as browsers do. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failReads = false;
  failWrites = false;
  writes = 0;
  getItem(key: string): string | null {
    if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes += 1;
    this.items.set(key, value);
  }
}

/** The stored codec (src/lib/roadmap/stored.ts), as plan-or-null, stamps left out. */
const decodeStored = (text: string) => {
  const r = decodeStoredPlan(text);
  return r.ok ? unstamped(r.value) : null;
};
const encodeStored = (plan: RoadmapPlan) => encodeStoredPlan(stampPlan(null, plan, 1));

const career: PlanInputs = { start: 'no-background', goal: 'outpatient-coder', hoursPerWeek: 10, preference: 'fastest' };
const view = () => {
  const v = $view.get();
  if (!v) throw new Error('no view');
  return v;
};
const saved = (s: MemoryStorage) => decodeStored(s.items.get(ROADMAP_KEY) ?? '');

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  initRoadmap(catalogue, storage);
});

describe('the plan in view', () => {
  it('starts from the example, saves nothing until the reader acts', () => {
    const v = view();
    expect(v.source).toBe('example');
    expect(v.plan.inputs).toEqual(EXAMPLE_INPUTS);
    expect(v.steps.length).toBeGreaterThanOrEqual(3);
    expect(v.steps.every((s) => !s.added && s.why.length > 0)).toBe(true);
    expect(storage.writes).toBe(0);
  });

  it('plans a route from the answers and saves it, keeping progress by step id', () => {
    markStep('cca-exam', 'done');
    planRoute(career);
    const r = planRoadmap(catalogue, career);
    if (!r.ok) throw new Error('no plan');
    expect(view().source).toBe('mine');
    expect(view().plan.order).toEqual(r.plan.steps.map((s) => s.id));
    expect(view().plan.progress['cca-exam']).toEqual({ status: 'done' });
    expect($change.get()).toEqual({ kind: 'planned', steps: r.plan.steps.length });
    expect(saved(storage)).toEqual(view().plan);
  });

  it('marks steps, sets and clears target dates, and ignores impossible dates', () => {
    planRoute(career);
    const [first] = view().plan.order;
    markStep(first!, 'in-progress');
    expect(view().steps[0]?.status).toBe('in-progress');
    expect($change.get()).toEqual({ kind: 'status', step: first, status: 'in-progress' });
    setStepTarget(first!, '2027-03-01');
    expect(view().steps[0]?.target).toBe('2027-03-01');
    setStepTarget(first!, '2027-02-30');
    expect(view().steps[0]?.target).toBe('2027-03-01');
    setStepTarget(first!, '');
    expect(view().steps[0]?.target).toBeUndefined();
    expect(view().steps[0]?.status).toBe('in-progress');
    expect(view().counts['in-progress']).toBe(1);
    expect(saved(storage)?.progress).toEqual({ [first!]: { status: 'in-progress' } });
  });

  it('counts what is still ahead once a step is done', () => {
    planRoute({ ...career, preference: 'cheapest' });
    expect(view().ahead).toBeUndefined();
    const first = view().steps[0]!;
    markStep(first.id, 'done');
    expect(view().ahead?.usd.min).toBe(view().total.usd.min - first.cost.range.min);
  });

  it('moves steps and reports the prerequisite a new order breaks', () => {
    planRoute(career);
    const order = view().plan.order;
    const last = order.at(-1)!;
    expect(view().warnings).toEqual([]);
    moveStepBy(last, -1);
    expect(view().plan.order.at(-2)).toBe(last);
    expect($change.get()).toEqual({ kind: 'moved', step: last, position: order.length - 1, of: order.length });
    // Moving the first step down puts it after a step that needs it.
    const before = view().plan.order;
    moveStepBy(before[0]!, 1);
    const warnings = view().warnings;
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatchObject({ problem: 'after' });
    expect(view().steps.find((s) => s.id === warnings[0]!.stepId)?.warnings).toContainEqual(warnings[0]);
    // Out of range: nothing changes.
    const now = view().plan.order;
    moveStepBy(now[0]!, -1);
    expect(view().plan.order).toBe(now);
  });

  it('adds a step with its companions, marks it as added, and removes it with them', async () => {
    // A plan for an inpatient job, to which the reader adds the CPC exam by hand.
    planRoute({ ...career, goal: 'inpatient-coder' });
    const before = view().plan.order;
    expect(before).not.toContain('cpc-exam');
    expect(view().addable.some((s) => s.id === 'cpc-exam')).toBe(true);
    await addPlanStep('cpc-exam');
    const step = view().steps.find((s) => s.id === 'cpc-exam');
    expect(step?.added).toBe(true);
    expect(view().addable.some((s) => s.id === 'cpc-exam')).toBe(false);
    // The full CPC (the apprentice "A" removed) comes with the exam, after the work it depends on.
    const change = $change.get();
    expect(change).toMatchObject({ kind: 'added', step: 'cpc-exam' });
    expect(change?.kind === 'added' && change.companions).toContain('cpc-full');
    const order = view().plan.order;
    expect(order.indexOf('cpc-full')).toBeGreaterThan(order.indexOf('cpc-exam'));
    expect(view().warnings).toEqual([]);
    markStep('cpc-exam', 'in-progress');
    await removePlanStep('cpc-exam');
    expect(view().plan.order).not.toContain('cpc-exam');
    expect(view().plan.order).not.toContain('cpc-full');
    expect($change.get()).toMatchObject({ kind: 'removed', step: 'cpc-exam' });
    // Progress stays, keyed by step id, in case the step comes back.
    expect(view().plan.progress['cpc-exam']).toEqual({ status: 'in-progress' });
    await addPlanStep('cpc-exam');
    expect(view().steps.find((s) => s.id === 'cpc-exam')?.status).toBe('in-progress');
  });

  it('checks an edited plan against the budget step by step', async () => {
    planRoute({ ...career, preference: 'cheapest', budget: 300 });
    expect(view().budget?.status).toBe('over');
    expect(view().budget?.breaksAt).toBe('cpc-exam');
    await removePlanStep('cpc-exam');
    expect(view().budget?.status).not.toBe('over');
  });
});

describe('saving and reading back', () => {
  it('round-trips a plan through storage', () => {
    planRoute({ ...career, budget: 2500 });
    markStep(view().plan.order[0]!, 'done');
    setStepTarget(view().plan.order[1]!, '2027-06-30');
    const plan = view().plan;
    initRoadmap(catalogue, storage);
    expect($mine.get()).toEqual(plan);
    expect(view().source).toBe('mine');
    expect(JSON.parse(storage.items.get(ROADMAP_KEY)!)).toMatchObject({ version: 2 });
  });

  it('rejects stored values of the wrong shape or an unknown version', () => {
    const plan: RoadmapPlan = { inputs: career, order: ['cca-exam'], progress: { 'cca-exam': { status: 'done', target: '2027-01-31' } } };
    expect(decodeStored(encodeStored(plan))).toEqual(plan);
    const stored = JSON.parse(encodeStored(plan)) as Record<string, unknown>;
    expect(decodeStored(JSON.stringify({ ...stored, version: 3 }))).toBeNull();
    // A version-1 plan (saved before stamps) still reads, every entry older than any change since.
    const v1 = { version: 1, inputs: career, order: plan.order, progress: plan.progress };
    expect(decodeStored(JSON.stringify(v1))).toEqual(plan);
    expect(decodeStoredPlan(JSON.stringify(v1))).toMatchObject({ ok: true, value: { planStamp: 0, tombstones: {}, progress: { 'cca-exam': { stamp: 0 } } } });
    // v2 without its stamps is not v2.
    expect(decodeStored(JSON.stringify({ ...stored, planStamp: undefined }))).toBeNull();
    expect(decodeStored(JSON.stringify({ ...stored, inputs: { ...career, start: 'astronaut' } }))).toBeNull();
    expect(decodeStored(JSON.stringify({ ...stored, inputs: { ...career, preference: 'prettiest' } }))).toBeNull();
    expect(decodeStored(JSON.stringify({ ...stored, inputs: { ...career, hoursPerWeek: '10' } }))).toBeNull();
    expect(decodeStored(JSON.stringify({ ...stored, order: 'cca-exam' }))).toBeNull();
    expect(decodeStored(JSON.stringify({ ...stored, progress: { 'cca-exam': { status: 'finished' } } }))).toBeNull();
    expect(decodeStored(JSON.stringify({ ...stored, progress: { 'cca-exam': { status: 'done', target: '2027-02-30' } } }))).toBeNull();
    expect(decodeStored(JSON.stringify({ ...stored, progress: [] }))).toBeNull();
    expect(decodeStored(JSON.stringify({ ...stored, progress: null }))).toBeNull();
    expect(decodeStored(JSON.stringify({ ...stored, progress: { 'cca-exam': 'done' } }))).toBeNull();
    // A step id is only ever a key, whatever it is called.
    const odd = decodeStored(JSON.stringify({ ...stored, progress: JSON.parse('{"__proto__":{"status":"done","stamp":1}}') }));
    expect(Object.getPrototypeOf(odd?.progress)).toBe(Object.prototype);
    expect(Object.keys(odd?.progress ?? {})).toEqual(['__proto__']);
    expect(decodeStored('{"version":1')).toBeNull();
    expect(decodeStored('null')).toBeNull();
    // Values the planner would clamp are clamped, not rejected.
    expect(decodeStored(JSON.stringify({ ...stored, inputs: { ...career, hoursPerWeek: 500 } }))?.inputs.hoursPerWeek).toBe(80);
  });

  it('keeps unreadable data under the backup key, tells the reader, and only then saves over it', () => {
    storage.items.set(ROADMAP_KEY, '{"version":1,"inputs":');
    initRoadmap(catalogue, storage);
    expect(storage.items.get(ROADMAP_BACKUP_KEY)).toBe('{"version":1,"inputs":');
    expect($storage.get().unreadable).toEqual({ raw: '{"version":1,"inputs":', kept: true });
    expect(view().source).toBe('example');
    // Not overwritten on load; the reader's next change is saved (the old data is safe in the backup).
    expect(storage.items.get(ROADMAP_KEY)).toBe('{"version":1,"inputs":');
    planRoute(career);
    expect(saved(storage)?.inputs).toEqual(career);
    expect(storage.items.get(ROADMAP_BACKUP_KEY)).toBe('{"version":1,"inputs":');
  });

  it('saves nothing over unreadable data it could not back up, until the reader downloads it', () => {
    const raw = JSON.stringify({ version: 9, anything: true });
    storage.items.set(ROADMAP_KEY, raw);
    storage.failWrites = true;
    initRoadmap(catalogue, storage);
    expect($storage.get().unreadable).toEqual({ raw, kept: false });
    storage.failWrites = false;
    planRoute(career);
    expect(storage.items.get(ROADMAP_KEY)).toBe(raw);
    expect(view().plan.inputs).toEqual(career);
    unreadableDownloaded();
    markStep(view().plan.order[0]!, 'done');
    expect(saved(storage)?.inputs).toEqual(career);
  });

  it('storedDoc says while it holds back saving over unreadable data ($blocked)', () => {
    const raw = JSON.stringify({ version: 9 });
    storage.items.set(ROADMAP_KEY, raw);
    storage.failWrites = true;
    const doc = storedDoc(ROADMAP_KEY, { encode: String, decode: () => ({ ok: false, reason: 'unknown version' }) }, '', storage);
    expect(doc.$corrupt.get()).toEqual({ text: raw, reason: 'unknown version' });
    expect(doc.$blocked.get()).toBe(true);
    storage.failWrites = false;
    doc.update(() => 'new');
    expect(storage.items.get(ROADMAP_KEY)).toBe(raw);
    doc.corruptKept();
    expect(doc.$blocked.get()).toBe(false);
    expect(storage.items.get(ROADMAP_KEY)).toBe('new');
    // Set aside at once: never blocked.
    storage.items.set('other', raw);
    expect(storedDoc('other', { encode: String, decode: () => ({ ok: false, reason: 'x' }) }, '', storage).$blocked.get()).toBe(false);
    expect(storage.items.get('other:backup')).toBe(raw);
  });

  it('reports a failed save and keeps the plan in memory; a later save clears the report', () => {
    storage.failWrites = true;
    planRoute(career);
    expect($storage.get().saveFailed).toBe(true);
    expect(view().plan.inputs).toEqual(career);
    markStep(view().plan.order[0]!, 'done');
    expect(view().steps[0]?.status).toBe('done');
    storage.failWrites = false;
    markStep(view().plan.order[0]!, 'skipped');
    expect($storage.get().saveFailed).toBe(false);
    expect(saved(storage)?.progress[view().plan.order[0]!]).toEqual({ status: 'skipped' });
  });

  it('works without storage at all, and says so', () => {
    storage.failReads = true;
    initRoadmap(catalogue, storage);
    expect($storage.get().unavailable).toBe(true);
    planRoute(career);
    expect(view().plan.inputs).toEqual(career);
    initRoadmap(catalogue, undefined);
    expect($storage.get().unavailable).toBe(true);
  });

  it('keeps progress on steps the catalogue no longer has, reports them, and forgets them only when asked', async () => {
    const plan: RoadmapPlan = {
      inputs: career,
      order: ['retired-course', 'cca-exam'],
      progress: { 'retired-course': { status: 'done' }, 'old-step': { status: 'in-progress', target: '2026-12-01' }, 'cca-exam': { status: 'done' } },
    };
    storage.items.set(ROADMAP_KEY, encodeStored(plan));
    initRoadmap(catalogue, storage);
    expect(view().retired).toEqual(['retired-course', 'old-step']);
    expect(view().steps.map((s) => s.id)).toEqual(['cca-exam']);
    // Edits keep the retired entries.
    await addPlanStep('first-job-search');
    expect(saved(storage)?.progress['old-step']).toEqual({ status: 'in-progress', target: '2026-12-01' });
    expect(saved(storage)?.order).toContain('retired-course');
    forgetRetired();
    expect(view().retired).toEqual([]);
    expect(saved(storage)?.progress).toEqual({ 'cca-exam': { status: 'done' } });
    expect($change.get()).toEqual({ kind: 'forgot', count: 2 });
  });
});

describe('share links', () => {
  const sharedPlan = (): RoadmapPlan => {
    const r = planRoadmap(catalogue, { ...career, preference: 'cheapest' });
    if (!r.ok) throw new Error('no plan');
    const order = r.plan.steps.map((s) => s.id);
    return { inputs: r.plan.inputs, order, progress: { [order[0]!]: { status: 'done', target: '2027-01-15' } } };
  };

  it('shows a shared plan without touching the saved one, and edits to it stay in memory', () => {
    planRoute(career);
    const mine = view().plan;
    const writes = storage.writes;
    initRoadmap(catalogue, storage, encodeShare(sharedPlan()));
    expect(view().source).toBe('shared');
    expect(view().plan).toEqual(sharedPlan());
    expect($linkNotice.get()).toEqual({ kind: 'opened', report: { droppedSteps: [], unknownGoal: false, problems: [] } });
    markStep(view().plan.order[1]!, 'in-progress');
    expect(storage.writes).toBe(writes);
    expect($mine.get()).toEqual(mine);
    closeSharedPlan();
    expect(view().source).toBe('mine');
    expect(view().plan).toEqual(mine);
  });

  it('saves the shared plan as the reader’s own only when asked', () => {
    planRoute(career);
    initRoadmap(catalogue, storage, encodeShare(sharedPlan()));
    keepSharedPlan();
    expect($shared.get()).toBeNull();
    expect(view().source).toBe('mine');
    expect(saved(storage)).toEqual(sharedPlan());
    expect($change.get()).toEqual({ kind: 'kept' });
  });

  it('the view’s share text reproduces the plan and its progress', () => {
    planRoute(career);
    markStep(view().plan.order[0]!, 'done');
    setStepTarget(view().plan.order[1]!, '2027-05-01');
    const text = shareText(view());
    const mine = view().plan;
    initRoadmap(catalogue, new MemoryStorage(), text);
    expect(view().plan).toEqual(mine);
  });

  it('says when a link cannot be read, and shows the reader’s own plan', () => {
    initRoadmap(catalogue, storage, 'r9.nonsense');
    expect($linkNotice.get()).toMatchObject({ kind: 'broken' });
    expect(view().source).toBe('example');
  });
});

describe('in the browser', () => {
  /** Just enough of a window: storage, the address, history and event listeners. */
  function fakeWindow(search: string, store: StorageLike) {
    const listeners = new Map<string, (e: unknown) => void>();
    const win = {
      localStorage: store,
      location: { search, pathname: '/roadmap/' },
      history: {
        replaceState: (_: unknown, __: string, url: string) => {
          const [, query = ''] = url.split('?');
          win.location.search = query ? `?${query}` : '';
        },
      },
      addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn),
      removeEventListener: (type: string) => listeners.delete(type),
    };
    return { win, fire: (type: string, e: unknown) => listeners.get(type)?.(e), listeners };
  }

  it('follows a save made in another tab; sets unreadable text from another tab aside and says so', () => {
    const { win, fire, listeners } = fakeWindow('', storage);
    const unbind = bindRoadmap(win as unknown as Window, catalogue);
    planRoute(career);
    // The other tab writes to the same storage, then the browser fires the event here.
    const other: RoadmapPlan = { ...view().plan, progress: { 'cca-exam': { status: 'done' } } };
    storage.items.set(ROADMAP_KEY, encodeStored(other));
    fire('storage', { key: ROADMAP_KEY, newValue: encodeStored(other) });
    expect($mine.get()).toEqual(other);
    // An edit here builds on what the other tab saved.
    markStep('first-job-search', 'in-progress');
    expect(saved(storage)?.progress).toEqual({ 'cca-exam': { status: 'done' }, 'first-job-search': { status: 'in-progress' } });
    fire('storage', { key: 'ccp:theme', newValue: 'dark' });
    expect($storage.get().unreadable).toBeUndefined();
    storage.items.set(ROADMAP_KEY, '{"broken');
    fire('storage', { key: ROADMAP_KEY, newValue: '{"broken' });
    expect(storage.items.get(ROADMAP_BACKUP_KEY)).toBe('{"broken');
    expect($storage.get().unreadable).toEqual({ raw: '{"broken', kept: true });
    unbind();
    expect(listeners.size).toBe(0);
  });

  it('keeps ?p= in the address while a shared plan is in view, and drops it when the reader leaves it', () => {
    const shared = encodeShare({ inputs: career, order: ['cca-exam', 'first-job-search'], progress: { 'cca-exam': { status: 'done' } } });
    const { win } = fakeWindow(`?p=${shared}`, storage);
    const unbind = bindRoadmap(win as unknown as Window, catalogue);
    expect(view().source).toBe('shared');
    markStep('first-job-search', 'in-progress');
    expect(win.location.search).toBe(`?p=${shareText(view())}`);
    closeSharedPlan();
    expect(win.location.search).toBe('');
    unbind();
  });
});

describe('the server view', () => {
  it('is the example, built by the same function the store uses', () => {
    const v = buildView(catalogue, examplePlan(catalogue), 'example');
    expect(v.steps.map((s) => s.id)).toEqual(view().steps.map((s) => s.id));
    expect(shareText(v)).toBe(shareText(view()));
  });
});
