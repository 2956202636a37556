/**
 * What the page shows of each step that does not depend on the reader's plan: where its time
 * and cost figures come from, its sources and what it leads to, formatted once at build time
 * (with src/lib/facts.ts) and handed to the island as text, so its script formats none of it.
 */
import { citation, formatAsOf } from '../facts.ts';
import type { Measure, StepData } from './types.ts';
import type { Cite, StepCard } from './view.ts';

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
