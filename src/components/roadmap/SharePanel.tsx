/** Share the plan by link, print it, or take its target dates to a calendar. */
import type { RoadmapWords } from '../../lib/roadmap/words.ts';

interface Props {
  t: RoadmapWords;
  /** The share address, relative to the site (base path included). */
  href: string;
  /** The same address in full, once the page knows its origin (after hydration). */
  absolute: string | undefined;
  hasTargets: boolean;
  onCopy: () => void;
  onIcs: () => void;
}

export function SharePanel({ t, href, absolute, hasTargets, onCopy, onIcs }: Props) {
  return (
    <section class="rm-share no-print" aria-labelledby="rm-share-heading">
      <h2 id="rm-share-heading">{t.share.heading}</h2>
      <p class="rm-buttons">
        <button type="button" onClick={onCopy}>
          {t.share.copy}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t.share.print}
        </button>
        <button type="button" onClick={onIcs} disabled={!hasTargets} aria-describedby={hasTargets ? undefined : 'rm-ics-hint'}>
          {t.share.ics}
        </button>
      </p>
      {!hasTargets && (
        <p id="rm-ics-hint" class="rm-hint">
          {t.share.icsHint}
        </p>
      )}
      <p>
        {t.share.link}:{' '}
        <a class="rm-link" href={href}>
          {absolute ?? href}
        </a>
      </p>
      <p class="rm-hint">{t.share.privacy}</p>
    </section>
  );
}
