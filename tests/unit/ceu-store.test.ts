/** The CEU store and its storage: corruption kept aside, failed saves reported, tabs merged, undo. */
import { beforeEach, describe, expect, it } from 'vitest';
import { storedDoc, type StorageLike } from '../../src/stores/stored-doc.ts';
import { $doc, $corrupt, $saveError, $undo, deleteActivity, importFile, saveActivity, saveCredential, startCeu, undo } from '../../src/stores/ceu.ts';
import type { Activity } from '../../src/lib/ceu/types.ts';

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

const codec = {
  encode: (v: number[]) => JSON.stringify({ v: 1, items: v }),
  decode: (text: string) => {
    try {
      const p = JSON.parse(text) as { v?: unknown; items?: unknown };
      return p.v === 1 && Array.isArray(p.items) ? { ok: true as const, value: p.items as number[] } : { ok: false as const, reason: 'wrong shape' };
    } catch {
      return { ok: false as const, reason: 'not JSON' };
    }
  },
};

describe('storedDoc', () => {
  it('decodes only what another tab wrote: its own saves are not read back', () => {
    const s = new MemoryStorage();
    s.data.set('k', codec.encode([1]));
    let decodes = 0;
    const counting = { ...codec, decode: (text: string) => (decodes++, codec.decode(text)) };
    const doc = storedDoc('k', counting, [], s);
    doc.update((v) => [...v, 2]);
    doc.update((v) => [...v, 3]);
    doc.reload();
    expect(decodes).toBe(1);
    expect(s.getItem('k')).toBe(codec.encode([1, 2, 3]));
    // Another tab saves: the next change builds on its data (so neither tab undoes the other).
    s.data.set('k', codec.encode([1, 2, 3, 9]));
    doc.update((v) => [...v, 4]);
    expect(decodes).toBe(2);
    expect(doc.$value.get()).toEqual([1, 2, 3, 9, 4]);
  });

  it('keeps unreadable text under the backup key and starts empty; the copy is never replaced', () => {
    const s = new MemoryStorage();
    s.data.set('k', '{"v":2}');
    const doc = storedDoc('k', codec, [], s);
    expect(doc.$value.get()).toEqual([]);
    expect(doc.$corrupt.get()).toEqual({ text: '{"v":2}', reason: 'wrong shape' });
    expect(s.getItem('k:backup')).toBe('{"v":2}');
    doc.update((v) => [...v, 1]);
    expect(s.getItem('k')).toBe('{"v":1,"items":[1]}');
    expect(s.getItem('k:backup')).toBe('{"v":2}');
  });

  it('writes nothing over unreadable text it could not set aside', () => {
    const s = new MemoryStorage();
    s.data.set('k', 'garbage');
    s.failWrites = true;
    const doc = storedDoc('k', codec, [], s);
    s.failWrites = false;
    doc.update((v) => [...v, 1]);
    expect(s.getItem('k')).toBe('garbage');
    expect(doc.$saveError.get()).toMatch(/could not be set aside/);
    expect(doc.$value.get()).toEqual([1]);
  });

  it('saves over unreadable text once the reader has downloaded it, with the changes made meanwhile', () => {
    const s = new MemoryStorage();
    s.data.set('k', 'garbage');
    s.failWrites = true;
    const doc = storedDoc('k', codec, [], s);
    s.failWrites = false;
    doc.update((v) => [...v, 1]);
    expect(s.getItem('k')).toBe('garbage');
    doc.corruptKept();
    expect(codec.decode(s.getItem('k')!)).toEqual({ ok: true, value: [1] });
    expect(doc.$saveError.get()).toBeUndefined();
  });

  it('reports a failed save and keeps the change in memory, then saves once storage works', () => {
    const s = new MemoryStorage();
    const doc = storedDoc('k', codec, [], s);
    s.failWrites = true;
    doc.update((v) => [...v, 1]);
    expect(doc.$saveError.get()).toBe('QuotaExceededError');
    expect(doc.$value.get()).toEqual([1]);
    s.failWrites = false;
    doc.update((v) => [...v, 2]);
    expect(doc.$saveError.get()).toBeUndefined();
    expect(codec.decode(s.getItem('k')!)).toEqual({ ok: true, value: [1, 2] });
  });

  it('applies each change to what storage holds now, so two tabs keep each other’s entries', () => {
    const s = new MemoryStorage();
    const tabA = storedDoc('k', codec, [], s);
    const tabB = storedDoc('k', codec, [], s);
    tabA.update((v) => [...v, 1]);
    tabB.update((v) => [...v, 2]); // tab B has not heard of 1 yet
    tabA.reload(); // the storage event
    expect(tabA.$value.get()).toEqual([1, 2]);
    expect(tabB.$value.get()).toEqual([1, 2]);
  });
});

describe('the CEU store', () => {
  const activity = (id: string, over: Partial<Activity> = {}): Activity => ({
    id,
    date: '2026-03-01',
    title: `Course ${id}`,
    provider: 'AAPC',
    ceus: 1,
    indexNumber: '',
    categories: [],
    appliesTo: ['cpc'],
    notes: '',
    ...over,
  });
  let storage: MemoryStorage;

  beforeEach(() => {
    storage = new MemoryStorage();
    startCeu({ packs: [], options: [{ id: 'cpc', abbreviation: 'CPC', name: 'Certified Professional Coder', issuer: 'aapc' }] }, storage);
    $undo.set(undefined);
  });

  it('saves in the versioned backup format under ccp:ceu', () => {
    saveCredential({ credential: 'cpc', earned: '2025-01-10' });
    saveActivity(activity('a'));
    const stored = JSON.parse(storage.getItem('ccp:ceu')!);
    expect(stored).toMatchObject({ format: 'ccp-ceu', version: 1, credentials: [{ credential: 'cpc', earned: '2025-01-10' }] });
    expect(stored.activities).toHaveLength(1);
  });

  it('migrates nothing it cannot read: a newer version is set aside, not overwritten', () => {
    storage.data.set('ccp:ceu', JSON.stringify({ format: 'ccp-ceu', version: 99, credentials: [], activities: [] }));
    startCeu({ packs: [], options: [] }, storage);
    expect($corrupt.get()?.reason).toMatch(/newer version/);
    expect(storage.getItem('ccp:ceu:backup')).toContain('"version":99');
  });

  it('undoes a delete and an edit', () => {
    saveActivity(activity('a'));
    deleteActivity('a', 'deleted');
    expect($doc.get().activities).toHaveLength(0);
    undo();
    expect($doc.get().activities.map((a) => a.title)).toEqual(['Course a']);
    saveActivity(activity('a', { title: 'Renamed' }), 'updated');
    undo();
    expect($doc.get().activities.map((a) => a.title)).toEqual(['Course a']);
  });

  it('imports a CSV twice without duplicates, refuses a bad file whole, and undoes an import', async () => {
    const csv = 'date,title,provider,ceus,index_number,categories,applies_to,notes\n2026-02-01,Webinar,AAPC,1.5,X1,,cpc,\n2026-02-02,Workshop,AAPC,2,X2,,cpc,\n';
    const message = () => 'imported';
    expect(await importFile(csv, 'log.csv', message)).toMatchObject({ ok: true, added: 2 });
    expect(await importFile(csv, 'log.csv', message)).toMatchObject({ ok: true, added: 0, unchanged: 2 });
    const bad = await importFile(`${csv}2026-02-31,Bad,AAPC,1,,,cpc,\n`, 'log.csv', message);
    expect(bad.ok).toBe(false);
    expect($doc.get().activities).toHaveLength(2);
    await importFile(csv.replace('Webinar', 'Other webinar').replace('X1', 'X9'), 'more.csv', message);
    expect($doc.get().activities).toHaveLength(3);
    undo();
    expect($doc.get().activities).toHaveLength(2);
    expect($saveError.get()).toBeUndefined();
  });
});
