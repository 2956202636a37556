/**
 * One rule set for a record, as a reader meets it: the forms refuse at the field what the loader
 * would refuse, and saved data with a bad record loads everything else, sets the bad one aside and
 * offers it as a file the importer reads.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { hydrated } from './hydrated.ts';

test('the activity form shows each problem at its field and saves nothing the loader would refuse', async ({ page }) => {
  await page.goto('/ceu/');
  await hydrated(page);
  const form = page.getByRole('region', { name: 'Log an activity' });
  await form.getByLabel('Date completed').fill('2026-03-01');
  await form.getByLabel('Title', { exact: true }).fill('   ');
  await form.getByLabel('CEUs', { exact: true }).fill('1000');
  await form.getByRole('button', { name: 'Add activity' }).click();

  const title = form.getByLabel('Title', { exact: true });
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('an activity needs a title');
  await expect(form.getByLabel('CEUs', { exact: true })).toHaveAccessibleDescription('CEUs must be at most 999 for one activity');
  await expect(title).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('ccp:ceu'))).toBeNull();

  await title.fill('Coding update');
  await form.getByLabel('CEUs', { exact: true }).fill('1.5');
  await form.getByRole('button', { name: 'Add activity' }).click();
  await expect(page.getByText('1 of 1 activities shown')).toBeVisible();
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');
});

test('a credential with a cycle start and no end is refused at the cycle end', async ({ page }) => {
  await page.goto('/ceu/');
  await hydrated(page);
  const section = page.getByRole('region', { name: 'Your credentials' });
  await section.getByLabel('Credential').selectOption('cpc');
  await section.getByLabel('Current cycle starts').fill('2025-01-01');
  await section.getByRole('button', { name: 'Add credential' }).click();
  const end = section.getByLabel('Current cycle ends (due date)');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(end).toHaveAccessibleDescription(/give both cycleStart and cycleEnd, or neither/);
  expect(await page.evaluate(() => localStorage.getItem('ccp:ceu'))).toBeNull();
});

test('one bad saved record is set aside: the rest loads, the reader is told why and can download it to import once fixed', async ({ page }) => {
  await page.goto('/ceu/');
  const good = (i: number) => ({ id: `g${i}`, date: '2026-03-01', title: `Course ${i}`, provider: 'AAPC', ceus: 1, indexNumber: '', categories: [], appliesTo: ['cpc'], notes: '' });
  const bad = { ...good(9), id: 'bad', title: 'Future course', date: '20261-01-01' };
  await page.evaluate(
    (activities) =>
      localStorage.setItem('ccp:ceu', JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T00:00:00.000Z', credentials: [{ credential: 'cpc', earned: '2025-01-10' }], activities })),
    [good(1), bad, good(2)],
  );
  await page.reload();
  await hydrated(page);
  await expect(page.getByText('2 of 2 activities shown')).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read were set aside: 1.' });
  await expect(alert).toContainText('row 1, date: the date must be a real date');
  await expect(alert).toContainText('A copy of them is kept in this browser');
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('ccp:ceu:backup')))!).activities).toEqual([bad]);

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the set-aside entries' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ceu-set-aside.json');
  const text = readFileSync((await file.path())!, 'utf8');
  // Fixed and imported, the entry comes back.
  await page.getByLabel('Import').setInputFiles({ name: 'ceu-set-aside.json', mimeType: 'application/json', buffer: Buffer.from(text.replace('20261-01-01', '2026-01-01')) });
  // The import shows what it would change first; the reader confirms it.
  await page.getByRole('region', { name: /^Check the import/ }).getByRole('button', { name: /^Import/ }).click({ timeout: 15_000 });
  await expect(page.getByText('3 of 3 activities shown')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Future course' })).toBeVisible();
});
