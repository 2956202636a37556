import { describe, expect, it } from 'vitest';
import { fill, formatBytes, isLibraryPath, OFFLINE_CACHES, readLibrary, remaining } from '../../src/lib/offline.ts';

describe('offline library', () => {
  it('tells a library page (a guide, credential page or pair page: cached as read) from the indexes and tools (precached)', () => {
    expect(isLibraryPath('/guides/what-coders-earn/', '/')).toBe(true);
    expect(isLibraryPath('/guides/what-coders-earn/index.html', '/')).toBe(true);
    expect(isLibraryPath('/guides/what-coders-earn/?utm_source=x', '/')).toBe(true);
    expect(isLibraryPath('/guides/', '/')).toBe(false);
    expect(isLibraryPath('/credentials/cpc/', '/')).toBe(true);
    expect(isLibraryPath('/credentials/ccs-p/index.html', '/')).toBe(true);
    expect(isLibraryPath('/compare/cpc-vs-ccs/', '/')).toBe(true);
    expect(isLibraryPath('/credentials/', '/')).toBe(false);
    expect(isLibraryPath('/compare/', '/')).toBe(false);
    expect(isLibraryPath('/compare/data.json', '/')).toBe(false);
    expect(isLibraryPath('/roadmap/', '/')).toBe(false);
    expect(isLibraryPath('/', '/')).toBe(false);
    expect(isLibraryPath('/planner/guides/faq/', '/planner/')).toBe(true);
    expect(isLibraryPath('/guides/faq/', '/planner/')).toBe(false);
  });

  it('reads the rows the build writes and ignores malformed ones', () => {
    expect(readLibrary({ guides: [['/guides/a/', 100, 'en_1', 20], ['/guides/b/', 50], ['bad'], 'x'] })).toEqual([
      { url: '/guides/a/', bytes: 100, fragment: 'en_1', fragmentBytes: 20 },
      { url: '/guides/b/', bytes: 50 },
    ]);
    expect(readLibrary({})).toEqual([]);
  });

  it('counts what is left to save, page and fragment', () => {
    const library = readLibrary({ guides: [['/guides/a/', 100, 'en_1', 20], ['/guides/b/', 50]] });
    expect(remaining(library, new Set(['/guides/a/']))).toEqual({ entries: [library[1]], bytes: 50 });
    expect(remaining(library, new Set()).bytes).toBe(170);
  });

  it('writes sizes as browsers do, and fills UI strings', () => {
    expect(formatBytes(999)).toBe('1 kB');
    expect(formatBytes(850_000)).toBe('850 kB');
    expect(formatBytes(12_400_000)).toBe('12.4 MB');
    expect(formatBytes(2_100_000_000)).toBe('2.1 GB');
    expect(fill('{n} of {total} ({size})', { n: 3, total: 9, size: '1 MB' })).toBe('3 of 9 (1 MB)');
    expect(fill('{unknown}', {})).toBe('{unknown}');
  });

  it('names two distinct caches for the service worker and the page', () => {
    expect(OFFLINE_CACHES.guides).not.toBe(OFFLINE_CACHES.fragments);
  });
});
