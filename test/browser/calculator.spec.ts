import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { watchErrors } from './site.ts';

const row = (page: Page, n: number) => page.locator('li.kpi').nth(n - 1);
const value = (page: Page, n: number) => row(page, n).getByLabel('Your value', { exact: true });
const summary = (page: Page) => page.locator('.scorecard-summary');

test('values on a role page get verdicts, gaps and a summary', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/roles/000-619243cf29085ed7/frontend-engineers/');
  await value(page, 1).fill('75');
  await expect(row(page, 1).locator('.calc-msg')).toHaveText('≈ Close — 5 points short. Read as 75 %; target ≥ 80 %.');
  await value(page, 2).fill('1 h 30 min');
  await expect(row(page, 2).locator('.calc-msg')).toHaveText('✓ Met — meets the target by 22.5 h. Read as 1.5 h; target ≤ 24 h.');
  await value(page, 3).fill('0.85');
  await expect(row(page, 3).locator('.calc-msg')).toContainText('read 0.85 as a fraction');
  await value(page, 5).fill('50');
  await expect(row(page, 5).locator('.calc-msg')).toContainText('✗ Not met — 30 points short');
  await expect(summary(page)).toHaveText('2 of 4 KPIs checked are met, 1 close. Mean attainment 89 % (each KPI counted up to 100 %).');
  await expect(row(page, 5).locator('meter')).toHaveAttribute('aria-label', /Attainment for 80% of daily stand-ups/);
  expect(errors()).toEqual([]);
});

test('bad input gets a message tied to the input, and other rows carry on', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/tech-team/');
  await value(page, 2).fill('90');
  for (const bad of ['abc', '-5', 'Infinity', '1e309', '150%', 'about 85 percent I think, give or take a bit']) {
    await value(page, 1).fill(bad);
    await expect(value(page, 1)).toHaveAttribute('aria-invalid', 'true');
    const id = await value(page, 1).getAttribute('aria-describedby');
    await expect(page.locator(`[id="${id}"]`)).not.toBeEmpty();
    await expect(row(page, 2).locator('.calc-msg')).toContainText('✓ Met');
  }
  await expect(page.locator('[id="calc-msg-1"]')).toHaveText('Type just the number, for example 85 or 85%.');
  await value(page, 1).fill('');
  await expect(value(page, 1)).not.toHaveAttribute('aria-invalid', 'true');
});

test('values come back after a reload, and Clear removes them', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/technical-support/');
  await value(page, 1).fill('85');
  await value(page, 2).fill('40h');
  await page.goto('/roles/000-619243cf29085ed7/technical-support/');
  await expect(value(page, 1)).toHaveValue('85');
  await expect(row(page, 2).locator('.calc-msg')).toContainText('≈ Close — 4 h over target');
  await page.getByRole('button', { name: 'Clear values' }).click();
  await expect(value(page, 1)).toHaveValue('');
  await page.reload();
  await expect(value(page, 2)).toHaveValue('');
});

test('a shared link reproduces the scorecard in a fresh browser', async ({ page, browser }) => {
  await page.goto('/roles/000-619243cf29085ed7/product-manager/');
  await value(page, 1).fill('23000');
  await value(page, 2).fill('3.8/5');
  await expect(summary(page)).toContainText('of 2 KPIs');
  const link = page.url();
  expect(link).toMatch(/#v1=23000&v2=3\.8%2F5$/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(value(other, 1)).toHaveValue('23000');
  await expect(row(other, 1).locator('.calc-msg')).toHaveText(
    '≈ Close — 2,000 transactions short. Read as 23,000 transactions; target ≥ 25,000 transactions.',
  );
  await expect(row(other, 2).locator('.calc-msg')).toContainText('Read as 7.6 / 10 (rescaled from 3.8 / 5)');
  await expect(other.locator('.scorecard-summary')).toHaveText((await summary(page).textContent()) ?? '');
  await fresh.close();
});

test('the scorecard downloads as CSV with a row per KPI', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/software-architect/');
  await value(page, 1).fill('1.3');
  await value(page, 2).fill('20');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download scorecard (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('software-architect-scorecard.csv');
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  expect(text.split('\r\n')).toEqual([
    'KPI,Target,Your value,Read as,Status,Attainment %,Gap',
    '1 second vverage response response time for API calls.,≤ 1 s,1.3,1.3 s,Not met,76.9,0.3 s over target',
    '24hrs Average time to resolve API technical issues,≤ 24 h,20,20 h,Met,100,meets the target by 4 h',
    '',
  ]);
});

test('a KPI without a numeric target takes a target typed by the user', async ({ page }) => {
  await page.goto('/roles/003-d2368406a48dee8f/head-of-design/');
  const r = row(page, 3);
  await r.getByLabel('Your value').fill('85');
  await expect(r.locator('.calc-msg')).toHaveText('This KPI has no numeric target in the source; type your own target to check against.');
  await r.getByLabel('Your target').fill('≥ 90%');
  await expect(r.locator('.calc-msg')).toHaveText('≈ Close — 5 points short. Read as 85 %; target ≥ 90 %.');
  await r.getByLabel('Your target').fill('under 2 days');
  await expect(r.locator('.calc-msg')).toContainText('Read as 85 d');
  await r.getByLabel('Your target').fill('soon');
  await expect(r.getByLabel('Your target')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/t3=soon/);
});

test('a value can be computed from raw counts with the glossary formula', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/frontend-engineers/');
  const r = row(page, 3);
  await r.getByText('Compute from counts (Quality assurance pass rate)').click();
  await r.getByLabel('Test cases passed').fill('45');
  await r.getByLabel('Test cases run').fill('50');
  await expect(r.getByLabel('Your value', { exact: true })).toHaveValue('90%');
  await expect(r.locator('.calc-msg')).toContainText('✓ Met — meets the target by 10 points');
  const time = row(page, 2);
  await time.getByText('Compute from counts (Average time to resolve)').click();
  await time.getByLabel('Total time to resolve').fill('120h');
  await time.getByLabel('Issues resolved').fill('4');
  await expect(time.locator('.calc-msg')).toContainText('✗ Not met — 6 h over target');
});

test('the calculator works from the keyboard alone', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/technical-writer/');
  await value(page, 1).focus();
  await page.keyboard.type('12');
  // Tab past the row's copy link and formula disclosure to the next value input.
  for (let i = 0; i < 10 && !(await value(page, 2).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(value(page, 2)).toBeFocused();
  await page.keyboard.type('3.8');
  await expect(summary(page)).toHaveText('2 of 2 KPIs checked are met. Mean attainment 100 % (each KPI counted up to 100 %).');
  await page.getByRole('button', { name: 'Clear values' }).focus();
  await page.keyboard.press('Enter');
  await expect(value(page, 1)).toHaveValue('');
});

test('a role page with values entered passes axe in both themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/roles/000-619243cf29085ed7/frontend-engineers/#v1=75&v2=20h&v3=abc&v5=50');
    await expect(row(page, 3).getByLabel('Your value')).toHaveAttribute('aria-invalid', 'true');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('the calculator page checks a single target and links every role', async ({ page }) => {
  await page.goto('/calculator/');
  await page.getByLabel('Target', { exact: true }).fill('under 2 days');
  await page.getByLabel('Your value', { exact: true }).fill('30 h');
  await expect(page.locator('#adhoc-result')).toHaveText(
    '✓ Met — meets the target by 0.75 d. Read as 1.25 d; target ≤ 2 business d.'.replace(' business', ''),
  );
  await page.getByLabel('Role').selectOption({ label: 'QA (4 KPIs)' });
  await page.getByRole('button', { name: 'Open its scorecard' }).click();
  await expect(page).toHaveURL(/\/roles\/003-d2368406a48dee8f\/qa\/#check-yourself$/);
});

test('without JavaScript every KPI and target is shown and no dead inputs appear', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/roles/000-619243cf29085ed7/frontend-engineers/');
  await expect(page.locator('li.kpi')).toHaveCount(5);
  await expect(page.locator('li.kpi .badge').first()).toContainText('≥ 80 %');
  await expect(page.locator('input:visible')).toHaveCount(0);
  await page.goto('/calculator/');
  await expect(page.getByRole('link', { name: 'Head of Design' })).toBeVisible();
  await context.close();
});
