/**
 * What every part of the roadmap island needs to render: the catalogue, the build-time data
 * (publishers, credential names) and the site's base path for links. Also the small
 * formatting helpers they share.
 */
import { formatWeeks, type Catalogue, type Range, type ScheduledStep } from '../../lib/roadmap/index.ts';
import type { RoadmapData } from '../../stores/roadmap.ts';
import { roadmapLabels as t } from '../../i18n/roadmap.en.ts';

export interface RoadmapContext {
  catalogue: Catalogue;
  data: RoadmapData;
  /** The site's base path, ending in `/`. */
  base: string;
}

export const stepTitle = (ctx: RoadmapContext, id: string) => ctx.catalogue.steps.get(id)?.title ?? id;
export const goalTitle = (ctx: RoadmapContext, id: string) => ctx.data.goals.find((g) => g.id === id)?.title ?? id;
export const sourceHref = (ctx: RoadmapContext, id: string) => `${ctx.base}sources/#${id}`;

/** A point in the plan, in words: "the start" or "15 months in". */
const at = (r: Range) => (r.max === 0 ? t.when.start : t.when.in(formatWeeks(r)));

/** When a step happens, counted from the start of the plan. */
export function whenText(s: ScheduledStep): string {
  const start = at(s.start);
  let text: string;
  if (s.duration.status === 'unknown') text = `${t.when.since(start)}, ${t.when.unknownLength}`;
  else if (s.duration.range.max === 0) text = s.start.max === 0 ? t.when.atStart : t.when.at(start);
  else text = t.when.from(start, at(s.end));
  return s.unknownBefore > 0 ? `${text}, ${t.when.later}` : text;
}
