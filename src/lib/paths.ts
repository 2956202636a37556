/**
 * Internal links, so the site works under a base path (BASE_PATH=/planner/): every link and
 * asset goes through `url()`.
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `/credentials/cpc/` under the configured base. Keeps a query or fragment as given. */
export function url(path: string): string {
  return BASE + path.replace(/^\//, '');
}

export const routes = {
  home: () => url('/'),
  guides: () => url('/guides/'),
  guide: (id: string) => url(`/guides/${id}/`),
  credentials: () => url('/credentials/'),
  credential: (id: string) => url(`/credentials/${id}/`),
  compare: (ids?: readonly string[]) => url(ids && ids.length > 0 ? `/compare/?c=${ids.join(',')}` : '/compare/'),
  roadmap: () => url('/roadmap/'),
  ceu: () => url('/ceu/'),
  search: () => url('/search/'),
  sources: () => url('/sources/'),
  source: (id: string) => url(`/sources/#${id}`),
} as const;
