/**
 * Reading an imported file, from its bytes to the preview the reader confirms: which bytes are
 * refused as not text (and the words for it), which file is taken for a backup, when a held
 * credential is in conflict with the file's, which activities a plain import replaces, and the
 * import Worker's messages (progress once per step, the activities in parts, an error cut short).
 *
 * Some of these rules are tables or functions made when their module loads; the tests that check
 * them load the module afresh (vi.resetModules, then import), so a change to one fails the test
 * that reads it (the mutation run tries such changes).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Doc, ImportPreview } from '../../src/lib/ceu/import.ts';
import type { WorkerMessage } from '../../src/lib/ceu/import-worker.ts';
import type { Activity, CredentialRecord } from '../../src/lib/ceu/types.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function freshDecoder() {
  vi.resetModules();
  return import('../../src/lib/ceu/text-decode.ts');
}

const NOT_TEXT = 'this file is neither UTF-8 nor Windows-1252 text (it may be a binary file): save it as "CSV UTF-8" or export a backup from the tracker, and import that file';
const bytes = (text: string) => new TextEncoder().encode(text);
const act = (id: string, fields: Partial<Activity> = {}): Activity => ({ id, date: '2026-02-01', title: `Course ${id}`, provider: 'AAPC', ceus: 1, indexNumber: '', categories: [], appliesTo: [], notes: '', ...fields });
const backup = (activities: Activity[], credentials: CredentialRecord[] = []) => JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T00:00:00Z', credentials, activities });

describe('bytes that are not text', () => {
  it('refuses a spreadsheet workbook, saying to save it as CSV', async () => {
    const { decodeFileBytes } = await freshDecoder();
    expect(decodeFileBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toEqual({
      ok: false,
      errors: [{ field: 'file', message: 'this is a spreadsheet workbook (.xlsx or .ods), not CSV text: save it as "CSV UTF-8" and import that file' }],
    });
  });

  it('refuses each byte Windows-1252 leaves undefined in a file that is not UTF-8', async () => {
    const { decodeFileBytes } = await freshDecoder();
    // "Caf\xe9" is Windows-1252 for Café (not UTF-8); each undefined byte then makes it not text.
    expect(decodeFileBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({ ok: true, text: 'Café', encoding: 'windows-1252' });
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(decodeFileBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, b])), b.toString(16)).toEqual({ ok: false, errors: [{ field: 'file', message: NOT_TEXT }] });
  });

  it('refuses UTF-16 (little-endian mark) holding half of a character pair', async () => {
    const { decodeFileBytes } = await freshDecoder();
    // "a", then a high surrogate with no low one after it, then "b".
    const broken = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00]);
    expect(decodeFileBytes(broken)).toEqual({ ok: false, errors: [{ field: 'file', message: 'this file says it is UTF-16 text but is not: save it as "CSV UTF-8" and import that file' }] });
  });

  it('judges control characters in the first 65,536 characters only, however many come after', async () => {
    const { decodeFileBytes } = await freshDecoder();
    const text = `${'a'.repeat(65_536)}${'\u0001'.repeat(700)}`;
    expect(decodeFileBytes(bytes(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });
});

describe('which file is a backup', () => {
  it('reads a file whose name has .csv inside it, but not at the end, by its first character', async () => {
    const { looksLikeJson, readImportText } = await import('../../src/lib/ceu/read-file.ts');
    expect(looksLikeJson('{', 'ceu.csv.bak')).toBe(true);
    expect(looksLikeJson('date', 'ceu.csv.bak')).toBe(false);
    const r = readImportText(backup([act('a')]), 'log.csv.old');
    expect(r.ok && r.read.kind).toBe('json');
    expect(r.ok && r.read.activities.map((a) => a.id)).toEqual(['a']);
  });

  it('gives the reason a file is not text, not a reading of it, when the bytes cannot be decoded', async () => {
    const { readImportBytes } = await import('../../src/lib/ceu/read-file.ts');
    expect(readImportBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'log.csv')).toEqual({
      ok: false,
      errors: [{ field: 'file', message: 'this is a spreadsheet workbook (.xlsx or .ods), not CSV text: save it as "CSV UTF-8" and import that file' }],
    });
  });
});

describe('the import preview', () => {
  async function freshImport() {
    vi.resetModules();
    return import('../../src/lib/ceu/import.ts');
  }
  const json = (fields: { activities?: Activity[]; credentials?: CredentialRecord[] }) => ({ kind: 'json' as const, activities: [], credentials: [], rejected: [], notices: [], ...fields });

  it('sees a held credential as in conflict when only its cycle start, or only its cycle end, differs', async () => {
    const { previewImport } = await freshImport();
    const cpc: CredentialRecord = { credential: 'cpc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31', earned: '2020-01-01' };
    const mine: Doc = { credentials: [cpc], activities: [] };
    for (const other of [{ cycleStart: '2025-06-02' }, { cycleEnd: '2027-06-01' }, { earned: '2020-01-02' }, { firstCycleTotal: 12 }]) {
      const p = previewImport(mine, json({ credentials: [{ ...cpc, ...other }] }));
      expect(p.conflicts, JSON.stringify(other)).toEqual([{ credential: 'cpc', held: cpc, incoming: { ...cpc, ...other } }]);
    }
    expect(previewImport(mine, json({ credentials: [{ ...cpc }] })).conflicts).toEqual([]);
  });

  it('adds a backup activity with its own id even when a logged one has the same content', async () => {
    const { previewImport } = await freshImport();
    const mine: Doc = { credentials: [], activities: [act('a')] };
    const twin = act('b', { title: 'Course a' });
    const p = previewImport(mine, json({ activities: [twin] }));
    expect(p.added).toEqual([twin]);
    expect(p.unchanged).toBe(0);
  });

  it('plain import: replaces an activity the file has with other content, and undoes it', async () => {
    const { planImport } = await freshImport();
    const mine: Doc = { credentials: [], activities: [act('a'), act('b')] };
    const plan = await planImport(mine, backup([act('a', { title: 'Renamed' }), act('b')]), 'backup.json');
    expect(plan).toMatchObject({ ok: true, added: 0, updated: 1, unchanged: 1, changes: true });
    if (!plan.ok) return;
    const after = plan.apply(mine);
    expect(after.activities.map((a) => a.title)).toEqual(['Renamed', 'Course b']);
    expect(plan.revert(after)).toEqual(mine);
  });
});

describe('the import Worker', () => {
  /** Loads the worker with a stand-in `self` that, like a worker's, hands page messages to "message" listeners only. */
  async function startWorker() {
    const posted: WorkerMessage[] = [];
    const listeners: Record<string, ((e: { data: unknown }) => void)[]> = {};
    vi.stubGlobal('self', { addEventListener: (type: string, fn: (e: { data: unknown }) => void) => (listeners[type] ??= []).push(fn), postMessage: (m: WorkerMessage) => posted.push(m) });
    vi.resetModules();
    await import('../../src/lib/ceu/import-worker.ts');
    return async (data: unknown) => {
      for (const fn of listeners['message'] ?? []) fn({ data });
      await vi.waitFor(() => expect(posted.some((m) => 'result' in m)).toBe(true));
      return posted;
    };
  }
  const progressOf = (posted: WorkerMessage[]) => posted.flatMap((m) => ('progress' in m ? [m.progress] : []));
  const empty: Doc = { credentials: [], activities: [] };

  it('posts each percent of progress once, the first one included', async () => {
    const send = await startWorker();
    // 3,999 empty rows, then one long row: progress is asked at rows 2,000 and 4,000, near 1 % and 2 % of the text.
    const text = `date,title,ceus,extra\n${'\n'.repeat(3999)}2026-03-01,T,1,${'x'.repeat(146_000)}\n`;
    const posted = await send({ file: new Blob([text]), name: 'log.csv', current: empty });
    expect(progressOf(posted)).toEqual([0.01, 0.02, 1]);
  });

  it('posts a percent once when it is reached twice', async () => {
    const send = await startWorker();
    // Rows 4,000 and 6,000 fall in the same percent of this text.
    const text = `date,title,ceus,extra\n${'\n'.repeat(5999)}2026-03-01,T,1,${'x'.repeat(394_000)}\n`;
    const posted = await send({ file: new Blob([text]), name: 'log.csv', current: empty });
    expect(progressOf(posted)).toEqual([0, 0.01, 1]);
  });

  it('posts 2,000 activities to update as one part, and 2,001 as two', async () => {
    for (const n of [2000, 2001]) {
      const send = await startWorker();
      const held = Array.from({ length: n }, (_, i) => act(`a${i}`));
      const file = new Blob([backup(held.map((a) => ({ ...a, title: 'New' })))]);
      const posted = await send({ file, name: 'backup.json', current: { credentials: [], activities: held } });
      const parts = posted.flatMap((m) => ('updated' in m ? [m.updated] : []));
      expect(parts.map((p) => p.length), String(n)).toEqual(n === 2000 ? [2000] : [2000, 1]);
      expect(parts.flat().map((u) => u.incoming.id)).toEqual(held.map((a) => a.id));
      const last = posted.at(-1) as { result: { ok: true; preview: ImportPreview } };
      expect(last.result.preview.updated).toEqual([]);
    }
  });

  it('cuts the reason a file could not be read to 80 characters', async () => {
    const send = await startWorker();
    const broken = { arrayBuffer: () => Promise.reject(new Error('x'.repeat(200))) };
    const posted = await send({ file: broken, name: 'log.csv', current: empty });
    expect(posted).toEqual([{ result: { ok: false, errors: [{ field: 'file', message: `this file could not be read (Error: ${'x'.repeat(73)})` }] } }]);
  });
});
