/**
 * A document kept in localStorage the way design.md asks ("Data the reader keeps"):
 *
 * - Read through a decoder (zod schema + migrations). Stored text that does not decode is never
 *   lost: it is copied to `<key>:backup` (or `<key>:backup:<time>` when that holds something
 *   else) before anything is written over it, and `$corrupt` says so, so the page can tell the
 *   reader and offer it as a download. A decoder that salvages records returns the ones it
 *   refused (`setAside`): they are kept aside the same way and the rest loads. When the copy
 *   fails, nothing is written over the stored text until the reader has downloaded it.
 * - A failed write (quota, private mode, blocked storage) is reported in `$saveError` and
 *   counted in `$unsaved`; the data stays in memory (it can still be exported) and the save is
 *   retried on the next change, when the page is hidden or shown, when another tab writes (space
 *   may have been freed) and every `retryMs`. Before a new site version is applied (the cancelable
 *   `ccp:before-update` event on window), the document is saved, and the update is held back
 *   (`$updateHeld`) when that fails.
 *
 * Two ways to share storage with other tabs:
 * - without `merge`: every change is applied to what storage holds *now* (re-read first), and a
 *   `storage` event brings another tab's value in (the caller calls `reload()`);
 * - with `merge(stored, mine)`: changes apply to this tab's value; every save merges it with what
 *   storage holds at that moment, and on another tab's write (the `storage` event, handled here
 *   when `win` is given) the tab merges and writes back what only it holds. Chromium hands writes
 *   to other tabs asynchronously, so a read can miss the latest write of another tab: that
 *   write-back is what makes tabs converge. Saves are serialised with the Web Locks API where the
 *   browser has it, and stay correct without it (the merge does not depend on the order).
 *
 * Storage is injected, so tests use an in-memory or failing storage.
 */
import { atom, type ReadableAtom } from 'nanostores';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Codec<T> {
  /** Text for storage. */
  encode(value: T): string;
  /**
   * The value (with the records it had to refuse, as text to keep), or why the text is
   * unreadable. Must never throw.
   */
  decode(text: string): { ok: true; value: T; setAside?: { text: string; reason: string; count: number } | undefined } | { ok: false; reason: string };
}

/** What was set aside: the whole stored text, or (`count`) records the decoder refused. */
export interface Corrupt {
  text: string;
  reason: string;
  /** How many records were refused; undefined when the whole text was unreadable. */
  count?: number | undefined;
}

/** The parts of `window` the document listens to. */
export interface WindowLike {
  addEventListener(type: string, listener: (e: Event) => void): void;
  removeEventListener(type: string, listener: (e: Event) => void): void;
  navigator?: { locks?: { request(name: string, callback: () => unknown): Promise<unknown> } | undefined } | undefined;
}

export interface StoredDocOptions<T> {
  /**
   * Merge what storage holds with this tab's value (see the file comment). May return undefined
   * while it cannot merge yet (its code is loading): nothing is written, and the caller calls
   * `reload()` once it can.
   */
  merge?: ((stored: T, mine: T) => T | undefined) | undefined;
  /** Listen to other tabs, visibility and site updates, and retry failed saves. */
  win?: WindowLike | undefined;
  /** How often a failed save is retried (ms). */
  retryMs?: number | undefined;
}

export interface StoredDoc<T> {
  $value: ReadableAtom<T>;
  /** Stored data that was set aside (under `backupKey`), or undefined. */
  $corrupt: ReadableAtom<Corrupt | undefined>;
  /** Why the last save failed, or undefined once a save succeeds. */
  $saveError: ReadableAtom<string | undefined>;
  /**
   * True while unreadable stored text could not be set aside and the reader has no copy yet:
   * nothing is written over it until `corruptKept()`.
   */
  $blocked: ReadableAtom<boolean>;
  /** Changes made since the last successful save (merge mode). */
  $unsaved: ReadableAtom<number>;
  /** A new site version was held back because unsaved changes could not be saved. */
  $updateHeld: ReadableAtom<boolean>;
  readonly backupKey: string;
  /** Applies `change` (to the freshest stored value, or with `merge` to this tab's), saves, and returns the new value. */
  update(change: (current: T) => T): T;
  /** Another tab wrote: re-reads storage (with `merge`: merges, and writes back what only this tab holds). */
  reload(): void;
  /** Saves now, without waiting for a lock; true when everything is saved. */
  save(): boolean;
  /**
   * The reader has a copy of the unreadable text (they downloaded it): saving over it is now
   * allowed even though it could not be set aside in storage.
   */
  corruptKept(): void;
  /** Stops listening to the window. */
  stop(): void;
}

export function storedDoc<T>(key: string, codec: Codec<T>, empty: T, storage: StorageLike | undefined, options: StoredDocOptions<T> = {}): StoredDoc<T> {
  const { merge, win, retryMs = 15_000 } = options;
  const backupKey = `${key}:backup`;
  const $value = atom<T>(empty);
  const $corrupt = atom<Corrupt | undefined>(undefined);
  const $saveError = atom<string | undefined>(undefined);
  /** While stored text is unreadable and could not be set aside, never write over it. */
  const $blocked = atom(false);
  const $unsaved = atom(0);
  const $updateHeld = atom(false);
  /**
   * The stored text `$value` was last read from or written as (with `merge`: that it holds all
   * of). While storage still holds it, nothing changed in another tab, and reading skips decoding
   * (a long document decodes slowly, and every change reads first).
   */
  let known: string | null = null;
  /** Refused records were set aside: storage still holds them, so write the rest over them. */
  let rewrite = false;

  const setAside = (corrupt: Corrupt) => {
    if ($corrupt.get()?.text === corrupt.text) return;
    $corrupt.set(corrupt);
    try {
      // Keep the first copy: a later one must not replace an earlier one.
      const held = storage!.getItem(backupKey);
      if (held === null) storage!.setItem(backupKey, corrupt.text);
      else if (held !== corrupt.text) storage!.setItem(`${backupKey}:${Date.now()}`, corrupt.text);
      $blocked.set(false);
      if (corrupt.count !== undefined) rewrite = true;
    } catch {
      $blocked.set(true);
    }
  };

  /** What storage holds, when it differs from `known`; undefined when nothing new can be read. */
  const fresh = (): { text: string; value: T } | undefined => {
    let text: string | null;
    try {
      text = storage!.getItem(key);
    } catch (error) {
      $saveError.set(`storage cannot be read (${String(error)})`);
      return undefined;
    }
    if (text === null || text === known) return undefined;
    const decoded = codec.decode(text);
    if (!decoded.ok) {
      setAside({ text, reason: decoded.reason });
      return undefined;
    }
    if (decoded.setAside) setAside(decoded.setAside);
    return { text, value: decoded.value };
  };

  /** Merge mode: this tab's value merged with `stored`; false while the merge is not ready. */
  const mergeIn = (stored: { text: string; value: T }): boolean => {
    const merged = merge!(stored.value, $value.get());
    if (merged === undefined) return false;
    $value.set(merged);
    known = stored.text;
    return true;
  };

  /** Without `merge`: the freshest stored value (empty when there is none, or it was set aside). */
  const read = (): T => {
    if (!storage) return $value.get();
    let text: string | null;
    try {
      text = storage.getItem(key);
    } catch (error) {
      $saveError.set(`storage cannot be read (${String(error)})`);
      return $value.get();
    }
    if (text === null) return empty;
    if (text === known) return $value.get();
    const stored = fresh();
    if (stored !== undefined) {
      known = stored.text;
      return stored.value;
    }
    // Set aside: start from empty (the next save replaces the unreadable text, whose copy is kept).
    // Not set aside: keep what is in memory and write nothing over it.
    return $blocked.get() ? $value.get() : empty;
  };

  let timer: ReturnType<typeof setInterval> | undefined;
  const failed = (error: string | undefined) => {
    $saveError.set(error);
    if (error !== undefined && timer === undefined && win) timer = setInterval(() => void save(), retryMs);
    if (error === undefined && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  const write = (value: T): boolean => {
    if (!storage) return true;
    if ($blocked.get()) {
      failed('the unreadable saved data could not be set aside, so nothing was saved over it');
      return false;
    }
    try {
      const text = codec.encode(value);
      if (text !== known || rewrite) storage.setItem(key, text);
      known = text;
      rewrite = false;
      $unsaved.set(0);
      failed(undefined);
      return true;
    } catch (error) {
      failed(String((error as Error)?.name ?? error));
      return false;
    }
  };

  /** Merge mode: read, merge, write. */
  const save = (): boolean => {
    if (!storage) return true;
    const stored = merge && fresh();
    if (stored && !mergeIn(stored)) return false;
    return write($value.get());
  };

  /** Saves under the Web Lock where there is one (one tab at a time reads, merges and writes). */
  let queued = false;
  const saveLocked = () => {
    const locks = win?.navigator?.locks;
    if (!locks) return void save();
    if (queued) return;
    queued = true;
    locks
      .request(key, () => {
        queued = false;
        save();
      })
      .catch(() => {
        queued = false;
        save();
      });
  };

  const reload = () => {
    if (!merge) {
      if ($saveError.get()) return; // keep this tab's unsaved data rather than drop it
      $value.set(read());
      return;
    }
    const stored = fresh();
    if (stored === undefined || !mergeIn(stored)) return;
    // Write back only what this tab holds and storage does not (else tabs would answer each other forever).
    if (rewrite || $unsaved.get() > 0 || codec.encode($value.get()) !== known) saveLocked();
  };

  const pending = () => $unsaved.get() > 0 || $saveError.get() !== undefined || rewrite;
  const listeners: [string, (e: Event) => void][] = [
    [
      'storage',
      (e) => {
        const changed = (e as StorageEvent).key;
        if (changed === key || changed === null) reload();
        else if (pending()) save();
      },
    ],
    ['visibilitychange', () => void (pending() && save())],
    ['pagehide', () => void (pending() && save())],
    [
      'ccp:before-update',
      (e) => {
        if (!pending() || save()) return;
        e.preventDefault();
        $updateHeld.set(true);
      },
    ],
  ];
  if (merge && win) for (const [type, listener] of listeners) win.addEventListener(type, listener);

  $value.set(read());
  if (rewrite && merge) save();

  return {
    $value,
    $corrupt,
    $saveError,
    $blocked,
    $unsaved,
    $updateHeld,
    backupKey,
    update(change) {
      if (!merge) {
        // Unsaved changes (after a failed write) live only in memory: build on them, not on storage.
        const base = $saveError.get() || $blocked.get() ? $value.get() : read();
        const next = change(base);
        $value.set(next);
        write(next);
        return next;
      }
      const next = change($value.get());
      $value.set(next);
      $unsaved.set($unsaved.get() + 1);
      // A tab whose saves fail retries at once, without waiting for a lock.
      if ($saveError.get()) save();
      else saveLocked();
      return $value.get();
    },
    reload,
    save,
    corruptKept() {
      if (!$blocked.get()) return;
      $blocked.set(false);
      // The unsaved changes made meanwhile can be written now.
      if (merge) save();
      else write($value.get());
    },
    stop() {
      if (merge && win) for (const [type, listener] of listeners) win.removeEventListener(type, listener);
      clearInterval(timer);
      timer = undefined;
    },
  };
}
