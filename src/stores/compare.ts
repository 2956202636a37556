/**
 * The comparer's state: which credentials are compared (in order), whether only differing rows
 * show, and the data the table is built from. The selection lives in the address (`?c=`), so a
 * link reproduces the view and back/forward work; `bindCompareToLocation` keeps the two in step.
 */
import { atom, computed } from 'nanostores';
import {
  buildCompareTable,
  MAX_SELECTION,
  MIN_SELECTION,
  parseSelection,
  serializeSelection,
  type CompareTable,
  type Selection,
} from '../lib/compare.ts';
import { DEFAULT_SELECTION } from '../lib/compare/presets.ts';
import type { CredentialEntry } from '../lib/credentials.ts';
import type { IssuerData } from '../schemas/catalog.ts';

/** What /compare/data.json holds: every credential and issuer. */
export interface CompareData {
  credentials: CredentialEntry[];
  issuers: { id: string; data: IssuerData }[];
}

export const $selection = atom<readonly string[]>(DEFAULT_SELECTION);
export const $onlyDifferences = atom(false);
/** What the address asked for that could not be used, for the page to say so. */
export const $notice = atom<Selection | undefined>(undefined);
export const $data = atom<CompareData | undefined>(undefined);
export const $loadFailed = atom(false);

/** The table for the current selection, once the data is there. */
export const $table = computed([$selection, $data], (ids, data): CompareTable | undefined => {
  if (!data) return undefined;
  const credentialById = new Map(data.credentials.map((c) => [c.id, c]));
  const issuers = new Map(data.issuers.map((i) => [i.id, i]));
  const chosen = ids.map((id) => credentialById.get(id)).filter((c): c is CredentialEntry => c !== undefined);
  return buildCompareTable(chosen, { credentialById, issuers });
});

export function addCredential(id: string): void {
  const ids = $selection.get();
  if (ids.includes(id) || ids.length >= MAX_SELECTION) return;
  $selection.set([...ids, id]);
}

export function removeCredential(id: string): void {
  const ids = $selection.get();
  if (ids.length <= MIN_SELECTION) return;
  $selection.set(ids.filter((x) => x !== id));
}

/** Moves a credential one place left (-1) or right (+1). */
export function moveCredential(id: string, by: -1 | 1): void {
  const ids = [...$selection.get()];
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  $selection.set(ids);
}

export function applyPreset(ids: readonly string[]): void {
  $selection.set([...ids]);
}

export function setOnlyDifferences(on: boolean): void {
  $onlyDifferences.set(on);
}

/** True while state is being restored from the address, so it is not pushed back. */
let restoring = false;

/** Reads the selection and the differences switch from a search string (`?c=cpc,ccs&d=1`). */
export function readSearch(search: string, knownIds: readonly string[]): void {
  restoring = true;
  try {
    applySearch(search, knownIds);
  } finally {
    restoring = false;
  }
}

function applySearch(search: string, knownIds: readonly string[]): void {
  const params = new URLSearchParams(search);
  const selection = parseSelection(params.get('c'), knownIds, DEFAULT_SELECTION);
  const hasNotice = selection.unknown.length + selection.duplicates.length + selection.overLimit.length + selection.filled.length > 0;
  $notice.set(hasNotice ? selection : undefined);
  $selection.set(selection.ids);
  $onlyDifferences.set(params.get('d') === '1');
}

/** The search string for the current view. */
export function searchFor(ids: readonly string[], onlyDifferences: boolean): string {
  const s = serializeSelection(ids);
  return onlyDifferences ? `${s}${s ? '&' : '?'}d=1` : s;
}

/**
 * Keeps the address and the state in step: state changes push a history entry; back and
 * forward restore the state. Returns a function that unbinds.
 */
export function bindCompareToLocation(win: Window, knownIds: readonly string[]): () => void {
  readSearch(win.location.search, knownIds);
  const push = () => {
    if (restoring) return;
    const search = searchFor($selection.get(), $onlyDifferences.get());
    if (search !== win.location.search) win.history.pushState(null, '', `${win.location.pathname}${search}`);
  };
  const unsubscribe = [$selection.listen(push), $onlyDifferences.listen(push)];
  const onPop = () => readSearch(win.location.search, knownIds);
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe.forEach((u) => u());
    win.removeEventListener('popstate', onPop);
  };
}

/** Fetches the comparison data once. */
export async function loadCompareData(url: string): Promise<void> {
  if ($data.get()) return;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(String(response.status));
    $data.set((await response.json()) as CompareData);
  } catch {
    $loadFailed.set(true);
  }
}
