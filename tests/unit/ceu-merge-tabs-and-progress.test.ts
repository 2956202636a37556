/**
 * Two tabs' CEU logs merged record by record (src/lib/ceu/merge.ts), changes stamped
 * (src/lib/ceu/stamps.ts), and the progress a long merge or stamp reports while the page waits.
 */
import { describe, expect, it } from 'vitest';
import { mergeByInSteps, mergeDocs } from '../../src/lib/ceu/merge.ts';
import { forgetDeletions, recordChanges, recordChangesInSteps } from '../../src/lib/ceu/stamps.ts';
import { PART } from '../../src/lib/ceu/parts.ts';
import { emptyDoc } from '../../src/lib/ceu/stored.ts';
import { drain, logged } from './ceu-fixture.ts';
import type { Activity, CeuDoc, CredentialRecord } from '../../src/lib/ceu/types.ts';

const act = logged;
const doc = (fields: Partial<CeuDoc>): CeuDoc => ({ ...emptyDoc(), ...fields });


describe('two tabs merged', () => {
  it('keeps the credentials each tab added, and applies a credential deletion made after the other tab edit', () => {
    const stored = doc({ credentials: [{ credential: 'cpc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31', changed: 5 }, { credential: 'cca', earned: '2024-01-01', changed: 5 }] });
    const mine = doc({ credentials: [{ credential: 'crc', earned: '2026-03-01', changed: 7 }], deleted: { activities: [], credentials: [{ id: 'cca', changed: 6 }] } });
    for (const merged of [mergeDocs(stored, mine), mergeDocs(mine, stored)]) {
      expect(merged.credentials.map((c) => c.credential)).toEqual(['cpc', 'crc']);
      expect(merged.deleted.credentials).toEqual([{ id: 'cca', changed: 6 }]);
    }
  });

  it('settles two edits of one activity made at the same moment the same way in both tabs, however each copy orders its fields', () => {
    // Each tab built its copy with fields in another order (read from storage, or spread from a form).
    const { title: _title, ...rest } = act('x', { date: '2026-01-01', changed: 9 });
    const one: Activity = { title: 'Edited in tab one', ...rest };
    const reordered = (a: Activity) => Object.fromEntries(Object.entries(a).reverse()) as unknown as Activity;
    const two = act('x', { date: '2026-01-02', title: 'Edited in tab two', changed: 9 });
    const results = [
      mergeDocs(doc({ activities: [one] }), doc({ activities: [two] })),
      mergeDocs(doc({ activities: [two] }), doc({ activities: [one] })),
      mergeDocs(doc({ activities: [reordered(one)] }), doc({ activities: [reordered(two)] })),
      mergeDocs(doc({ activities: [two] }), doc({ activities: [reordered(one)] })),
    ];
    for (const r of results) expect(r.activities.map((a) => a.title)).toEqual(['Edited in tab two']);
  });
});

describe('stamping a change', () => {
  const now = Date.UTC(2026, 11, 7);

  it('keeps an entry whose data did not change unstamped, whatever the order of its fields', () => {
    const before = act('a', { changed: 3, format: 'webinar' });
    const sameData = Object.fromEntries(Object.entries(before).reverse()) as unknown as Activity;
    const after = recordChanges(doc({ activities: [before] }), { activities: [sameData], credentials: [] }, now);
    expect(after.activities[0]).toBe(before);
    expect(after.activities[0]!.changed).toBe(3);
  });

  it('forgets old credential deletions even when no activity deletion is old', () => {
    const cutoff = now - 1000;
    const d = doc({ deleted: { activities: [{ id: 'a', changed: now }], credentials: [{ id: 'cca', changed: cutoff - 1 }] } });
    expect(forgetDeletions(d, cutoff).deleted).toEqual({ activities: [{ id: 'a', changed: now }], credentials: [] });
  });

  it('remembers a deletion stamped exactly at the cutoff, and changes nothing when that is the oldest', () => {
    const cutoff = now - 1000;
    const atCutoff = doc({ deleted: { activities: [{ id: 'edge', changed: cutoff }], credentials: [] } });
    expect(forgetDeletions(atCutoff, cutoff)).toBe(atCutoff);
    const mixed = doc({ deleted: { activities: [{ id: 'old', changed: cutoff - 1 }, { id: 'edge', changed: cutoff }], credentials: [] } });
    expect(forgetDeletions(mixed, cutoff).deleted.activities).toEqual([{ id: 'edge', changed: cutoff }]);
  });
});

describe('progress of long work', () => {
  it(`stamping reports the share done after each ${PART} activities, and all done while it stamps the credentials`, () => {
    const activities = Array.from({ length: 2 * PART + 1 }, (_, i) => act(`a${i}`));
    const credentials: CredentialRecord[] = Array.from({ length: PART + 1 }, (_, i) => ({ credential: `c${i}` }));
    const { yielded, result } = drain(recordChangesInSteps(emptyDoc(), { activities, credentials }, 1000));
    expect(yielded).toEqual([PART / (2 * PART + 1), (2 * PART) / (2 * PART + 1), 1]);
    expect(result.activities).toHaveLength(2 * PART + 1);
    expect(result.credentials).toHaveLength(PART + 1);
  });

  it(`merging an import reports the share done after each ${PART} entries read, and nothing else`, () => {
    const existing = Array.from({ length: 2000 }, (_, i) => `e${i}`);
    const incoming = Array.from({ length: 3000 }, (_, i) => `n${i}`);
    const { yielded, result } = drain(mergeByInSteps(existing, incoming, (x) => x, (a, b) => a === b));
    // 3,000 incoming read twice and 2,000 existing: 8,000 steps.
    expect(yielded).toEqual([2500 / 8000, 5000 / 8000, 7500 / 8000]);
    expect(result).toMatchObject({ added: 3000, updated: 0, unchanged: 0 });
    expect(result.items).toHaveLength(5000);
  });
});
