/** The roadmap builder, as a reader uses it: answer, track, reorder, edit, share, download, print, on a phone. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated } from './hydrated.ts';

const planList = (page: Page, name = 'Your plan') => page.getByRole('list', { name });
/** The steps of the plan: each is a list item whose heading is the step's title. */
const stepTitles = (list: Locator) => list.getByRole('heading', { level: 3 });
const stepItem = (list: Locator, title: string) => list.locator(':scope > li').filter({ has: list.page().getByRole('heading', { level: 3, name: title }) });

async function answer(page: Page, { goal = 'outpatient-coder', hours = '15', budget = '', preference = 'Cheapest' } = {}) {
  await page.getByLabel('Where are you starting from?').selectOption('no-background');
  await page.getByLabel('Which job do you want?').selectOption(goal);
  await page.getByLabel('Hours a week you can study').fill(hours);
  await page.getByLabel('Budget in US dollars (optional)').fill(budget);
  await page.getByRole('radio', { name: preference }).check();
  await page.getByRole('button', { name: 'Plan my route' }).click();
  // The plan's components load with the first plan; its heading takes the focus once it shows.
  await expect(page.getByRole('heading', { level: 2, name: 'Your plan' })).toBeFocused();
}

async function open(page: Page) {
  await page.goto('/roadmap/');
  await hydrated(page);
}

test('answer the questions and get a costed, timed, sourced plan with totals and a budget verdict', async ({ page }) => {
  await open(page);
  await answer(page, { budget: '1500' });
  // The form is replaced by one holding the new answers; the focus moves on to the plan.
  await expect(page.getByRole('heading', { level: 2, name: 'Your plan' })).toBeFocused();
  await expect(page.getByText('New plan with 9 steps.')).toBeAttached();
  const plan = planList(page);
  await expect(plan).toBeVisible();
  expect(await stepTitles(plan).count()).toBeGreaterThanOrEqual(3);
  for (const item of await plan.locator(':scope > li').all()) {
    await expect(item.getByRole('term').filter({ hasText: /^Time$/ })).toBeVisible();
    await expect(item.getByRole('term').filter({ hasText: /^Cost$/ })).toBeVisible();
    // A price is a figure, "nothing" or "Not known"; never a bare $0.
    await expect(item.getByRole('definition').nth(1)).toHaveText(/\$[1-9]|nothing|Not known/);
    // Its sources come last in the step (credentials it leads to are linked before them).
    await expect(item.getByRole('link').last()).toHaveAttribute('href', /\/sources\/#[a-z0-9-]+$/);
  }
  // Employers of outpatient coders ask for the CPC: a course, membership and current books before it.
  await expect(stepItem(plan, 'Self-study with an exam-prep course').getByRole('definition').first()).toContainText('weeks');
  await expect(stepItem(plan, 'Pass the CPC exam')).toBeVisible();
  await expect(page.getByText(/^From ".+", 15 hours a week, cheapest first, budget \$1,500\.$/)).toBeVisible();
  const totals = page.getByRole('region', { name: 'Totals' });
  // AAPC membership and the CPC exam are the known prices; the rest are named as not known.
  await expect(totals).toContainText('$615, plus 4 unknown prices');
  await expect(totals).toContainText('May fit your budget');
  await expect(totals).toContainText('Known prices add up to $615. Not known: ');
  for (const step of ['Buy the current code books', 'Medical terminology', 'Self-study with an exam-prep course']) await expect(totals).toContainText(step);
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('listitem')).toHaveCount(await stepTitles(plan).count());
});

test('a plan asked for before the steps have arrived is made once they do', async ({ page }) => {
  // The island fetches /roadmap/steps.json when it starts; hold that response back a while.
  await page.route('**/roadmap/steps.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await open(page);
  await answer(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Your plan' })).toBeFocused();
  expect(await stepTitles(planList(page)).count()).toBeGreaterThanOrEqual(3);
});

test('when the steps cannot be loaded the page says so and keeps the example plan', async ({ page }) => {
  await page.route('**/roadmap/steps.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await open(page);
  await expect(page.getByRole('alert')).toContainText('The steps could not be loaded');
  await expect(planList(page, 'An example plan')).toBeVisible();
  expect(await stepTitles(planList(page, 'An example plan')).count()).toBeGreaterThanOrEqual(3);
});

test('mark a step done, reload, and it is still done', async ({ page }) => {
  await open(page);
  await answer(page);
  const status = page.getByLabel('Status: Self-study with an exam-prep course');
  await status.selectOption('done');
  await expect(page.getByText('Self-study with an exam-prep course: Done.')).toBeAttached();
  await expect(page.getByText(/1 of \d+ done\./)).toBeVisible();
  await page.getByLabel('Target date: Pass the CPC exam').fill('2027-03-01');
  await page.reload();
  await hydrated(page);
  await expect(page.getByLabel('Status: Self-study with an exam-prep course')).toHaveValue('done');
  await expect(page.getByLabel('Target date: Pass the CPC exam')).toHaveValue('2027-03-01');
  await expect(page.getByRole('heading', { level: 2, name: 'Your plan' })).toBeVisible();
  await expect(page.getByLabel('Hours a week you can study')).toHaveValue('15');
});

test('a share link reproduces the plan and its progress in another browser, which keeps it only when asked', async ({ page, browser }) => {
  await open(page);
  await answer(page, { goal: 'inpatient-coder', preference: 'Fastest' });
  const firstStatus = (p: Page) => p.getByLabel(/^Status: /).first();
  await firstStatus(page).selectOption('in-progress');
  await expect(stepTitles(planList(page)).first()).toContainText('In progress');
  const titles = await stepTitles(planList(page)).allInnerTexts();
  expect(titles.length).toBeGreaterThanOrEqual(3);
  const link = page.getByRole('link', { name: /\/roadmap\/\?p=r1\./ });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/roadmap\/\?p=r1\.[A-Za-z0-9._~-]+$/);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(href!);
  await hydrated(fresh);
  await expect(fresh.getByRole('heading', { level: 2, name: 'The shared plan' })).toBeVisible();
  await expect(fresh.getByRole('status').filter({ hasText: 'someone shared' })).toContainText('Your own saved plan has not changed');
  await expect(stepTitles(planList(fresh, 'The shared plan'))).toHaveText(titles);
  await expect(firstStatus(fresh)).toHaveValue('in-progress');
  await expect(fresh.getByLabel('Which job do you want?')).toHaveValue('inpatient-coder');

  await fresh.getByRole('button', { name: 'Save as my plan' }).click();
  await expect(fresh.getByRole('heading', { level: 2, name: 'Your plan' })).toBeVisible();
  await expect(fresh).toHaveURL(/\/roadmap\/$/);
  await fresh.reload();
  await hydrated(fresh);
  await expect(fresh.getByRole('heading', { level: 2, name: 'Your plan' })).toBeVisible();
  await expect(firstStatus(fresh)).toHaveValue('in-progress');
  await other.close();
});

test('opening a shared plan leaves the reader’s own saved plan alone', async ({ page }) => {
  await open(page);
  await answer(page, { preference: 'Cheapest' });
  await page.getByLabel('Status: Self-study with an exam-prep course').selectOption('done');
  const own = await page.getByRole('link', { name: /\/roadmap\/\?p=r1\./ }).getAttribute('href');
  await page.goto('/roadmap/?p=r1.h.f.20..inpatient-coder.cca-exam_p~first-job-search');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 2, name: 'The shared plan' })).toBeVisible();
  await expect(page.getByLabel('Status: Pass the CCA exam')).toHaveValue('in-progress');
  await page.getByRole('button', { name: 'Back to my plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your plan' })).toBeVisible();
  await expect(page.getByLabel('Status: Self-study with an exam-prep course')).toHaveValue('done');
  await expect(page.getByRole('link', { name: /\/roadmap\/\?p=r1\./ })).toHaveAttribute('href', own!);
});

test('reorder by keyboard and see a prerequisite warning; add and remove a step', async ({ page }) => {
  await open(page);
  await answer(page);
  const plan = planList(page);
  const before = await stepTitles(plan).allInnerTexts();
  const at = before.findIndex((t) => t.startsWith('Pass the CPC exam'));
  await page.getByRole('button', { name: 'Move up: Pass the CPC exam' }).press('Enter');
  await expect(stepTitles(plan).nth(at - 1)).toContainText('Pass the CPC exam');
  // The moved step keeps the focus.
  await expect(page.getByRole('button', { name: 'Move up: Pass the CPC exam' })).toBeFocused();
  const warning = page.getByRole('status').filter({ hasText: 'Order problems' });
  await expect(warning).toContainText('"Pass the CPC exam" needs');
  await expect(warning).toContainText('but it comes later in your plan');
  await page.getByRole('button', { name: 'Move down: Pass the CPC exam' }).press('Enter');
  await expect(stepTitles(plan)).toHaveText(before);
  await expect(page.getByRole('status').filter({ hasText: 'Order problems' })).toHaveCount(0);

  await page.getByLabel('Add a step from the catalogue').selectOption({ label: 'Externship' });
  await page.getByRole('button', { name: 'Add step' }).click();
  await expect(plan.getByRole('heading', { level: 3, name: /^Externship/ })).toBeVisible();
  await expect(stepItem(plan, 'Externship')).toContainText('You added this step.');
  await expect(page.getByText(/^Externship added at position \d+\.$/)).toBeAttached();
  await page.getByRole('button', { name: 'Remove: Externship' }).click();
  await expect(plan.getByRole('heading', { level: 3, name: /^Externship/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Your plan' })).toBeFocused();
  await expect(stepTitles(plan)).toHaveText(before);
});

test('target dates become a calendar file', async ({ page }) => {
  await open(page);
  await answer(page);
  await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeDisabled();
  await page.getByLabel('Target date: Pass the CPC exam').fill('2027-03-01');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('coding-roadmap.ics');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('\r\nDTSTART;VALUE=DATE:20270301\r\n');
  expect(text).toContain('SUMMARY:Target: Pass the CPC exam');
});

test('unreadable saved data is kept under a backup key and the reader is told', async ({ page }) => {
  await open(page);
  await page.evaluate(() => localStorage.setItem('ccp:roadmap', '{"version":1,"broken'));
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('alert')).toContainText('could not be read');
  expect(await page.evaluate(() => localStorage.getItem('ccp:roadmap:backup'))).toBe('{"version":1,"broken');
  expect(await page.evaluate(() => localStorage.getItem('ccp:roadmap'))).toBe('{"version":1,"broken');
  await expect(page.getByRole('heading', { level: 2, name: 'An example plan' })).toBeVisible();
  // The download helper loads when asked for (a lazy chunk): the file holds the unreadable text.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable data' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('coding-roadmap-unreadable.json');
  expect(readFileSync((await file.path())!, 'utf8')).toBe('{"version":1,"broken');
});

test('printing hides the controls and keeps the steps, their figures and the totals', async ({ page }) => {
  await open(page);
  await answer(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Plan my route' })).toBeHidden();
  await expect(page.getByLabel('Status: Pass the CPC exam')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy share link' })).toBeHidden();
  await expect(stepTitles(planList(page)).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Totals' })).toBeVisible();
  // The share panel does not print, but the plan's link does, under the answers.
  await expect(page.getByText(/^Link to this plan and its progress: http.*\/roadmap\/\?p=r1\./).filter({ visible: true })).toHaveCount(1);
  // The first page is not left near-empty: a long step may break across pages.
  expect(await stepTitles(planList(page)).first().evaluate((el) => getComputedStyle(el.closest('li')!).breakInside)).not.toBe('avoid');
});

test('on a 360 px phone the page never scrolls sideways', async ({ page }) => {
  await open(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await answer(page, { budget: '2000' });
  await page.getByLabel('Target date: Pass the CPC exam').fill('2027-01-01');
  await page.getByLabel('Status: Self-study with an exam-prep course').selectOption('in-progress');
  await page.getByRole('button', { name: 'Move up: Pass the CPC exam' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Order problems' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations once a plan has progress, a warning and a shared-plan notice (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/roadmap/?p=r1.n.c.10.1000.outpatient-coder.cca-exam_d20270101~college-certificate_p~first-job-search_s');
    await hydrated(page);
    await expect(page.getByRole('status').filter({ hasText: 'Order problems' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Totals' })).toContainText('Over your budget');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the example plan with figures and sources', async ({ page }) => {
    await page.goto('/roadmap/');
    const plan = planList(page, 'An example plan');
    expect(await stepTitles(plan).count()).toBeGreaterThanOrEqual(3);
    await expect(plan).toContainText('Pass the CPC exam');
    await expect(plan.getByRole('link').first()).toHaveAttribute('href', /\/sources\/#/);
    await expect(page.getByRole('region', { name: 'Totals' })).toContainText('$');
  });
});

test('years of work, credentials held and a target date: checked at the field, counted in the plan', async ({ page }) => {
  await open(page);
  await page.getByLabel('Where are you starting from?').selectOption('cpc-a');
  await page.getByLabel('Which job do you want?').selectOption('outpatient-coder');
  const years = page.getByLabel('Years of coding work (optional)');
  await years.fill('99');
  await page.getByRole('button', { name: 'Plan my route' }).click();
  // The rule the stored plan is read with refuses it; the field says so and keeps the focus.
  await expect(years).toBeFocused();
  await expect(years).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Give a number of years from 0 to 50, or leave it empty.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your plan' })).toHaveCount(0);

  await years.fill('1');
  const held = page.getByRole('group', { name: 'Credentials you hold' });
  await held.getByRole('checkbox', { name: 'CPC-A (apprentice)' }).check();
  await held.getByRole('checkbox', { name: /^A coding course/ }).check();
  await page.getByLabel('When do you want to get there? (optional)').fill('2030-01-01');
  await page.getByRole('button', { name: 'Plan my route' }).click();
  await expect(years).not.toHaveAttribute('aria-invalid', 'true');
  // A CPC-A with a year of work and a qualifying course needs only the removal of the "A".
  const plan = planList(page);
  await expect(stepTitles(plan)).toHaveText([/^Remove the apprentice designation through work and a coding course/, /^Hold the full CPC/]);
  const goal = page.getByRole('region', { name: 'The job you are aiming at' });
  await expect(goal).toContainText('What its employers ask for');
  await expect(goal).toContainText("AAPC's CPC");
  await expect(goal.getByRole('link').first()).toHaveAttribute('href', /\/sources\/#/);
  await expect(goal).toContainText('What it pays');
  await expect(goal).toContainText('Working from home');
  await expect(goal).toContainText('By Jan 1, 2030');
  // The answers travel with the plan: reload, and a share link in the newer format.
  await page.reload();
  await hydrated(page);
  await expect(page.getByLabel('Years of coding work (optional)')).toHaveValue('1');
  await expect(page.getByRole('checkbox', { name: 'CPC-A (apprentice)' })).toBeChecked();
  await expect(page.getByRole('link', { name: /\/roadmap\/\?p=r2\./ })).toBeVisible();
});

test('adding a step brings its companions and removing it takes them away, saying so', async ({ page }) => {
  await open(page);
  await answer(page, { goal: 'inpatient-coder', preference: 'Fastest' });
  const plan = planList(page);
  const before = await stepTitles(plan).allInnerTexts();
  await page.getByLabel('Add a step from the catalogue').selectOption({ label: 'Pass the CPC exam' });
  await page.getByRole('button', { name: 'Add step' }).click();
  await expect(page.getByText(/^Pass the CPC exam added at position \d+\. With it, what it needs and what completes it: .*Hold the full CPC/).first()).toBeVisible();
  const titles = await stepTitles(plan).allInnerTexts();
  const index = (prefix: string) => titles.findIndex((t) => t.startsWith(prefix));
  expect(index('Hold the full CPC')).toBeGreaterThan(index('Pass the CPC exam'));
  // No order problems: the removal of the "A" comes after the work it depends on.
  await expect(page.getByRole('status').filter({ hasText: 'Order problems' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove: Pass the CPC exam' }).click();
  await expect(page.getByText(/^Pass the CPC exam removed\. Also removed, because only it needed them: .*Hold the full CPC/).first()).toBeVisible();
  await expect(stepTitles(plan)).toHaveText(before);
});

test('Move down on the second-to-last step moves it to the end and says so', async ({ page }) => {
  await open(page);
  await answer(page);
  const plan = planList(page);
  const before = await stepTitles(plan).allInnerTexts();
  // The plan ends with the removal of the apprentice "A", then the full CPC.
  const second = 'Remove the apprentice designation through work and a coding course';
  expect(before.at(-2)).toContain(second);
  await page.getByRole('button', { name: `Move down: ${second}` }).click();
  await expect(stepTitles(plan).last()).toContainText(second);
  await expect(page.getByText(`${second} moved to position ${before.length} of ${before.length}.`)).toBeAttached();
});
