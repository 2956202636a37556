/**
 * The CEU tracker open in two tabs of one browser: entries added as fast as the test can in both,
 * an edit against a deletion, a tab whose saves fail. Nothing is lost; a deletion stays deleted.
 * (Chromium hands localStorage writes to other tabs asynchronously: see the store's merge.)
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { hydrated } from './hydrated.ts';

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/ceu/');
  await hydrated(page);
  return page;
}

async function add(page: Page, title: string): Promise<void> {
  const form = page.getByRole('region', { name: /Log an activity|Edit the activity/ });
  await form.getByLabel('Date completed').fill('2026-03-01');
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('CEUs', { exact: true }).fill('1');
  await form.getByRole('button', { name: 'Add activity' }).click();
}

/** Titles of the activities the page's storage holds. */
const stored = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('ccp:ceu') ?? '{"activities":[]}').activities as { title: string }[]).map((a) => a.title).sort());

test('two tabs adding 50 entries each, interleaved: all 100 kept in both tabs and in storage', async ({ browser }) => {
  test.slow(); // 100 entries through the form
  const context = await browser.newContext();
  const [a, b] = [await open(context), await open(context)];
  const titles = (tab: string) => Array.from({ length: 50 }, (_, i) => `${tab} course ${String(i).padStart(2, '0')}`);
  await Promise.all([
    (async () => {
      for (const t of titles('A')) await add(a, t);
    })(),
    (async () => {
      for (const t of titles('B')) await add(b, t);
    })(),
  ]);
  for (const page of [a, b]) await expect(page.getByText('of 100 activities shown')).toBeVisible();
  const all = [...titles('A'), ...titles('B')].sort();
  await expect.poll(() => stored(a)).toEqual(all);
  await b.reload();
  await hydrated(b);
  await expect(b.getByText('of 100 activities shown')).toBeVisible();
  await context.close();
});

test('an entry deleted in one tab stays deleted when the other tab edited it before and saves again', async ({ browser }) => {
  const context = await browser.newContext();
  const a = await open(context);
  await add(a, 'Shared course');
  const b = await open(context);
  await expect(b.getByText('1 of 1 activities shown')).toBeVisible();

  // Tab A edits the entry; tab B deletes it straight after (whether or not it has heard of the edit yet).
  await a.getByRole('button', { name: 'Edit: Shared course' }).click();
  await a.getByLabel('Title', { exact: true }).fill('Shared course, edited');
  await a.getByRole('button', { name: 'Save changes' }).click();
  await b.getByRole('button', { name: /^Delete: Shared course/ }).click();
  // Tab A saves something else: the deleted entry must not come back.
  await add(a, 'Another course');
  for (const page of [a, b]) {
    await expect(page.getByText('1 of 1 activities shown')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Another course' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Shared course' })).toHaveCount(0);
  }
  await expect.poll(() => stored(a)).toEqual(['Another course']);
  await context.close();
});

test('a tab whose saves fail loses nothing, overwrites nothing, and saves once storage works again', async ({ browser }) => {
  const context = await browser.newContext();
  const a = await open(context);
  const failing = await context.newPage();
  // Every write from this tab throws until the test says otherwise (a full storage).
  await failing.addInitScript(() => {
    const w = window as unknown as { failSaves: boolean };
    w.failSaves = true;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (w.failSaves) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await failing.goto('/ceu/');
  await hydrated(failing);

  for (let i = 0; i < 5; i++) {
    await add(failing, `Unsaved ${i}`);
    await add(a, `Saved ${i}`);
  }
  await expect(failing.getByRole('alert').filter({ hasText: 'could not be saved' })).toContainText('unsaved changes: 5.');
  // The failing tab holds its own entries and the other tab's; the other tab's are still stored.
  await expect(failing.getByText('10 of 10 activities shown')).toBeVisible();
  await expect.poll(() => stored(a)).toEqual(['Saved 0', 'Saved 1', 'Saved 2', 'Saved 3', 'Saved 4']);

  // Space frees: the next retry (here: the page shown again) saves everything, and the other tab merges it in.
  await failing.evaluate(() => {
    (window as unknown as { failSaves: boolean }).failSaves = false;
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(failing.getByRole('alert').filter({ hasText: 'could not be saved' })).toHaveCount(0);
  await expect(a.getByText('10 of 10 activities shown')).toBeVisible();
  await expect.poll(() => stored(a)).toHaveLength(10);
  await context.close();
});
