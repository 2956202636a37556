/** Keyboard use and the colour theme. */
import { expect, test } from '@playwright/test';

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/credentials/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the header navigation is reachable in order by Tab and follows with Enter', async ({ page }) => {
  await page.goto('/');
  const order = ['Skip to content', 'Coding Career Planner', 'Guides', 'Credentials', 'Compare', 'Roadmap', 'CEU tracker', 'Search', 'Dark theme'];
  for (const name of order) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim());
    expect(focused).toBe(name);
  }
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab');
  const credentials = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Credentials' });
  await expect(credentials).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/credentials\/$/);
  await expect(page.getByRole('link', { name: 'Credentials', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('the theme toggle switches by keyboard, and the choice is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/credentials/cpc/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();

  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);

  await page.goto('/sources/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe(light);
});

test('without a remembered choice the system theme decides', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('on a 360 px phone no page scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const route of ['/', '/credentials/', '/credentials/cpc/', '/credentials/ccs-p/', '/sources/']) {
    await page.goto(route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
});
