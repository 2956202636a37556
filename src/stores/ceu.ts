/**
 * The CEU tracker's state: the credentials a reader holds and the activities they log, kept in
 * localStorage (`ccp:ceu`) in the same versioned format as the JSON backup, plus what the rules
 * engine makes of them. Components render these atoms and call the actions below.
 */
import { atom, computed } from 'nanostores';
import { computeProgress, type IssuerProgress } from '../lib/ceu/engine.ts';
import { runInParts, runNow, type Steps } from '../lib/ceu/parts.ts';
import { forgetDeletions, recordChanges, recordChangesInSteps, tombstoneCutoff } from '../lib/ceu/stamps.ts';
import { decodeStored, emptyDoc, encodeBackupFile, encodeStored, encodeStoredInSteps } from '../lib/ceu/stored.ts';
import type { RulePack } from '../lib/ceu/rules.ts';
import type { Activity, CeuDoc, CredentialRecord, FieldError, HeldCredential } from '../lib/ceu/types.ts';
import { storedDoc, type Corrupt, type StorageLike, type StoredDoc } from './stored-doc.ts';
import { followTabs, lockedSaves, type WindowLike } from './tabs.ts';
import { STORAGE_KEYS } from '../lib/storage-keys.ts';

export type { CeuDoc };
export { describeErrors } from '../lib/ceu/stored.ts';

export interface CredentialOption {
  id: string;
  abbreviation: string;
  name: string;
  issuer: string;
}

const EMPTY: CeuDoc = emptyDoc();

/** `YYYY-MM-DD` of the reader's own calendar day. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * A log longer than this is saved in parts and counted in a Worker, so the page stays
 * responsive (a 10 MB import holds 100,000 activities); a shorter one at once.
 */
export const LONG_LOG = 10_000;

const codec = {
  encode: encodeStored,
  encodeInSteps: (d: CeuDoc) => (d.activities.length > LONG_LOG ? encodeStoredInSteps(d) : undefined),
  decode: decodeStored,
};

/** The merge of two tabs' data, loaded when another tab first writes (a single tab never needs it). */
let mergeDocs: ((stored: CeuDoc, mine: CeuDoc) => CeuDoc) | undefined;
let loading: Promise<void> | undefined;
function merge(stored: CeuDoc, mine: CeuDoc): CeuDoc | undefined {
  if (mergeDocs) {
    // What is saved forgets deletions older than TOMBSTONE_DAYS while this tab's saves succeed
    // (lib/ceu/stamps.ts says why that is safe): the merge keeps every tombstone either side has.
    const merged = forgetDeletions(mergeDocs(stored, mine), tombstoneCutoff(Date.now(), !doc.$saveError.get()));
    // Nothing this tab holds is newer: keep storage's own document, so nothing is written back.
    return holdsNothingNew(merged, stored) ? stored : merged;
  }
  loading ??= import('../lib/ceu/merge.ts').then(
    (m) => {
      mergeDocs = m.mergeDocs;
      doc.reload();
    },
    () => void (loading = undefined), // offline and not cached: tried again on the next save
  );
  return undefined;
}

/** True when `merged` has exactly the records and deletions of `stored` (the merge picks the objects it keeps). */
function holdsNothingNew(merged: CeuDoc, stored: CeuDoc): boolean {
  const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every(Set.prototype.has, new Set(b));
  const tombs = (list: CeuDoc['deleted']['activities']) => list.map((t) => `${t.id}\u0000${t.changed}`);
  return (
    same(merged.activities, stored.activities) &&
    same(merged.credentials, stored.credentials) &&
    same(tombs(merged.deleted.activities), tombs(stored.deleted.activities)) &&
    same(tombs(merged.deleted.credentials), tombs(stored.deleted.credentials))
  );
}

let doc: StoredDoc<CeuDoc> = storedDoc(STORAGE_KEYS.ceu, codec, EMPTY, undefined);
export const $packs = atom<readonly RulePack[]>([]);
export const $options = atom<readonly CredentialOption[]>([]);
export const $today = atom(localToday());

/** A credential's abbreviation (CPC, CCS-P) for an id, or the id when no option has it. */
export function abbreviation(id: string): string {
  return $options.get().find((o) => o.id === id)?.abbreviation ?? id;
}
export const $doc = atom<CeuDoc>(EMPTY);
/** Saved data set aside (unreadable, or records the rules refuse), and whether a copy is kept in storage. */
export const $corrupt = atom<(Corrupt & { kept: boolean }) | undefined>(undefined);
export const $saveError = atom<string | undefined>(undefined);
/** A new site version was held back: unsaved changes could not be saved. */
export const $updateHeld = atom(false);
/** The last change that can be undone, with what to say about it. */
export const $undo = atom<{ message: string; revert: (doc: CeuDoc) => Pick<CeuDoc, 'activities' | 'credentials'> } | undefined>(undefined);

/** The last counts of a long log, made in a Worker, and what they were made of. */
const $counted = atom<{ of: readonly unknown[]; progress: IssuerProgress[] } | undefined>(undefined);
/** True while a long log is being counted in a Worker: `$progress` still holds the counts before the last change. */
export const $counting = atom(false);
/** Long logs are counted in a Worker where the browser can start one (not in tests under Node). */
let countOffPage = typeof Worker !== 'undefined';
let shown: IssuerProgress[] = [];
let counting: readonly unknown[] | undefined;
const sameInputs = (a: readonly unknown[] | undefined, b: readonly unknown[]) => a !== undefined && a.every((x, i) => x === b[i]);

/** Counts a long log in a Worker (its code loads then); where none can, on the page. */
function countLater(of: readonly unknown[], input: Parameters<typeof computeProgress>[0]): void {
  if (sameInputs(counting, of)) return;
  counting = of;
  $counting.set(true);
  const onPage = () => {
    countOffPage = false;
    return { progress: computeProgress(input) };
  };
  import('../lib/ceu/progress-off-thread.ts')
    .then((m) => m.countOffThread(input), () => 'failed' as const)
    .then((r) => {
      if (r === 'stale') return;
      if (counting === of) {
        counting = undefined;
        $counting.set(false);
      }
      $counted.set({ of, progress: (r === 'failed' ? onPage() : r).progress });
    });
}

/**
 * Where the reader stands with each issuer, recomputed when anything changes: at once for a log of
 * up to LONG_LOG activities, else in a Worker (until it answers, the counts before the change).
 */
export const $progress = computed([$doc, $packs, $options, $today, $counted], (d, packs, options, today, counted): IssuerProgress[] => {
  const of = [d.activities, d.credentials, packs, options, today];
  if (counted && sameInputs(counted.of, of)) return (shown = counted.progress);
  const issuerOf = new Map(options.map((o) => [o.id, o.issuer]));
  const held: HeldCredential[] = d.credentials.flatMap((c) => {
    const issuer = issuerOf.get(c.credential);
    return issuer ? [{ ...c, issuer }] : [];
  });
  const input = { packs, credentials: held, activities: d.activities, today };
  if (d.activities.length <= LONG_LOG || !countOffPage) {
    counting = undefined;
    if ($counting.get()) $counting.set(false);
    return (shown = computeProgress(input));
  }
  countLater(of, input);
  return shown;
});

/**
 * Connects the store to storage and to other tabs. Call once in the browser; tests pass their
 * own storage. Returns a function that disconnects.
 */
export function startCeu(
  config: { packs: readonly RulePack[]; options: readonly CredentialOption[] },
  storage: StorageLike | undefined,
  win?: WindowLike,
): () => void {
  $packs.set(config.packs);
  $options.set(config.options);
  const key = STORAGE_KEYS.ceu;
  const mine = storedDoc(key, codec, EMPTY, storage, { merge, schedule: lockedSaves(key, win) });
  const tabs = win && followTabs(mine, key, win);
  doc = mine;
  const corrupt = () => {
    const c = doc.$corrupt.get();
    $corrupt.set(c && { ...c, kept: !doc.$blocked.get() });
  };
  const unsubscribe = [
    doc.$value.subscribe((v) => $doc.set(v)),
    doc.$corrupt.subscribe(corrupt),
    doc.$blocked.subscribe(corrupt),
    doc.$saveError.subscribe((v) => $saveError.set(v)),
    tabs?.$updateHeld.subscribe((v) => $updateHeld.set(v)) ?? (() => {}),
  ];
  return () => {
    unsubscribe.forEach((u) => u());
    tabs?.stop();
  };
}

/** Changes not saved in this browser yet (while `$saveError`); $doc changes with each. */
export function unsaved(): number {
  return doc.unsaved();
}

/** Tries to save what is unsaved now; true when everything is saved. */
export function saveNow(): boolean {
  return doc.save();
}

/** The reader downloaded the unreadable saved data: it may now be replaced. */
export function corruptDownloaded(): void {
  doc.corruptKept();
}

type Records = Pick<CeuDoc, 'activities' | 'credentials'>;

/** Applies a change to the records: what it adds or edits is stamped, what it removes leaves a tombstone. */
function stamped(apply: (d: CeuDoc) => Records): void {
  doc.update((d) => recordChanges(d, apply(d), Date.now(), !doc.$saveError.get()));
}

function change(message: string | undefined, apply: (d: CeuDoc) => Records, revert?: (d: CeuDoc) => Records): void {
  stamped(apply);
  $undo.set(message && revert ? { message, revert } : undefined);
}

/** Undoes the last change that offered it (a long log in parts: the page stays responsive). */
export function undo(): void | Promise<void> {
  const last = $undo.get();
  if (!last) return;
  $undo.set(undefined);
  if (doc.$value.get().activities.length <= LONG_LOG) return stamped(last.revert);
  return changeInParts(function* (d) {
    return last.revert(d);
  });
}

/**
 * Applies a change to a long log in parts (./lib/ceu/parts.ts): the new document is built and
 * stamped a part at a time, with the page handling input between parts, then set at once. When
 * the document changed meanwhile (another tab, another change), it is built again on the new one.
 */
async function changeInParts(apply: (d: CeuDoc) => Steps<Records>, onProgress?: (done: number) => void): Promise<void> {
  for (let tries = 0; ; tries++) {
    const start = doc.$value.get();
    const next = await runInParts(apply(start), (x) => onProgress?.(x / 2));
    const stampedDoc = await runInParts(recordChangesInSteps(start, next, Date.now(), !doc.$saveError.get()), (x) => onProgress?.(0.5 + x / 2));
    if (doc.$value.get() === start) {
      doc.update(() => stampedDoc);
      return;
    }
    if (tries === 2) {
      // Changing faster than the parts can follow: once at once.
      doc.update((d) => recordChanges(d, runNow(apply(d)), Date.now(), !doc.$saveError.get()));
      return;
    }
  }
}

// ------------------------------------------------------------------------------ credentials

export function saveCredential(record: CredentialRecord): void {
  change(undefined, (d) => {
    const rest = d.credentials.filter((c) => c.credential !== record.credential);
    return { ...d, credentials: [...rest, record] };
  });
}

export function removeCredential(id: string, message: string): void {
  const before = $doc.get().credentials.find((c) => c.credential === id);
  if (!before) return;
  change(
    message,
    (d) => ({ ...d, credentials: d.credentials.filter((c) => c.credential !== id) }),
    (d) => ({ ...d, credentials: [...d.credentials.filter((c) => c.credential !== id), before] }),
  );
}

// ------------------------------------------------------------------------------- activities

/** A new id that no other activity has, in this or another tab. */
export function newId(): string {
  const c = globalThis.crypto;
  return typeof c?.randomUUID === 'function' ? c.randomUUID() : `a${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

export function saveActivity(activity: Activity, message?: string): void {
  const before = $doc.get().activities.find((a) => a.id === activity.id);
  change(
    before ? message : undefined,
    (d) => ({ ...d, activities: [...d.activities.filter((a) => a.id !== activity.id), activity] }),
    before ? (d) => ({ ...d, activities: d.activities.map((a) => (a.id === activity.id ? before : a)) }) : undefined,
  );
}

export function deleteActivity(id: string, message: string): void {
  const before = $doc.get().activities.find((a) => a.id === id);
  if (!before) return;
  change(
    message,
    (d) => ({ ...d, activities: d.activities.filter((a) => a.id !== id) }),
    (d) => ({ ...d, activities: [...d.activities.filter((a) => a.id !== id), before] }),
  );
}

// ---------------------------------------------------------------------------------- import

export type ImportResult =
  | { ok: true; added: number; updated: number; unchanged: number; credentials: number }
  | { ok: false; errors: FieldError[] };

/**
 * Imports a JSON backup or a CSV log. The whole file is checked first: a bad file changes
 * nothing. The same file twice adds nothing (entries are matched by id, CSV rows by content).
 * The import can be undone. Its code loads when the reader chooses a file.
 */
export async function importFile(text: string, fileName: string, message: (r: { added: number; updated: number }) => string): Promise<ImportResult> {
  const { planImport } = await import('../lib/ceu/import.ts');
  const plan = await planImport($doc.get(), text, fileName);
  if (!plan.ok) return plan;
  change(plan.changes ? message(plan) : undefined, plan.apply, plan.revert);
  return { ok: true, added: plan.added, updated: plan.updated, unchanged: plan.unchanged, credentials: plan.credentials };
}

/**
 * Applies an import the reader confirmed (lib/ceu/import.ts planned it from a preview); Undo
 * takes all of it back. A long log (a 10 MB file) is changed in parts, `onProgress` told the
 * share done, so the page stays responsive; it settles once the change is made (the save follows).
 */
export async function applyImport(
  message: string,
  change: { applyInSteps: (d: CeuDoc) => Steps<CeuDoc>; revert: (d: CeuDoc) => CeuDoc },
  onProgress?: (done: number) => void,
): Promise<void> {
  await changeInParts(change.applyInSteps, onProgress);
  $undo.set({ message, revert: change.revert });
}

// ---------------------------------------------------------------------------------- export

/**
 * The full backup, in the `ccp-ceu` format of design.md: everything the page holds, also what was
 * set aside (under `setAside`, which importers ignore: it is for the reader to fix and import).
 */
export function exportJson(now = new Date()): string {
  const corrupt = $corrupt.get();
  return encodeBackupFile($doc.get(), now, corrupt && { reason: corrupt.reason, text: corrupt.text });
}

/** The audit log as CSV (design.md's columns). */
export async function exportCsv(): Promise<string> {
  const { activitiesToCsv } = await import('../lib/ceu/csv.ts');
  return activitiesToCsv([...$doc.get().activities].sort((a, b) => a.date.localeCompare(b.date)));
}

/**
 * Starts loading the code a file action needs when the reader reaches for it (pointer over or
 * focus on its control), so it is there by the click. A failure here is reported by the action.
 */
export function prepareFileAction(action: 'import' | 'csv' | 'ics'): void {
  const loading = action === 'import' ? import('../lib/ceu/import.ts') : action === 'csv' ? import('../lib/ceu/csv.ts') : import('../lib/ceu/ics.ts');
  loading.catch(() => undefined);
}

/** Each issuer's deadlines as a calendar file. */
export async function exportIcs(names: Record<string, string>, now = new Date()): Promise<string> {
  const { deadlinesToIcs } = await import('../lib/ceu/ics.ts');
  return deadlinesToIcs($progress.get(), { now, names });
}

/** Settles once the merge code asked for has loaded (tests wait for it). */
export function mergeReady(): Promise<void> {
  return loading ?? Promise.resolve();
}
