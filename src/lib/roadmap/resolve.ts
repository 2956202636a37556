/**
 * Choosing the steps a goal needs. Plain prerequisites are added first, all the way down;
 * any-of groups wait until then, so a group sees every step the plan needs anyway (two years
 * of work already planned makes the two-year apprentice route free). Each group is then
 * settled in the order it was found, steps' groups before the goal's own: every alternative is tried on a copy of the plan, its
 * own groups settled the same way, and the best under the reader's preference is kept.
 */
import { idsOf, isMet } from './requirements.ts';
import { compareScores, scoreOption, type Basis, type Score } from './score.ts';
import type { Catalogue, Preference, Requirement, RoleData, Start } from './types.ts';

/** Whose requirement a group is: the goal role's or a step's. */
export type Owner = { role: string } | { step: string };

/** Why a step is in a plan. */
export type Why =
  | { kind: 'goal' }
  | { kind: 'needed-by'; step: string }
  | { kind: 'follows'; step: string }
  | { kind: 'chosen'; choice: number };

/** One alternative as the planner weighed it. */
export interface OptionSummary {
  /** The alternative's own steps. */
  ids: string[];
  /** Every step it would add to the plan, prerequisites included. */
  added: string[];
  /** False when it needs a step the catalogue does not have. */
  feasible: boolean;
  score: Score;
}

/** A decision between alternatives, kept so the plan can say why. */
export interface Choice {
  owner: Owner;
  /** Position of the group in the owner's requirement list. */
  requirement: number;
  options: OptionSummary[];
  /** Index of the chosen option. */
  chosen: number;
  basis: Basis;
  preference: Preference;
}

export interface ResolveContext {
  catalogue: Catalogue;
  /** Exam and credential steps the goal's employers ask for (all when the role states no rule). */
  accepts?: ReadonlySet<string> | undefined;
  /** Alternatives already weighed in this resolution (see `evaluate`). */
  memo?: Map<string, OptionSummary> | undefined;
  start: Start;
  hoursPerWeek: number;
  preference: Preference;
}

interface Pending {
  owner: Owner;
  index: number;
  req: Extract<Requirement, { anyOf: unknown }>;
}

interface State {
  have: Set<string>;
  added: string[];
  addedSet: Set<string>;
  pending: Pending[];
  missing: string[];
  log?: { why: Map<string, Why[]>; choices: Choice[] };
}

export interface Resolution {
  /** Steps the plan adds, in the order they were found. */
  added: string[];
  /** Steps that count as done, from the start and the plan together. */
  have: Set<string>;
  why: Map<string, Why[]>;
  choices: Choice[];
  /** Ids that were needed but are not in the catalogue. */
  missing: string[];
}

function noteWhy(st: State, id: string, why: Why): void {
  if (!st.log || !st.addedSet.has(id)) return;
  const list = st.log.why.get(id) ?? [];
  const same = list.some((w) => JSON.stringify(w) === JSON.stringify(why));
  if (!same) st.log.why.set(id, [...list, why]);
}

function addIds(ctx: ResolveContext, st: State, ids: readonly string[], why: Why): void {
  for (const id of ids) {
    if (st.have.has(id)) {
      noteWhy(st, id, why);
      continue;
    }
    const step = ctx.catalogue.steps.get(id);
    if (!step) {
      st.missing.push(id);
      continue;
    }
    st.have.add(id);
    st.added.push(id);
    st.addedSet.add(id);
    noteWhy(st, id, why);
    step.prerequisites.forEach((req, index) => {
      if (typeof req === 'string') addIds(ctx, st, [req], { kind: 'needed-by', step: id });
      else st.pending.push({ owner: { step: id }, index, req });
    });
    // Steps that complete this one (the full CPC after the exam) come with it. Only in the plan
    // itself, not in the trials that weigh alternatives: they come whichever alternative wins,
    // and weighing their own routes inside every trial made planning several times slower.
    if (st.log) for (const next of step.followedBy ?? []) if (!st.have.has(next)) addIds(ctx, st, [next], { kind: 'follows', step: id });
  }
}

const CREDENTIAL_KINDS = new Set(['exam', 'credential']);

/** False when an alternative of the goal's own requirements gives a credential its employers do not ask for. */
function allowed(ctx: ResolveContext, ids: readonly string[]): boolean {
  const accepts = ctx.accepts;
  if (!accepts) return true;
  return ids.every((id) => accepts.has(id) || !CREDENTIAL_KINDS.has(ctx.catalogue.steps.get(id)?.kind ?? ''));
}

/** What an alternative would add, tried on a copy of the plan. */
/** Every step an alternative's requirements can reach, by catalogue (the same for every plan). */
const reaches = new WeakMap<Catalogue, Map<string, string[]>>();
function reachOf(catalogue: Catalogue, ids: readonly string[]): string[] {
  let byId = reaches.get(catalogue);
  if (!byId) reaches.set(catalogue, (byId = new Map()));
  const key = ids.join(',');
  let found = byId.get(key);
  if (!found) {
    const seen = new Set<string>();
    const stack = [...ids];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const req of catalogue.steps.get(id)?.prerequisites ?? []) stack.push(...(typeof req === 'string' ? [req] : req.anyOf.flatMap(idsOf)));
    }
    byId.set(key, (found = [...seen].sort()));
  }
  return found;
}

/**
 * What an alternative would add. The same alternative tried where the same steps it can reach
 * are in hand gives the same result, so it is worked out once per plan: nested groups (the
 * course before each exam) are otherwise tried again inside every trial.
 */
function evaluate(ctx: ResolveContext, st: State, ids: readonly string[]): OptionSummary {
  const reach = reachOf(ctx.catalogue, ids);
  const key = `${ids.join(',')}|${reach.filter((id) => st.have.has(id)).join(',')}`;
  const known = ctx.memo?.get(key);
  if (known) return known;
  const summary = attempt(ctx, st, ids);
  ctx.memo?.set(key, summary);
  return summary;
}

function attempt(ctx: ResolveContext, st: State, ids: readonly string[]): OptionSummary {
  const trial: State = { have: new Set(st.have), added: [], addedSet: new Set(), pending: [], missing: [] };
  addIds(ctx, trial, ids, { kind: 'goal' });
  settle(ctx, trial);
  return {
    ids: [...ids],
    added: trial.added,
    feasible: trial.missing.length === 0,
    score: scoreOption(trial.added, ids, ctx.catalogue, ctx.hoursPerWeek, ctx.start),
  };
}

const NO_RANGE = { min: 0, max: 0 };
/** An alternative the goal's employers do not ask for: listed, never chosen. */
const refused = (ids: readonly string[]): OptionSummary => ({
  ids: [...ids],
  added: [],
  feasible: false,
  score: { weeks: NO_RANGE, usd: NO_RANGE, unknownDurations: 0, unknownCosts: 0, recognition: 0, suits: false, size: 0, steps: 0 },
});

function pickBest(options: OptionSummary[], preference: Preference): { chosen: number; basis: Basis } | null {
  const better = (a: number, b: number) => compareScores(options[a]!.score, options[b]!.score, preference).order < 0;
  let best = -1;
  options.forEach((o, i) => {
    if (o.feasible && (best < 0 || better(i, best))) best = i;
  });
  if (best < 0) return null;
  let runnerUp = -1;
  options.forEach((o, i) => {
    if (i !== best && o.feasible && (runnerUp < 0 || better(i, runnerUp))) runnerUp = i;
  });
  if (runnerUp < 0) return { chosen: best, basis: 'only-option' };
  return { chosen: best, basis: compareScores(options[best]!.score, options[runnerUp]!.score, preference).basis };
}

function settle(ctx: ResolveContext, st: State): void {
  while (st.pending.length > 0) {
    // Steps' groups before the goal's: what the plan must hold anyway (the credential a first
    // job asks for) may already meet the goal's choice.
    const at = st.pending.findIndex((g) => 'step' in g.owner);
    const group = st.pending.splice(Math.max(at, 0), 1)[0]!;
    if (isMet(group.req, (id) => st.have.has(id))) continue;
    // The goal's own groups never take a credential its employers do not ask for. A step's
    // group takes one only when every alternative is a credential (a real prerequisite, such
    // as a core credential before the CPMA); otherwise the alternatives without one are enough.
    const alts = group.req.anyOf.map(idsOf);
    const strict = 'role' in group.owner || alts.some((ids) => allowed(ctx, ids.filter((id) => !st.have.has(id))));
    const options = alts.map((ids) => (strict && !allowed(ctx, ids.filter((id) => !st.have.has(id))) ? refused(ids) : evaluate(ctx, st, ids)));
    const pick = pickBest(options, ctx.preference);
    if (!pick) {
      st.missing.push(...options.flatMap((o) => o.ids));
      continue;
    }
    const choiceIndex = st.log ? st.log.choices.length : -1;
    st.log?.choices.push({
      owner: group.owner,
      requirement: group.index,
      options,
      chosen: pick.chosen,
      basis: pick.basis,
      preference: ctx.preference,
    });
    addIds(ctx, st, options[pick.chosen]!.ids, { kind: 'chosen', choice: choiceIndex });
  }
}

/** Choose the steps that meet a role's requirements, starting from the steps in `done`. */
export function resolve(ctx: ResolveContext, role: Pick<RoleData, 'id' | 'qualifiedBy' | 'employers'>, done: ReadonlySet<string>): Resolution {
  const roleId = role.id;
  const requirements = role.qualifiedBy;
  ctx = { ...ctx, memo: new Map(), ...(role.employers ? { accepts: new Set(role.employers.accepts) } : {}) };
  const st: State = {
    have: new Set(done),
    added: [],
    addedSet: new Set(),
    pending: [],
    missing: [],
    log: { why: new Map(), choices: [] },
  };
  requirements.forEach((req, index) => {
    if (typeof req === 'string') addIds(ctx, st, [req], { kind: 'goal' });
    else st.pending.push({ owner: { role: roleId }, index, req });
  });
  // What the reader already has may need completing too: a CPC-A's apprentice designation.
  for (const id of done)
    for (const next of ctx.catalogue.steps.get(id)?.followedBy ?? []) if (!st.have.has(next)) addIds(ctx, st, [next], { kind: 'follows', step: id });
  settle(ctx, st);
  return { added: st.added, have: st.have, why: st.log!.why, choices: st.log!.choices, missing: st.missing };
}
