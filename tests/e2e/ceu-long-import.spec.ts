/**
 * A long import (30,000 activities, more than the tracker changes at once): confirmed, it is made
 * in parts with its progress shown, the log shows its first rows with a "Show more" that works
 * from the keyboard, the counts arrive (counted in a Worker), the page says plainly that it could
 * not save a log this long in this browser, and Undo takes it all back. (Times: npm run bench.)
 */
import { expect as baseExpect, test } from '@playwright/test';
import { hydrated } from './hydrated.ts';

test.use({ actionTimeout: 30_000 });
const expect = baseExpect.configure({ timeout: 60_000 });
const ROWS = 30_000;

test('a 30,000-row CSV: applied in parts, listed 50 at a time, counted, reported unsaved, undone', async ({ page }) => {
  await page.goto('/ceu/');
  await page.evaluate(() =>
    localStorage.setItem('ccp:ceu', JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-11-01T00:00:00.000Z', credentials: [{ credential: 'cpc', cycleStart: '2025-01-01', cycleEnd: '2026-12-31' }], activities: [] })),
  );
  await page.reload();
  await hydrated(page);
  const rows = Array.from({ length: ROWS }, (_, i) => `2026-0${(i % 9) + 1}-1${i % 10},Course ${i},AAPC,1,IDX-${i},,cpc,`).join('\n');
  await page.getByLabel('Import').setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(`date,title,provider,ceus,index_number,categories,applies_to,notes\n${rows}\n`) });
  const preview = page.getByRole('region', { name: 'Check the import: nothing has changed yet' });
  await expect(preview).toContainText(`${ROWS} new activities will be added.`);
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText(`50 of ${ROWS} activities shown`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Imported ${ROWS} new and 0 updated activities.` })).toBeVisible();

  // Counted in a Worker: the note goes once the counts are in, and each row says whether it counts.
  await expect(page.getByText('Counting your CEUs…')).toBeHidden();
  const standing = page.getByRole('region', { name: 'Where you stand' });
  await expect(standing).not.toHaveAttribute('aria-busy', 'true');
  await expect(standing).not.toContainText('the figures below are from before it');
  const table = page.getByRole('table', { name: 'Activities, with whether each counts and why' });
  await expect(table.getByRole('rowgroup').last().getByRole('row').first()).toContainText('AAPC: Counts');

  // More rows, from the keyboard.
  await page.getByRole('button', { name: 'Show 50 more' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`100 of ${ROWS} activities shown`)).toBeVisible();

  // About 8 million characters: more than this browser gives a site. The page says so and keeps them.
  await expect(page.getByRole('alert').filter({ hasText: 'could not be saved in this browser' })).toContainText('unsaved changes: 1');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('No activities yet.')).toBeVisible();
});
