/** Adding a step that needs one the reader marked skipped: the page says so, and the skipped step stays skipped, before it. */
import { expect, test } from '@playwright/test';
import { hydrated } from './hydrated.ts';

test('adding the COC exam after skipping "Join AAPC" says the exam needs it, and keeps it skipped', async ({ page }) => {
  await page.goto('/roadmap/');
  await hydrated(page);
  await page.getByLabel('Where are you starting from?').selectOption('no-background');
  await page.getByLabel('Which job do you want?').selectOption('outpatient-coder');
  await page.getByRole('radio', { name: 'Cheapest' }).check();
  await page.getByRole('button', { name: 'Plan my route' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your plan' })).toBeFocused();

  await page.getByRole('combobox', { name: /^Status ?: Join AAPC$/ }).selectOption('skipped');
  await page.getByLabel('Add a step from the catalogue').selectOption({ label: 'Pass the COC exam' });
  await page.getByRole('button', { name: 'Add step' }).click();

  const plan = page.getByRole('list', { name: 'Your plan' });
  await expect(plan.getByRole('heading', { level: 3, name: /^Pass the COC exam/ })).toBeVisible();
  const notice = page.getByText(/^Pass the COC exam added at position \d+\..* It needs Join AAPC, which you marked skipped\.$/);
  await expect(notice.first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^Status ?: Join AAPC$/ })).toHaveValue('skipped');
  // Join AAPC is in the plan once, before the exam that needs it.
  const titles = await plan.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(titles.filter((t) => t.startsWith('Join AAPC'))).toHaveLength(1);
  expect(titles.findIndex((t) => t.startsWith('Join AAPC'))).toBeLessThan(titles.findIndex((t) => t.startsWith('Pass the COC exam')));
});
