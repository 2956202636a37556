/**
 * A long log (a 10 MB import: 100,000 activities) is changed, saved and shown in parts, so the
 * page is never held up long: each part handles at most PART records, the text and documents made
 * in parts are exactly those made at once, and merge-on-save still holds when another tab writes
 * while a save is under way. (Times are measured by npm run bench, never asserted here.)
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { PART, runInParts, runNow, type Steps } from '../../src/lib/ceu/parts.ts';
import { encodeStored, encodeStoredInSteps, emptyDoc } from '../../src/lib/ceu/stored.ts';
import { recordChanges, recordChangesInSteps } from '../../src/lib/ceu/stamps.ts';
import { mergeBy, mergeByInSteps } from '../../src/lib/ceu/merge.ts';
import { MAX_TEXT, storedDoc } from '../../src/stores/stored-doc.ts';
import { MemoryStorage } from './memory-storage.ts';
import { lockedSaves } from '../../src/stores/tabs.ts';
import { $doc, $saveError, $undo, applyImport, LONG_LOG, startCeu, undo, unsaved } from '../../src/stores/ceu.ts';
import { firstInOrder } from '../../src/components/ceu/ActivityLog.tsx';
import type { Activity, CeuDoc } from '../../src/lib/ceu/types.ts';

const activity = (i: number, extra: Partial<Activity> = {}): Activity => ({
  id: `a${String(i).padStart(6, '0')}`,
  date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  title: `Course ${i}`,
  provider: 'AAPC',
  ceus: 1,
  indexNumber: `IDX-${i}`,
  categories: [],
  appliesTo: ['cpc'],
  notes: '',
  ...extra,
});
const many = (n: number, from = 0) => Array.from({ length: n }, (_, i) => activity(from + i));

/** Runs `steps`, counting what `touch` counts in each part (between two yields). */
function perPart<R>(steps: Steps<R>, counter: { n: number }): { result: R; parts: number[] } {
  const parts: number[] = [];
  for (;;) {
    const step = steps.next();
    parts.push(counter.n);
    counter.n = 0;
    if (step.done) return { result: step.value, parts };
  }
}


describe('work in parts', () => {
  it('encodes a long document in parts of at most PART activities, into the very text made at once', () => {
    const counter = { n: 0 };
    // JSON.stringify calls toJSON once per activity it encodes: that counts the activities per part.
    const activities = many(3 * PART + 7).map((a) => Object.assign(a, { toJSON: () => (counter.n++, { ...a, toJSON: undefined }) }));
    const doc: CeuDoc = { ...emptyDoc(), activities, credentials: [{ credential: 'cpc', cycleStart: '2025-01-01', cycleEnd: '2026-12-31' }] };
    const { result, parts } = perPart(encodeStoredInSteps(doc), counter);
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...parts)).toBeLessThanOrEqual(PART);
    counter.n = 0;
    expect(result).toBe(encodeStored(doc));
  });

  it('makes the same text, stamps and merge in parts as at once, whatever the log', () => {
    const doc = fc.record({
      activities: fc.uniqueArray(fc.integer({ min: 0, max: 9999 }), { maxLength: 40 }).map((ids) => ids.map((i) => activity(i, { changed: 1000 + i }))),
      gone: fc.uniqueArray(fc.integer({ min: 10_000, max: 10_100 }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(doc, doc, ({ activities, gone }, { activities: other }) => {
        const d: CeuDoc = { credentials: [], activities, deleted: { activities: gone.map((i) => ({ id: `a${i}`, changed: 5 })), credentials: [] } };
        expect(runNow(encodeStoredInSteps(d))).toBe(JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: new Date(Math.max(0, ...activities.map((a) => a.changed ?? 0))).toISOString(), credentials: [], activities, deleted: d.deleted }));
        expect(runNow(recordChangesInSteps(d, { activities: other, credentials: [] }, 9e12))).toEqual(recordChanges(d, { activities: other, credentials: [] }, 9e12));
        const key = (a: Activity) => a.id;
        const same = (a: Activity, b: Activity) => a.title === b.title;
        expect(runNow(mergeByInSteps(activities, other, key, same))).toEqual(mergeBy(activities, other, key, same));
      }),
    );
  });

  it('stamps and merges a long log in parts of at most PART records', () => {
    const counter = { n: 0 };
    const before: CeuDoc = { ...emptyDoc(), activities: many(PART + 3) };
    const after = many(2 * PART + 11);
    // Stamping reads each record of the new list once: a proxy counts the reads.
    const counted = new Proxy(after, { get: (t, k) => (typeof k === 'string' && /^\d+$/.test(k) && counter.n++, Reflect.get(t, k)) });
    const stamped = perPart(recordChangesInSteps(before, { activities: counted, credentials: [] }, 5e12), counter);
    expect(Math.max(...stamped.parts)).toBeLessThanOrEqual(PART);
    expect(stamped.result.activities).toHaveLength(after.length);
    const merged = perPart(
      mergeByInSteps(before.activities, after, (a) => (counter.n++, a.id), () => true),
      counter,
    );
    expect(Math.max(...merged.parts)).toBeLessThanOrEqual(PART);
    expect(merged.result.added).toBe(after.length - before.activities.length);
  });

  it('runInParts tells the share done, rising to 1 at most', async () => {
    const seen: number[] = [];
    await runInParts(encodeStoredInSteps({ ...emptyDoc(), activities: many(4 * PART) }), (x) => seen.push(x), () => Promise.resolve());
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
  });
});

describe('a long log shown', () => {
  it('shows the first rows in order without sorting the whole log', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 0, max: 60 }), (xs, k) => {
        const order = (a: number, b: number) => b - a;
        expect(firstInOrder(xs, k, order)).toEqual([...xs].sort(order).slice(0, k));
      }),
    );
  });
});

describe('a long document saved in parts', () => {
  /** A list of numbers whose text is made one number per part. */
  const listCodec = {
    encode: (v: number[]) => JSON.stringify(v),
    *encodeInSteps(v: number[]): Steps<string> {
      const parts: string[] = [];
      for (const x of v) {
        parts.push(String(x));
        yield;
      }
      return `[${parts.join(',')}]`;
    },
    decode: (text: string) => ({ ok: true as const, value: JSON.parse(text) as number[] }),
  };
  const union = (a: number[], b: number[]) => [...new Set([...a, ...b])].sort((x, y) => x - y);

  it('merges with what another tab wrote while its parts were being made', async () => {
    const s = new MemoryStorage();
    s.data.set('k', '[1]');
    let paused = 0;
    const doc = storedDoc('k', listCodec, [], s, {
      merge: union,
      // Between the parts: another tab saves.
      pause: async () => void (++paused === 2 && s.data.set('k', '[1,7]')),
    });
    doc.update((v) => [...v, 2, 3]);
    await vi.waitFor(() => expect(doc.unsaved()).toBe(0));
    expect(paused).toBeGreaterThan(2);
    expect(JSON.parse(s.getItem('k')!)).toEqual([1, 2, 3, 7]);
    expect(doc.$value.get()).toEqual([1, 2, 3, 7]);
  });

  it('a change made during a save in parts is saved too; a failed save is reported and kept', async () => {
    const s = new MemoryStorage();
    const doc = storedDoc('k', listCodec, [], s, { merge: union, pause: () => Promise.resolve() });
    doc.update(() => [1, 2, 3]);
    doc.update((v) => [...v, 4]);
    await vi.waitFor(() => expect(doc.unsaved()).toBe(0));
    expect(s.getItem('k')).toBe('[1,2,3,4]');
    s.failWrites = true;
    doc.update((v) => [...v, 5]);
    await vi.waitFor(() => expect(doc.$saveError.get()).toBe('QuotaExceededError'));
    expect(doc.unsaved()).toBe(1);
    expect(doc.$value.get()).toEqual([1, 2, 3, 4, 5]);
    s.failWrites = false;
    expect(await doc.saveSoon()).toBe(true);
    expect(s.getItem('k')).toBe('[1,2,3,4,5]');
  });

  it('does not try to write a text no browser could hold, says so, and does not encode it again', () => {
    const s = new MemoryStorage();
    let writes = 0;
    let encodes = 0;
    const setItem = s.setItem.bind(s);
    s.setItem = (k, v) => (writes++, setItem(k, v));
    const codec = { encode: (v: number[]) => (encodes++, v.length > 1 ? 'x'.repeat(MAX_TEXT + 1) : JSON.stringify(v)), decode: (t: string) => ({ ok: true as const, value: JSON.parse(t) as number[] }) };
    const doc = storedDoc('k', codec, [], s, { merge: (a: number[], b: number[]) => [...new Set([...a, ...b])] });
    doc.update(() => [1, 2]);
    expect(writes).toBe(0);
    expect(doc.$saveError.get()).toBe('QuotaExceededError');
    expect(doc.unsaved()).toBe(1);
    expect(doc.$value.get()).toEqual([1, 2]);
    const tried = encodes;
    expect(doc.save()).toBe(false);
    expect(encodes).toBe(tried);
    doc.update(() => [3]);
    expect(s.getItem('k')).toBe('[3]');
    expect(doc.$saveError.get()).toBeUndefined();
  });

  it('holds the Web Lock until a save in parts is over', async () => {
    const held: unknown[] = [];
    const locks = { request: (_name: string, run: () => unknown) => (held.push(run()), Promise.resolve()) };
    const schedule = lockedSaves('k', { addEventListener() {}, removeEventListener() {}, navigator: { locks } });
    let finish!: (ok: boolean) => void;
    schedule(() => new Promise<boolean>((r) => (finish = r)));
    expect(held[0]).toBeInstanceOf(Promise);
    finish(true);
    await expect(held[0]).resolves.toBe(true);
  });
});

describe('the CEU store with a long log', () => {
  const options = [{ id: 'cpc', abbreviation: 'CPC', name: 'Certified Professional Coder', issuer: 'aapc' }];

  it('applies a long import in parts, with progress; it is saved (or said unsaved), and Undo takes it back', async () => {
    const s = new MemoryStorage();
    const stop = startCeu({ packs: [], options }, s);
    const incoming = many(LONG_LOG + PART);
    const seen: number[] = [];
    const change = { applyInSteps: function* (d: CeuDoc): Steps<CeuDoc> { return { ...d, activities: [...d.activities, ...incoming] }; }, revert: (d: CeuDoc) => ({ ...d, activities: [] }) };
    await applyImport('Imported.', change, (x) => seen.push(x));
    // Stamped in parts: the share done was told along the way.
    expect(seen.filter((x) => x > 0.5 && x < 1).length).toBeGreaterThanOrEqual(Math.floor(incoming.length / PART) - 1);
    expect($doc.get().activities).toHaveLength(incoming.length);
    expect($doc.get().activities.every((a) => typeof a.changed === 'number')).toBe(true);
    await vi.waitFor(() => expect(unsaved()).toBe(0));
    expect(JSON.parse(s.getItem('ccp:ceu')!).activities).toHaveLength(incoming.length);
    expect($undo.get()?.message).toBe('Imported.');

    // Storage full: the change stays in the page, and the page says it is unsaved.
    s.failWrites = true;
    await undo();
    expect($doc.get().activities).toHaveLength(0);
    await vi.waitFor(() => expect($saveError.get()).toBe('QuotaExceededError'));
    expect(unsaved()).toBe(1);
    stop();
  });
});
