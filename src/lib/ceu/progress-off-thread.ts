/**
 * Counts a long log in a Worker (./progress-worker.ts), so that the page stays responsive: the
 * activities go over in parts with a pause between them (copying 100,000 at once would itself
 * hold the page up), the verdicts come back in parts. Loaded by the store only for a long log.
 */
import type { EngineInput, IssuerProgress } from './engine.ts';
import { PART, pause } from './parts.ts';
import type { ProgressMessage, ProgressRequest } from './progress-worker.ts';

let worker: Worker | undefined;
let latest = 0;

/**
 * The progress for `input`, counted off the page; 'stale' when a later count replaced this one,
 * 'failed' when no Worker could count it (the caller counts on the page).
 */
export function countOffThread(input: EngineInput): Promise<{ progress: IssuerProgress[] } | 'stale' | 'failed'> {
  const job = ++latest;
  try {
    worker ??= new Worker(new URL('./progress-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve('failed');
  }
  const w = worker;
  return new Promise((resolve) => {
    const verdicts: IssuerProgress['verdicts'][][] = [];
    let over = false;
    const finish = (result: { progress: IssuerProgress[] } | 'stale' | 'failed') => {
      over = true;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(result);
    };
    const onMessage = (event: MessageEvent<ProgressMessage>) => {
      const m = event.data;
      if (latest !== job) return finish('stale');
      if (m.job !== job) return;
      if ('issuer' in m) (verdicts[m.issuer] ??= []).push(m.verdicts);
      else if ('error' in m) finish('failed');
      else finish({ progress: m.progress.map((p, i) => ({ ...p, verdicts: ([] as IssuerProgress['verdicts']).concat(...(verdicts[i] ?? [])) })) });
    };
    const onError = (event: Event) => {
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = undefined;
      finish('failed');
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const send = (m: ProgressRequest) => w.postMessage(m);
    void (async () => {
      const { activities, ...rest } = input;
      send({ job, start: { ...rest, total: activities.length } });
      for (let i = 0; i < activities.length; i += PART) {
        await pause();
        if (over) return;
        if (latest !== job) return finish('stale');
        send({ job, activities: activities.slice(i, i + PART) });
      }
    })();
  });
}
