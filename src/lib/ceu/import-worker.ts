/**
 * The Worker that reads an imported file off the page's main thread (read-file.ts does the work).
 * Protocol: the page posts `{ file }` (a File or Blob); the worker posts progress (`{ progress }`,
 * 0 to 1), then the valid activities in parts (a part's copy reaches the page as one task, so
 * parts keep each short), then `{ result }` with everything else.
 */
import { readImportBytes } from './read-file.ts';
import type { Activity } from './types.ts';

/** Activities per message. */
const PART = 5000;

export type WorkerMessage = { progress: number } | { activities: Activity[] } | { result: import('./file-read.ts').ReadResult };

const post = (message: WorkerMessage) => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<{ file: Blob; name: string }>) => {
  void (async () => {
    const { file, name } = event.data;
    let last = -1;
    const result = readImportBytes(new Uint8Array(await file.arrayBuffer()), name, (done) => {
      const step = Math.floor(done * 100);
      if (step !== last) post({ progress: (last = step) / 100 });
    });
    if (result.ok) {
      const all = result.read.activities;
      for (let i = 0; i < all.length; i += PART) post({ activities: all.slice(i, i + PART) });
      result.read.activities = [];
    }
    post({ result });
  })().catch((error: unknown) => post({ result: { ok: false, errors: [{ field: 'file', message: `this file could not be read (${String(error).slice(0, 80)})` }] } }));
});
