/**
 * The reader's plan as it is kept in this browser (`ccp:roadmap`): versioned JSON, checked by
 * a zod/mini schema on every read. Pure: no storage here; src/stores/stored-doc.ts keeps it.
 *
 *   v1: {"version":1,"inputs":{"start","goal","hoursPerWeek","budget"?,"preference"},
 *        "order":["step-id",…],"progress":{"step-id":{"status","target"?}}}
 *   v2: {"version":2,"inputs":{…v1, "experienceYears"?, "held"?: [credential ids], "targetDate"?},
 *        "order":[…],"planStamp":ms,
 *        "progress":{"step-id":{"status","target"?,"stamp":ms}},
 *        "tombstones":{"step-id":ms}}
 *
 * Migrations: v1 → v2 gives every progress entry and the plan stamp 0 (older than any change
 * made since) and no tombstones. Text that is not JSON, fails its schema or has a version this
 * code does not know is unreadable (the store sets it aside, never over-writes it). Progress
 * is keyed by step id, so a step that leaves the catalogue keeps its entry.
 *
 * Stamps let two tabs merge what they hold (`mergeStoredPlans`): per step, the later change
 * wins and a removed entry leaves a tombstone that beats older edits; the answers and the
 * order of steps are one record, the later wins.
 */
import * as z from 'zod/mini';
import { normaliseInputs, type PlanInputs } from './plan.ts';
import { isIsoDay, STEP_STATUSES, type StepProgress } from './progress.ts';
import type { SharedPlan } from './share.ts';
import { HELD, PREFERENCES, STARTS } from './types.ts';

/** One step's progress with the time (ms since 1970) it last changed. */
export interface StampedProgress extends StepProgress {
  stamp: number;
}

/** A plan as stored (v2): the plan with the stamps that let tabs merge it. */
export interface StoredPlan {
  inputs: PlanInputs;
  order: string[];
  /** When the answers or the order last changed. */
  planStamp: number;
  progress: Record<string, StampedProgress>;
  /** Progress entries removed, with when: a tombstone beats an older edit. */
  tombstones: Record<string, number>;
}

const oneOf = (list: readonly string[], value: string) => list.includes(value);
const stamp = z.number();

/**
 * The schema, built on first use: a page that finds nothing stored never needs it. zod checks
 * the shape; one check over the record admits the values (version, start, preference, statuses,
 * dates), which keeps zod's enum and literal schemas out of the page's script (about 0.7 kB).
 * v1 and v2 share it: v2's extra fields are optional here and required by the check.
 */
let storedSchema: ReturnType<typeof schema> | undefined;
function schema() {
  /** One step's progress; `progress` is checked entry by entry (see `entries`). */
  const stepProgress = z.object({ status: z.string(), target: z.optional(z.string()), stamp: z.optional(stamp) });
  const shape = z.object({
    version: z.number(),
    inputs: z.object({
      start: z.string(),
      goal: z.string(),
      hoursPerWeek: z.number(),
      budget: z.optional(z.number()),
      preference: z.string(),
      experienceYears: z.optional(z.number()),
      held: z.optional(z.array(z.string())),
      targetDate: z.optional(z.string()),
    }),
    order: z.array(z.string()),
    planStamp: z.optional(stamp),
    progress: z.array(z.object({ id: z.string(), entry: stepProgress })),
    tombstones: z.optional(z.array(z.object({ id: z.string(), entry: stamp }))),
  });
  type Shape = z.output<typeof shape>;
  const admitted = ({ version, inputs, progress, planStamp, tombstones }: Shape) =>
    (version === 1 || (version === 2 && planStamp !== undefined && tombstones !== undefined && progress.every(({ entry }) => entry.stamp !== undefined))) &&
    oneOf(STARTS, inputs.start) &&
    oneOf(PREFERENCES, inputs.preference) &&
    (inputs.held ?? []).every((h) => oneOf(HELD, h)) &&
    (inputs.targetDate === undefined || isIsoDay(inputs.targetDate)) &&
    progress.every(({ entry }) => oneOf(STEP_STATUSES, entry.status) && (entry.target === undefined || isIsoDay(entry.target)));
  return shape.check(
    z.check<Shape>((payload) => {
      if (!admitted(payload.value)) payload.issues.push({ code: 'custom', message: 'a value this version does not admit', input: payload.value });
    }),
  );
}

/** An object keyed by id as a list of { id, entry } (anything else becomes null and fails the schema). */
function listOf(value: unknown): unknown {
  const plain = typeof value === 'object' && value !== null && !Array.isArray(value);
  return plain ? Object.entries(value).map(([id, entry]) => ({ id, entry })) : null;
}

/**
 * `progress` and `tombstones` (objects keyed by step id) as lists for the schema to check.
 * zod's `record` would do it too, at about 0.6 kB more in the page's script.
 */
function entries(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return json;
  const { progress, tombstones } = json as { progress?: unknown; tombstones?: unknown };
  return { ...json, progress: listOf(progress), ...(tombstones === undefined ? {} : { tombstones: listOf(tombstones) }) };
}

/** The stored text of a plan (the current version, v2). */
export function encodeStoredPlan(plan: StoredPlan): string {
  const { inputs, order, planStamp, progress, tombstones } = plan;
  return JSON.stringify({ version: 2, inputs, order, planStamp, progress, tombstones });
}

/** A stored text read back into a plan (v1 migrated to v2), or why it is unreadable. Never throws. */
export function decodeStoredPlan(text: string): { ok: true; value: StoredPlan } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = (storedSchema ??= schema()).safeParse(entries(json));
  if (!parsed.success) return { ok: false, reason: 'not a roadmap of a version this page knows' };
  // The check above admitted only known starts, preferences, credentials and statuses.
  const data = parsed.data as {
    inputs: PlanInputs;
    order: string[];
    planStamp?: number;
    progress: { id: string; entry: StepProgress & { stamp?: number } }[];
    tombstones?: { id: string; entry: number }[];
  };
  // fromEntries defines own properties, so a step id like "__proto__" is only a key.
  const progress: Record<string, StampedProgress> = Object.fromEntries(data.progress.map(({ id, entry }) => [id, { ...entry, stamp: entry.stamp ?? 0 }]));
  const tombstones: Record<string, number> = Object.fromEntries((data.tombstones ?? []).map(({ id, entry }) => [id, entry]));
  return { ok: true, value: { inputs: normaliseInputs(data.inputs), order: [...new Set(data.order)], planStamp: data.planStamp ?? 0, progress, tombstones } };
}

/** The plan the page works with (no stamps). */
export function unstamped(stored: StoredPlan): SharedPlan {
  const progress: Record<string, StepProgress> = {};
  for (const [id, { stamp: _, ...entry }] of Object.entries(stored.progress)) put(progress, id, entry);
  return { inputs: stored.inputs, order: stored.order, progress };
}

/** Set a key as an own property, so a step id like "__proto__" is only ever a key. */
function put<T>(o: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A plan after an edit, stamped against what was stored before it: entries that changed get
 * `now`, entries that went leave a tombstone at `now`, and the answers and order get `now`
 * when they changed. Stamps never go backwards: `now` below an earlier stamp counts as it.
 */
export function stampPlan(prev: StoredPlan | null, next: SharedPlan, now: number): StoredPlan {
  const progress: Record<string, StampedProgress> = {};
  const tombstones: Record<string, number> = {};
  for (const [id, t] of Object.entries(prev?.tombstones ?? {})) if (!Object.hasOwn(next.progress, id)) put(tombstones, id, t);
  for (const [id, entry] of Object.entries(next.progress)) {
    const old = prev && Object.hasOwn(prev.progress, id) ? prev.progress[id] : undefined;
    const { stamp: oldStamp = 0, ...oldEntry } = old ?? { stamp: 0 };
    const dead = prev && Object.hasOwn(prev.tombstones, id) ? prev.tombstones[id]! : -1;
    put(progress, id, old && same(oldEntry, entry) ? old : { ...entry, stamp: Math.max(now, oldStamp + 1, dead + 1) });
  }
  for (const [id, old] of Object.entries(prev?.progress ?? {})) if (!Object.hasOwn(next.progress, id)) put(tombstones, id, Math.max(now, old.stamp + 1));
  const planSame = prev !== null && same(prev.inputs, next.inputs) && same(prev.order, next.order);
  const planStamp = planSame ? prev.planStamp : Math.max(now, (prev?.planStamp ?? -1) + 1);
  return { inputs: next.inputs, order: next.order, planStamp, progress, tombstones };
}

/** -1, 0, 1 by the JSON text: the deterministic tie-break that keeps the merge commutative. */
const byText = (a: unknown, b: unknown) => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Two copies of a plan merged (storage's and this tab's): per step, the later change wins and
 * a tombstone beats an edit of the same time or older; the answers and the order are one record,
 * the later wins. Commutative, associative and idempotent, so tabs that merge in any order end
 * with the same plan. Pure.
 */
export function mergeStoredPlans(stored: StoredPlan | null, mine: StoredPlan | null): StoredPlan | null {
  if (!stored || !mine) return stored ?? mine;
  const planA = { inputs: stored.inputs, order: stored.order };
  const planB = { inputs: mine.inputs, order: mine.order };
  const aWins = stored.planStamp > mine.planStamp || (stored.planStamp === mine.planStamp && byText(planA, planB) >= 0);
  const winner = aWins ? stored : mine;
  const progress: Record<string, StampedProgress> = {};
  const tombstones: Record<string, number> = {};
  const ids = new Set([...Object.keys(stored.progress), ...Object.keys(mine.progress), ...Object.keys(stored.tombstones), ...Object.keys(mine.tombstones)]);
  for (const id of ids) {
    const own = <T,>(o: Record<string, T>) => (Object.hasOwn(o, id) ? o[id] : undefined);
    const entries = [own(stored.progress), own(mine.progress)].filter((e): e is StampedProgress => e !== undefined);
    const dead = Math.max(own(stored.tombstones) ?? -Infinity, own(mine.tombstones) ?? -Infinity);
    const live = entries.reduce<StampedProgress | undefined>(
      (best, e) => (!best || e.stamp > best.stamp || (e.stamp === best.stamp && byText(e, best) > 0) ? e : best),
      undefined,
    );
    if (live && live.stamp > dead) put(progress, id, live);
    else put(tombstones, id, dead);
  }
  return { inputs: winner.inputs, order: winner.order, planStamp: winner.planStamp, progress, tombstones };
}
