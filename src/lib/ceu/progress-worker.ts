/**
 * The Worker that counts a long log (./progress-off-thread.ts starts it): the rules engine over
 * 100,000 activities takes a few hundred milliseconds, too long for the page's main thread.
 * Protocol: the page posts `{ job, start }` (everything but the activities, and how many there
 * are), then the activities in parts; once all have come, the worker posts each issuer's verdicts
 * in parts (each part reaches the page as one short task), then `{ job, progress }` with the
 * verdicts left empty. A new `start` replaces a job still being received.
 */
import { computeProgress, type EngineInput, type IssuerProgress } from './engine.ts';
import { PART } from './parts.ts';
import type { Activity } from './types.ts';

export type ProgressRequest = { job: number; start: Omit<EngineInput, 'activities'> & { total: number } } | { job: number; activities: Activity[] };
export type ProgressMessage =
  | { job: number; issuer: number; verdicts: IssuerProgress['verdicts'] }
  | { job: number; progress: IssuerProgress[] }
  | { job: number; error: string };

const post = (message: ProgressMessage) => (self as unknown as { postMessage(m: ProgressMessage): void }).postMessage(message);

let current: { job: number; input: Omit<EngineInput, 'activities'>; total: number; activities: Activity[] } | undefined;

function count(job: { job: number; input: Omit<EngineInput, 'activities'>; activities: Activity[] }): void {
  try {
    const progress = computeProgress({ ...job.input, activities: job.activities });
    progress.forEach((p, issuer) => {
      for (let i = 0; i < p.verdicts.length; i += PART) post({ job: job.job, issuer, verdicts: p.verdicts.slice(i, i + PART) });
    });
    post({ job: job.job, progress: progress.map((p) => ({ ...p, verdicts: [] })) });
  } catch (error) {
    post({ job: job.job, error: String(error) });
  }
}

self.addEventListener('message', (event: MessageEvent<ProgressRequest>) => {
  const m = event.data;
  if ('start' in m) {
    const { total, ...input } = m.start;
    current = { job: m.job, input, total, activities: [] };
  } else if (current?.job === m.job) {
    for (const a of m.activities) current.activities.push(a);
  } else return;
  if (current.activities.length >= current.total) {
    const job = current;
    current = undefined;
    count(job);
  }
});
