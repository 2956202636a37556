/**
 * Offline. The first visit precaches the shell, the tools, the indexes and the search index;
 * guides are cached as they are read, or all at once on request. Every address a reader keeps or
 * shares opens with the network off: one test for each kind.
 */
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydrated.ts';

async function visitOnce(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('contentinfo').getByRole('status')).toContainText('Ready offline', { timeout: 30_000 });
}

const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

test('a roadmap share link opens offline, with the shared plan', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('/roadmap/?p=r1.h.f.20..inpatient-coder.cca-exam_p~first-job-search');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 2, name: 'The shared plan' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
});

test('a filtered search address opens offline and the filter applies (its filter files are precached)', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('/search/?q=inpatient&kind=Credential');
  await expect(page.getByRole('searchbox', { name: 'Search guides, credentials and comparisons' })).toHaveValue('inpatient');
  const links = results(page).getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => h.startsWith('/credentials/'))).toBe(true);
  await context.setOffline(false);
});

test('the comparer with a selection in its address opens offline', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('/compare/?c=cpc,ccs');
  await hydrated(page);
  const head = page.getByRole('table').getByRole('row').first().getByRole('columnheader');
  await expect(head).toHaveCount(2);
  await expect(head.first()).toContainText('CPC');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
});

test('a guide already read opens offline (also with a query in its address); one never opened shows the offline page', async ({ page, context }) => {
  await visitOnce(page);
  await page.goto('/guides/what-coders-earn/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What medical coders earn');
  await context.setOffline(true);
  await page.goto('/guides/what-coders-earn/?utm_source=newsletter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What medical coders earn');
  await page.goto('/guides/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await context.setOffline(false);
});

test('the indexes, a credential page read before, the tools and search work offline after one visit', async ({ page, context }) => {
  await visitOnce(page);
  // Credential pages, like guides, are kept as they are read (the first visit stays small).
  await page.goto('/credentials/cic/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CIC: Certified Inpatient Coder');
  await context.setOffline(true);
  await page.goto('/guides/');
  await expect(page.getByRole('heading', { level: 1, name: 'Guides' })).toBeVisible();
  await page.goto('/credentials/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/credentials/cic/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CIC: Certified Inpatient Coder');
  await page.goto('/credentials/cpc-p/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await page.goto('/sources/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/ceu/');
  await hydrated(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.goto('/roadmap/');
  await hydrated(page);
  await page.getByLabel('Where are you starting from?').selectOption('no-background');
  await page.getByLabel('Which job do you want?').selectOption('outpatient-coder');
  await page.getByRole('button', { name: 'Plan my route' }).click();
  await expect(page.getByRole('list', { name: 'Your plan' }).getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
});

test('offline search still finds every guide, and says which are not saved yet', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('/search/?q=glossary');
  const first = results(page).getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveText(/Medical coding glossary/);
  await expect(first).toContainText('Not saved for offline reading yet');
  await expect(page.getByRole('button', { name: 'Save all guides when back online' })).toBeVisible();
  await context.setOffline(false);
});

test('"Save all guides" shows the size first, saves with a progress bar, says when done; the guides then open offline', async ({ page, context }) => {
  await visitOnce(page);
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('button', { name: 'Save all guides for offline' }).click();
  await expect(footer.getByRole('status').last()).toHaveText(/^\d+ of \d+ guides are not saved yet: [\d.]+ (kB|MB) to download\.$/);
  const save = footer.getByRole('button', { name: /^Save \d+ guides \([\d.]+ (kB|MB)\)$/ });
  await save.click();
  await expect(footer.getByRole('progressbar', { name: 'Guides saved' })).toBeAttached();
  await expect(footer.getByRole('status').last()).toContainText(/Done: all \d+ guides are saved for offline reading\. This site now uses [\d.]+ (kB|MB|GB) of the [\d.]+ (kB|MB|GB)/, {
    timeout: 30_000,
  });
  await context.setOffline(true);
  await page.goto('/guides/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('glossary');
  await page.goto('/search/?q=glossary');
  await expect(results(page).getByRole('listitem').first()).not.toContainText('Not saved');
  await context.setOffline(false);
});

test('a page that was never saved shows the offline page, not a browser error', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('/no-such-page-while-offline/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await context.setOffline(false);
});

test('"Reload to update" asks the page first (ccp:before-update) and does not reload when it is cancelled', async ({ page }) => {
  await visitOnce(page);
  // A new version of the site, as the browser sees one: another worker script for the same scope
  // (the same file under another address), which installs and then waits.
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js?next-version'));
  const footer = page.getByRole('contentinfo');
  const reload = footer.getByRole('button', { name: 'Reload to update' });
  await expect(reload).toBeVisible({ timeout: 30_000 });
  await expect(footer.getByRole('status').first()).toHaveText('A newer version of the site is ready.');

  await page.evaluate(() => {
    const w = window as unknown as { asked: number; cancel: (e: Event) => void };
    w.asked = 0;
    w.cancel = (e) => {
      w.asked++;
      e.preventDefault();
    };
    addEventListener('ccp:before-update', w.cancel);
  });
  await reload.click();
  expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);
  // Cancelled: the new version keeps waiting and this page stays (its state is still here).
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { asked?: number }).asked)).toBe(1);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');

  // Not cancelled: the new version takes over and the page reloads.
  await page.evaluate(() => removeEventListener('ccp:before-update', (window as unknown as { cancel: (e: Event) => void }).cancel));
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  expect(await page.evaluate(() => (window as unknown as { asked?: number }).asked)).toBeUndefined();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/sw\.js\?next-version$/);
});

test('the manifest makes the site installable with the project’s icons', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).status()).toBe(200);
});
