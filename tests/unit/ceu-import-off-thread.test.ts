/**
 * Reading an imported file off the page's main thread: the size limit, the Worker's messages
 * (progress, the activities in parts, then the result) and the fall-back to reading on the page
 * when the browser cannot start a module worker. Workers are stood in for by plain objects.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Doc, ImportPreview } from '../../src/lib/ceu/import.ts';
import type { WorkerMessage } from '../../src/lib/ceu/import-worker.ts';

const empty: Doc = { credentials: [], activities: [] };
const csv = (rows: number) => ['date,title,ceus', ...Array.from({ length: rows }, (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')},Course ${i},1`)].join('\n');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the size limit of an import', () => {
  it('refuses a file over 20 MB before reading it, saying how big it is', async () => {
    const { sizeProblem, previewFileOffThread, MAX_FILE_BYTES } = await import('../../src/lib/ceu/read-in-worker.ts');
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
    expect(sizeProblem(20 * 1024 * 1024)).toBeUndefined();
    expect(sizeProblem(0)).toBeUndefined();
    expect(sizeProblem(20 * 1024 * 1024 + 1)).toEqual({ ok: false, errors: [{ field: 'file', message: 'this file is 20.0 MB; the tracker imports files of at most 20 MB' }] });
    expect(sizeProblem(31_500_000)?.errors[0]?.message).toBe('this file is 30.0 MB; the tracker imports files of at most 20 MB');
    const big = { size: 25 * 1024 * 1024 } as Blob;
    const Worker = vi.fn();
    vi.stubGlobal('Worker', Worker);
    expect(await previewFileOffThread(big, 'log.csv', empty, () => {})).toEqual({ ok: false, errors: [{ field: 'file', message: 'this file is 25.0 MB; the tracker imports files of at most 20 MB' }] });
    expect(Worker).not.toHaveBeenCalled();
  });
});

/** A stand-in Worker: records what the page posts, and lets the test answer. */
class FakeWorker {
  static last: FakeWorker | undefined;
  listeners: Record<string, ((e: unknown) => void)[]> = {};
  posted: unknown[] = [];
  terminated = false;
  constructor(
    public url: URL,
    public options: unknown,
  ) {
    FakeWorker.last = this;
  }
  addEventListener(type: string, fn: (e: unknown) => void) {
    (this.listeners[type] ??= []).push(fn);
  }
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  say(data: WorkerMessage) {
    for (const fn of this.listeners['message'] ?? []) fn({ data });
  }
  fail() {
    const event = { preventDefault: vi.fn() };
    for (const fn of this.listeners['error'] ?? []) fn(event);
    return event;
  }
}

const preview = (fields: Partial<ImportPreview> = {}): ImportPreview => ({ kind: 'csv', added: [], updated: [], unchanged: 0, newCredentials: [], conflicts: [], rejected: [], notices: [], ...fields });
const act = (id: string) => ({ id, date: '2026-01-01', title: id, provider: '', ceus: 1, indexNumber: '', categories: [], appliesTo: [], notes: '' });

describe('reading an import in a Worker', () => {
  it('starts a module worker, passes on its progress and puts the parts of the preview back together', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { previewFileOffThread } = await import('../../src/lib/ceu/read-in-worker.ts');
    const file = new Blob(['date,title,ceus\n']);
    const progress: number[] = [];
    const pending = previewFileOffThread(file, 'log.csv', empty, (d) => progress.push(d));
    const w = FakeWorker.last!;
    expect(w.url.pathname.endsWith('/import-worker.ts')).toBe(true);
    expect(w.options).toEqual({ type: 'module' });
    expect(w.posted).toEqual([{ file, name: 'log.csv', current: empty }]);
    w.say({ progress: 0.5 });
    w.say({ added: [act('a1'), act('a2')] });
    w.say({ added: [act('a3')] });
    w.say({ updated: [{ held: act('u1'), incoming: { ...act('u1'), title: 'new' } }] });
    expect(w.terminated).toBe(false);
    w.say({ result: { ok: true, preview: preview({ unchanged: 4 }) } });
    const result = await pending;
    expect(w.terminated).toBe(true);
    expect(progress).toEqual([0.5]);
    expect(result.ok && result.preview.added.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(result.ok && result.preview.updated.map((u) => u.incoming.title)).toEqual(['new']);
    expect(result.ok && result.preview.unchanged).toBe(4);
  });

  it('passes on a file the worker could not read', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { previewFileOffThread } = await import('../../src/lib/ceu/read-in-worker.ts');
    const pending = previewFileOffThread(new Blob(['x']), 'x.csv', empty, () => {});
    FakeWorker.last!.say({ result: { ok: false, errors: [{ field: 'file', message: 'the file is empty' }] } });
    expect(await pending).toEqual({ ok: false, errors: [{ field: 'file', message: 'the file is empty' }] });
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('says the file could not be read when the worker fails after it started answering', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { previewFileOffThread } = await import('../../src/lib/ceu/read-in-worker.ts');
    const pending = previewFileOffThread(new Blob([csv(2)]), 'log.csv', empty, () => {});
    const w = FakeWorker.last!;
    w.say({ progress: 0.1 });
    const event = w.fail();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(await pending).toEqual({ ok: false, errors: [{ field: 'file', message: 'this file could not be read' }] });
    expect(w.terminated).toBe(true);
  });

  it('reads on the page when the worker fails before it answers (no module workers)', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { previewFileOffThread } = await import('../../src/lib/ceu/read-in-worker.ts');
    const progress: number[] = [];
    const pending = previewFileOffThread(new Blob([csv(3)]), 'log.csv', empty, (d) => progress.push(d));
    FakeWorker.last!.fail();
    const result = await pending;
    expect(result.ok && result.preview.added.map((a) => a.title)).toEqual(['Course 0', 'Course 1', 'Course 2']);
    expect(progress.at(-1)).toBe(1);
  });

  it('reads on the page when a worker cannot be made at all', async () => {
    vi.stubGlobal('Worker', function NoWorker() {
      throw new Error('module workers are not supported');
    });
    const { previewFileOffThread } = await import('../../src/lib/ceu/read-in-worker.ts');
    const result = await previewFileOffThread(new Blob([csv(2)]), 'log.csv', empty, () => {});
    expect(result.ok && result.preview.added.length).toBe(2);
  });
});

describe('the import Worker', () => {
  async function startWorker() {
    const posted: WorkerMessage[] = [];
    let handler: ((e: { data: unknown }) => void) | undefined;
    vi.stubGlobal('self', { addEventListener: (_: string, fn: typeof handler) => (handler = fn), postMessage: (m: WorkerMessage) => posted.push(m) });
    await import('../../src/lib/ceu/import-worker.ts');
    const send = async (data: unknown) => {
      handler!({ data });
      await vi.waitFor(() => expect(posted.some((m) => 'result' in m)).toBe(true));
      return posted;
    };
    return send;
  }

  it('posts progress, the activities to add in parts of 2,000, then the rest of the preview', async () => {
    const send = await startWorker();
    const posted = await send({ file: new Blob([csv(4001)]), name: 'log.csv', current: empty });
    const progress = posted.filter((m): m is { progress: number } => 'progress' in m).map((m) => m.progress);
    expect(progress.at(-1)).toBe(1);
    expect(new Set(progress).size).toBe(progress.length);
    expect(progress.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p > progress[i - 1]!))).toBe(true);
    const parts = posted.filter((m): m is { added: ImportPreview['added'] } => 'added' in m).map((m) => m.added.length);
    expect(parts).toEqual([2000, 2000, 1]);
    const last = posted.at(-1) as { result: { ok: true; preview: ImportPreview } };
    expect(last.result.ok).toBe(true);
    expect(last.result.preview).toMatchObject({ kind: 'csv', added: [], updated: [], unchanged: 0 });
  });

  it('posts the activities to update in parts too', async () => {
    const send = await startWorker();
    const current: Doc = { credentials: [], activities: [{ ...act('same'), title: 'Old title' }] };
    const file = new Blob([JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T00:00:00Z', credentials: [], activities: [{ ...act('same'), title: 'New title' }] })]);
    const posted = await send({ file, name: 'backup.json', current });
    const updated = posted.filter((m): m is { updated: ImportPreview['updated'] } => 'updated' in m);
    expect(updated.map((m) => m.updated.map((u) => u.incoming.title))).toEqual([['New title']]);
    expect(posted.some((m) => 'added' in m)).toBe(false);
  });

  it('posts the reason when a file cannot be read', async () => {
    const send = await startWorker();
    const posted = await send({ file: new Blob(['']), name: 'log.csv', current: empty });
    expect(posted.at(-1)).toEqual({ result: { ok: false, errors: [{ row: 1, field: 'file', message: expect.stringContaining('the file is empty') }] } });
  });

  it('answers with an error, never silence, when reading fails', async () => {
    const send = await startWorker();
    const broken = { arrayBuffer: () => Promise.reject(new Error('disk gone')) };
    const posted = await send({ file: broken, name: 'log.csv', current: empty });
    expect(posted).toEqual([{ result: { ok: false, errors: [{ field: 'file', message: 'this file could not be read (Error: disk gone)' }] } }]);
  });
});
