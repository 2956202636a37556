/** design.md's byte budgets, checked on the built output (sizes are deterministic; times live in the bench). */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { basename, join, relative, sep } from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';
import { pageWeight, reachableFiles } from '../../scripts/page-weight.mjs';
import { allRoutes, CREDENTIAL_IDS, DIST, FIRST_CREDENTIALS, htmlOf, routesMatching } from './site.ts';
import { hydrated } from './hydrated.ts';

const KB = 1024;
const contentRoutes = CREDENTIAL_IDS.map((id) => `/credentials/${id}/`);
const pairRoutes = routesMatching(/^\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+\/$/);

test('the budget walks cover every credential page and the pre-rendered pairs', () => {
  expect(CREDENTIAL_IDS).toEqual(expect.arrayContaining(FIRST_CREDENTIALS));
  expect(pairRoutes.length).toBeGreaterThan(0);
});

for (const route of contentRoutes) {
  test(`${route}: no framework JS, at most 2 kB of JS and 15 kB of HTML (gzipped)`, () => {
    const w = pageWeight(DIST, route);
    expect(w.islandCount).toBe(0);
    expect(w.frameworkFiles).toEqual([]);
    expect(w.jsGzip).toBeLessThanOrEqual(2 * KB);
    expect(w.htmlGzip).toBeLessThanOrEqual(15 * KB);
  });
}

// Each tool page's JavaScript in all, as it starts for a reader with saved data: the framework,
// zod/mini, the tool. Measured: /ceu/ 24.8 kB, /roadmap/ 24.8 kB, /compare/ 14.5 kB (reports/bench.md).
for (const route of ['/compare/', '/roadmap/', '/ceu/']) {
  test(`${route}: at most 25 kB of JS (gzipped), framework included`, () => {
    const w = pageWeight(DIST, route);
    expect(w.islandCount).toBe(1);
    expect(w.jsGzip).toBeLessThanOrEqual(25 * KB);
  });
}

// The tool pages' files are cut by hand (astro.config.mjs, codeSplitting groups): a page's own
// files are its module script and the group named after it (ceu.*.js). A module another page
// also imports, even through import() (which the byte budgets do not count), must not sit in
// them, or that page loads the whole file: the roadmap's calendar once pulled in the CEU tracker.
test('no tool page loads, on start or later, another tool page\'s own files', () => {
  const tools = ['/compare/', '/roadmap/', '/ceu/'];
  const own = (route: string) => {
    const name = route.replaceAll('/', '');
    const entries = [...htmlOf(route).matchAll(/<script\b[^>]*\bsrc="\/_astro\/([^"]+)"/g)].map((m) => m[1]);
    return readdirSync(join(DIST, '_astro')).filter((f) => f.startsWith(`${name}.`) || entries.includes(f));
  };
  for (const route of tools) {
    const reached = [...reachableFiles(DIST, route)].map((f) => basename(f));
    for (const other of tools.filter((r) => r !== route)) {
      expect(own(other).length, other).toBeGreaterThan(0);
      expect(reached.filter((f) => own(other).includes(f)), `${route} reaches into ${other}`).toEqual([]);
    }
  }
});

for (const route of pairRoutes) {
  test(`${route}: a pre-rendered comparison ships no JavaScript framework`, () => {
    const w = pageWeight(DIST, route);
    expect(w.frameworkFiles).toEqual([]);
    expect(w.islandCount).toBe(0);
  });
}

// The byte budgets count a page's scripts and their static imports; code behind import() is left
// out because it only loads when the reader reaches for a feature. These tests keep that honest:
// opening a tool page (fresh, with saved data, or by a share link) loads no script the count
// missed, or, where the page loads a part lazily at start (the roadmap's plan view, only when
// there is a plan to show), everything it loaded still fits the 25 kB budget.
test.describe('a tool page loads at startup only the JavaScript its budget counts', () => {
  test.use({ serviceWorkers: 'block' });

  async function scriptsLoadedBy(page: Page, open: () => Promise<unknown>): Promise<string[]> {
    const loaded = new Set<string>();
    const record = (r: Request) => {
      if (r.resourceType() === 'script') loaded.add(new URL(r.url()).pathname);
    };
    page.on('request', record);
    await open();
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    page.off('request', record);
    return [...loaded].sort();
  }
  const counted = (route: string) =>
    pageWeight(DIST, route)
      .jsFiles.map((f) => `/${relative(DIST, f).split(sep).join('/')}`)
      .sort();
  const expectOnlyCounted = (loaded: string[], route: string) => {
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((path) => !counted(route).includes(path))).toEqual([]);
  };
  /** All the JS the page loaded at start, gzipped as page-weight.mjs counts it, within the budget. */
  const expectWithinBudget = (loaded: string[]) => {
    expect(loaded.length).toBeGreaterThan(0);
    const bytes = loaded.reduce((sum, path) => sum + gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length, 0);
    expect(bytes).toBeLessThanOrEqual(25 * KB);
  };

  test('/compare/', async ({ page }) => {
    expectOnlyCounted(await scriptsLoadedBy(page, () => page.goto('/compare/')), '/compare/');
  });

  test('/ceu/ with 200 saved activities', async ({ page }) => {
    await page.goto('/ceu/');
    await page.evaluate(() => {
      const activities = Array.from({ length: 200 }, (_, i) => ({ id: `a${i}`, date: '2025-06-01', title: `Activity ${i}`, provider: 'AAPC', ceus: 1, indexNumber: '', categories: [], appliesTo: ['cpc'], notes: '' }));
      const doc = { format: 'ccp-ceu', version: 1, exportedAt: '2025-06-02T00:00:00.000Z', credentials: [{ credential: 'cpc', cycleStart: '2025-01-01', cycleEnd: '2026-12-31' }], activities };
      localStorage.setItem('ccp:ceu', JSON.stringify(doc));
    });
    const loaded = await scriptsLoadedBy(page, () => page.reload());
    await expect(page.getByText(/200 activities/).first()).toBeVisible();
    expectOnlyCounted(loaded, '/ceu/');
  });

  test('/roadmap/ with a saved plan, and opened by a share link', async ({ page }) => {
    await page.goto('/roadmap/');
    await hydrated(page);
    await page.getByLabel('Where are you starting from?').selectOption('no-background');
    await page.getByLabel('Which job do you want?').selectOption('outpatient-coder');
    await page.getByRole('button', { name: 'Plan my route' }).click();
    await page.getByLabel('Status: Self-study with an exam-prep course').selectOption('done');
    const saved = await scriptsLoadedBy(page, () => page.reload());
    await expect(page.getByLabel('Status: Self-study with an exam-prep course')).toHaveValue('done');
    expectWithinBudget(saved);

    const shared = await scriptsLoadedBy(page, () =>
      page.goto('/roadmap/?p=r1.n.c.10.1000.outpatient-coder.cca-exam_d20270101~college-certificate_p~first-job-search_s'),
    );
    await expect(page.getByRole('heading', { level: 2, name: 'The shared plan' })).toBeVisible();
    expectWithinBudget(shared);
  });
});

// One test per page; credential pages also have their 15 kB budget above.
for (const route of allRoutes()) {
  test(`${route}: HTML at most 30 kB gzipped`, () => {
    expect(pageWeight(DIST, route).htmlGzip).toBeLessThanOrEqual(30 * KB);
  });
}
