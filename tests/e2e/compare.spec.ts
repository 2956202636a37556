/** The credential comparer and the pre-rendered pair pages, as a reader uses them. */
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydrated.ts';

// The first row holds one column header per credential (group headings are column headers too).
const columnHeads = (page: Page) => page.getByRole('table').getByRole('row').first().getByRole('columnheader');

test('a link with ?c= opens that comparison, differences only survives a reload', async ({ page }) => {
  await page.goto('/compare/?c=cpc,ccs,cic');
  await hydrated(page);
  await expect(columnHeads(page)).toHaveCount(3);
  await expect(columnHeads(page).nth(0)).toContainText('CPC');
  await expect(columnHeads(page).nth(1)).toContainText('CCS');
  await expect(columnHeads(page).nth(2)).toContainText('CIC');

  const rows = page.getByRole('table').getByRole('row');
  const allRows = await rows.count();
  // The issuer row differs (AAPC vs AHIMA); the renewal cycle row is the same for all three.
  await expect(page.getByRole('rowheader', { name: /^Cycle/ })).toBeVisible();
  await page.getByRole('switch', { name: 'Show only differences' }).check();
  await expect(page).toHaveURL(/\?c=cpc,ccs,cic&d=1$/);
  await expect(page.getByRole('rowheader', { name: /^Cycle/ })).toHaveCount(0);
  await expect(page.getByRole('rowheader', { name: /^Issuer/ }).first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(allRows);

  await page.reload();
  await hydrated(page);
  await expect(columnHeads(page)).toHaveCount(3);
  await expect(page.getByRole('switch', { name: 'Show only differences' })).toBeChecked();
  await expect(page.getByRole('rowheader', { name: /^Cycle/ })).toHaveCount(0);
});

test('every known figure in the table links to its source', async ({ page }) => {
  await page.goto('/compare/?c=cpc,cic'); // the CIC's pass mark is not published by AAPC
  await hydrated(page);
  await expect(columnHeads(page)).toHaveCount(2);
  const questions = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Questions/ }) });
  const cells = questions.getByRole('cell');
  await expect(cells).toHaveCount(2);
  for (const cell of await cells.all()) await expect(cell.getByRole('link')).toHaveAttribute('href', /\/sources\/#[a-z0-9-]+$/);
  // An unknown is shown as unknown, with the reason.
  await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^To pass/ }) })).toContainText('Not known');
});

test('add, reorder and remove by keyboard; back and forward restore each step', async ({ page }) => {
  await page.goto('/compare/?c=cpc,ccs');
  await hydrated(page);
  await page.getByLabel('Add a credential').selectOption('crc');
  await page.getByRole('button', { name: 'Add', exact: true }).press('Enter');
  await expect(page).toHaveURL(/\?c=cpc,ccs,crc$/);
  await expect(columnHeads(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'Move left: CRC' }).press('Enter');
  await expect(page).toHaveURL(/\?c=cpc,crc,ccs$/);
  await expect(columnHeads(page).nth(1)).toContainText('CRC');

  await page.getByRole('button', { name: 'Remove: CPC' }).press('Enter');
  await expect(page).toHaveURL(/\?c=crc,ccs$/);
  await expect(columnHeads(page)).toHaveCount(2);
  // Two is the minimum: the remaining remove buttons are disabled.
  await expect(page.getByRole('button', { name: 'Remove: CRC' })).toBeDisabled();

  await page.goBack();
  await expect(page).toHaveURL(/\?c=cpc,crc,ccs$/);
  await expect(columnHeads(page)).toHaveCount(3);
  await page.goBack();
  await expect(columnHeads(page).nth(2)).toContainText('CRC');
  await page.goForward();
  await expect(columnHeads(page).nth(1)).toContainText('CRC');
});

test('a preset replaces the selection, and unknown ids in the address are named and ignored', async ({ page }) => {
  await page.goto('/compare/?c=cpc,xyz,cca');
  await hydrated(page);
  await expect(page.getByRole('status').filter({ hasText: 'xyz' })).toContainText('Not a credential on this site');
  await expect(columnHeads(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Entry credentials: CPC vs CCA vs CBCS' }).click();
  await expect(page).toHaveURL(/\?c=cpc,cca,cbcs$/);
  await expect(columnHeads(page)).toHaveCount(3);
});

test('on a 360 px phone the table scrolls inside itself, never the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/compare/?c=cpc,ccs,cic,cca');
  await hydrated(page);
  await expect(columnHeads(page)).toHaveCount(4);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const region = page.getByRole('region', { name: /side by side/ });
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a pair page shows the table, the summary and both credential links', async ({ page }) => {
    await page.goto('/compare/cpc-vs-ccs/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('CPC vs CCS');
    await expect(page.getByRole('heading', { name: 'Choose CPC if' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Choose CCS if' })).toBeVisible();
    await expect(columnHeads(page)).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'CPC: Certified Professional Coder' })).toHaveAttribute('href', '/credentials/cpc/');
    await expect(page.getByRole('link', { name: 'CCS: Certified Coding Specialist' })).toHaveAttribute('href', '/credentials/ccs/');
  });

  test('the comparer page still shows the default comparison', async ({ page }) => {
    await page.goto('/compare/');
    await expect(columnHeads(page)).toHaveCount(3);
    await expect(page.getByRole('rowheader', { name: /^Questions/ })).toBeVisible();
  });
});
