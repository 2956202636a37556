/**
 * The reader's plan as it is kept in this browser (`ccp:roadmap`): versioned JSON, checked by
 * a zod/mini schema on every read. Pure: no storage here; src/stores/stored-doc.ts keeps it.
 *
 *   v1: {"version":1,"inputs":{"start","goal","hoursPerWeek","budget"?,"preference"},
 *        "order":["step-id",…],"progress":{"step-id":{"status","target"?}}}
 *
 * Migrations: v1 is the first version. A later shape gets its own schema and a branch in
 * `decodeStoredPlan` that lifts v1 to it. Text that is not JSON, fails its schema or has a
 * version this code does not know is unreadable (the store sets it aside, never over-writes it).
 * Progress is keyed by step id, so a step that leaves the catalogue keeps its entry.
 */
import * as z from 'zod/mini';
import { normaliseInputs, type PlanInputs } from './plan.ts';
import { isIsoDay, STEP_STATUSES, type StepProgress } from './progress.ts';
import type { SharedPlan } from './share.ts';
import { PREFERENCES, STARTS } from './types.ts';

const oneOf = (list: readonly string[], value: string) => list.includes(value);

/**
 * The v1 schema, built on first use: a page that finds nothing stored never needs it. zod checks
 * the shape; one check over the record admits the values (version, start, preference, statuses,
 * dates), which keeps zod's enum and literal schemas out of the page's script (about 0.7 kB).
 */
let storedV1: ReturnType<typeof schemaV1> | undefined;
function schemaV1() {
  /** One step's progress; `progress` is checked entry by entry (see `entries`). */
  const stepProgress = z.object({ status: z.string(), target: z.optional(z.string()) });
  const shape = z.object({
    version: z.number(),
    inputs: z.object({
      start: z.string(),
      goal: z.string(),
      hoursPerWeek: z.number(),
      budget: z.optional(z.number()),
      preference: z.string(),
    }),
    order: z.array(z.string()),
    progress: z.array(z.object({ id: z.string(), entry: stepProgress })),
  });
  type Shape = z.output<typeof shape>;
  const admitted = ({ version, inputs, progress }: Shape) =>
    version === 1 &&
    oneOf(STARTS, inputs.start) &&
    oneOf(PREFERENCES, inputs.preference) &&
    progress.every(({ entry }) => oneOf(STEP_STATUSES, entry.status) && (entry.target === undefined || isIsoDay(entry.target)));
  return shape.check(
    z.check<Shape>((payload) => {
      if (!admitted(payload.value)) payload.issues.push({ code: 'custom', message: 'a value this version does not admit', input: payload.value });
    }),
  );
}

/**
 * `progress` (an object keyed by step id) as a list of { id, entry } for the schema to check.
 * zod's `record` would do it too, at about 0.6 kB more in the page's script; anything that is
 * not a plain object becomes null, and fails the schema.
 */
function entries(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return json;
  const progress = (json as { progress?: unknown }).progress;
  const plain = typeof progress === 'object' && progress !== null && !Array.isArray(progress);
  return { ...json, progress: plain ? Object.entries(progress).map(([id, entry]) => ({ id, entry })) : null };
}

/** The stored text of a plan (the current version). */
export function encodeStoredPlan(plan: SharedPlan): string {
  return JSON.stringify({ version: 1, inputs: plan.inputs, order: plan.order, progress: plan.progress });
}

/** A stored text read back into a plan, or why it is unreadable. Never throws. */
export function decodeStoredPlan(text: string): { ok: true; value: SharedPlan } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const v1 = (storedV1 ??= schemaV1()).safeParse(entries(json));
  if (!v1.success) return { ok: false, reason: 'not a roadmap of a version this page knows' };
  // The check above admitted only known starts, preferences and statuses.
  const { inputs, order, progress } = v1.data as { inputs: PlanInputs; order: string[]; progress: { id: string; entry: StepProgress }[] };
  // fromEntries defines own properties, so a step id like "__proto__" is only a key.
  const byId: Record<string, StepProgress> = Object.fromEntries(progress.map(({ id, entry }) => [id, entry]));
  return { ok: true, value: { inputs: normaliseInputs(inputs), order: [...new Set(order)], progress: byId } };
}
