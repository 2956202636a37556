/** Importing into the CEU tracker: the file is shown before anything changes; conflicts are the reader's to settle; Undo takes it all back. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { hydrated } from './hydrated.ts';

const backup = (cycleStart: string, cycleEnd: string, activities: object[]) =>
  JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-11-01T00:00:00.000Z', credentials: [{ credential: 'cpc', cycleStart, cycleEnd }], activities });
const webinar = { id: 'a1', date: '2026-01-10', title: 'E/M webinar', provider: 'AAPC', ceus: 1.5, indexNumber: 'AAPC-1', categories: [], appliesTo: ['cpc'], notes: '' };
const workshop = { id: 'a2', date: '2026-02-10', title: 'Chapter workshop', provider: 'Local chapter', ceus: 2, indexNumber: '', categories: [], appliesTo: ['cpc'], notes: '' };

async function choose(page: Page, name: string, text: string | Buffer, mimeType = 'application/json') {
  await page.getByLabel('Import').setInputFiles({ name, mimeType, buffer: typeof text === 'string' ? Buffer.from(text) : text });
}
const preview = (page: Page) => page.getByRole('region', { name: 'Check the import: nothing has changed yet' });
// Reading runs in a Worker whose code loads on first use: give a busy machine time.
test.use({ actionTimeout: 15_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

async function start(page: Page) {
  await page.goto('/ceu/');
  await hydrated(page);
  await choose(page, 'current.json', backup('2025-06-01', '2027-05-31', [webinar]));
  await preview(page).getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('1 of 1 activities shown')).toBeVisible();
}

test('an older backup: its other cycle dates are a conflict the reader settles; keeping changes nothing of theirs', async ({ page }) => {
  await start(page);
  await choose(page, 'older.json', backup('2023-06-01', '2025-05-31', [webinar, workshop]));
  const p = preview(page);
  await expect(p).toContainText('1 new activities will be added.');
  await expect(p).toContainText('1 activities are already in your log.');
  const conflict = p.getByRole('group', { name: 'CPC: the file has other dates' });
  await expect(conflict.getByRole('radio', { name: /^Keep yours: cycle 2025-06-01 to 2027-05-31/ })).toBeChecked();
  expect((await new AxeBuilder({ page }).include('.import-preview').analyze()).violations).toEqual([]);
  // Nothing has changed yet.
  await expect(page.getByText('1 of 1 activities shown')).toBeVisible();
  await p.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 new and 0 updated activities.' })).toBeVisible();
  await expect(page.getByText('2 of 2 activities shown')).toBeVisible();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('ccp:ceu') ?? '{}') as { credentials: { cycleStart: string }[] });
  expect(stored.credentials[0]?.cycleStart).toBe('2025-06-01');

  // The same file again: the workshop is there now; the conflict is still the reader's to settle.
  await choose(page, 'older.json', backup('2023-06-01', '2025-05-31', [webinar, workshop]));
  await expect(preview(page)).toContainText('0 new activities will be added.');
  await preview(page).getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing changed: you kept your own data.' })).toBeVisible();
});

test('taking the file’s dates, then Undo: the dates and the log are as before', async ({ page }) => {
  await start(page);
  await choose(page, 'older.json', backup('2023-06-01', '2025-05-31', [webinar, workshop]));
  await preview(page).getByRole('radio', { name: /^Use the file’s: cycle 2023-06-01 to 2025-05-31/ }).check();
  await preview(page).getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Took the file’s dates for 1 credentials.' })).toBeVisible();
  const cycleStart = () => page.evaluate(() => (JSON.parse(localStorage.getItem('ccp:ceu') ?? '{}') as { credentials: { cycleStart: string }[] }).credentials[0]?.cycleStart);
  expect(await cycleStart()).toBe('2023-06-01');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('1 of 1 activities shown')).toBeVisible();
  expect(await cycleStart()).toBe('2025-06-01');
});

test('a semicolon CSV from European Excel, with a bad row: good rows come in once the reader confirms', async ({ page }) => {
  await start(page);
  const csv = 'Date;Title;Provider;CEUs;Index Number;Applies To;Score\r\n3/1/2026;"Coding; update";AAPC;1,5;X-9;CPC;90\r\n2026-02-30;Broken;AAPC;1;;CPC;\r\n';
  // Windows-1252 bytes, as older Excel writes them.
  await choose(page, 'log.csv', Buffer.from(csv, 'latin1'), 'text/csv');
  const p = preview(page);
  await expect(p).toContainText('1 new activities will be added.');
  await expect(p.getByRole('heading', { name: '1 rows cannot be imported; the others can' })).toBeVisible();
  await expect(p).toContainText('row 3, date');
  await expect(p).toContainText('the column "Score" is not one the tracker reads');
  // The rows left out can be downloaded on their own, fixed and imported again.
  const download = page.waitForEvent('download');
  await p.getByRole('button', { name: 'Download the rows left out' }).click();
  const leftOut = readFileSync((await (await download).path())!, 'latin1');
  expect(leftOut).toBe('Date;Title;Provider;CEUs;Index Number;Applies To;Score\r\n2026-02-30;Broken;AAPC;1;;CPC;\r\n');
  const axe = await new AxeBuilder({ page }).include('.import-preview').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations).toEqual([]);
  await expect(page.getByText('1 of 1 activities shown')).toBeVisible();
  await p.getByRole('button', { name: 'Import the 1 good rows' }).click();
  await expect(page.getByText('2 of 2 activities shown')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Coding; update' });
  await expect(row).toContainText('1.5');
  await expect(row).toContainText('X-9');
});

test('reading shows progress, and Cancel changes nothing', async ({ page }) => {
  await start(page);
  const rows = Array.from({ length: 30_000 }, (_, i) => `2026-03-01,Course ${i},AAPC,1,IDX-${i},,cpc,`).join('\n');
  await choose(page, 'big.csv', `date,title,provider,ceus,index_number,categories,applies_to,notes\n${rows}\n`, 'text/csv');
  await expect(page.getByRole('progressbar', { name: 'Reading the file' })).toBeVisible();
  await expect(preview(page)).toContainText('30000 new activities will be added.');
  await preview(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import cancelled: nothing changed.' })).toBeVisible();
  await expect(page.getByText('1 of 1 activities shown')).toBeVisible();
});
