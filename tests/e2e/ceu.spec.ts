/** The CEU tracker as a certified coder uses it: import, progress, storage that never loses data. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pageWeight } from '../../scripts/page-weight.mjs';
import { DIST } from './site.ts';
import { hydrated } from './hydrated.ts';


/** YYYY-MM-DD, `days` from today. */
function day(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A backup in the ccp-ceu format of design.md: one CPC, cycle around today, two activities. */
function backup(activities = 2): string {
  return JSON.stringify({
    format: 'ccp-ceu',
    version: 1,
    exportedAt: new Date().toISOString(),
    credentials: [{ credential: 'cpc', cycleStart: day(-300), cycleEnd: day(400) }],
    activities: [
      { id: 'a1', date: day(-100), title: 'E/M documentation webinar', provider: 'AAPC', ceus: 1.5, indexNumber: 'AAPC-1', categories: [], appliesTo: ['cpc'], notes: '' },
      { id: 'a2', date: day(-400), title: 'Old workshop <script>alert(1)</script>', provider: 'Local chapter', ceus: 2, indexNumber: '', categories: [], appliesTo: ['cpc'], notes: '' },
    ].slice(0, activities),
  });
}

/** Chooses a file to import and, when the import shows what it would change, confirms it (tests/e2e/ceu-import.spec.ts tests the preview). */
async function importText(page: Page, name: string, text: string, mimeType = 'application/json') {
  const status = await page.getByRole('status').first().textContent();
  await page.getByLabel('Import').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  const confirm = page.getByRole('region', { name: /^Check the import/ }).getByRole('button', { name: /^Import/ });
  // The tracker's own status (the first): other live regions, such as the footer's offline
  // status, change on their own and must not count as the import's answer.
  const changed = page.getByRole('status').first().filter(status ? { hasNotText: status } : { hasText: /\S/ });
  const done = page.getByRole('alert').filter({ hasText: 'was not imported' }).or(changed);
  // Reading runs in a Worker whose code loads on first use: give a busy machine time.
  await expect(confirm.or(done).first()).toBeVisible({ timeout: 15_000 });
  if (await confirm.isVisible()) await confirm.click();
}

test('import a backup: 36 required, what is missing, why an activity does not count; survives a reload', async ({ page }) => {
  await page.goto('/ceu/');
  await hydrated(page);
  await importText(page, 'backup.json', backup());
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 new' })).toBeVisible();

  const card = page.getByRole('article', { name: /AAPC: CPC/ });
  await expect(card.getByRole('progressbar', { name: '1.5 of 36 CEUs' })).toBeVisible();
  await expect(card.getByRole('definition').filter({ hasText: /^34\.5$/ })).toBeVisible();
  // The activity from before the cycle is listed with the reason it does not count; its title is text.
  const old = page.getByRole('row').filter({ hasText: 'Old workshop <script>alert(1)</script>' });
  await expect(old).toContainText('Before this cycle');

  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('article', { name: /AAPC: CPC/ }).getByRole('progressbar', { name: '1.5 of 36 CEUs' })).toBeVisible();
});

test('the same file twice adds nothing, and an import can be undone', async ({ page }) => {
  await page.goto('/ceu/');
  await hydrated(page);
  await importText(page, 'backup.json', backup());
  await expect(page.getByText('2 of 2 activities shown')).toBeVisible();
  await importText(page, 'backup.json', backup());
  await expect(page.getByRole('status').filter({ hasText: 'Nothing new' })).toBeVisible();
  await expect(page.getByText('2 of 2 activities shown')).toBeVisible();

  await importText(page, 'more.json', backup(1).replace('"a1"', '"a9"').replace('E/M documentation webinar', 'Coding clinic'));
  await expect(page.getByText('3 of 3 activities shown')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('2 of 2 activities shown')).toBeVisible();
});

test('a bad file is refused with row and field, and changes nothing', async ({ page }) => {
  await page.goto('/ceu/');
  await hydrated(page);
  await importText(page, 'backup.json', backup());
  // As a reader would, see the first file in before choosing the next.
  await expect(page.getByText('2 of 2 activities shown')).toBeVisible();
  const bad = JSON.parse(backup()) as { activities: { ceus: unknown }[] };
  bad.activities[1]!.ceus = 'lots';
  // A bad row is listed by row and field in the preview; nothing changes unless the reader confirms.
  await page.getByLabel('Import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const preview = page.getByRole('region', { name: /^Check the import/ });
  await expect(preview).toContainText('row 2, ceus');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await importText(page, 'log.csv', 'date,title,provider\n2026-01-01,x,y\n', 'text/csv');
  await expect(page.getByRole('alert').filter({ hasText: 'was not imported' })).toContainText('row 1, ceus');
  await expect(page.getByText('2 of 2 activities shown')).toBeVisible();
});

test('unreadable saved data is kept under a backup key, the reader is told and can download it', async ({ page }) => {
  await page.goto('/ceu/');
  await page.evaluate(() => localStorage.setItem('ccp:ceu', '{"format":"ccp-ceu","version":1,"activities":"oops"'));
  await page.reload();
  await hydrated(page);
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('ccp:ceu:backup'))).toBe('{"format":"ccp-ceu","version":1,"activities":"oops"');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the unreadable data' }).click();
  expect((await download).suggestedFilename()).toBe('ceu-unreadable-data.json');

  // New entries save normally; the unreadable copy stays.
  await importText(page, 'backup.json', backup());
  await expect(page.getByText('2 of 2 activities shown')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('ccp:ceu:backup'))).toContain('"oops"');
});

test('a failed save is shown and nothing is lost from the page', async ({ page }) => {
  await page.goto('/ceu/');
  await hydrated(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await importText(page, 'backup.json', backup());
  await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toBeVisible();
  await expect(page.getByText('2 of 2 activities shown')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup (JSON)' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  expect(JSON.parse(readFileSync(file, 'utf8')).activities).toHaveLength(2);
});

test('export the backup and import it into a fresh browser: the same log', async ({ page, browser }) => {
  await page.goto('/ceu/');
  await hydrated(page);
  await importText(page, 'backup.json', backup());
  // The import's code loads on demand: export once the log shows what was imported.
  await expect(page.getByText('2 of 2 activities shown')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup (JSON)' }).click();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'ccp-ceu', version: 1 });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/ceu/');
  await hydrated(other);
  await importText(other, 'backup.json', text);
  await expect(other.getByText('2 of 2 activities shown')).toBeVisible();
  await expect(other.getByRole('article', { name: /AAPC: CPC/ }).getByRole('progressbar', { name: '1.5 of 36 CEUs' })).toBeVisible();
  await fresh.close();
});

test('two tabs: entries logged in each are kept in both', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/ceu/');
  await hydrated(a);
  await importText(a, 'backup.json', backup());
  const b = await context.newPage();
  await b.goto('/ceu/');
  await hydrated(b);
  await expect(b.getByText('2 of 2 activities shown')).toBeVisible();

  const log = async (page: Page, title: string) => {
    await page.getByLabel('Date completed').fill(day(-10));
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('CEUs', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Add activity' }).click();
  };
  await log(a, 'Logged in tab A');
  await log(b, 'Logged in tab B');
  for (const page of [a, b]) {
    await expect(page.getByText('4 of 4 activities shown')).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Logged in tab A/ })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Logged in tab B/ })).toBeVisible();
  }
});

test('log, edit and delete an activity by keyboard, with undo', async ({ page }) => {
  await page.goto('/ceu/');
  await hydrated(page);
  await page.getByLabel('Credential', { exact: true }).selectOption('cca');
  await page.getByLabel('Date earned (passed the exam)').fill(day(-200));
  await page.getByRole('button', { name: 'Add credential' }).press('Enter');
  await expect(page.getByRole('article', { name: /AHIMA: CCA/ })).toBeVisible();

  await page.getByLabel('Date completed').fill(day(-5));
  await page.getByLabel('Title', { exact: true }).fill('"><img src=x onerror=alert(1)>');
  await page.getByLabel('CEUs', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Add activity' }).press('Enter');
  const row = page.getByRole('row').filter({ hasText: '"><img src=x onerror=alert(1)>' });
  await expect(row).toContainText('Counts');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await row.getByRole('button', { name: /^Edit/ }).press('Enter');
  await expect(page.getByLabel('Date completed')).toBeFocused();
  await page.getByLabel('CEUs', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Save changes' }).press('Enter');
  await expect(page.getByRole('article', { name: /AHIMA: CCA/ }).getByRole('progressbar', { name: /^3 of \d+ CEUs$/ })).toBeVisible();

  await page.getByRole('row').filter({ hasText: 'onerror' }).getByRole('button', { name: /^Delete/ }).press('Enter');
  await expect(page.getByText(/activities shown/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).press('Enter');
  await expect(page.getByText('1 of 1 activities shown')).toBeVisible();
});

test('AHIMA: the RHIA replaces the RHIT (the record stays), and a cycle ended short shows inactive, then revoked', async ({ page }) => {
  await page.goto('/ceu/');
  // RHIT and RHIA with a CCS, all on a cycle that ended 30 days ago with no CEUs logged.
  const cycle = { cycleStart: day(-760), cycleEnd: day(-30) };
  const saved = { format: 'ccp-ceu', version: 1, exportedAt: new Date().toISOString(), activities: [], credentials: ['rhit', 'rhia', 'ccs'].map((credential) => ({ credential, ...cycle })) };
  await page.evaluate((text) => localStorage.setItem('ccp:ceu', text), JSON.stringify(saved));
  await page.reload();
  await hydrated(page);

  const card = page.getByRole('article', { name: 'AHIMA: RHIT (replaced by RHIA), RHIA, CCS' });
  // RHIA 30 + 10 for the CCS: the RHIT adds nothing.
  await expect(card.getByRole('progressbar', { name: '0 of 40 CEUs' })).toBeVisible();
  const note = card.getByText(/^The RHIA replaces the RHIT/);
  await expect(note).toContainText('the tracker does not count the RHIT. Your RHIT entry stays in your list.');
  await expect(note.getByRole('link')).toHaveAttribute('href', /\/sources\/#ahima-recert-faq$/);
  await expect(page.getByRole('region', { name: 'Your credentials' }).getByRole('listitem').filter({ hasText: 'RHIT' })).toContainText('RHIT (replaced by your RHIA: not counted)');

  await expect(card.getByText(/these credentials are now inactive/)).toBeVisible();
  const term = (name: string) => card.getByRole('term').filter({ hasText: name });
  await expect(term('Inactive from, if CEUs are short')).toBeVisible();
  await expect(term('Revoked on, if still short')).toBeVisible();
  await expect(card.getByRole('definition').filter({ has: page.locator('a[href$="/sources/#ahima-cert-updates"]') })).toBeVisible();
  // Past the due date, no "days left" warning.
  await expect(card.getByText(/days left and/)).toHaveCount(0);
});

test('a reader with saved data loads only the counted scripts; export and print load their code on demand', async ({ page }) => {
  await page.goto('/ceu/');
  await page.evaluate((text) => localStorage.setItem('ccp:ceu', text), backup());
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') loaded.push(new URL(r.url()).pathname);
  });
  await page.reload();
  await hydrated(page);
  await expect(page.getByText('2 of 2 activities shown')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // What the JS budget counts (the page's scripts and their static imports) is all that starts.
  const counted = pageWeight(DIST, '/ceu/').jsFiles.map((f: string) => f.slice(DIST.length));
  expect(loaded.length).toBeGreaterThan(0);
  for (const path of loaded) expect(counted, `${path} loaded at startup`).toContain(path);

  // The CSV export's code arrives when the reader asks for it.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download audit log (CSV)' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv).toContain('date,title,provider,ceus,index_number,categories,applies_to,notes');
  expect(csv).toContain('E/M documentation webinar');
  expect(loaded.some((path) => !counted.includes(path))).toBe(true);

  // The audit report is there when the page is printed.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByRole('heading', { name: 'CEU audit report' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'E/M documentation webinar' })).toBeVisible();
});
