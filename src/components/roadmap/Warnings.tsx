/**
 * Prerequisites the order breaks, in words: a live region above the plan (so a move that breaks
 * one is announced) and the sentence each step repeats under itself.
 */
import { fill, type OrderWarning } from '../../lib/roadmap/index.ts';
import { stepTitle, type RoadmapContext } from './context.ts';

/** "“Pass the CPC exam” needs one of “A”, “B” first, but it comes later in your plan." */
export function warningText(w: OrderWarning, ctx: RoadmapContext): string {
  const t = ctx.t.warnings;
  const titles = w.needs.map((id) => fill(t.quoted, { title: stepTitle(ctx, id) }));
  const needs = titles.length === 1 ? titles[0]! : fill(t.oneOf, { titles: titles.join(', ') });
  return fill(w.problem === 'after' ? t.after : t.missing, { step: stepTitle(ctx, w.stepId), needs });
}

export function Warnings({ ctx, warnings }: { ctx: RoadmapContext; warnings: readonly OrderWarning[] }) {
  // The region is always there, so screen readers announce what appears in it.
  return (
    <div role="status" class={warnings.length > 0 ? 'rm-warnings notice' : 'rm-warnings'}>
      {warnings.length > 0 && (
        <>
          <h3>{ctx.t.warnings.heading}</h3>
          <ul>
            {warnings.map((w) => (
              <li key={`${w.stepId}-${w.requirement}`}>{warningText(w, ctx)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
