/** After a first visit the service worker has the whole site: reading and search work offline. */
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydrated.ts';

async function visitOnce(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Ready offline' })).toBeVisible({ timeout: 30_000 });
}

test('guides, a guide, a credential page, search and the tools work with the network off', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);

  await page.goto('/guides/');
  await expect(page.getByRole('heading', { level: 1, name: 'Guides' })).toBeVisible();
  await page.getByRole('link', { name: /What medical coders earn/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What medical coders earn');

  await page.goto('/credentials/cic/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CIC: Certified Inpatient Coder');

  await page.goto('/search/?q=apprentice');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();

  // The comparer loads its data offline too.
  await page.goto('/compare/?c=cpc,cca');
  await hydrated(page);
  await expect(page.getByRole('table').getByRole('row').first().getByRole('columnheader')).toHaveCount(2);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // So does the roadmap: its steps come from /roadmap/steps.json.
  await page.goto('/roadmap/');
  await hydrated(page);
  await page.getByLabel('Where are you starting from?').selectOption('no-background');
  await page.getByLabel('Which job do you want?').selectOption('outpatient-coder');
  await page.getByRole('button', { name: 'Plan my route' }).click();
  await expect(page.getByRole('list', { name: 'Your plan' }).getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
});

test('a page that was never saved shows the offline page, not a browser error', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('/no-such-page-while-offline/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await context.setOffline(false);
});

test('the manifest makes the site installable with the project’s icons', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).status()).toBe(200);
});
