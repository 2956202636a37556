/**
 * The CEU tracker's state: the credentials a reader holds and the activities they log, kept in
 * localStorage (`ccp:ceu`) in the same versioned format as the JSON backup, plus what the rules
 * engine makes of them. Components render these atoms and call the actions below.
 */
import { atom, computed } from 'nanostores';
import { computeProgress, type IssuerProgress } from '../lib/ceu/engine.ts';
import { encodeBackup, parseBackup } from '../lib/ceu/backup.ts';
import type { RulePack } from '../lib/ceu/rules.ts';
import type { Activity, CredentialRecord, FieldError, HeldCredential } from '../lib/ceu/types.ts';
import { storedDoc, type StorageLike, type StoredDoc } from './stored-doc.ts';
import { STORAGE_KEYS } from '../lib/storage-keys.ts';

export interface CeuDoc {
  credentials: CredentialRecord[];
  activities: Activity[];
}

export interface CredentialOption {
  id: string;
  abbreviation: string;
  name: string;
  issuer: string;
}

const EMPTY: CeuDoc = { credentials: [], activities: [] };

/** `YYYY-MM-DD` of the reader's own calendar day. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const codec = {
  encode: (doc: CeuDoc) => encodeBackup(doc, new Date()),
  decode: (text: string) => {
    const decoded = parseBackup(text);
    return decoded.ok
      ? { ok: true as const, value: { credentials: decoded.data.credentials, activities: decoded.data.activities } }
      : { ok: false as const, reason: describeErrors(decoded.errors) };
  },
};

/** Errors as one sentence per problem, naming row and field. */
export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.row !== undefined ? `row ${e.row}, ` : ''}${e.field}: ${e.message}`).join('; ');
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
export const $corrupt = atom<{ text: string; reason: string } | undefined>(undefined);
export const $saveError = atom<string | undefined>(undefined);
/** The last change that can be undone, with what to say about it. */
export const $undo = atom<{ message: string; revert: (doc: CeuDoc) => CeuDoc } | undefined>(undefined);

/** Where the reader stands with each issuer, recomputed when anything changes. */
export const $progress = computed([$doc, $packs, $options, $today], (d, packs, options, today): IssuerProgress[] => {
  const issuerOf = new Map(options.map((o) => [o.id, o.issuer]));
  const held: HeldCredential[] = d.credentials.flatMap((c) => {
    const issuer = issuerOf.get(c.credential);
    return issuer ? [{ ...c, issuer }] : [];
  });
  return computeProgress({ packs, credentials: held, activities: d.activities, today });
});

/**
 * Connects the store to storage and to other tabs. Call once in the browser; tests pass their
 * own storage. Returns a function that disconnects.
 */
export function startCeu(
  config: { packs: readonly RulePack[]; options: readonly CredentialOption[] },
  storage: StorageLike | undefined,
  win?: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): () => void {
  $packs.set(config.packs);
  $options.set(config.options);
  doc = storedDoc(STORAGE_KEYS.ceu, codec, EMPTY, storage);
  const unsubscribe = [
    doc.$value.subscribe((v) => $doc.set(v)),
    doc.$corrupt.subscribe((v) => $corrupt.set(v)),
    doc.$saveError.subscribe((v) => $saveError.set(v)),
  ];
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEYS.ceu) doc.reload();
  };
  win?.addEventListener('storage', onStorage);
  return () => {
    unsubscribe.forEach((u) => u());
    win?.removeEventListener('storage', onStorage);
  };
}

/** The reader downloaded the unreadable saved data: it may now be replaced. */
export function corruptDownloaded(): void {
  doc.corruptKept();
}

function change(message: string | undefined, apply: (d: CeuDoc) => CeuDoc, revert?: (d: CeuDoc) => CeuDoc): void {
  doc.update(apply);
  $undo.set(message && revert ? { message, revert } : undefined);
}

/** Undoes the last change that offered it. */
export function undo(): void {
  const last = $undo.get();
  if (!last) return;
  doc.update(last.revert);
  $undo.set(undefined);
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
 * takes all of it back.
 */
export function applyImport(message: string, apply: (d: CeuDoc) => CeuDoc, revert: (d: CeuDoc) => CeuDoc): void {
  change(message, apply, revert);
}

// ---------------------------------------------------------------------------------- export

/** The full backup, in the `ccp-ceu` format of design.md. */
export function exportJson(now = new Date()): string {
  return encodeBackup($doc.get(), now);
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
