/**
 * Merging by id. Two kinds:
 * - `mergeDocs`: what two tabs hold (stamped by `recordChanges`, in ./stamps.ts) (or a tab and storage), record by record: the later change
 *   wins, a deletion (tombstone) beats an edit made before it. Commutative, associative and
 *   idempotent, so tabs that merge in any order end up holding the same.
 * - `mergeBy` and friends: an imported file into the log. Deterministic: the same inputs give the
 *   same list and counts, and merging the same incoming list twice changes nothing the second time.
 */
import { PART, runNow, type Steps } from './parts.ts';
import type { Activity, CeuDoc, CredentialRecord, Tombstone } from './types.ts';

export { recordChanges, TOMBSTONE_DAYS } from './stamps.ts';

type Stamped = { changed?: number | undefined };

/** One kind of record (activities or credentials) with its deletions. */
interface Kind<T> {
  records: readonly T[];
  deleted: readonly Tombstone[];
}

/** Equal times: the text of a record breaks the tie, the same way in every tab. */
const tieText = (r: object) => JSON.stringify(r, Object.keys(r).sort());

function mergeKind<T extends Stamped>(a: Kind<T>, b: Kind<T>, id: (r: T) => string): { records: T[]; deleted: Tombstone[] } {
  const best = new Map<string, { record?: T; changed: number }>();
  const offer = (key: string, changed: number, record?: T) => {
    const cur = best.get(key);
    const wins =
      cur === undefined ||
      (changed !== cur.changed
        ? changed > cur.changed
        : cur.record !== undefined && (record === undefined || tieText(record) > tieText(cur.record)));
    if (wins) best.set(key, record === undefined ? { changed } : { record, changed });
  };
  for (const side of [a, b]) {
    for (const r of side.records) offer(id(r), r.changed ?? 0, r);
    for (const t of side.deleted) offer(t.id, t.changed);
  }
  const records: T[] = [];
  const deleted: Tombstone[] = [];
  for (const key of [...best.keys()].sort()) {
    const e = best.get(key)!;
    if (e.record !== undefined) records.push(e.record);
    else deleted.push({ id: key, changed: e.changed });
  }
  return { records, deleted };
}

/**
 * What two tabs hold, merged record by record (see the file comment). Records come out in id
 * order, so the result does not depend on which side is which.
 */
export function mergeDocs(stored: CeuDoc, mine: CeuDoc): CeuDoc {
  const a = mergeKind({ records: stored.activities, deleted: stored.deleted.activities }, { records: mine.activities, deleted: mine.deleted.activities }, (x) => x.id);
  const c = mergeKind(
    { records: stored.credentials, deleted: stored.deleted.credentials },
    { records: mine.credentials, deleted: mine.deleted.credentials },
    (x) => x.credential,
  );
  return { activities: a.records, credentials: c.records, deleted: { activities: a.deleted, credentials: c.deleted } };
}

export interface MergeResult<T> {
  /** The existing entries in their order (updated in place), then the new ones in incoming order. */
  items: T[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merge `incoming` into `existing` by `key`. An incoming entry replaces the existing one with the
 * same key (counted as updated when it differs, unchanged when equal); entries with new keys are
 * appended. When `incoming` repeats a key, its last entry wins.
 */
export function mergeBy<T>(existing: readonly T[], incoming: readonly T[], key: (item: T) => string, equal: (a: T, b: T) => boolean): MergeResult<T> {
  return runNow(mergeByInSteps(existing, incoming, key, equal));
}

/** `mergeBy` as work in parts (./parts.ts), yielding after each PART entries: a long import is merged without freezing the page. */
export function* mergeByInSteps<T>(existing: readonly T[], incoming: readonly T[], key: (item: T) => string, equal: (a: T, b: T) => boolean): Steps<MergeResult<T>> {
  const total = 2 * incoming.length + existing.length;
  let done = 0;
  const step = () => (++done % PART === 0 ? done / total : undefined);
  const latest = new Map<string, T>();
  for (const item of incoming) {
    latest.set(key(item), item);
    const share = step();
    if (share !== undefined) yield share;
  }
  let updated = 0;
  let unchanged = 0;
  const seen = new Set<string>();
  const items: T[] = [];
  for (const item of existing) {
    const share = step();
    if (share !== undefined) yield share;
    const k = key(item);
    seen.add(k);
    const next = latest.get(k);
    if (next === undefined) items.push(item);
    else if (equal(item, next)) {
      unchanged += 1;
      items.push(item);
    } else {
      updated += 1;
      items.push(next);
    }
  }
  let added = 0;
  for (const [k, item] of latest) {
    const share = step();
    if (share !== undefined) yield share;
    if (seen.has(k)) continue;
    items.push(item);
    added += 1;
  }
  return { items, added, updated, unchanged };
}

/** Merge activity lists by activity id. */
export function mergeActivities(existing: readonly Activity[], incoming: readonly Activity[]): MergeResult<Activity> {
  return runNow(mergeActivitiesInSteps(existing, incoming));
}

/** `mergeActivities` as work in parts (./parts.ts). */
export function mergeActivitiesInSteps(existing: readonly Activity[], incoming: readonly Activity[]): Steps<MergeResult<Activity>> {
  return mergeByInSteps(existing, incoming, (a) => a.id, sameActivity);
}

/** Merge held credentials by credential id. */
export function mergeCredentials(existing: readonly CredentialRecord[], incoming: readonly CredentialRecord[]): MergeResult<CredentialRecord> {
  return mergeBy(existing, incoming, (c) => c.credential, sameRecord);
}

/** True when two activities hold the same data (missing optional fields equal empty ones). */
export function sameActivity(a: Activity, b: Activity): boolean {
  return (
    a.id === b.id &&
    a.date === b.date &&
    a.title === b.title &&
    a.provider === b.provider &&
    a.ceus === b.ceus &&
    a.indexNumber === b.indexNumber &&
    sameList(a.categories, b.categories) &&
    sameList(a.appliesTo, b.appliesTo) &&
    a.notes === b.notes &&
    (a.format ?? '') === (b.format ?? '') &&
    (a.certificateLocation ?? '') === (b.certificateLocation ?? '')
  );
}

function sameRecord(a: CredentialRecord, b: CredentialRecord): boolean {
  return a.credential === b.credential && a.cycleStart === b.cycleStart && a.cycleEnd === b.cycleEnd && a.earned === b.earned && a.firstCycleTotal === b.firstCycleTotal;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * What identifies an activity without its id: date, title, provider, CEUs and index number.
 * A CSV row has no id, so imports match rows to logged activities by this.
 */
export function fingerprint(a: Pick<Activity, 'date' | 'title' | 'provider' | 'ceus' | 'indexNumber'>): string {
  return [a.date, a.title.trim(), a.provider.trim(), String(a.ceus), a.indexNumber.trim()].join('\u001f');
}

/**
 * Give imported activities the id of the logged activity with the same fingerprint, so
 * re-importing an exported CSV updates entries instead of duplicating them. Each logged
 * activity is matched at most once (two identical rows stay two entries).
 */
export function adoptIds(existing: readonly Activity[], imported: readonly Activity[]): Activity[] {
  const byPrint = new Map<string, string[]>();
  for (const a of existing) {
    const p = fingerprint(a);
    const ids = byPrint.get(p);
    if (ids === undefined) byPrint.set(p, [a.id]);
    else ids.push(a.id);
  }
  return imported.map((a) => {
    const id = byPrint.get(fingerprint(a))?.shift();
    return id === undefined ? a : { ...a, id };
  });
}
