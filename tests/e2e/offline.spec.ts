/** After a first visit the service worker has the site: pages open with the network off. */
import { expect, test } from '@playwright/test';

test('a credential page and the credentials table open offline after one visit', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    // Wait until the precache is complete and the worker is in charge.
    while (registration.active?.state !== 'activated') await new Promise((r) => setTimeout(r, 50));
  });
  await context.setOffline(true);
  await page.goto('/credentials/cic/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CIC: Certified Inpatient Coder');
  await page.getByRole('link', { name: 'Credentials', exact: true }).first().click();
  await expect(page.getByRole('table')).toBeVisible();
  await context.setOffline(false);
});
