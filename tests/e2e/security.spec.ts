/**
 * Text a reader types, or puts in an address, is shown as text and runs nothing: hostile input in
 * every free-text field of every tool opens no dialog and adds no element to the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydrated.ts';

const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];

/** Free-text fields: text inputs and textareas (date inputs count as textboxes to the accessibility tree). */
const textFields = (page: Page) => page.getByRole('main').locator('input:is([type=text], :not([type])), textarea');

/** Records every alert/confirm/prompt the page opens (and dismisses it). */
function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

/** No dialog opened, and no element from the payloads made it into the page. */
async function expectNothingRan(page: Page, opened: string[]) {
  const injected = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('alert(1)')).length,
    images: document.querySelectorAll('img[src="x"]').length,
    handlers: document.querySelectorAll('[onerror]').length,
  }));
  expect(injected).toEqual({ scripts: 0, images: 0, handlers: 0 });
  expect(opened).toEqual([]);
}

test('search page: a hostile query, typed or in the address, is only text', async ({ page }) => {
  const opened = watchDialogs(page);
  for (const payload of PAYLOADS) {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Search guides, credentials and comparisons' });
    await box.fill(payload);
    await expect(page).toHaveURL(/\?q=/);
    await expect(page.getByRole('main').getByRole('status')).not.toHaveText(/Loading|^$/);
    await expectNothingRan(page, opened);

    await page.goto(`/search/?q=${encodeURIComponent(payload)}`);
    await expect(page.getByRole('searchbox', { name: 'Search guides, credentials and comparisons' })).toHaveValue(payload);
    await expect(page.getByRole('main').getByRole('status')).not.toHaveText(/Loading|^$/);
    await expectNothingRan(page, opened);
  }
});

test('header search dialog and guide filter: hostile text is only text', async ({ page }) => {
  const opened = watchDialogs(page);
  for (const payload of PAYLOADS) {
    await page.goto('/guides/');
    const filter = page.getByRole('searchbox', { name: 'Filter guides' });
    await filter.fill(payload);
    await expect(filter).toHaveValue(payload);
    await expectNothingRan(page, opened);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('searchbox').fill(payload);
    await expect(dialog.getByRole('status')).not.toHaveText(/Loading|^$/);
    await expectNothingRan(page, opened);
  }
});

test('comparer: hostile ids in ?c= are named as text and ignored', async ({ page }) => {
  const opened = watchDialogs(page);
  await page.goto(`/compare/?c=${encodeURIComponent(PAYLOADS[0]!)},cpc,cca`);
  await hydrated(page);
  await expect(page.getByRole('status').filter({ hasText: 'Not a credential on this site' })).toContainText(PAYLOADS[0]!);
  await expectNothingRan(page, opened);

  await page.goto(`/compare/?c=${encodeURIComponent(PAYLOADS[1]!)},cpc,cca`);
  await hydrated(page);
  // Ids are split at spaces, so the payload comes back as several unknown "ids", each as text.
  await expect(page.getByRole('status').filter({ hasText: 'Not a credential on this site' })).toContainText('"><img');
  await expect(page.getByRole('table').getByRole('row').first().getByRole('columnheader')).toHaveCount(2);
  await expectNothingRan(page, opened);
});

test('CEU tracker: hostile text in every text field is saved and shown as text', async ({ page }) => {
  const opened = watchDialogs(page);
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await page.goto('/ceu/');
  await hydrated(page);
  await page.getByLabel('Credential', { exact: true }).selectOption('cpc');
  await page.getByLabel('Date earned (passed the exam)').fill(day(-200));
  await page.getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByRole('article', { name: /AAPC: CPC/ })).toBeVisible();

  for (const [n, payload] of PAYLOADS.entries()) {
    await page.getByLabel('Date completed').fill(day(-5 - n));
    await page.getByLabel('CEUs', { exact: true }).fill('1');
    // Every text input and textarea of the tracker (its search box comes below).
    const fields = textFields(page);
    const count = await fields.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) await fields.nth(i).fill(payload);
    await page.getByRole('button', { name: 'Add activity' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: payload }) });
    await expect(row).toBeVisible();
    await expectNothingRan(page, opened);
  }

  // The log's own search box, and a reload that reads the saved entries back.
  const search = page.getByRole('main').getByRole('searchbox');
  for (const payload of PAYLOADS) {
    await search.first().fill(payload);
    await expectNothingRan(page, opened);
  }
  await page.reload();
  await hydrated(page);
  for (const payload of PAYLOADS) await expect(page.getByRole('rowheader', { name: payload })).toBeVisible();
  await expectNothingRan(page, opened);
});

test('roadmap: hostile text in its fields and in a shared link is only text', async ({ page }) => {
  const opened = watchDialogs(page);
  await page.goto('/roadmap/');
  const forms = await page.getByRole('main').locator('form').count();
  test.skip(forms === 0, '/roadmap/ has no form yet');
  await hydrated(page);
  for (const payload of PAYLOADS) {
    const fields = textFields(page);
    for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill(payload);
    await expectNothingRan(page, opened);

    // A shared plan travels in the address; a hostile one is refused, never rendered as markup.
    await page.goto(`/roadmap/?p=${encodeURIComponent(payload)}`);
    await hydrated(page);
    await expectNothingRan(page, opened);
  }
});
