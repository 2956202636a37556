/** The credential comparer and the pre-rendered pair pages, as a reader uses them. */
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydrated.ts';
import { routesMatching } from './site.ts';

// The first row holds one column header per credential (group headings are column headers too).
const columnHeads = (page: Page) => page.getByRole('table').getByRole('row').first().getByRole('columnheader');
const rowNamed = (page: Page, name: RegExp) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
const together = (page: Page) => rowNamed(page, /^Renewal if you hold these together/);

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

test('"renewal if you hold these together" gives each issuer’s total for the compared credentials', async ({ page }) => {
  await page.goto('/compare/?c=cpc,ccs,cic,cpma');
  await hydrated(page);
  const cells = together(page).getByRole('cell');
  await expect(cells).toHaveCount(4);
  await expect(cells.nth(0)).toContainText('Total for CIC + CPC + CPMA: 44 CEUs');
  await expect(cells.nth(1)).toContainText('Total for CCS alone: 20 CEUs');
  await expect(cells.nth(1)).toContainText('In AHIMA’s health information domains (80%): 16 CEUs');
  await expect(cells.nth(3)).toContainText('Auditing CEUs within it: 16 CEUs');
  await expect(cells.nth(0)).not.toContainText('Auditing');
  await expect(cells.nth(0).getByRole('link')).toHaveAttribute('href', /\/sources\/#aapc-ceu-info$/);

  // Two AAPC credentials held together ask one total: the row agrees and hides with differences only.
  await page.goto('/compare/?c=cpc,cic&d=1');
  await hydrated(page);
  await expect(columnHeads(page)).toHaveCount(2);
  await expect(rowNamed(page, /^Questions/)).toHaveCount(1);
  await expect(together(page)).toHaveCount(0);
  await page.getByRole('switch', { name: 'Show only differences' }).uncheck();
  await expect(together(page).getByRole('cell').first()).toContainText('Total for CIC + CPC: 40 CEUs');
});

test('"renewal if you hold these together" says the RHIA replaces the RHIT, citing AHIMA', async ({ page }) => {
  await page.goto('/compare/?c=rhit,rhia');
  await hydrated(page);
  const cells = together(page).getByRole('cell');
  await expect(cells).toHaveCount(2);
  for (const cell of [cells.nth(0), cells.nth(1)]) {
    await expect(cell).toContainText('Total for RHIA + RHIT: 30 CEUs');
    const why = cell.getByRole('listitem').filter({ hasText: 'The RHIA replaces the RHIT: only the RHIA’s CEUs are asked, so the RHIT adds nothing to the total' });
    await expect(why.getByRole('link')).toHaveAttribute('href', /\/sources\/#ahima-recert-faq$/);
  }
});

test('only differences hides rows whose figures agree, however their prose is worded', async ({ page }) => {
  await page.goto('/compare/?c=cpc,cic&d=1');
  await hydrated(page);
  await expect(rowNamed(page, /^Questions/)).toHaveCount(1);
  // Both AAPC exams: the same delivery and membership, described in prose or equal figures.
  for (const name of [/^Where and how/, /^Issuer membership/, /^Cycle/, /^Best for/]) await expect(rowNamed(page, name)).toHaveCount(0);
});

// The pair pages are built from the same function as the island: the same table, row by row.
for (const route of routesMatching(/^\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+\/$/)) {
  test(`${route} shows the same table as the comparer`, async ({ page }) => {
    const [a, b] = route.split('/')[2]!.split('-vs-');
    const rowsText = () => page.getByRole('table').getByRole('row').allInnerTexts();
    await page.goto(route);
    const pair = await rowsText();
    await page.goto(`/compare/?c=${a},${b}`);
    await hydrated(page);
    await expect(columnHeads(page)).toHaveCount(2);
    await expect(together(page)).not.toContainText('Working out');
    expect(await rowsText()).toEqual(pair);
  });
}

test('on a 390 px phone the credential names and the row name stay in view while a row is scrolled', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/compare/?c=cpc,ccs,cic,cca');
  await hydrated(page);
  await expect(columnHeads(page)).toHaveCount(4);
  const region = page.getByRole('region', { name: /side by side/ });
  const rowHead = page.getByRole('rowheader', { name: /^What holders earn/ });
  await rowHead.scrollIntoViewIfNeeded();
  // Scroll that row sideways to its last column, as a thumb would.
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  const last = columnHeads(page).nth(3);
  const lastCell = rowNamed(page, /^What holders earn/).getByRole('cell').nth(3);
  for (const [what, target] of [['the last column’s name', last], ['the row’s name', rowHead], ['the cell', lastCell]] as const) {
    await expect(target, what).toBeInViewport();
    // Nothing covers it: the element at its centre is it or inside it.
    const onTop = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + Math.min(r.height / 2, 12));
      return hit !== null && el.contains(hit);
    });
    expect(onTop, what).toBe(true);
  }
  await expect(last).toContainText('CCA');
  // The names sit above the row, inside the table's box.
  const box = (await region.boundingBox())!;
  const head = (await last.boundingBox())!;
  const cell = (await lastCell.boundingBox())!;
  expect(head.y).toBeGreaterThanOrEqual(box.y - 1);
  expect(head.y + head.height).toBeLessThanOrEqual(cell.y + 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('by keyboard, focus stays on a sensible control after a move, a remove and an add', async ({ page }) => {
  await page.goto('/compare/?c=cpc,ccs,cic');
  await hydrated(page);
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const status = page.getByText(/^(Moved|Removed|Added) /);

  await button('Move right: CPC').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?c=ccs,cpc,cic$/);
  await expect(button('Move right: CPC')).toBeFocused();
  await expect(status).toHaveText('Moved CPC to place 2 of 3. CCS, CPC, CIC');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?c=ccs,cic,cpc$/);
  // At the end the same button is disabled: focus goes to the way back.
  await expect(button('Move right: CPC')).toBeDisabled();
  await expect(button('Move left: CPC')).toBeFocused();

  // Removing moves focus to the next credential's remove button.
  await button('Remove: CCS').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?c=cic,cpc$/);
  await expect(status).toHaveText('Removed CCS. CIC, CPC');
  // Two is the minimum, so no remove button is left to take focus: the add control does.
  await expect(button('Remove: CIC')).toBeDisabled();
  await expect(page.getByLabel('Add a credential')).toBeFocused();

  // Add two by keyboard; once four are chosen the add controls are disabled and focus moves to the new one.
  for (const id of ['crc', 'cca']) {
    await expect(page.getByLabel('Add a credential')).toBeFocused();
    await page.getByLabel('Add a credential').selectOption(id);
    await page.keyboard.press('Tab');
    await expect(button('Add')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${id}$`));
    await expect(status).toHaveText(new RegExp(`^Added ${id.toUpperCase()}\\.`));
    // While more can be added, focus stays on Add; back to the list of credentials to choose again.
    if (id === 'crc') {
      await expect(button('Add')).toBeFocused();
      await page.keyboard.press('Shift+Tab');
    }
  }
  await expect(page.getByLabel('Add a credential')).toBeDisabled();
  await expect(button('Remove: CCA')).toBeFocused();

  await button('Remove: CPC').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?c=cic,crc,cca$/);
  await expect(button('Remove: CRC')).toBeFocused();
  // The last credential's remove: focus moves to the one now last.
  await button('Remove: CCA').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?c=cic,crc$/);
  await expect(page.getByLabel('Add a credential')).toBeFocused();
});

test('offline after a first visit, the renewal row is still worked out (the worker is precached)', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Ready offline' })).toBeVisible({ timeout: 30_000 });
  await context.setOffline(true);
  await page.goto('/compare/?c=cpc,cca');
  await hydrated(page);
  await expect(together(page).getByRole('cell').first()).toContainText('Total for CPC alone: 36 CEUs');
  await expect(together(page).getByRole('cell').nth(1)).toContainText('Total for CCA alone: 20 CEUs');
  await expect(page.getByRole('alert')).toHaveCount(0);
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
