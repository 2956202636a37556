/**
 * The CEU tracker forgets deletions older than TOMBSTONE_DAYS when it saves (src/lib/ceu/stamps.ts
 * says why that is safe), also when another tab wrote them back: the merge keeps every tombstone
 * either side has, so the save forgets them after it. Recent ones are kept.
 */
import { describe, expect, it } from 'vitest';
import { decodeStored, emptyDoc, encodeStored } from '../../src/lib/ceu/stored.ts';
import { forgetDeletions, tombstoneCutoff } from '../../src/lib/ceu/stamps.ts';
import { mergeReady, saveActivity, startCeu } from '../../src/stores/ceu.ts';
import type { Activity, CeuDoc } from '../../src/lib/ceu/types.ts';

const DAY = 86_400_000;
const act = (id: string, title = id): Activity => ({ id, date: '2026-01-10', title, provider: 'AAPC', ceus: 1, indexNumber: '', categories: [], appliesTo: ['cpc'], notes: '', changed: 1 });

describe('forgetting old CEU deletions', () => {
  it('forgetDeletions keeps the same document when nothing is old, else drops only the old', () => {
    const now = Date.UTC(2026, 11, 7);
    const doc: CeuDoc = { ...emptyDoc(), deleted: { activities: [{ id: 'old', changed: now - 91 * DAY }, { id: 'recent', changed: now - 89 * DAY }], credentials: [{ id: 'cca', changed: now - 400 * DAY }] } };
    expect(forgetDeletions(doc, tombstoneCutoff(now)).deleted).toEqual({ activities: [{ id: 'recent', changed: now - 89 * DAY }], credentials: [] });
    expect(forgetDeletions(doc, tombstoneCutoff(now, false))).toBe(doc);
  });

  it('a save drops an old tombstone and keeps a recent one, also after another tab wrote the old one back', async () => {
    const now = Date.now();
    const withTombs = (activities: Activity[]): string =>
      encodeStored({ credentials: [], activities, deleted: { activities: [{ id: 'old', changed: now - 120 * DAY }, { id: 'recent', changed: now - 10 * DAY }], credentials: [] } });
    const data = new Map([['ccp:ceu', withTombs([act('a')])]]);
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const stop = startCeu({ packs: [], options: [] }, storage);
    const tombs = () => (decodeStored(data.get('ccp:ceu')!) as { value: CeuDoc }).value.deleted.activities.map((t) => t.id);
    saveActivity(act('b'));
    expect(tombs()).toEqual(['recent']);
    // Another tab, which still held the old tombstone, saves: this tab's next save merges it in and forgets it.
    data.set('ccp:ceu', withTombs([act('a'), act('b'), act('c')]));
    saveActivity(act('d'));
    await mergeReady();
    expect(tombs()).toEqual(['recent']);
    saveActivity(act('e'));
    expect(tombs()).toEqual(['recent']);
    expect((decodeStored(data.get('ccp:ceu')!) as { value: CeuDoc }).value.activities.map((a) => a.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    stop();
  });
});
