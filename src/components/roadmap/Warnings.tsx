/**
 * Prerequisites the order breaks, in words: a live region above the plan (so a move that breaks
 * one is announced) and the sentence each step repeats under itself.
 */
import type { OrderWarning } from '../../lib/roadmap/index.ts';
import { roadmapLabels as t } from '../../i18n/roadmap.en.ts';

/** "“Pass the CPC exam” needs one of “A”, “B” first, but it comes later in your plan." */
export function warningText(w: OrderWarning, titleOf: (id: string) => string): string {
  const needs = t.warnings.oneOf(w.needs.map(titleOf));
  return w.problem === 'after' ? t.warnings.after(titleOf(w.stepId), needs) : t.warnings.missing(titleOf(w.stepId), needs);
}

export function Warnings({ warnings, titleOf }: { warnings: readonly OrderWarning[]; titleOf: (id: string) => string }) {
  // The region is always there, so screen readers announce what appears in it.
  return (
    <div role="status" class={warnings.length > 0 ? 'rm-warnings notice' : 'rm-warnings'}>
      {warnings.length > 0 && (
        <>
          <h3>{t.warnings.heading}</h3>
          <ul>
            {warnings.map((w) => (
              <li key={`${w.stepId}-${w.requirement}`}>{warningText(w, titleOf)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
