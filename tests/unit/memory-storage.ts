/**
 * Shared by the CEU store tests (not a test file itself): localStorage in memory, whose writes
 * can be made to fail as a full disk does.
 */
import type { StorageLike } from '../../src/stores/stored-doc.ts';

export class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
}
