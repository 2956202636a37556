/**
 * Reads an imported file in a Worker (import-worker.ts), reporting progress, so a file of many
 * megabytes never holds up the page. The size limit is checked first, before any byte is read.
 * Where the browser cannot start a module worker, the same code runs on the page.
 */
import type { Progress, ReadResult } from './file-read.ts';
import type { WorkerMessage } from './import-worker.ts';
import type { Activity } from './types.ts';

/** The largest file an import reads: 20 MB (a CSV log of 100,000 activities is about 10 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_LABEL = '20 MB';

/** Refuses a file over the size limit, before it is read. Undefined when the size is fine. */
export function sizeProblem(bytes: number): ReadResult | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return { ok: false, errors: [{ field: 'file', message: `this file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the tracker imports files of at most ${MAX_FILE_LABEL}` }] };
}

/** Reads `file` (checking its size first) off the page's main thread, calling `onProgress` as it goes. */
export async function readFileOffThread(file: Blob, name: string, onProgress: Progress): Promise<ReadResult> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return tooBig;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readOnPage(file, name, onProgress);
  }
  return new Promise<ReadResult>((resolve) => {
    const parts: Activity[][] = [];
    let heard = false;
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      heard = true;
      const m = event.data;
      if ('progress' in m) onProgress(m.progress);
      else if ('activities' in m) parts.push(m.activities);
      else {
        worker.terminate();
        if (m.result.ok) m.result.read.activities = parts.flat();
        resolve(m.result);
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that never answered could not start (no module workers): read on the page.
      resolve(heard ? { ok: false, errors: [{ field: 'file', message: 'this file could not be read' }] } : readOnPage(file, name, onProgress));
    });
    worker.postMessage({ file, name });
  });
}

async function readOnPage(file: Blob, name: string, onProgress: Progress): Promise<ReadResult> {
  const { readImportBytes } = await import('./read-file.ts');
  return readImportBytes(new Uint8Array(await file.arrayBuffer()), name, onProgress);
}
