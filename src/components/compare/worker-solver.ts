/** The comparer store's NeedsSolver in the browser: the CEU engine in a worker, started on first use. */
import type { NeedsAnswer } from '../../lib/compare.ts';
import type { NeedsSolver } from '../../stores/compare.ts';

export function workerSolver(): NeedsSolver {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (a: NeedsAnswer[]) => void; reject: (e: unknown) => void }>();
  const start = () => {
    const w = new Worker(new URL('./renewal.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (e: MessageEvent<{ id: number; answers: NeedsAnswer[] }>) => {
      waiting.get(e.data.id)?.resolve(e.data.answers);
      waiting.delete(e.data.id);
    });
    // A worker that cannot start (offline before it was cached) fails every question it holds.
    w.addEventListener('error', (e) => {
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
      worker = undefined;
    });
    return w;
  };
  return (rules, requests) =>
    new Promise((resolve, reject) => {
      worker ??= start();
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, rules, requests });
    });
}
