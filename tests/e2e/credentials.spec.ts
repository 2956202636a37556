/** Credential pages as a reader meets them: figures with their sources and dates. */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { CREDENTIAL_IDS, FIRST_CREDENTIALS, timeoutFor } from './site.ts';

/** Every credential with a content file, so the walk grows with the catalogue (one test per page). */
const ALL_IDS = readdirSync('content/credentials')
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

test('the CPC page shows its exam figures with source and date, and the source lists the page', async ({ page }) => {
  await page.goto('/credentials/cpc/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CPC: Certified Professional Coder');

  const questions = page.getByRole('definition').filter({ hasText: '100 questions' });
  await expect(questions).toHaveCount(1);
  await expect(questions).toContainText(/as of \w{3} \d{4}/);
  const source = questions.getByRole('link', { name: 'AAPC' });
  await expect(source).toHaveAttribute('href', '/sources/#aapc-cpc');

  await source.click();
  await expect(page).toHaveURL(/\/sources\/#aapc-cpc$/);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Certified Professional Coder (CPC) certification exam' }) });
  await expect(card.getByRole('link', { name: 'CPC: Certified Professional Coder' })).toBeVisible();
});

test('a third-party figure carries its caveat, and an unknown says why', async ({ page }) => {
  await page.goto('/credentials/cpc/');
  const fee = page.getByRole('definition').filter({ hasText: '$425' });
  await expect(fee).toContainText('third-party figure, not confirmed by the issuer');

  await page.goto('/credentials/rhit/');
  const unknownBooks = page.getByRole('term').filter({ hasText: /^Code books allowed$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(unknownBooks).toContainText('Not known');
});

test('the credentials the site started with still have their pages, and every content file has one', () => {
  expect(CREDENTIAL_IDS).toEqual(expect.arrayContaining(FIRST_CREDENTIALS));
  expect([...CREDENTIAL_IDS].sort()).toEqual(ALL_IDS);
});

// One test per credential file, so the walk grows with the catalogue.
for (const id of ALL_IDS) {
  test(`every figure on /credentials/${id}/ links to its source`, async ({ page }) => {
    test.setTimeout(timeoutFor(`/credentials/${id}/`));
    await page.goto(`/credentials/${id}/`);
    const definitions = page.getByRole('main').getByRole('definition');
    const count = await definitions.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const dd = definitions.nth(i);
      const text = (await dd.innerText()).trim();
      const isFigure = /\d/.test(text.replace(/ICD-10-(CM|PCS)|Level II|as of .*$/gm, ''));
      if (!isFigure) continue;
      await expect(dd.getByRole('link').first(), `"${text}" needs its source`).toHaveAttribute('href', /\/sources\/#[a-z0-9-]+$/);
      await expect(dd, `"${text}" needs its date`).toContainText(/as of (\w{3} )?(\d{1,2}, )?\d{4}/);
    }
  });
}

test('the credentials table lists every credential that has a page, each linking to it', async ({ page }) => {
  test.setTimeout(timeoutFor('/credentials/'));
  await page.goto('/credentials/');
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Credential',
    'Issuer',
    'Setting',
    'Exam length',
    'Renewal CEUs per cycle (only credential held)',
    'Entry or advanced',
  ]);
  for (const id of CREDENTIAL_IDS) {
    await expect(table.getByRole('rowheader').getByRole('link', { name: id.toUpperCase(), exact: true })).toHaveAttribute('href', `/credentials/${id}/`);
  }
  // No row without a page: as many credential links in the table as pages.
  const linked = await table.getByRole('rowheader').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(linked).size).toBe(CREDENTIAL_IDS.length);
});

test('the credentials table groups each issuer by kind, with a jump list to the groups', async ({ page }) => {
  await page.goto('/credentials/');
  const table = page.getByRole('table');
  const groups = table.locator('tbody');
  const specialty = groups.filter({ has: page.getByRole('rowheader', { name: 'AAPC: specialty credentials' }) });
  await expect(specialty.getByRole('link', { name: 'CEMC', exact: true })).toHaveAttribute('href', '/credentials/cemc/');
  const role = groups.filter({ has: page.getByRole('rowheader', { name: /^AAPC: role credentials/ }) });
  await expect(role.getByRole('link', { name: 'CPMA', exact: true })).toBeVisible();
  await expect(specialty.getByRole('link', { name: 'CPMA', exact: true })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Jump to' }).getByRole('link', { name: /^AAPC: specialty credentials/ }).click();
  await expect(page).toHaveURL(/#aapc-specialty$/);
});

test('the home page lists credentials by issuer and kind, and links to the full table', async ({ page }) => {
  await page.goto('/');
  const aapc = page.getByRole('region', { name: 'AAPC' });
  await expect(aapc.getByRole('term')).toContainText(['core and entry credentials', 'specialty credentials']);
  await expect(aapc.getByRole('link', { name: 'CIRCC', exact: true })).toHaveAttribute('href', '/credentials/circc/');
  await page.getByRole('link', { name: 'All credentials in one table' }).click();
  await expect(page).toHaveURL(/\/credentials\/$/);
});

test('an address that does not exist shows the not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
