/**
 * Two tabs with the same plan: each marks a different step, and neither undoes the other's work
 * (the stored plan merges per step, the later change winning; src/lib/roadmap/stored.ts).
 */
import { expect, test } from '@playwright/test';
import { hydrated } from './hydrated.ts';

test('two tabs mark different steps: after both, both tabs and a reload show both', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/roadmap/');
  await hydrated(a);
  await a.getByLabel('Where are you starting from?').selectOption('no-background');
  await a.getByLabel('Which job do you want?').selectOption('outpatient-coder');
  await a.getByRole('button', { name: 'Plan my route' }).click();
  const statusesA = a.getByRole('combobox', { name: /^Status ?: / });
  await expect(statusesA.nth(1)).toBeVisible();

  const b = await context.newPage();
  await b.goto('/roadmap/');
  await hydrated(b);
  const statusesB = b.getByRole('combobox', { name: /^Status ?: / });
  await expect(statusesB.nth(1)).toBeVisible();

  // Three rounds: each tab changes a different step, back to back, before it has seen the other's change.
  for (const round of [0, 2, 4]) {
    await Promise.all([statusesA.nth(round).selectOption('done'), statusesB.nth(round + 1).selectOption('in-progress')]);
  }
  const expected = ['done', 'in-progress', 'done', 'in-progress', 'done', 'in-progress'];
  for (const page of [a, b]) {
    const statuses = page.getByRole('combobox', { name: /^Status ?: / });
    for (const [i, value] of expected.entries()) await expect(statuses.nth(i)).toHaveValue(value);
  }
  await a.reload();
  await hydrated(a);
  for (const [i, value] of expected.entries()) await expect(statusesA.nth(i)).toHaveValue(value);
});
