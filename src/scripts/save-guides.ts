/**
 * <save-guides>: "Save all guides for offline". Shows how many guides are not saved and their
 * size first; on the reader's word saves them with a progress bar, says when it is done and
 * how much storage the site uses (navigator.storage.estimate). With data-when="online" it starts
 * by itself once the connection is back (offered by search results while offline).
 * Created by the footer's button (src/scripts/offline-status.ts) and by search; part of the search code.
 */
import { fill, formatBytes, remaining, type LibraryEntry } from '../lib/offline.ts';
import { offlineUi as t } from '../i18n/offline.en.ts';
import { loadLibrary, saveGuide, savedGuides } from './offline-library.ts';

const PARALLEL = 4;

class SaveGuides extends HTMLElement {
  #status = document.createElement('p');
  #progress = document.createElement('progress');
  #button = document.createElement('button');
  #base = '/';

  connectedCallback() {
    if (this.childElementCount > 0) return;
    this.#base = this.closest<HTMLElement>('[data-base]')?.dataset['base'] ?? import.meta.env.BASE_URL.replace(/\/?$/, '/');
    this.#status.setAttribute('role', 'status');
    this.#progress.hidden = true;
    this.#progress.setAttribute('aria-label', t.progress);
    this.#button.type = 'button';
    this.#button.hidden = true;
    this.append(this.#status, this.#progress, this.#button);
    if (this.dataset['when'] === 'online' && !navigator.onLine) {
      this.#status.textContent = t.waitOnline;
      addEventListener('online', () => void this.#check(true), { once: true });
    } else void this.#check(this.dataset['when'] === 'online');
  }

  /** Says what is left to save and its size; saves at once when `start`. */
  async #check(start: boolean) {
    this.#status.textContent = t.checking;
    let library: LibraryEntry[];
    let saved: Set<string>;
    try {
      [library, saved] = await Promise.all([loadLibrary(this.#base), savedGuides()]);
    } catch {
      this.#offer(t.failed, t.retry, () => void this.#check(start));
      return;
    }
    const left = remaining(library, saved);
    if (left.entries.length === 0) return this.#finish(fill(t.allSaved, { total: library.length }));
    if (start) return this.#save(left.entries, library.length);
    const size = formatBytes(left.bytes);
    this.#offer(fill(t.toSave, { n: left.entries.length, total: library.length, size }), fill(t.saveButton, { n: left.entries.length, size }), () =>
      void this.#save(left.entries, library.length),
    );
  }

  async #save(entries: LibraryEntry[], total: number) {
    this.#button.hidden = true;
    this.#status.textContent = fill(t.saving, { n: entries.length });
    Object.assign(this.#progress, { hidden: false, max: entries.length, value: 0 });
    // Ask the browser to keep what is saved when space runs low (it may say no; nothing changes then).
    void navigator.storage?.persist?.().catch(() => false);
    let done = 0;
    let failed = false;
    const queue = [...entries];
    const worker = async () => {
      for (let e = queue.shift(); e && !failed; e = queue.shift()) {
        if (await saveGuide(this.#base, e).catch(() => false)) this.#progress.value = ++done;
        else failed = true;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    if (failed) return this.#offer(fill(t.stopped, { done, n: entries.length }), t.retry, () => void this.#check(true));
    this.#finish(fill(t.done, { total }));
  }

  async #finish(message: string) {
    this.#progress.hidden = true;
    this.#button.hidden = true;
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    this.#status.textContent =
      estimate?.usage !== undefined && estimate.quota
        ? `${message} ${fill(t.storage, { usage: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) })}`
        : message;
  }

  #offer(message: string, label: string, action: () => void) {
    this.#progress.hidden = true;
    this.#status.textContent = message;
    this.#button.textContent = label;
    this.#button.hidden = false;
    this.#button.onclick = action;
  }
}

if (!customElements.get('save-guides')) customElements.define('save-guides', SaveGuides);
