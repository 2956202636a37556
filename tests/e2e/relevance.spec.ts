/**
 * Search relevance: every query of relevance-queries.ts through the search page, against the
 * built index. One test per query: it fails when the query finds nothing, and records whether an
 * expected page is in the top three (a hit). A miss alone does not fail its test (the tests run
 * in order, and a failure would skip the rest): the last test asserts that at least 90 % of the
 * queries hit, and lists every miss with what came first instead.
 */
import { expect, test, type Page } from '@playwright/test';
import { RELEVANCE_QUERIES } from './relevance-queries.ts';

const TOP = 3;
const FLOOR = 10;
const REQUIRED_HIT_RATE = 0.9;

test.describe.configure({ mode: 'serial' });

const misses: string[] = [];
let ran = 0;
/** One search page for every query, as a reader searching again and again would use it. */
let page: Page;
test.beforeAll(async ({ browser, baseURL }) => {
  page = await browser.newPage(baseURL ? { baseURL } : {});
  await page.goto('/search/');
});
test.afterAll(() => page.close());

for (const { q, expect: wanted, why } of RELEVANCE_QUERIES) {
  test(`"${q}" finds ${wanted.join(' or ')}`, async () => {
    const box = page.getByRole('searchbox', { name: 'Search guides, credentials and comparisons' });
    const list = page.getByRole('list', { name: 'Search results' });
    const status = page.getByRole('main').getByRole('status');
    await box.fill('');
    await expect(status).toHaveText('Type to search.');
    await box.fill(q);
    // The first results arrive first; wait until the list holds all it will show.
    await expect(status).toHaveText(/^\d+ results?$/);
    const total = Number((await status.textContent())?.match(/\d+/)?.[0] ?? 0);
    await expect(list.getByRole('link')).toHaveCount(Math.min(total, 20));
    const hrefs = (await list.getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, FLOOR);
    const rank = hrefs.findIndex((h) => wanted.includes(h));
    ran++;
    const hit = rank >= 0 && rank < TOP;
    test.info().annotations.push({ type: hit ? 'hit' : 'miss', description: `rank ${rank + 1}: ${hrefs.slice(0, TOP).join(', ')} (${why})` });
    if (!hit) misses.push(`"${q}": wanted ${wanted.join(' or ')} (${why}); got ${hrefs.slice(0, TOP).join(', ')}; ${rank >= 0 ? `first wanted at ${rank + 1}` : `not in the first ${FLOOR}`}`);
  });
}

test(`at least ${REQUIRED_HIT_RATE * 100} % of the queries have an expected page in the top ${TOP}`, () => {
  expect(ran, 'every query ran').toBe(RELEVANCE_QUERIES.length);
  const rate = (ran - misses.length) / ran;
  test.info().annotations.push({ type: 'hit rate', description: `${Math.round(rate * 1000) / 10} % (${ran - misses.length} of ${ran})` });
  for (const m of misses) test.info().annotations.push({ type: 'miss', description: m });
  console.log(`relevance: ${ran - misses.length} of ${ran} queries hit (${(rate * 100).toFixed(1)} %)${misses.map((m) => `\n  miss ${m}`).join('')}`);
  expect(rate, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(REQUIRED_HIT_RATE);
});
