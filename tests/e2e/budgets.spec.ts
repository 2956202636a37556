/** design.md's byte budgets, checked on the built output (sizes are deterministic; times live in the bench). */
import { expect, test } from '@playwright/test';
import { pageWeight } from '../../scripts/page-weight.mjs';
import { allRoutes, CREDENTIAL_IDS, DIST } from './site.ts';

const KB = 1024;
const contentRoutes = CREDENTIAL_IDS.map((id) => `/credentials/${id}/`);

for (const route of contentRoutes) {
  test(`${route}: no framework JS, at most 2 kB of JS and 15 kB of HTML (gzipped)`, () => {
    const w = pageWeight(DIST, route);
    expect(w.islandCount).toBe(0);
    expect(w.frameworkFiles).toEqual([]);
    expect(w.jsGzip).toBeLessThanOrEqual(2 * KB);
    expect(w.htmlGzip).toBeLessThanOrEqual(15 * KB);
  });
}

for (const route of ['/compare/']) {
  test(`${route}: at most 25 kB of JS (gzipped), framework included`, () => {
    const w = pageWeight(DIST, route);
    expect(w.islandCount).toBe(1);
    expect(w.jsGzip).toBeLessThanOrEqual(25 * KB);
  });
}

// Known misses, measured: the CEU tracker ships about 33 kB and the roadmap about 37 kB gzipped
// (Preact and nanostores about 9 kB, zod/mini about 7 kB). test.fail keeps each budget visible:
// when a page fits, its test fails and the mark must go.
for (const route of ['/ceu/', '/roadmap/']) {
  test(`${route}: at most 25 kB of JS (gzipped), framework included`, () => {
    test.fail(true, 'over budget: see reports/bench.md for the measured figure');
    const w = pageWeight(DIST, route);
    expect(w.islandCount).toBe(1);
    expect(w.jsGzip).toBeLessThanOrEqual(25 * KB);
  });
}

test('pre-rendered comparison pages ship no JavaScript framework', () => {
  const pairs = allRoutes().filter((r) => /^\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+\/$/.test(r));
  expect(pairs.length).toBeGreaterThan(0);
  for (const route of pairs) {
    const w = pageWeight(DIST, route);
    expect(w.frameworkFiles, route).toEqual([]);
    expect(w.islandCount, route).toBe(0);
  }
});

test('every page’s HTML is at most 30 kB gzipped', () => {
  const heavy = allRoutes()
    .map((r) => pageWeight(DIST, r))
    .filter((w) => w.htmlGzip > 30 * KB)
    .map((w) => `${w.route}: ${w.htmlGzip} bytes`);
  expect(heavy).toEqual([]);
});
