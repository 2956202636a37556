/**
 * A stored document (./stored-doc.ts, merge mode) in a page with other tabs: another tab's write
 * is merged in (the `storage` event), saves run one tab at a time under a Web Lock where the
 * browser has the Web Locks API, and a save that failed is tried again when the page is hidden or
 * shown, when another tab writes (it may have freed space) and every `retryMs`: a long document
 * in parts (the page stays responsive), at once when the page is hidden (it may not run again).
 * Before a new site version is applied (the cancelable `ccp:before-update` event on window, from
 * src/scripts/offline-status.ts), the document is saved; when that fails the update is held back
 * (preventDefault) and `$updateHeld` says so, so the page can tell the reader.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { StoredDoc } from './stored-doc.ts';

/**
 * How long a deletion is remembered: a tab closed for longer cannot bring the entry back. Why that
 * is safe: a tab holds an entry only while it is open, and an open tab merges every write to
 * storage when it hears of it (the `storage` event) and before each of its own saves, so the
 * tombstone removes the entry from every open tab long before it is forgotten; a closed tab holds
 * nothing (what it saved is in storage, where the tombstone beat it). What is left: a tab open for
 * 90 days that neither heard of the deletion nor saved in all that time. Only a
 * tab whose saves fail keeps its tombstones (they may not be in storage yet): see `tombstoneCutoff`.
 * The CEU tracker (src/lib/ceu/stamps.ts) and the roadmap (src/lib/roadmap/stored.ts) forget
 * their deletions by this rule.
 */
export const TOMBSTONE_DAYS = 90;

/**
 * Deletions stamped before this time are forgotten by a change made at `now`: TOMBSTONE_DAYS
 * back when the tab's saves succeed (storage holds its tombstones, so every open tab has had them
 * for that long), none while they fail (its tombstones may be only in this tab).
 */
export function tombstoneCutoff(now: number, saved = true): number {
  return saved ? now - TOMBSTONE_DAYS * 86_400_000 : -Infinity;
}

/** The parts of `window` used here. */
export interface WindowLike {
  addEventListener(type: string, listener: (e: Event) => void): void;
  removeEventListener(type: string, listener: (e: Event) => void): void;
  navigator?: { locks?: { request(name: string, callback: () => unknown): Promise<unknown> } | undefined } | undefined;
}

/**
 * Runs saves of `key` one at a time across tabs (Web Locks), or at once where there are none. A
 * save that returns a promise (a long document, saved in parts) holds the lock until it settles.
 */
export function lockedSaves(key: string, win: WindowLike | undefined): (save: () => unknown) => void {
  let queued = false;
  return (save) => {
    const locks = win?.navigator?.locks;
    if (!locks) return void save();
    // One save waiting is enough: it saves everything this tab holds when it runs.
    if (queued) return;
    queued = true;
    const run = () => {
      queued = false;
      return save();
    };
    locks.request(`ccp-save:${key}`, run).catch(run);
  };
}

/** Connects `doc` (kept under `key`) to the window; returns `$updateHeld` and a function that disconnects. */
export function followTabs<T>(doc: StoredDoc<T>, key: string, win: WindowLike, retryMs = 15_000): { $updateHeld: ReadableAtom<boolean>; stop: () => void } {
  const $updateHeld = atom(false);
  const pending = () => doc.unsaved() > 0 || doc.$saveError.get() !== undefined;
  // In parts for a long document (the page stays responsive); at once when the page goes away.
  const retry = () => void (pending() && doc.saveSoon());
  const retryNow = () => void (pending() && doc.save());
  const listeners: [string, (e: Event) => void][] = [
    ['storage', (e) => ((e as StorageEvent).key === key || (e as StorageEvent).key === null ? doc.reload() : retry())],
    ['visibilitychange', () => ((globalThis as { document?: { visibilityState?: string } }).document?.visibilityState === 'hidden' ? retryNow() : retry())],
    ['pagehide', retryNow],
    [
      'ccp:before-update',
      (e) => {
        if (!pending() || doc.save()) return;
        e.preventDefault();
        $updateHeld.set(true);
      },
    ],
  ];
  for (const [type, listener] of listeners) win.addEventListener(type, listener);
  let timer: ReturnType<typeof setInterval> | undefined;
  const stopTimer = doc.$saveError.subscribe((error) => {
    clearInterval(timer);
    timer = error === undefined ? undefined : setInterval(retry, retryMs);
    if (error === undefined) $updateHeld.set(false);
  });
  return {
    $updateHeld,
    stop() {
      for (const [type, listener] of listeners) win.removeEventListener(type, listener);
      stopTimer();
      clearInterval(timer);
    },
  };
}
