/**
 * Build-time checks of the roadmap data that a schema cannot make alone: every id a step or
 * role mentions exists, prerequisites never go round in a circle (any-of alternatives
 * included, so a plan's order is always defined), and every role can be reached from every
 * start. Problems name the file and the field, as src/lib/integrity.ts does.
 */
import type { Problem } from '../integrity.ts';
import { idsOf, isMet, mentionedIds } from './requirements.ts';
import { STARTS, type Requirement, type RoleData, type Start, type StepData } from './types.ts';

/** The files problems are reported against. */
export const STEPS_FILE = 'content/steps.yaml';
export const ROLES_FILE = 'content/roles.yaml';

/** Each id a requirement list mentions, with the field path that holds it. */
function mentions(field: string, reqs: readonly Requirement[]): { id: string; field: string }[] {
  return reqs.flatMap((req, i) => {
    if (typeof req === 'string') return [{ id: req, field: `${field}[${i}]` }];
    return req.anyOf.flatMap((alt, j) =>
      typeof alt === 'string'
        ? [{ id: alt, field: `${field}[${i}].anyOf[${j}]` }]
        : idsOf(alt).map((id, k) => ({ id, field: `${field}[${i}].anyOf[${j}][${k}]` })),
    );
  });
}

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return twice;
}

/** Cycles in the prerequisite graph, each as a path that returns to its first id. */
export function findCycles(steps: readonly StepData[]): string[][] {
  const deps = new Map(steps.map((s) => [s.id, [...new Set(s.prerequisites.flatMap(mentionedIds))]]));
  const state = new Map<string, 'open' | 'closed'>();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const dep of deps.get(id) ?? []) {
      if (!deps.has(dep)) continue;
      if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep]);
      else if (state.get(dep) === undefined) visit(dep);
    }
    stack.pop();
    state.set(id, 'closed');
  };
  for (const s of steps) if (!state.has(s.id)) visit(s.id);
  return cycles;
}

/** Steps that can be completed from a start: its done steps, then anything whose prerequisites are met. */
export function reachableSteps(steps: readonly StepData[], start: Start): Set<string> {
  const have = new Set(steps.filter((s) => s.doneFor.includes(start)).map((s) => s.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of steps) {
      if (!have.has(s.id) && s.prerequisites.every((r) => isMet(r, (id) => have.has(id)))) {
        have.add(s.id);
        grew = true;
      }
    }
  }
  return have;
}

/**
 * Every problem in the roadmap data; an empty list means the planner can use it.
 * `credentialIds` are the ids of content/credentials/.
 */
export function checkRoadmapData(
  steps: readonly StepData[],
  roles: readonly RoleData[],
  credentialIds: Iterable<string>,
): Problem[] {
  const problems: Problem[] = [];
  const stepIds = new Set(steps.map((s) => s.id));
  const roleById = new Map(roles.map((r) => [r.id, r]));
  const credentials = new Set(credentialIds);
  const stepProblem = (field: string, message: string) => problems.push({ file: STEPS_FILE, field, message });
  const roleProblem = (field: string, message: string) => problems.push({ file: ROLES_FILE, field, message });

  for (const id of duplicates(steps.map((s) => s.id))) stepProblem(id, `the id "${id}" is used by more than one step`);
  for (const id of duplicates(roles.map((r) => r.id))) roleProblem(id, `the id "${id}" is used by more than one role`);

  for (const s of steps) {
    for (const m of mentions(`${s.id}.prerequisites`, s.prerequisites)) {
      if (m.id === s.id) stepProblem(m.field, 'a step cannot be its own prerequisite');
      else if (!stepIds.has(m.id)) stepProblem(m.field, `"${m.id}" is not a step in ${STEPS_FILE}`);
    }
    (s.followedBy ?? []).forEach((f, i) => {
      if (!stepIds.has(f)) stepProblem(`${s.id}.followedBy[${i}]`, `"${f}" is not a step in ${STEPS_FILE}`);
    });
    s.unlocks.credentials.forEach((c, i) => {
      if (!credentials.has(c)) stepProblem(`${s.id}.unlocks.credentials[${i}]`, `"${c}" is not a credential in content/credentials/`);
    });
    s.unlocks.roles.forEach((r, i) => {
      const role = roleById.get(r);
      const field = `${s.id}.unlocks.roles[${i}]`;
      if (!role) stepProblem(field, `"${r}" is not a role in ${ROLES_FILE}`);
      else if (!role.qualifiedBy.flatMap(mentionedIds).includes(s.id))
        stepProblem(field, `the role "${r}" does not name this step in its qualifiedBy, so the step does not unlock it`);
    });
  }

  for (const r of roles) {
    for (const m of mentions(`${r.id}.qualifiedBy`, r.qualifiedBy))
      if (!stepIds.has(m.id)) roleProblem(m.field, `"${m.id}" is not a step in ${STEPS_FILE}`);
    if (r.employers) {
      const accepts = new Set(r.employers.accepts);
      r.employers.accepts.forEach((id, i) => {
        if (!stepIds.has(id)) roleProblem(`${r.id}.employers.accepts[${i}]`, `"${id}" is not a step in ${STEPS_FILE}`);
      });
      // A goal's own requirements never offer a credential its employers do not ask for.
      for (const m of mentions(`${r.id}.qualifiedBy`, r.qualifiedBy)) {
        const kind = steps.find((s) => s.id === m.id)?.kind;
        if ((kind === 'exam' || kind === 'credential') && !accepts.has(m.id))
          roleProblem(m.field, `"${m.id}" gives a credential these employers do not ask for: add it to employers.accepts with the source that says so, or take it out`);
      }
    }
    r.typicalCredentials.forEach((c, i) => {
      if (!credentials.has(c)) roleProblem(`${r.id}.typicalCredentials[${i}]`, `"${c}" is not a credential in content/credentials/`);
    });
  }

  for (const cycle of findCycles(steps))
    stepProblem(`${cycle[0]}.prerequisites`, `prerequisites go round in a circle: ${cycle.join(' → ')}`);

  const everReachable = new Set<string>();
  for (const start of STARTS) {
    const have = reachableSteps(steps, start);
    for (const id of have) everReachable.add(id);
    for (const r of roles) {
      const unmet = r.qualifiedBy.findIndex((req) => !isMet(req, (id) => have.has(id)));
      if (unmet >= 0)
        roleProblem(`${r.id}.qualifiedBy[${unmet}]`, `this role cannot be reached from the start "${start}": no route meets this requirement`);
    }
  }
  for (const s of steps)
    if (!everReachable.has(s.id)) stepProblem(`${s.id}.prerequisites`, 'this step can never be reached: its prerequisites cannot all be met from any start');

  return problems;
}
