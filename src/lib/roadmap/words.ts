/**
 * Filling in the roadmap's words (src/i18n/roadmap.en.ts), which are plain data so they can
 * travel to the island as props: `{name}` marks a value, a pair is [one, many] for a count.
 */
import type { roadmapExplainWords, roadmapWords } from '../../i18n/roadmap.en.ts';

export type RoadmapWords = typeof roadmapWords;
export type ExplainWords = typeof roadmapExplainWords;

/** "{step} removed." with { step: "Externship" } → "Externship removed." */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : all));
}

/** The one or the many form, with `{n}` filled in (and any other values). */
export function count(pair: readonly [string, string], n: number, values: Record<string, string | number> = {}): string {
  return fill(n === 1 ? pair[0] : pair[1], { ...values, n });
}
