/**
 * The Worker that reads an imported file and compares it with the reader's data, off the page's
 * main thread (read-file.ts does the work). Protocol: the page posts `{ file, name, current }`;
 * the worker posts progress (`{ progress }`, 0 to 1), then the activities to add and to update in
 * parts (each part's copy reaches the page as one task, so parts keep each short), then
 * `{ result }` with everything else.
 */
import type { Doc, ImportPreview } from './import.ts';
import { previewFile, type PreviewResult } from './read-file.ts';

/** Entries per message: a part of 2,000 activities is copied onto the page in a few milliseconds. */
const PART = 2000;

export type WorkerMessage = { progress: number } | { added: ImportPreview['added'] } | { updated: ImportPreview['updated'] } | { result: PreviewResult };

const post = (message: WorkerMessage) => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<{ file: Blob; name: string; current: Doc }>) => {
  void (async () => {
    const { file, name, current } = event.data;
    let last = -1;
    const result = previewFile(new Uint8Array(await file.arrayBuffer()), name, current, (done) => {
      const step = Math.floor(done * 100);
      if (step !== last) post({ progress: (last = step) / 100 });
    });
    if (result.ok) {
      const { added, updated } = result.preview;
      for (let i = 0; i < added.length; i += PART) post({ added: added.slice(i, i + PART) });
      for (let i = 0; i < updated.length; i += PART) post({ updated: updated.slice(i, i + PART) });
      result.preview.added = [];
      result.preview.updated = [];
    }
    post({ result });
  })().catch((error: unknown) => post({ result: { ok: false, errors: [{ field: 'file', message: `this file could not be read (${String(error).slice(0, 80)})` }] } }));
});
