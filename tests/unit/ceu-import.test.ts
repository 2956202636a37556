/** Import: a file is read whole, previewed, and changes the log only as the reader confirms; Undo takes all of it back. */
import { describe, expect, it } from 'vitest';
import { encodeBackup } from '../../src/lib/ceu/backup.ts';
import { importChange, planImport, previewImport, type Doc } from '../../src/lib/ceu/import.ts';
import { readImportBytes, readImportText } from '../../src/lib/ceu/read-file.ts';
import { MAX_FILE_BYTES, MAX_FILE_LABEL, sizeProblem } from '../../src/lib/ceu/read-in-worker.ts';
import { decodeFileBytes } from '../../src/lib/ceu/text-decode.ts';
import { ceuWords } from '../../src/i18n/ceu.en.ts';
import type { Activity } from '../../src/lib/ceu/types.ts';

const act = (id: string, fields: Partial<Activity> = {}): Activity => ({ id, date: '2026-02-01', title: `Course ${id}`, provider: 'AAPC', ceus: 1, indexNumber: '', categories: [], appliesTo: ['cpc'], notes: '', ...fields });
const held: Doc = { credentials: [{ credential: 'cpc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' }], activities: [act('a1'), act('a2')] };

function read(text: string, name = 'backup.json') {
  const r = readImportText(text, name);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.read;
}

describe('import preview', () => {
  const older = encodeBackup({ credentials: [{ credential: 'cpc', cycleStart: '2023-06-01', cycleEnd: '2025-05-31' }, { credential: 'crc', earned: '2024-01-01' }], activities: [act('a1'), act('a2', { ceus: 2 }), act('a3')] }, '2025-01-01T00:00:00Z');

  it('shows new, differing and known activities, new credentials, and credentials with other dates as conflicts', () => {
    const p = previewImport(held, read(older));
    expect(p.added.map((a) => a.id)).toEqual(['a3']);
    expect(p.updated.map((u) => [u.held.ceus, u.incoming.ceus])).toEqual([[1, 2]]);
    expect(p.unchanged).toBe(1);
    expect(p.newCredentials).toEqual([{ credential: 'crc', earned: '2024-01-01' }]);
    expect(p.conflicts).toEqual([{ credential: 'cpc', held: held.credentials[0], incoming: { credential: 'cpc', cycleStart: '2023-06-01', cycleEnd: '2025-05-31' } }]);
  });

  it('keeps the held dates unless the reader takes the file’s, and Undo restores everything, dates included', () => {
    const p = previewImport(held, read(older));
    const kept = importChange(p, { acceptCredentials: new Set(), replaceActivities: true }).apply(held);
    expect(kept.credentials.find((c) => c.credential === 'cpc')).toEqual(held.credentials[0]);

    const change = importChange(p, { acceptCredentials: new Set(['cpc']), replaceActivities: true });
    expect(change).toMatchObject({ added: 1, updated: 1, credentials: 1, replacedCredentials: 1, changes: true });
    const after = change.apply(held);
    expect(after.credentials).toEqual([{ credential: 'cpc', cycleStart: '2023-06-01', cycleEnd: '2025-05-31' }, { credential: 'crc', earned: '2024-01-01' }]);
    expect(after.activities.map((a) => [a.id, a.ceus])).toEqual([['a1', 1], ['a2', 2], ['a3', 1]]);
    expect(change.revert(after)).toEqual(held);
  });

  it('keeps the reader’s activities when asked, and then changes nothing for a file with nothing new', () => {
    const p = previewImport(held, read(encodeBackup({ credentials: held.credentials, activities: [act('a1'), act('a2', { title: 'Renamed' })] }, '2026-01-01T00:00:00Z')));
    const change = importChange(p, { acceptCredentials: new Set(), replaceActivities: false });
    expect(change.changes).toBe(false);
    expect(change.apply(held)).toBe(held);
  });

  it('importing the same file twice changes nothing the second time (JSON and CSV)', () => {
    const csv = 'date,title,provider,ceus\n2026-03-01,Webinar,AAPC,1\n3/2/2026,Quiz,AAPC,0.5\n';
    for (const [text, name] of [[older, 'b.json'], [csv, 'log.csv']] as const) {
      const first = importChange(previewImport(held, read(text, name)), { acceptCredentials: new Set(['cpc']), replaceActivities: true });
      const once = first.apply(held);
      const again = previewImport(once, read(text, name));
      expect([again.added.length, again.updated.length, again.newCredentials.length, again.conflicts.length]).toEqual([0, 0, 0, 0]);
      const second = importChange(again, { acceptCredentials: new Set(['cpc']), replaceActivities: true });
      expect(second.changes).toBe(false);
      expect(second.apply(once)).toEqual(once);
    }
  });

  it('applies to the freshest data: an entry another tab added meanwhile stays, and Undo leaves it', () => {
    const p = previewImport(held, read(older));
    const change = importChange(p, { acceptCredentials: new Set(), replaceActivities: true });
    const meanwhile: Doc = { ...held, activities: [...held.activities, act('other-tab')] };
    const after = change.apply(meanwhile);
    expect(after.activities.map((a) => a.id)).toEqual(['a1', 'a2', 'other-tab', 'a3']);
    expect(change.revert(after).activities.map((a) => a.id)).toEqual(['a1', 'a2', 'other-tab']);
  });

  it('passes through fields it does not know (a change stamp)', () => {
    const stamped = { ...act('a9'), changed: 1234 } as Activity;
    const p = previewImport(held, { kind: 'json', activities: [stamped], credentials: [], rejected: [], notices: [] });
    const after = importChange(p, { acceptCredentials: new Set(), replaceActivities: true }).apply(held);
    expect(after.activities.at(-1)).toHaveProperty('changed', 1234);
  });

  it('salvages a backup per record: good entries come in, bad ones are listed by row and field', () => {
    const file = JSON.stringify({
      format: 'ccp-ceu',
      version: 1,
      exportedAt: '2026-01-01T00:00:00Z',
      credentials: [{ credential: 'cpc', cycleStart: '2027-01-01' }, { credential: 'crc', earned: '2024-01-01' }],
      activities: [act('ok1'), { ...act('bad'), ceus: 1000 }, act('ok2'), act('ok1', { title: 'again' })],
    });
    const r = read(file);
    expect(r.activities.map((a) => a.id)).toEqual(['ok1', 'ok2']);
    expect(r.credentials.map((c) => c.credential)).toEqual(['crc']);
    expect(r.rejected.map((x) => [x.row, x.errors.map((e) => e.field)])).toEqual([
      [0, ['credentials[0].cycleEnd']],
      [2, ['ceus']],
      [4, ['id']],
    ]);
    expect(JSON.parse(r.rejected[1]!.source)).toMatchObject({ id: 'bad', ceus: 1000 });
  });

  it('the plain import (no reader to ask) refuses a file with a bad record and keeps held dates', async () => {
    const bad = 'date,title,ceus\n2026-03-01,A,1\n2026-02-31,B,1\n';
    expect(await planImport(held, bad, 'x.csv')).toMatchObject({ ok: false, errors: [{ row: 3, field: 'date' }] });
    const plan = await planImport(held, older, 'b.json');
    if (!plan.ok) throw new Error('fixture');
    expect(plan.apply(held).credentials[0]).toEqual(held.credentials[0]);
  });
});

describe('reading a file', () => {
  it('refuses a file over the size limit before reading it, naming the limit', () => {
    expect(sizeProblem(MAX_FILE_BYTES)).toBeUndefined();
    expect(sizeProblem(MAX_FILE_BYTES + 1)).toEqual({ ok: false, errors: [{ field: 'file', message: `this file is 20.0 MB; the tracker imports files of at most ${MAX_FILE_LABEL}` }] });
    expect(ceuWords.files.importHelp).toContain(MAX_FILE_LABEL);
  });

  it('decodes UTF-8 (with or without a mark), UTF-16 with a mark, and Windows-1252', () => {
    const text = 'date,title,ceus\n2026-03-01,Café – “coding”,1\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeFileBytes(utf8)).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeFileBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text, encoding: 'utf-8' });
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i) & 0xff, (utf16[3 + i * 2] = text.charCodeAt(i) >> 8);
    expect(decodeFileBytes(utf16)).toEqual({ ok: true, text, encoding: 'utf-16le' });
    // Windows-1252: é = E9, – = 96, “ = 93, ” = 94.
    const cp1252 = new Uint8Array([...new TextEncoder().encode('date,title,ceus\n2026-03-01,Caf'), 0xe9, 0x20, 0x96, 0x20, 0x93, ...new TextEncoder().encode('coding'), 0x94, ...new TextEncoder().encode(',1\n')]);
    expect(decodeFileBytes(cp1252)).toEqual({ ok: true, text, encoding: 'windows-1252' });
    const r = readImportBytes(cp1252, 'log.csv');
    expect(r.ok && r.read.activities[0]?.title).toBe('Café – “coding”');
    expect(r.ok && r.read.notices.map((n) => n.message)).toEqual([expect.stringMatching(/Windows-1252/)]);
  });

  it('refuses binary files and workbooks with a clear message', () => {
    expect(decodeFileBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/workbook.*CSV UTF-8/) }] });
    expect(decodeFileBytes(new Uint8Array([0x81, 0x8d, 0x41]))).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/neither UTF-8 nor Windows-1252/) }] });
    expect(decodeFileBytes(new Uint8Array(200).fill(1))).toMatchObject({ ok: false });
  });
});

describe('the worker’s work, run directly', () => {
  it('reads a file’s bytes and compares it with the log in one step', async () => {
    const { previewFile } = await import('../../src/lib/ceu/read-file.ts');
    const bytes = new TextEncoder().encode('date;title;provider;ceus;applies to\n2026-03-01;New;AAPC;1,25;cpc\n2/1/2026;Course a1;AAPC;1;cpc\n');
    const r = previewFile(bytes, 'log.csv', held);
    expect(r.ok && [r.preview.added.map((a) => [a.title, a.ceus]), r.preview.unchanged]).toEqual([[['New', 1.25]], 1]);
    expect(previewFile(new Uint8Array([0x50, 0x4b, 3, 4]), 'x.csv', held).ok).toBe(false);
  });
});
