/**
 * The comparer's state: which credentials are compared (in order), whether only differing rows
 * show, and the data the table is built from. The selection lives in the address (`?c=`), so a
 * link reproduces the view and back/forward work; `bindCompareToLocation` keeps the two in step.
 */
import { atom, computed } from 'nanostores';
import {
  buildCompareTable,
  heldSets,
  MAX_SELECTION,
  MIN_SELECTION,
  parseSelection,
  serializeSelection,
  needsKey,
  type CompareTable,
  type NeedsAnswer,
  type RenewalRules,
  type Selection,
} from '../lib/compare.ts';
import { DEFAULT_SELECTION } from '../lib/compare/presets.ts';
import type { CredentialEntry } from '../lib/credentials.ts';
import type { IssuerData } from '../schemas/catalog.ts';

/** What /compare/data.json holds: every credential and issuer, and the CEU rules with their day. */
export interface CompareData {
  credentials: CredentialEntry[];
  issuers: { id: string; data: IssuerData }[];
  renewal: RenewalRules;
}

export const $selection = atom<readonly string[]>(DEFAULT_SELECTION);
export const $onlyDifferences = atom(false);
/** What the address asked for that could not be used, for the page to say so. */
export const $notice = atom<Selection | undefined>(undefined);
export const $data = atom<CompareData | undefined>(undefined);
export const $loadFailed = atom(false);
/** The CEU engine's answers so far, by needsKey(issuer, ids): what each issuer's compared credentials ask at renewal. */
export const $needs = atom<Readonly<Record<string, NeedsAnswer>>>({});

/** One issuer's set of compared credentials, whose renewal figures the table needs. */
export interface NeedsRequest {
  issuer: string;
  ids: string[];
}
/** Works out the CEU engine's answers, one per request, in order (the island runs the engine in a worker). */
export type NeedsSolver = (rules: RenewalRules, requests: NeedsRequest[]) => Promise<NeedsAnswer[]>;

const chosenOf = (ids: readonly string[], data: CompareData) => {
  const credentialById = new Map(data.credentials.map((c) => [c.id, c]));
  return { credentialById, chosen: ids.map((id) => credentialById.get(id)).filter((c): c is CredentialEntry => c !== undefined) };
};
const subjectsOf = (chosen: readonly CredentialEntry[]) => chosen.map((c) => ({ id: c.id, abbreviation: c.data.abbreviation, issuer: c.data.issuer.id }));

/** The table for the current selection, once the data is there (the renewal row fills in as answers come). */
export const $table = computed([$selection, $data, $needs], (ids, data, needs): CompareTable | undefined => {
  if (!data) return undefined;
  const { credentialById, chosen } = chosenOf(ids, data);
  const issuers = new Map(data.issuers.map((i) => [i.id, i]));
  const renewal = (issuer: string, held: readonly string[]) => {
    const key = needsKey(issuer, held);
    return key in needs ? needs[key] : undefined;
  };
  return buildCompareTable(chosen, { credentialById, issuers, renewal });
});

/**
 * Asks `solve` for the renewal figures the current selection lacks, whenever the selection or the
 * data changes. Returns a function that stops.
 */
export function solveNeeds(solve: NeedsSolver): () => void {
  const asked = new Set<string>();
  const run = () => {
    const data = $data.get();
    if (!data) return;
    const requests = [...heldSets(subjectsOf(chosenOf($selection.get(), data).chosen))]
      .map(([issuer, ids]) => ({ issuer, ids }))
      .filter((r) => !asked.has(needsKey(r.issuer, r.ids)));
    if (requests.length === 0) return;
    for (const r of requests) asked.add(needsKey(r.issuer, r.ids));
    solve(data.renewal, requests).then(
      (answers) => $needs.set({ ...$needs.get(), ...Object.fromEntries(requests.map((r, i) => [needsKey(r.issuer, r.ids), answers[i] ?? null])) }),
      () => $loadFailed.set(true),
    );
  };
  run();
  const stops = [$selection.listen(run), $data.listen(run)];
  return () => stops.forEach((stop) => stop());
}

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
