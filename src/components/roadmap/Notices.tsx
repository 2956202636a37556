/**
 * What the reader must know about their data: storage that failed (role="alert"), a shared plan
 * in view with the choice to keep it, a link that could not be read, and steps the site retired.
 */
import type { LinkNotice, StorageState } from '../../stores/roadmap.ts';
import { fill } from '../../lib/roadmap/words.ts';
import { stepTitle, type RoadmapContext } from './context.ts';

interface Props {
  ctx: RoadmapContext;
  storage: StorageState;
  link: LinkNotice | null;
  viewingShared: boolean;
  hasOwn: boolean;
  retired: readonly string[];
  onDownloadUnreadable: () => void;
  onKeep: () => void;
  onClose: () => void;
  onForget: () => void;
}

export function Notices({ ctx, storage, link, viewingShared, hasOwn, retired, onDownloadUnreadable, onKeep, onClose, onForget }: Props) {
  const t = ctx.t;
  return (
    <>
      {(storage.unavailable || storage.unreadable || storage.saveFailed) && (
        <div role="alert" class="notice rm-alert">
          {storage.unavailable && <p>{t.storage.unavailable}</p>}
          {storage.unreadable && (
            <>
              <p>{storage.unreadable.kept ? t.storage.unreadable : t.storage.unreadableNotKept}</p>
              <p>
                <button type="button" onClick={onDownloadUnreadable}>
                  {t.storage.download}
                </button>
              </p>
            </>
          )}
          {storage.saveFailed && <p>{t.storage.saveFailed}</p>}
        </div>
      )}
      {link?.kind === 'broken' && (
        <div role="alert" class="notice">
          <p>
            {t.shared.broken} {t.shared.errors[link.error]}
          </p>
        </div>
      )}
      {viewingShared && (
        <div role="status" class="notice rm-shared no-print">
          <p>
            <strong>{t.shared.viewing}</strong> {hasOwn ? '' : t.shared.noOwn} {t.shared.notSaved}
          </p>
          {link?.kind === 'opened' && link.report.droppedSteps.length > 0 && (
            <p>
              {t.shared.dropped} {link.report.droppedSteps.join(', ')}
            </p>
          )}
          {link?.kind === 'opened' && link.report.problems.length > 0 && (
            <p>
              {t.shared.problems} {link.report.problems.map((p) => fill(t.shared.problem[p.kind], p.kind === 'too-many' ? {} : p)).join('; ')}
            </p>
          )}
          <p class="rm-buttons">
            <button type="button" onClick={onKeep} aria-describedby={hasOwn ? 'rm-keep-replaces' : undefined}>
              {t.shared.keep}
            </button>
            <button type="button" onClick={onClose}>
              {t.shared.close}
            </button>
          </p>
          {hasOwn && (
            <p id="rm-keep-replaces" class="rm-hint">
              {t.shared.keepReplaces}
            </p>
          )}
        </div>
      )}
      {retired.length > 0 && (
        <div role="status" class="notice no-print">
          <p>
            {t.retired.notice} {retired.map((id) => stepTitle(ctx, id)).join(', ')}
          </p>
          <p>
            <button type="button" onClick={onForget}>
              {t.retired.forget}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
