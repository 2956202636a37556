/**
 * What the page shows of each step that does not depend on the reader's plan: where its time
 * and cost figures come from, its sources and what it leads to, formatted once at build time
 * (with src/lib/facts.ts) and handed to the island as text, so its script formats none of it.
 */
import { citation, formatAsOf, formatFact, type Fact } from '../facts.ts';
import type { Measure, RoleData, StepData } from './types.ts';
import type { CitedText, Cite, GoalInfo, StepCard } from './view.ts';

/** What the page knows of a source, a credential and a role, by id. */
export interface CardLookups {
  sources: Record<string, { title: string; publisher: string; checked: string }>;
  credentials: Record<string, string>;
  roles: Record<string, string>;
  /** "checked", as the words say it. */
  checked: string;
}

function cite(measure: Measure, lookups: CardLookups): Cite | undefined {
  if (measure === 'none') return undefined;
  const c: Cite = citation(measure, (id) => lookups.sources[id]?.publisher);
  if (measure.kind === 'fact' && measure.note) c.note = measure.note;
  return c;
}

/** Each step's card, by step id. */
export function stepCards(steps: readonly StepData[], lookups: CardLookups): Record<string, StepCard> {
  return Object.fromEntries(
    steps.map((s) => {
      const time = cite(s.duration, lookups);
      const cost = cite(s.cost, lookups);
      const card: StepCard = {
        ...(time ? { time } : {}),
        ...(cost ? { cost } : {}),
        sources: s.sources.map(({ id }) => {
          const src = lookups.sources[id];
          return { id, title: src?.title ?? id, detail: src ? ` (${src.publisher}, ${lookups.checked} ${formatAsOf(src.checked)})` : '' };
        }),
        unlocks: [
          ...s.unlocks.credentials.map((c) => ({ text: lookups.credentials[c] ?? c, credential: c })),
          ...s.unlocks.roles.map((r) => ({ text: lookups.roles[r] ?? r })),
          ...s.unlocks.capabilities.map((text) => ({ text })),
        ],
      };
      return [s.id, card];
    }),
  );
}

/** A fact as cited text (the unknown reason when it is unknown). */
function cited(fact: Fact, lookups: CardLookups, label?: string): CitedText {
  const cite: Cite = citation(fact, (id) => lookups.sources[id]?.publisher);
  if (fact.kind === 'fact' && fact.note) cite.note = fact.note;
  const text = fact.kind === 'fact' ? formatFact(fact) : fact.reason;
  return { ...(label === undefined ? {} : { label }), text, cite };
}

/**
 * What the plan shows of each goal: its employers' rule, its pay figures and, for every goal,
 * the facts on remote work (`remote`: for entry jobs the first-job fact comes first).
 */
export function goalInfos(roles: readonly RoleData[], remote: { firstJob?: Fact | undefined; share?: Fact | undefined }, lookups: CardLookups): Record<string, GoalInfo> {
  return Object.fromEntries(
    roles.map((r) => {
      const words = [remote.firstJob, remote.share].filter((f): f is Fact => f !== undefined);
      const info: GoalInfo = {
        ...(r.employers ? { rule: cited(r.employers.rule, lookups) } : {}),
        pay: r.pay.map((p) => cited(p.fact, lookups, p.label)),
        remote: (r.level === 'entry' ? words : words.slice(1)).map((f) => cited(f, lookups, f.kind === 'fact' ? f.label : undefined)),
      };
      return [r.id, info];
    }),
  );
}
