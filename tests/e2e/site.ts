/**
 * What the built site holds, read from dist/ when the tests are collected, so that walks over
 * pages become one test per page and grow with the site (tests must be collected after a build).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

/** Every HTML page's route: "/", "/credentials/cpc/", "/404.html". */
export function allRoutes(): string[] {
  const routes: string[] = [];
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') visit(path);
      } else if (e.name.endsWith('.html')) {
        const rel = relative(DIST, path).split(sep).join('/');
        routes.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  visit(DIST);
  return routes.sort();
}

/** Routes matching `pattern`, e.g. every guide: `routesMatching(/^\/guides\/[^/]+\/$/)`. */
export function routesMatching(pattern: RegExp): string[] {
  return allRoutes().filter((r) => pattern.test(r));
}

/** The file a route is served from. */
function fileOf(route: string): string {
  return join(DIST, route.endsWith('.html') ? route : `${route}index.html`);
}

/** The built HTML of a route. */
export function htmlOf(route: string): string {
  return readFileSync(fileOf(route), 'utf8');
}

/** Size in bytes of a route's HTML, for limits that grow with what a page holds. */
export function htmlBytes(route: string): number {
  return statSync(fileOf(route)).size;
}

/**
 * A per-test time limit for work that grows with a page's size (axe, reading every figure): a
 * minute, plus a second for every 2 kB of HTML, so that a page that lists everything (/sources/,
 * /credentials/) gets longer as the catalogue grows. Measured on two cores shared by eight busy
 * builds (load average 24): axe on /sources/ (95 kB) took over 40 s.
 */
export function timeoutFor(route: string): number {
  return 60_000 + Math.ceil(htmlBytes(route) / 2_000) * 1_000;
}

/** Every credential with a page of its own, from the built site (/credentials/<id>/). */
export const CREDENTIAL_IDS: string[] = routesMatching(/^\/credentials\/[^/]+\/$/).map((r) => r.split('/')[2]!);

/** The credentials the site started with: their pages must always exist, however the catalogue grows. */
export const FIRST_CREDENTIALS = ['cpc', 'cpc-a', 'coc', 'cic', 'crc', 'cpma', 'cpb', 'cca', 'ccs', 'ccs-p', 'rhit', 'cbcs'];
