/**
 * Reads an imported file and compares it with the reader's data in a Worker (import-worker.ts),
 * reporting progress, so a file of many megabytes never holds up the page. The size limit is
 * checked first, before any byte is read. Where the browser cannot start a module worker, the
 * same code runs on the page.
 */
import type { Progress } from './file-read.ts';
import type { FieldError } from './types.ts';
import type { Doc, ImportPreview } from './import.ts';
import type { WorkerMessage } from './import-worker.ts';
import type { PreviewResult } from './read-file.ts';

/** The largest file an import reads: 20 MB (a CSV log of 100,000 activities is about 10 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_LABEL = '20 MB';

/** Refuses a file over the size limit, before it is read. Undefined when the size is fine. */
export function sizeProblem(bytes: number): { ok: false; errors: FieldError[] } | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return { ok: false, errors: [{ field: 'file', message: `this file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the tracker imports files of at most ${MAX_FILE_LABEL}` }] };
}

/** Reads `file` (checking its size first) and compares it with `current`, off the page's main thread. */
export async function previewFileOffThread(file: Blob, name: string, current: Doc, onProgress: Progress): Promise<PreviewResult> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return tooBig;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return previewOnPage(file, name, current, onProgress);
  }
  return new Promise<PreviewResult>((resolve) => {
    const added: ImportPreview['added'][] = [];
    const updated: ImportPreview['updated'][] = [];
    let heard = false;
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      heard = true;
      const m = event.data;
      if ('progress' in m) onProgress(m.progress);
      else if ('added' in m) added.push(m.added);
      else if ('updated' in m) updated.push(m.updated);
      else {
        worker.terminate();
        if (m.result.ok) Object.assign(m.result.preview, { added: added.flat(), updated: updated.flat() });
        resolve(m.result);
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that never answered could not start (no module workers): read on the page.
      resolve(heard ? { ok: false, errors: [{ field: 'file', message: 'this file could not be read' }] } : previewOnPage(file, name, current, onProgress));
    });
    worker.postMessage({ file, name, current });
  });
}

async function previewOnPage(file: Blob, name: string, current: Doc, onProgress: Progress): Promise<PreviewResult> {
  const { previewFile } = await import('./read-file.ts');
  return previewFile(new Uint8Array(await file.arrayBuffer()), name, current, onProgress);
}
