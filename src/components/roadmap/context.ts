/**
 * What every part of the roadmap needs to render: the catalogue, the build-time data (goals,
 * step cards), the site's base path for links and the words (src/i18n/roadmap.en.ts, passed
 * to the island as props so they travel in the HTML). Also the small helpers they share.
 */
import { fill, formatWeeks, type Catalogue, type Range, type RoadmapWords, type ScheduledStep } from '../../lib/roadmap/index.ts';
import type { RoadmapData } from '../../lib/roadmap/view.ts';

export interface RoadmapContext {
  catalogue: Catalogue;
  data: RoadmapData;
  /** The site's base path, ending in `/`. */
  base: string;
  t: RoadmapWords;
}

export const stepTitle = (ctx: RoadmapContext, id: string) => ctx.catalogue.steps.get(id)?.title ?? id;
export const goalTitle = (ctx: RoadmapContext, id: string) => ctx.data.goals.find((g) => g.id === id)?.title ?? id;
export const sourceHref = (ctx: RoadmapContext, id: string) => `${ctx.base}sources/#${id}`;

/** When a step happens, counted from the start of the plan. */
export function whenText(s: ScheduledStep, { t }: RoadmapContext): string {
  const w = t.when;
  /** A point in the plan, in words: "the start" or "15 months in". */
  const at = (r: Range) => (r.max === 0 ? w.start : fill(w.in, { text: formatWeeks(r, t.explain) }));
  const start = at(s.start);
  let text: string;
  if (s.duration.status === 'unknown') text = `${fill(w.since, { at: start })}, ${w.unknownLength}`;
  else if (s.duration.range.max === 0) text = s.start.max === 0 ? w.atStart : fill(w.at, { at: start });
  else text = fill(w.from, { from: start, to: at(s.end) });
  return s.unknownBefore > 0 ? `${text}, ${w.later}` : text;
}
