/**
 * The plan in time: one bar per step from its start to its end, in weeks from the start of the
 * plan, drawn as SVG (attributes only, no inline styles). Each row's text says the same as its
 * bar, so the bars are hidden from assistive technology.
 */
import type { ScheduledStep } from '../../lib/roadmap/index.ts';
import { whenText, type RoadmapContext } from './context.ts';

const WIDTH = 1000;
/** Width of a step that takes no time, or whose length is unknown, so it still shows. */
const MARK = 8;

export function Timeline({ ctx, steps, weeks, idp }: { ctx: RoadmapContext; steps: readonly ScheduledStep[]; weeks: number; idp: string }) {
  const scale = weeks > 0 ? WIDTH / weeks : 0;
  const x = (w: number) => Math.min(WIDTH - MARK, w * scale);
  return (
    <section class="rm-timeline" aria-labelledby={`${idp}-timeline-heading`}>
      <h2 id={`${idp}-timeline-heading`}>{ctx.t.timeline.heading}</h2>
      <p class="rm-hint">{ctx.t.timeline.caption}</p>
      <ol class="rm-bars">
        {steps.map((s) => {
          const from = x(s.start.min);
          const to = Math.max(from + MARK, x(s.end.max));
          const coreFrom = x(s.start.max);
          const coreTo = x(s.end.min);
          return (
            <li key={s.id}>
              <span class="rm-bar-label">
                {s.title}: {whenText(s, ctx)}
              </span>
              <svg class="rm-bar" viewBox={`0 0 ${WIDTH} 12`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="rm-bar-track" x="0" y="5" width={WIDTH} height="2" />
                {s.duration.status === 'unknown' ? (
                  <rect class="rm-bar-unknown" x={from} y="1" width={MARK * 4} height="10" />
                ) : (
                  <>
                    <rect class="rm-bar-range" x={from} y="1" width={to - from} height="10" />
                    {coreTo > coreFrom && <rect class="rm-bar-core" x={coreFrom} y="1" width={coreTo - coreFrom} height="10" />}
                  </>
                )}
              </svg>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
