/**
 * What the browser has saved for offline reading: the guide caches the service worker fills
 * (src/lib/offline.ts), the list of guides the site offers to save, and the search titles that
 * name a guide whose search fragment is not saved. Loaded with the search code, never at start-up.
 */
import { isLibraryPath, OFFLINE_CACHES, readLibrary, type LibraryEntry } from '../lib/offline.ts';

/** Whether a page can be read offline: everything but a guide is precached; a guide must be in its cache. */
export async function isSaved(base: string, url: string): Promise<boolean> {
  if (!isLibraryPath(new URL(url, location.href).pathname, base) || !('caches' in window)) return true;
  const cache = await caches.open(OFFLINE_CACHES.guides);
  return (await cache.match(url, { ignoreSearch: true })) !== undefined;
}

let titles: Promise<Record<string, [string, string]>> | undefined;
/** A search result's address and title from the precached /search/titles.json (its fragment is not saved). */
export async function titleOf(base: string, id: string): Promise<{ url: string; title: string } | undefined> {
  titles ??= fetch(`${base}search/titles.json`).then((r) => r.json() as Promise<Record<string, [string, string]>>);
  const row = (await titles.catch(() => ({}) as Record<string, [string, string]>))[id];
  return row && { url: row[0], title: row[1] };
}

/** The guides the site offers to save (not precached, so it reflects the site as deployed now). */
export async function loadLibrary(base: string): Promise<LibraryEntry[]> {
  const response = await fetch(`${base}offline/library.json`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`library: ${response.status}`);
  return readLibrary(await response.json());
}

/** The addresses of the guides saved so far. */
export async function savedGuides(): Promise<Set<string>> {
  const cache = await caches.open(OFFLINE_CACHES.guides);
  return new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
}

/** Saves one guide and its search fragment; resolves false if either could not be fetched. */
export async function saveGuide(base: string, entry: LibraryEntry): Promise<boolean> {
  const put = async (cacheName: string, url: string) => {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return false;
    await (await caches.open(cacheName)).put(url, response);
    return true;
  };
  const page = await put(OFFLINE_CACHES.guides, entry.url);
  const fragment = entry.fragment ? await put(OFFLINE_CACHES.fragments, `${base}pagefind/fragment/${entry.fragment}.pf_fragment`) : true;
  return page && fragment;
}
