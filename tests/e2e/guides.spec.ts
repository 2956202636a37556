/** The guide library as a reader uses it. */
import { expect, test } from '@playwright/test';
import { routesMatching, timeoutFor } from './site.ts';

const guides = routesMatching(/^\/guides\/[^/]+\/$/);

test('the library holds at least 25 guides', () => {
  expect(guides.length).toBeGreaterThanOrEqual(25);
});

// One test per guide, so the walk grows with the library without a shared time limit.
for (const route of guides) {
  test(`${route} renders with its title, reviewed date, at least one sourced figure and its sources`, async ({ page }) => {
    test.setTimeout(timeoutFor(route));
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/reviewed \w{3} \d{1,2}, \d{4}/)).toBeVisible();
    const sources = page.getByRole('heading', { name: 'Sources', exact: true });
    await expect(sources).toBeVisible();
    expect(await page.locator('h2:text-is("Sources") + ol > li').count()).toBeGreaterThan(0);
    const cited = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.filter((a) => a.getAttribute('href')?.includes('/sources/#')).length);
    expect(cited, `${route} quotes at least one figure with its source`).toBeGreaterThan(0);
  });
}

test('a long guide has a table of contents whose links reach their sections', async ({ page }) => {
  await page.goto('/guides/what-coders-earn/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link')).not.toHaveCount(0);
  await toc.getByRole('link', { name: 'Experience' }).click();
  await expect(page).toHaveURL(/#experience$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Experience' })).toBeInViewport();
});

test('the guide index filters by words and topic, and says how many are shown', async ({ page }) => {
  await page.goto('/guides/');
  const total = await page.getByRole('main').getByRole('listitem').count();
  await page.getByRole('searchbox', { name: 'Filter guides' }).fill('cardiology');
  await expect(page.getByText(/^\d+ guides shown$/)).not.toHaveText(`${total} guides shown`);
  const visible = page.getByRole('main').getByRole('listitem').filter({ visible: true });
  await expect(visible.first()).toContainText(/cardiology/i);
  await page.getByRole('searchbox', { name: 'Filter guides' }).fill('');
  await page.getByRole('main').getByLabel('Topic').selectOption({ label: 'Renewal and CEUs' });
  await expect(visible.getByRole('link', { name: /Keeping your credentials|keep/i }).first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Filter guides' }).fill('zzzz');
  await expect(page.getByText('No guide matches.', { exact: false })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the guide index lists every guide, grouped by audience', async ({ page }) => {
    await page.goto('/guides/');
    await expect(page.getByRole('heading', { level: 2, name: 'Getting into medical coding' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link')).toHaveCount(guides.length);
  });
});
