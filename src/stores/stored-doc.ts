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
 *   counted by `unsaved()`; the data stays in memory (it can still be exported) and the next change
 *   saves it with its own. ./tabs.ts retries it on its own (visibility, other tabs' writes, a timer)
 *   and holds back a new site version while it fails.
 *
 * Two ways to share storage with other tabs:
 * - without `merge`: every change is applied to what storage holds *now* (re-read first), and a
 *   `storage` event brings another tab's value in (the caller calls `reload()`);
 * - with `merge(stored, mine)`: changes apply to this tab's value; every save merges it with what
 *   storage holds at that moment, and on another tab's write (the `storage` event, handled here
 *   ./tabs.ts calls `reload()`) the tab merges and writes back what only it holds. Chromium hands
 *   writes to other tabs asynchronously, so a read can miss the latest write of another tab: that
 *   write-back is what makes tabs converge. `schedule` (./tabs.ts: the Web Locks API where the
 *   browser has it) serialises saves; without it they are still correct (the merge does not
 *   depend on the order).
 *
 * Storage is injected, so tests use an in-memory or failing storage.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { runInParts, type Steps } from '../lib/ceu/parts.ts';

/**
 * The longest text a save tries to write. No browser gives a site's localStorage more than 10 MiB
 * (Chromium and Firefox count two bytes a character, about 5.2 million characters; Safari 5 MB),
 * so a longer text cannot fit, and trying alone holds the page up for a few hundred milliseconds
 * (the browser copies it first): it fails as storage full does, without trying.
 */
export const MAX_TEXT = 10 * 1024 * 1024;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Codec<T> {
  /** Text for storage. */
  encode(value: T): string;
  /**
   * The same text as work in parts (src/lib/ceu/parts.ts) when `value` is long, so a save does not
   * freeze the page; undefined when it is short enough to encode at once.
   */
  encodeInSteps?(value: T): Steps<string> | undefined;
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

export interface StoredDocOptions<T> {
  /**
   * Merge what storage holds with this tab's value (see the file comment). May return undefined
   * while it cannot merge yet (its code is loading): nothing is written, and the caller calls
   * `reload()` once it can.
   */
  merge?: ((stored: T, mine: T) => T | undefined) | undefined;
  /**
   * Runs a save (merge mode), e.g. under a Web Lock; by default at once. A save of a long value
   * returns a promise (it runs in parts): a lock is held until it settles.
   */
  schedule?: ((save: () => unknown) => void) | undefined;
  /** Between the parts of a long save (tests pass their own); by default src/lib/ceu/parts.ts's `pause`. */
  pause?: (() => Promise<void>) | undefined;
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
  unsaved(): number;
  readonly backupKey: string;
  /** Applies `change` (to the freshest stored value, or with `merge` to this tab's), saves, and returns the new value. */
  update(change: (current: T) => T): T;
  /** Another tab wrote: re-reads storage (with `merge`: merges, and writes back what only this tab holds). */
  reload(): void;
  /** Saves now, without waiting for a lock; true when everything is saved. */
  save(): boolean;
  /**
   * Saves without freezing the page: a long value (see `Codec.encodeInSteps`) is encoded in parts,
   * then merged with what storage holds at that moment and written in one step; a short one is
   * saved at once. Settles true when everything is saved.
   */
  saveSoon(): boolean | Promise<boolean>;
  /**
   * The reader has a copy of the unreadable text (they downloaded it): saving over it is now
   * allowed even though it could not be set aside in storage.
   */
  corruptKept(): void;
}

export function storedDoc<T>(key: string, codec: Codec<T>, empty: T, storage: StorageLike | undefined, options: StoredDocOptions<T> = {}): StoredDoc<T> {
  const { merge, schedule = (save: () => unknown) => void save(), pause } = options;
  const backupKey = `${key}:backup`;
  const $value = atom<T>(empty);
  const $corrupt = atom<Corrupt | undefined>(undefined);
  const $saveError = atom<string | undefined>(undefined);
  /** While stored text is unreadable and could not be set aside, never write over it. */
  const $blocked = atom(false);
  /** Changes since the last successful save (merge mode). */
  let unsaved = 0;
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

  /**
   * What storage holds, when it differs from `known`: null when it holds nothing, false when its
   * text is unreadable (set aside), undefined when it is `known` or cannot be read.
   */
  const fresh = (): { text: string; value: T } | null | false | undefined => {
    let text: string | null;
    try {
      text = storage!.getItem(key);
    } catch (error) {
      $saveError.set(String(error));
      return undefined;
    }
    if (text === null || text === known) return text === null ? null : undefined;
    const decoded = codec.decode(text);
    if (!decoded.ok) {
      setAside({ text, reason: decoded.reason });
      return false;
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
    const stored = fresh();
    if (stored === null) return empty;
    if (stored) {
      known = stored.text;
      return stored.value;
    }
    // Set aside: start from empty (the next save replaces the unreadable text, whose copy is kept).
    // Not set aside: keep what is in memory and write nothing over it.
    return stored === false && !$blocked.get() ? empty : $value.get();
  };

  /** The last value whose text was longer than MAX_TEXT. */
  let tooLong: T | undefined;

  /** Writes `value` (as `encoded`, when its text was made already). */
  const write = (value: T, encoded?: string): boolean => {
    if (!storage) return true;
    if ($blocked.get()) {
      $saveError.set('not set aside'); // the unreadable data: nothing is written over it
      return false;
    }
    // The value whose text was too long is not encoded again (the page retries every few seconds).
    if (value === tooLong) {
      $saveError.set('QuotaExceededError');
      return false;
    }
    try {
      const text = encoded ?? codec.encode(value);
      if (text.length > MAX_TEXT) {
        tooLong = value;
        throw new DOMException('too long for this browser', 'QuotaExceededError');
      }
      if (text !== known || rewrite) storage.setItem(key, text);
      known = text;
      rewrite = false;
      unsaved = 0;
      $saveError.set(undefined);
      return true;
    } catch (error) {
      $saveError.set(String((error as Error)?.name ?? error));
      return false;
    }
  };

  /** Writes this tab's value (merge mode: merged with what storage holds now). */
  const save = (): boolean => {
    const stored = merge && storage && fresh();
    if (stored && !mergeIn(stored)) return false;
    return write($value.get());
  };

  /** The save in parts that is running, if any. */
  let saving: Promise<boolean> | undefined;
  const saveSoon = (): boolean | Promise<boolean> => {
    // The save running encodes again when the value changed meanwhile: it saves this change too.
    if (saving) return saving;
    if (!storage || !codec.encodeInSteps?.($value.get())) return save();
    saving = (async () => {
      for (;;) {
        const value = $value.get();
        if (value === tooLong) return write(value);
        const steps = codec.encodeInSteps?.(value);
        const text = steps ? await runInParts(steps, undefined, pause) : codec.encode(value);
        // Changed meanwhile (a change, another tab merged in): encode what the tab holds now.
        if ($value.get() !== value) continue;
        // The last step at once, as `save` does: merge with what storage holds at this moment, write.
        const stored = merge && fresh();
        if (stored && !mergeIn(stored)) return false;
        if ($value.get() !== value) continue;
        return write(value, text);
      }
    })();
    const done = () => void (saving = undefined);
    saving.then((saved) => {
      done();
      // A change made after its last step: saved by a save of its own.
      if (saved && unsaved > 0) schedule(saveSoon);
    }, done);
    return saving;
  };

  const reload = () => {
    if (!merge) {
      if ($saveError.get()) return; // keep this tab's unsaved data rather than drop it
      $value.set(read());
      return;
    }
    const stored = fresh();
    if (!stored || !mergeIn(stored)) return;
    // Write back only what this tab holds and storage does not (else tabs would answer each other
    // forever). A merge that returns storage's own value says there is nothing.
    const mine = $value.get();
    // (A long value is compared by saveSoon, in parts: it writes nothing when storage holds its text.)
    if (unsaved > 0 || (mine !== stored.value && (codec.encodeInSteps?.(mine) !== undefined || codec.encode(mine) !== known))) schedule(saveSoon);
  };

  $value.set(read());
  if (rewrite) save();

  return {
    $value,
    $corrupt,
    $saveError,
    $blocked,
    unsaved: () => unsaved,
    backupKey,
    update(change) {
      // Without merge: build on what storage holds now, unless this tab holds unsaved changes
      // (after a failed write they live only in memory). With merge: on this tab's value.
      const next = change(merge || $saveError.get() || $blocked.get() ? $value.get() : read());
      $value.set(next);
      if (!merge) write(next);
      // A tab whose saves fail retries at once, without waiting for a lock.
      else if ((unsaved += 1) && $saveError.get()) void saveSoon();
      else schedule(saveSoon);
      return $value.get();
    },
    reload,
    save,
    saveSoon,
    corruptKept() {
      if (!$blocked.get()) return;
      $blocked.set(false);
      // The unsaved changes made meanwhile can be written now.
      save();
    },
  };
}
