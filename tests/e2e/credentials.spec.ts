/** Credential pages as a reader meets them: figures with their sources and dates. */
import { expect, test } from '@playwright/test';
import { CREDENTIAL_IDS, FIRST_CREDENTIALS, timeoutFor } from './site.ts';

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
  const unknownQuestions = page.getByRole('term').filter({ hasText: /^Questions$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(unknownQuestions).toContainText('Not known');
});

test('the credentials the site started with still have their pages', () => {
  expect(CREDENTIAL_IDS).toEqual(expect.arrayContaining(FIRST_CREDENTIALS));
});

// One test per credential page (read from the build), so the walk grows with the catalogue.
for (const id of CREDENTIAL_IDS) {
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

test('an address that does not exist shows the not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
