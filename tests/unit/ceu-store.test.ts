/** The CEU store and its storage: corruption kept aside, failed saves reported, tabs merged, undo. */
import { beforeEach, describe, expect, it } from 'vitest';
import { storedDoc, type StorageLike } from '../../src/stores/stored-doc.ts';
import { MemoryStorage } from './memory-storage.ts';
import { $doc, $corrupt, $saveError, $undo, $updateHeld, deleteActivity, exportJson, importFile, mergeReady, saveActivity, saveCredential, startCeu, undo, unsaved } from '../../src/stores/ceu.ts';
import { decodeStored, emptyDoc, encodeStored } from '../../src/lib/ceu/stored.ts';
import { mergeDocs } from '../../src/lib/ceu/merge.ts';
import { recordChanges } from '../../src/lib/ceu/stamps.ts';
import { parseBackup } from '../../src/lib/ceu/backup.ts';
import type { Activity, CeuDoc } from '../../src/lib/ceu/types.ts';


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
    expect(doc.$saveError.get()).toMatch(/not set aside/);
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

/** An activity with defaults, for the store and salvage tests. */
const act = (id: string, over: Partial<Activity> = {}): Activity => ({
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

describe('the CEU store', () => {
  let storage: MemoryStorage;

  beforeEach(() => {
    storage = new MemoryStorage();
    startCeu({ packs: [], options: [{ id: 'cpc', abbreviation: 'CPC', name: 'Certified Professional Coder', issuer: 'aapc' }] }, storage);
    $undo.set(undefined);
  });

  it('saves in the versioned backup format under ccp:ceu', () => {
    saveCredential({ credential: 'cpc', earned: '2025-01-10' });
    saveActivity(act('a'));
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
    saveActivity(act('a'));
    deleteActivity('a', 'deleted');
    expect($doc.get().activities).toHaveLength(0);
    undo();
    expect($doc.get().activities.map((a) => a.title)).toEqual(['Course a']);
    saveActivity(act('a', { title: 'Renamed' }), 'updated');
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

const file = (activities: unknown[], credentials: unknown[] = [{ credential: 'cpc', earned: '2025-01-10' }]) =>
  JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T00:00:00.000Z', credentials, activities });

describe('salvage per record', () => {
  it('loads the valid records, sets the others aside verbatim with reasons, and the set-aside file imports once fixed', async () => {
    const storage = new MemoryStorage();
    const bad = { ...act('b'), title: '   ' };
    storage.data.set('ccp:ceu', file([act('a'), bad, act('c', { ceus: 1000 }), act('d')], [{ credential: 'cpc', earned: '2025-01-10' }, { credential: 'cic', cycleStart: '2025-01-01' }]));
    startCeu({ packs: [], options: [] }, storage);
    expect($doc.get().activities.map((a) => a.id)).toEqual(['a', 'd']);
    expect($doc.get().credentials.map((c) => c.credential)).toEqual(['cpc']);
    const corrupt = $corrupt.get()!;
    expect(corrupt).toMatchObject({ count: 3, kept: true });
    expect(corrupt.reason).toMatch(/row 1, title: an activity needs a title/);
    expect(corrupt.reason).toMatch(/row 2, ceus: CEUs must be at most 999/);
    expect(corrupt.reason).toMatch(/credentials\[0\]\.cycleEnd: give both/);
    // Kept under the backup key, verbatim; storage now holds the rest (nothing is lost, nothing read twice).
    expect(storage.getItem('ccp:ceu:backup')).toBe(corrupt.text);
    const aside = JSON.parse(corrupt.text);
    expect(aside.activities).toEqual([bad, act('c', { ceus: 1000 })]);
    expect(decodeStored(storage.getItem('ccp:ceu')!)).toMatchObject({ ok: true, value: { activities: [{ id: 'a' }, { id: 'd' }] } });
    expect(decodeStored(storage.getItem('ccp:ceu')!)).not.toHaveProperty('setAside');
    // The importer reads the set-aside file: bad rows by row and field.
    const refused = parseBackup(corrupt.text);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors).toEqual(expect.arrayContaining([expect.objectContaining({ row: 1, field: 'title' }), expect.objectContaining({ row: 2, field: 'ceus' })]));
    // Fixed, it imports: the entries come back.
    const fixed = corrupt.text.replace('"title": "   "', '"title": "Fixed"').replace('"ceus": 1000', '"ceus": 10').replace('"cycleStart": "2025-01-01"', '"cycleStart": "2025-01-01", "cycleEnd": "2026-12-31"');
    expect(await importFile(fixed, 'ceu-set-aside.json', () => 'imported')).toMatchObject({ ok: true, added: 2 });
    expect($doc.get().activities.map((a) => a.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    // "Download backup" holds everything the page holds, the set-aside records too.
    expect(JSON.parse(exportJson()).setAside.text).toBe(corrupt.text);
  });

  it('says truthfully when the set-aside copy could not be made, and writes nothing over the records', () => {
    const storage = new MemoryStorage();
    const text = file([act('a'), { ...act('b'), date: '20261-01-01' }]);
    storage.data.set('ccp:ceu', text);
    storage.failWrites = true;
    startCeu({ packs: [], options: [] }, storage);
    storage.failWrites = false;
    expect($corrupt.get()).toMatchObject({ count: 1, kept: false });
    saveActivity(act('e'));
    expect(storage.getItem('ccp:ceu')).toBe(text);
    expect(storage.getItem('ccp:ceu:backup')).toBeNull();
  });

  it('keeps a whole unreadable text aside and never replaces an earlier copy', () => {
    const storage = new MemoryStorage();
    storage.data.set('ccp:ceu:backup', 'an earlier copy');
    storage.data.set('ccp:ceu', '{"format":"ccp-ceu"');
    startCeu({ packs: [], options: [] }, storage);
    expect($corrupt.get()).toMatchObject({ kept: true, text: '{"format":"ccp-ceu"' });
    expect($corrupt.get()?.count).toBeUndefined();
    expect(storage.getItem('ccp:ceu:backup')).toBe('an earlier copy');
    expect([...storage.data.entries()].find(([k]) => k.startsWith('ccp:ceu:backup:'))?.[1]).toBe('{"format":"ccp-ceu"');
  });
});

/** A tab: its own document on shared storage, merging as the CEU store does. */
function tab(storage: StorageLike) {
  const doc = storedDoc<CeuDoc>('ccp:ceu', { encode: encodeStored, decode: decodeStored }, emptyDoc(), storage, { merge: mergeDocs });
  let clock = 1000;
  return {
    doc,
    change: (f: (d: CeuDoc) => Pick<CeuDoc, 'activities' | 'credentials'>) => doc.update((d) => recordChanges(d, f(d), (clock += 1))),
    ids: () => doc.$value.get().activities.map((a) => a.id).sort(),
  };
}

describe('tabs converge', () => {
  it('two tabs adding without seeing each other\'s last write lose nothing once the storage events arrive', () => {
    const s = new MemoryStorage();
    const a = tab(s);
    const b = tab(s);
    for (let i = 0; i < 20; i++) {
      a.change((d) => ({ ...d, activities: [...d.activities, act(`a${i}`)] }));
      b.change((d) => ({ ...d, activities: [...d.activities, act(`b${i}`)] }));
    }
    a.doc.reload();
    b.doc.reload();
    a.doc.reload();
    const all = [...Array(20).keys()].flatMap((i) => [`a${i}`, `b${i}`]).sort();
    expect(a.ids()).toEqual(all);
    expect(b.ids()).toEqual(all);
    expect(decodeStored(s.getItem('ccp:ceu')!)).toMatchObject({ ok: true });
    expect((decodeStored(s.getItem('ccp:ceu')!) as { value: CeuDoc }).value.activities).toHaveLength(40);
  });

  it('an edit made before a deletion in another tab does not bring the entry back', () => {
    const s = new MemoryStorage();
    const a = tab(s);
    a.change(() => ({ activities: [act('x')], credentials: [] }));
    const b = tab(s);
    a.change((d) => ({ ...d, activities: d.activities.map((x) => ({ ...x, title: 'Edited' })) }));
    b.change((d) => ({ ...d, activities: [] })); // deletes, later
    a.doc.reload();
    b.doc.reload();
    expect(a.ids()).toEqual([]);
    expect(b.ids()).toEqual([]);
  });

  it('a tab whose saves fail keeps its entries, never overwrites the other tab\'s, and saves them once it can', () => {
    const s = new MemoryStorage();
    const failing = new MemoryStorage();
    failing.data = s.data; // the same storage, but this tab's writes throw
    const a = tab(s);
    const b = tab(failing);
    failing.failWrites = true;
    b.change((d) => ({ ...d, activities: [...d.activities, act('b1')] }));
    expect(b.doc.$saveError.get()).toBe('QuotaExceededError');
    a.change((d) => ({ ...d, activities: [...d.activities, act('a1')] }));
    b.doc.reload(); // the storage event: merges a1 in, still cannot write
    expect(b.ids()).toEqual(['a1', 'b1']);
    b.change((d) => ({ ...d, activities: [...d.activities, act('b2')] }));
    failing.failWrites = false;
    b.doc.save();
    a.doc.reload();
    expect(a.ids()).toEqual(['a1', 'b1', 'b2']);
    expect(b.doc.$saveError.get()).toBeUndefined();
  });
});

describe('failed saves and site updates', () => {
  it('retries on visibility change and holds back a new site version while a change is unsaved', async () => {
    const storage = new MemoryStorage();
    const win = new EventTarget();
    const stop = startCeu({ packs: [], options: [] }, storage, win);
    storage.failWrites = true;
    saveActivity(act('a'));
    expect($saveError.get()).toBe('QuotaExceededError');
    expect(unsaved()).toBe(1);
    const update = new Event('ccp:before-update', { cancelable: true });
    win.dispatchEvent(update);
    expect(update.defaultPrevented).toBe(true);
    expect($updateHeld.get()).toBe(true);
    storage.failWrites = false;
    win.dispatchEvent(new Event('visibilitychange'));
    expect($saveError.get()).toBeUndefined();
    expect($updateHeld.get()).toBe(false);
    expect(decodeStored(storage.getItem('ccp:ceu')!)).toMatchObject({ ok: true, value: { activities: [{ id: 'a' }] } });
    const next = new Event('ccp:before-update', { cancelable: true });
    win.dispatchEvent(next);
    expect(next.defaultPrevented).toBe(false);
    stop();
  });

  it('merges another tab\'s write on the storage event and writes back what only this tab holds', async () => {
    const storage = new MemoryStorage();
    const win = new EventTarget();
    const stop = startCeu({ packs: [], options: [] }, storage, win);
    saveActivity(act('mine'));
    const other = decodeStored(storage.getItem('ccp:ceu')!) as { value: CeuDoc };
    // Another tab wrote without having seen "mine".
    storage.data.set('ccp:ceu', encodeStored(recordChanges(emptyDoc(), { activities: [act('theirs')], credentials: [] }, Date.now())));
    expect(other.value.activities).toHaveLength(1);
    win.dispatchEvent(Object.assign(new Event('storage'), { key: 'ccp:ceu' }));
    await mergeReady();
    expect($doc.get().activities.map((a) => a.id)).toEqual(['mine', 'theirs']);
    const stored = decodeStored(storage.getItem('ccp:ceu')!) as { value: CeuDoc };
    expect(stored.value.activities.map((a) => a.id)).toEqual(['mine', 'theirs']);
    // Another write that holds everything this tab holds, in another order: nothing is written back.
    const theirs = encodeStored({ ...stored.value, activities: [...stored.value.activities].reverse() });
    storage.data.set('ccp:ceu', theirs);
    win.dispatchEvent(Object.assign(new Event('storage'), { key: 'ccp:ceu' }));
    expect(storage.getItem('ccp:ceu')).toBe(theirs);
    stop();
  });
});
