/**
 * What the service worker keeps and how the page talks about it. Pure: the build
 * (scripts/build.mjs reads offline-caches.json), the save control and the tests share it.
 *
 * The first visit precaches the shell, the tools, the indexes and the search index; the library
 * (guides, credential pages and the pre-rendered comparisons: `libraryPaths`) is cached as it is
 * read (runtime cache `guides`), and its search fragments as they are shown (`fragments`).
 * "Save all guides" fills both caches from /offline/library.json.
 */
import caches from './offline-caches.json';

/** Names of the runtime caches the service worker fills and the save control reads. */
export const OFFLINE_CACHES: { guides: string; fragments: string } = { guides: caches.guides, fragments: caches.fragments };

/** A library page's path below the base (scripts/build.mjs uses the same pattern for the service worker). */
const LIBRARY_PATH = new RegExp(caches.libraryPaths);

/** One guide the library offers to save: its page, its size, and its search fragment. */
export interface LibraryEntry {
  url: string;
  bytes: number;
  fragment?: string;
  fragmentBytes?: number;
}

/** /offline/library.json as the build writes it: [url, bytes, fragment hash, fragment bytes] rows. */
export function readLibrary(json: unknown): LibraryEntry[] {
  const rows = (json as { guides?: unknown }).guides;
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row: unknown) => {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'number') return [];
    const entry: LibraryEntry = { url: row[0], bytes: row[1] };
    if (typeof row[2] === 'string' && typeof row[3] === 'number') Object.assign(entry, { fragment: row[2], fragmentBytes: row[3] });
    return [entry];
  });
}

/**
 * Whether a path is a library page (a guide, a credential page or a pre-rendered comparison,
 * cached as it is read), not an index or a tool (always precached).
 */
export function isLibraryPath(path: string, base: string): boolean {
  if (!path.startsWith(base)) return false;
  const rest = path.slice(base.length).replace(/[?#].*$/, '');
  return LIBRARY_PATH.test(rest.endsWith('/') || rest.endsWith('index.html') ? rest : `${rest}/`);
}

/** What is left to save: entries whose page is not cached yet, and their bytes (page and fragment). */
export function remaining(library: readonly LibraryEntry[], cached: ReadonlySet<string>): { entries: LibraryEntry[]; bytes: number } {
  const entries = library.filter((e) => !cached.has(e.url));
  return { entries, bytes: entries.reduce((sum, e) => sum + e.bytes + (e.fragmentBytes ?? 0), 0) };
}

/** "850 kB", "12.4 MB", "2.1 GB": sizes as a reader reads them (decimal units, as browsers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1e6) return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(1)} GB`;
}

/** Fills `{name}` slots in a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
