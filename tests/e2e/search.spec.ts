/** Search: the search page, the header dialog, and filters. */
import { expect, test } from '@playwright/test';

test('/search/?q=apprentice lists the CPC-A material', async ({ page }) => {
  await page.goto('/search/?q=apprentice');
  const search = page.getByRole('search', { name: 'Site search' });
  await expect(search.getByRole('searchbox')).toHaveValue('apprentice');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: 'CPC-A: Certified Professional Coder - Apprentice' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d+ results?/ })).toBeVisible();
});

test('typing keeps the address in step, and a filter narrows the results', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search guides, credentials and comparisons' });
  await box.fill('inpatient');
  await expect(page).toHaveURL(/\/search\/\?q=inpatient$/);
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  const main = page.getByRole('main');
  await main.getByText('Filters').click();
  await main.getByLabel('Kind of page').selectOption('Credential');
  await expect(page).toHaveURL(/\?q=inpatient&kind=Credential$/);
  const hrefs = () => page.getByRole('list', { name: 'Search results' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  await expect.poll(async () => (await hrefs()).length).toBeGreaterThan(0);
  await expect.poll(async () => (await hrefs()).every((h) => h.includes('/credentials/'))).toBe(true);
  await box.fill('zzzzqqqq');
  await expect(page.getByRole('status').filter({ hasText: 'No results' })).toBeVisible();
});

test('the header opens search with "/" and Ctrl+K, Escape closes it and focus returns', async ({ page }) => {
  await page.goto('/guides/what-coders-earn/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeHidden();

  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('searchbox');
  await expect(box).toBeFocused();
  await box.fill('risk adjustment');
  await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  // The page address does not change: search runs on this page.
  await expect(page).toHaveURL(/\/guides\/what-coders-earn\/$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const link = page.getByRole('link', { name: 'Credentials', exact: true }).first();
  await link.focus();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(link).toBeFocused();

  // Clicking the header's Search link opens the same dialog.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('"/" typed into a text field is text, not a shortcut', async ({ page }) => {
  await page.goto('/guides/');
  const filter = page.getByRole('searchbox', { name: 'Filter guides' });
  await filter.fill('a/b');
  await expect(filter).toHaveValue('a/b');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
});

test('arrow keys move from the box through the results and back', async ({ page }) => {
  await page.goto('/search/?q=exam');
  const box = page.getByRole('searchbox', { name: 'Search guides, credentials and comparisons' });
  const links = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(links.nth(2)).toBeVisible();
  await box.focus();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('End');
  await expect(links.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  // Enter on a focused result opens it.
  await page.keyboard.press('ArrowDown');
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('arrow keys work in the header dialog too', async ({ page }) => {
  await page.goto('/credentials/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox').fill('renewal');
  const links = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(links.nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
});

test('a snippet never glues words from separate cells or labels ("earndiffers")', async ({ page }) => {
  await page.goto('/search/?q=salary');
  const snippets = page.getByRole('list', { name: 'Search results' }).getByRole('paragraph');
  await expect(snippets.first()).toBeVisible();
  const text = (await snippets.allTextContents()).join(' ');
  expect(text).not.toMatch(/earndiffers|meansdiffers|holdersNot|IssuerAAPC|WhatFigure/);
});
