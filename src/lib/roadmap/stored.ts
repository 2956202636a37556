/**
 * The reader's plan as it is kept in this browser (`ccp:roadmap`): versioned JSON, checked by
 * plain checks on every read (see `readPlan`). Pure: no storage here; src/stores/stored-doc.ts keeps it.
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
import { tombstoneCutoff } from '../../stores/tabs.ts';
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
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** Absent, or of the kind `is` admits. */
const optional = (v: unknown, is: (v: unknown) => boolean) => v === undefined || is(v);

/**
 * The answers as stored, with only the known fields (anything else is dropped), or undefined when
 * one is missing, of the wrong kind or a value this version does not admit.
 */
function readInputs(v: unknown): PlanInputs | undefined {
  if (!isObject(v)) return undefined;
  const { start, goal, hoursPerWeek, budget, preference, experienceYears, held, targetDate } = v;
  const ok =
    isString(start) &&
    oneOf(STARTS, start) &&
    isString(goal) &&
    isNumber(hoursPerWeek) &&
    isString(preference) &&
    oneOf(PREFERENCES, preference) &&
    optional(budget, isNumber) &&
    optional(experienceYears, isNumber) &&
    optional(held, (h) => Array.isArray(h) && h.every((x) => isString(x) && oneOf(HELD, x))) &&
    optional(targetDate, (d) => isString(d) && isIsoDay(d));
  if (!ok) return undefined;
  const inputs: Record<string, unknown> = { start, goal, hoursPerWeek, preference };
  for (const [key, value] of Object.entries({ budget, experienceYears, held, targetDate })) if (value !== undefined) inputs[key] = value;
  return inputs as unknown as PlanInputs;
}

/** One step's progress with only its known fields, or undefined when it is not one. `stamped`: v2 needs the stamp. */
function readProgress(v: unknown, stamped: boolean): StampedProgress | undefined {
  if (!isObject(v)) return undefined;
  const { status, target, stamp } = v;
  const ok = isString(status) && oneOf(STEP_STATUSES, status) && optional(target, (t) => isString(t) && isIsoDay(t)) && (stamped ? isNumber(stamp) : optional(stamp, isNumber));
  if (!ok) return undefined;
  return { status, ...(target === undefined ? {} : { target }), stamp: stamp ?? 0 } as StampedProgress;
}

/**
 * The stored JSON as a plan (v1 lifted to v2), or undefined. Plain checks rather than a zod
 * schema: the same rules, without zod's 5 kB in the roadmap page's start-up script (the CEU
 * tracker's stored data is checked the same way, src/lib/ceu/stored.ts). Objects keyed by step id
 * are read into fresh objects by `Object.fromEntries`, so an id like "__proto__" is only a key.
 */
function readPlan(json: unknown): StoredPlan | undefined {
  if (!isObject(json)) return undefined;
  const { version, inputs: rawInputs, order, planStamp, progress: rawProgress, tombstones: rawTombstones } = json;
  const v2 = version === 2;
  if (!v2 && version !== 1) return undefined;
  const inputs = readInputs(rawInputs);
  if (!inputs || !Array.isArray(order) || !order.every(isString) || !isObject(rawProgress)) return undefined;
  if (v2 ? !isNumber(planStamp) || !isObject(rawTombstones) : !optional(planStamp, isNumber) || !optional(rawTombstones, isObject)) return undefined;
  const progress: [string, StampedProgress][] = [];
  for (const [id, entry] of Object.entries(rawProgress)) {
    const read = readProgress(entry, v2);
    if (!read) return undefined;
    progress.push([id, read]);
  }
  const tombstones = Object.entries((rawTombstones ?? {}) as Record<string, unknown>);
  if (!tombstones.every(([, when]) => isNumber(when))) return undefined;
  return {
    inputs: normaliseInputs(inputs),
    order: [...new Set(order as string[])],
    planStamp: (planStamp as number | undefined) ?? 0,
    progress: Object.fromEntries(progress),
    tombstones: Object.fromEntries(tombstones) as Record<string, number>,
  };
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
  const value = readPlan(json);
  return value ? { ok: true, value } : { ok: false, reason: 'not a roadmap of a version this page knows' };
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
 *
 * Tombstones are forgotten by the CEU tracker's rule (`tombstoneCutoff`, src/stores/tabs.ts):
 * one older than TOMBSTONE_DAYS (90) is dropped when `saved` (this tab's saves succeed). Safe:
 * the tombstone has been in storage that long, and every open tab merged it when it was written
 * (the `storage` event, or its own next save, which merges with storage first): the step's old
 * status is gone from each of them, so no tab holds a stale status left for it to beat. A tab
 * closed meanwhile holds nothing. While saves fail the tombstone may exist only in this tab, so
 * none is dropped. The merge itself never drops one (it stays commutative, associative and
 * idempotent): an edit does, and the store drops them from what it saves (`forgetTombstones`).
 */
export function stampPlan(prev: StoredPlan | null, next: SharedPlan, now: number, saved = true): StoredPlan {
  const progress: Record<string, StampedProgress> = {};
  const tombstones: Record<string, number> = {};
  const forget = tombstoneCutoff(now, saved);
  for (const [id, t] of Object.entries(prev?.tombstones ?? {})) if (!Object.hasOwn(next.progress, id) && t >= forget) put(tombstones, id, t);
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

/**
 * `plan` without the tombstones stamped before `cutoff` (`tombstoneCutoff` of src/stores/tabs.ts,
 * see `stampPlan` for why that is safe); the same object when there are none. The store applies it
 * to what it saves, after the merge (which keeps every tombstone either side has, so forgetting
 * one only in this tab's copy would not forget it in storage).
 */
export function forgetTombstones(plan: StoredPlan | null, cutoff: number): StoredPlan | null {
  if (!plan || Object.values(plan.tombstones).every((t) => t >= cutoff)) return plan;
  const tombstones: Record<string, number> = {};
  for (const [id, t] of Object.entries(plan.tombstones)) if (t >= cutoff) put(tombstones, id, t);
  return { ...plan, tombstones };
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
