/**
 * Stamping a change: what a change adds or edits gets a last-changed stamp, what it removes
 * leaves a tombstone, so tabs can merge record by record (`mergeDocs` in ./merge.ts). Kept apart
 * from the merge, which the page loads only when another tab writes.
 */
import { tombstoneCutoff } from '../../stores/tabs.ts';
import { PART, runNow, type Steps } from './parts.ts';
import type { CeuDoc, Tombstone } from './types.ts';

// How long a deletion is remembered, and why that is safe: the rule both tools share lives in
// src/stores/tabs.ts (a module the CEU tracker and the roadmap both load at start; a module of
// this folder would bring the tracker's code onto the roadmap page).
export { TOMBSTONE_DAYS, tombstoneCutoff } from '../../stores/tabs.ts';

/**
 * `doc` without the deletions stamped before `cutoff`; the same object when there are none. The
 * store applies it to what it saves, after the merge (which keeps every tombstone either side
 * has, so forgetting one only in this tab's copy would not forget it in storage).
 */
export function forgetDeletions(doc: CeuDoc, cutoff: number): CeuDoc {
  const keep = (list: Tombstone[]) => (list.every((t) => t.changed >= cutoff) ? list : list.filter((t) => t.changed >= cutoff));
  const activities = keep(doc.deleted.activities);
  const credentials = keep(doc.deleted.credentials);
  return activities === doc.deleted.activities && credentials === doc.deleted.credentials ? doc : { ...doc, deleted: { activities, credentials } };
}

type Stamped = { changed?: number | undefined };

interface Kind<T> {
  records: readonly T[];
  deleted: readonly Tombstone[];
}

/**
 * A record's data without its stamp, as text (keys sorted, empty optional text as absent). Only
 * records a change touched are compared: the others are the same objects.
 */
function content(r: object): string {
  const keys = Object.keys(r)
    .filter((k) => k !== 'changed' && (r as Record<string, unknown>)[k] !== undefined && (r as Record<string, unknown>)[k] !== '')
    .sort();
  return JSON.stringify(r, keys);
}

/** Stamps one kind of record, yielding after each PART records (./parts.ts); `done` maps the share of this kind to the share of the whole. */
function* stampKind<T extends Stamped>(
  before: Kind<T>,
  after: readonly T[],
  id: (r: T) => string,
  now: number,
  forget: number,
  done: (share: number) => number,
): Steps<{ records: T[]; deleted: Tombstone[] }> {
  const old = new Map<string, T>();
  for (const r of before.records) old.set(id(r), r);
  const tombs = new Map<string, number>();
  for (const t of before.deleted) tombs.set(t.id, t.changed);
  const present = new Set<string>();
  const records: T[] = new Array(after.length);
  for (let i = 0; i < after.length; i++) {
    if (i > 0 && i % PART === 0) yield done(i / after.length);
    const r = after[i]!;
    const key = id(r);
    present.add(key);
    const p = old.get(key);
    // Unchanged: the same object. Else later than anything this tab knows of the entry, even when the clock went back.
    records[i] = p !== undefined && (p === r || content(p) === content(r)) ? p : { ...r, changed: Math.max(now, (p?.changed ?? 0) + 1, (tombs.get(key) ?? 0) + 1) };
  }
  const deleted: Tombstone[] = [];
  for (const t of before.deleted) if (!present.has(t.id) && t.changed >= forget) deleted.push(t);
  for (const [key, p] of old) if (!present.has(key)) deleted.push({ id: key, changed: Math.max(now, (p.changed ?? 0) + 1) });
  return { records, deleted };
}

/**
 * `next` (the records after a change) as a document: each new or changed record stamped `now`,
 * each record gone leaves a tombstone. Deletions older than TOMBSTONE_DAYS are forgotten when
 * `saved` (storage holds them, so every tab has had them for that long); a tab whose saves fail
 * keeps them until it can save.
 */
export function recordChanges(prev: CeuDoc, next: Pick<CeuDoc, 'activities' | 'credentials'>, now: number, saved = true): CeuDoc {
  return runNow(recordChangesInSteps(prev, next, now, saved));
}

/** `recordChanges` as work in parts (./parts.ts): a long log is stamped without freezing the page. */
export function* recordChangesInSteps(prev: CeuDoc, next: Pick<CeuDoc, 'activities' | 'credentials'>, now: number, saved = true): Steps<CeuDoc> {
  const forget = tombstoneCutoff(now, saved);
  const a = yield* stampKind({ records: prev.activities, deleted: prev.deleted.activities }, next.activities, (x) => x.id, now, forget, (share) => share);
  const c = yield* stampKind({ records: prev.credentials, deleted: prev.deleted.credentials }, next.credentials, (x) => x.credential, now, forget, () => 1);
  return { activities: a.records, credentials: c.records, deleted: { activities: a.deleted, credentials: c.deleted } };
}
