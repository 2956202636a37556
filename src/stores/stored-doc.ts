/**
 * A document kept in localStorage the way design.md asks ("Data the reader keeps"):
 *
 * - Read through a decoder (zod schema + migrations). Stored text that does not decode is never
 *   lost: it is copied to `<key>:backup` before anything else is written, and `corrupt` says so,
 *   so the page can tell the reader and offer it as a download.
 * - Every change is applied to what storage holds *now* (re-read first), so two tabs never
 *   undo each other's work; a `storage` event from another tab brings its changes in.
 * - A failed write (quota, private mode, blocked storage) is reported in `saveError`; the data
 *   stays in memory, so it can still be exported.
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
  /** The value, or why the text is unreadable. Must never throw. */
  decode(text: string): { ok: true; value: T } | { ok: false; reason: string };
}

export interface StoredDoc<T> {
  $value: ReadableAtom<T>;
  /** Unreadable stored text that was set aside (under `backupKey`), or undefined. */
  $corrupt: ReadableAtom<{ text: string; reason: string } | undefined>;
  /** Why the last save failed, or undefined once a save succeeds. */
  $saveError: ReadableAtom<string | undefined>;
  /**
   * True while unreadable stored text could not be set aside and the reader has no copy yet:
   * nothing is written over it until `corruptKept()`.
   */
  $blocked: ReadableAtom<boolean>;
  readonly backupKey: string;
  /** Applies `change` to the freshest stored value, saves, and returns the new value. */
  update(change: (current: T) => T): T;
  /** Re-reads storage (another tab wrote). */
  reload(): void;
  /**
   * The reader has a copy of the unreadable text (they downloaded it): saving over it is now
   * allowed even though it could not be set aside in storage.
   */
  corruptKept(): void;
}

export function storedDoc<T>(key: string, codec: Codec<T>, empty: T, storage: StorageLike | undefined): StoredDoc<T> {
  const backupKey = `${key}:backup`;
  const $value = atom<T>(empty);
  const $corrupt = atom<{ text: string; reason: string } | undefined>(undefined);
  const $saveError = atom<string | undefined>(undefined);
  /** While stored text is unreadable and could not be set aside, never write over it. */
  const $blocked = atom(false);
  /**
   * The stored text `$value` was last read from or written as. While storage still holds it,
   * nothing changed in another tab, and reading skips decoding (a long document decodes slowly,
   * and every change reads first).
   */
  let known: string | null = null;

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
    const decoded = codec.decode(text);
    if (decoded.ok) {
      known = text;
      return decoded.value;
    }
    setAside(text, decoded.reason);
    // Set aside: start from empty (the next save replaces the unreadable text, whose copy is kept).
    // Not set aside: keep what is in memory and write nothing over it.
    return $blocked.get() ? $value.get() : empty;
  };

  const setAside = (text: string, reason: string) => {
    if ($corrupt.get()?.text === text) return;
    $corrupt.set({ text, reason });
    try {
      // Keep the first unreadable copy: a later corruption must not replace an earlier one.
      if (storage!.getItem(backupKey) === null) storage!.setItem(backupKey, text);
      else if (storage!.getItem(backupKey) !== text) storage!.setItem(`${backupKey}:${Date.now()}`, text);
      $blocked.set(false);
    } catch {
      $blocked.set(true);
    }
  };

  const write = (value: T) => {
    if (!storage) return;
    if ($blocked.get()) {
      $saveError.set('the unreadable saved data could not be set aside, so nothing was saved over it');
      return;
    }
    try {
      const text = codec.encode(value);
      storage.setItem(key, text);
      known = text;
      $saveError.set(undefined);
    } catch (error) {
      $saveError.set(String((error as Error)?.name ?? error));
    }
  };

  $value.set(read());

  return {
    $value,
    $corrupt,
    $saveError,
    $blocked,
    backupKey,
    update(change) {
      // Unsaved changes (after a failed write) live only in memory: build on them, not on storage.
      const base = $saveError.get() || $blocked.get() ? $value.get() : read();
      const next = change(base);
      $value.set(next);
      write(next);
      return next;
    },
    reload() {
      if ($saveError.get()) return; // keep this tab's unsaved data rather than drop it
      $value.set(read());
    },
    corruptKept() {
      if (!$blocked.get()) return;
      $blocked.set(false);
      // The unsaved changes made meanwhile can be written now.
      write($value.get());
    },
  };
}
