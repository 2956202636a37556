/** What the built site holds, read from dist/ so tests cover every page that exists. */
import { readdirSync, readFileSync } from 'node:fs';
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

/** The built HTML of a route. */
export function htmlOf(route: string): string {
  const file = route.endsWith('.html') ? route : `${route}index.html`;
  return readFileSync(join(DIST, file), 'utf8');
}

export const CREDENTIAL_IDS = ['cpc', 'cpc-a', 'coc', 'cic', 'crc', 'cpma', 'cpb', 'cca', 'ccs', 'ccs-p', 'rhit', 'cbcs'];
