/** "What if I add…" in the CEU tracker, and the link into it from every credential page. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydrated.ts';

/** YYYY-MM-DD, `days` from today. */
function day(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A CPC holder in the middle of a cycle with 6 CEUs logged. */
const backup = JSON.stringify({
  format: 'ccp-ceu',
  version: 1,
  exportedAt: new Date().toISOString(),
  credentials: [{ credential: 'cpc', cycleStart: day(-300), cycleEnd: day(400) }],
  activities: [{ id: 'a1', date: day(-100), title: 'Audit webinar', provider: 'AAPC', ceus: 6, indexNumber: 'AAPC-9', categories: ['auditing'], appliesTo: ['cpc'], notes: '' }],
});

async function asCpcHolder(page: Page) {
  await page.goto('/ceu/');
  await hydrated(page);
  await page.getByLabel('Import').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  // The import shows what it would change first; the reader confirms it.
  await page.getByRole('region', { name: /^Check the import/ }).getByRole('button', { name: /^Import/ }).click({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 new' })).toBeVisible();
}

test('a CPC holder sees what the CPMA and the CCS would add, with sources; the code loads only when asked for', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await asCpcHolder(page);
  expect(loaded.filter((p) => /WhatIf|whatif\.json/.test(p))).toEqual([]);

  await page.getByRole('button', { name: 'What if I add…' }).click();
  const pick = page.getByLabel('What if I add…');
  await expect(pick).toBeFocused();
  // Only credentials the reader does not hold are offered.
  await expect(pick.getByRole('option', { name: 'CPC (AAPC)', exact: true })).toHaveCount(0);
  expect(loaded.some((p) => /\/_astro\/WhatIf\./.test(p))).toBe(true);

  await pick.selectOption({ label: 'CPMA (AAPC)' });
  const result = page.getByRole('article', { name: 'Renewal with AAPC' });
  await expect(result.getByRole('definition').filter({ hasText: /^36$/ })).toBeVisible();
  await expect(result.getByRole('definition').filter({ hasText: '40 (4 more)' })).toBeVisible();
  await expect(result.getByRole('definition').filter({ hasText: '6 of 40 CEUs' })).toBeVisible();
  // Logged before the CPMA would be earned: it does not fill the CPMA's own auditing minimum.
  await expect(result.getByRole('listitem').filter({ hasText: 'Auditing (CPMA): 0 / 16' })).toBeVisible();
  await expect(result.getByRole('listitem').filter({ hasText: 'Auditing (CPMA)' }).getByRole('link')).toHaveAttribute('href', /\/sources\/#aapc-ceu-info$/);
  await expect(result.getByText('Nothing more: you already pay AAPC dues')).toBeVisible();
  await expect(result.getByRole('link', { name: 'All about CPMA' })).toHaveAttribute('href', '/credentials/cpma/');

  await pick.selectOption({ label: 'CCS (AHIMA)' });
  const ahima = page.getByRole('article', { name: 'Renewal with AHIMA' });
  await expect(ahima.getByRole('definition').filter({ hasText: 'Nothing yet: you hold no AHIMA credential' })).toBeVisible();
  await expect(ahima.getByRole('definition').filter({ hasText: '20 (20 more)' })).toBeVisible();
  await expect(ahima.getByRole('listitem').filter({ hasText: 'share of the total): 0 / 16' })).toBeVisible();
  await expect(ahima.getByRole('definition').filter({ hasText: '$399' }).getByRole('link')).toHaveAttribute('href', /\/sources\/#ahima-ccs-faq$/);
});

test('an RHIT holder sees that the RHIA would replace the RHIT: 30 in all, not 30 + 10', async ({ page }) => {
  await page.goto('/ceu/');
  const saved = { format: 'ccp-ceu', version: 1, exportedAt: new Date().toISOString(), activities: [], credentials: [{ credential: 'rhit', cycleStart: day(-300), cycleEnd: day(400) }] };
  await page.evaluate((text) => localStorage.setItem('ccp:ceu', text), JSON.stringify(saved));
  await page.reload();
  await hydrated(page);
  await page.getByRole('button', { name: 'What if I add…' }).click();
  await page.getByLabel('What if I add…').selectOption({ label: 'RHIA (AHIMA)' });
  const result = page.getByRole('article', { name: 'Renewal with AHIMA' });
  await expect(result.getByRole('definition').filter({ hasText: /^20$/ })).toBeVisible();
  await expect(result.getByRole('definition').filter({ hasText: '30 (10 more)' })).toBeVisible();
  const note = result.getByText(/^The RHIA replaces the RHIT/);
  await expect(note).toContainText('AHIMA asks CEUs for the RHIA only, so the RHIT adds nothing.');
  await expect(note.getByRole('link')).toHaveAttribute('href', /\/sources\/#ahima-recert-faq$/);
});

test('a credential page links into the what-if with that credential chosen', async ({ page }) => {
  await page.goto('/credentials/crc/');
  await page.getByRole('link', { name: 'What if I add CRC?' }).click();
  await expect(page).toHaveURL(/\/ceu\/\?whatif=crc$/);
  await hydrated(page);
  await expect(page.getByLabel('What if I add…')).toHaveValue('crc');
  const result = page.getByRole('article', { name: 'Renewal with AAPC' });
  await expect(result.getByRole('definition').filter({ hasText: '36 (36 more)' })).toBeVisible();
  await expect(result.getByRole('listitem').filter({ hasText: 'Specialty-specific (CRC): 0 / 8' })).toBeVisible();
  await expect(result.getByText('$425', { exact: false }).first()).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test('axe finds no violations in the open what-if', async ({ page }) => {
      await asCpcHolder(page);
      await page.getByRole('button', { name: 'What if I add…' }).click();
      await page.getByLabel('What if I add…').selectOption({ label: 'CRC (AAPC)' });
      await expect(page.getByRole('article', { name: 'Renewal with AAPC' })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
