/**
 * axe (WCAG 2.2 A and AA) over every built page in the light theme, and over one page of each
 * template in the dark theme (colours come from the template, not the page's content). One test
 * per page, each with a time limit that grows with the page's size (pages that list everything,
 * such as /sources/, grow with the catalogue).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allRoutes, timeoutFor } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One route per template: the first route matching each pattern. */
function onePerTemplate(routes: string[]): string[] {
  const templates = [/^\/$/, /^\/guides\/$/, /^\/guides\/.+/, /^\/credentials\/$/, /^\/credentials\/.+/, /^\/compare\/$/, /^\/compare\/.+-vs-.+/, /^\/sources\/$/, /^\/search\/$/, /^\/404\.html$/, /^\/offline\/$/];
  const rest = routes.filter((r) => !templates.some((t) => t.test(r)));
  // A guide with a chart, since charts are drawn in theme colours.
  const chart = routes.filter((r) => r === '/guides/what-coders-earn/');
  const firsts = templates.map((t) => routes.find((r) => t.test(r))).filter((r): r is string => r !== undefined);
  return [...new Set([...firsts, ...chart, ...rest])];
}

const routes = allRoutes();
const plan = [
  { scheme: 'light' as const, routes },
  { scheme: 'dark' as const, routes: onePerTemplate(routes) },
];

for (const { scheme, routes: list } of plan) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const route of list) {
      test(`axe finds no violations on ${route}`, async ({ page }) => {
        test.setTimeout(timeoutFor(route));
        await page.goto(route);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
