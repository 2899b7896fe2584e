import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { watchErrors } from './site.ts';

const row = (page: Page, n: number) => page.locator('li.kpi').nth(n - 1);
const value = (page: Page, n: number) => row(page, n).getByLabel('Your value', { exact: true });
const summary = (page: Page) => page.locator('.scorecard-summary');

// Role pages open in reading mode; these tests check values, so "Check my values" starts switched
// on, as a reader who switched it on once finds it (reader.spec.ts tests the switch itself).
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kpi-handbook:checking', 'on'));
});

test('values on a role page get verdicts, gaps and a summary', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/roles/000-619243cf29085ed7/frontend-engineers/');
  await value(page, 1).fill('75');
  await expect(row(page, 1).locator('.calc-msg')).toHaveText(
    '≈ Close — 5 percentage points short of the target. Read as 75 %; target ≥ 80 %.',
  );
  await value(page, 2).fill('1 h 30 min');
  await expect(row(page, 2).locator('.calc-msg')).toHaveText('✓ Met — 22.5 h under the target. Read as 1.5 h; target ≤ 24 h.');
  await value(page, 3).fill('0.85');
  await expect(row(page, 3).locator('.calc-msg')).toContainText('read 0.85 as a fraction');
  await value(page, 5).fill('50');
  await expect(row(page, 5).locator('.calc-msg')).toContainText('✗ Not met — 30 percentage points short of the target');
  await expect(summary(page)).toHaveText(
    /^Of 4 KPIs checked, 2 are met, 1 is close and 1 is not met \(80% of daily stand-ups[^)]*\); 1 is not checked yet\.$/,
  );
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
  await expect(row(page, 2).locator('.calc-msg')).toContainText('✗ Not met — 4 h over the target');
  await page.getByRole('button', { name: 'Clear values' }).click();
  await expect(value(page, 1)).toHaveValue('');
  await page.reload();
  await expect(value(page, 2)).toHaveValue('');
});

test('a shared link reproduces the scorecard in a fresh browser', async ({ page, browser }) => {
  await page.goto('/roles/000-619243cf29085ed7/product-manager/');
  await value(page, 1).fill('23000');
  await value(page, 2).fill('3.8/5');
  await expect(summary(page)).toContainText('Of 2 KPIs checked');
  const link = page.url();
  expect(link).toMatch(/#v1=23000&v2=3\.8%2F5$/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(value(other, 1)).toHaveValue('23000');
  await expect(row(other, 1).locator('.calc-msg')).toHaveText(
    '≈ Close — 2,000 short of 25,000 transactions. Read as 23,000 transactions; target ≥ 25,000 transactions.',
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
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  expect(download.suggestedFilename()).toBe(`software-architect-scorecard-${today}.csv`);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = text.split('\r\n');
  expect(header).toBe('Role,Document,Period,Date,KPI,Target,Your value,Read as,Status,Attainment %,Gap');
  const month = today.slice(0, 7);
  expect(rows.map((r) => r.replace(/^Software Architect,[^,]+,/, ''))).toEqual([
    `${month},${today},1 second vverage response response time for API calls.,≤ 1 s,1.3,1.3 s,Not met,70,0.3 s over the target`,
    `${month},${today},24hrs Average time to resolve API technical issues,≤ 24 h,20,20 h,Met,100,4 h under the target`,
    '',
  ]);
});

test('a KPI without a numeric target takes a target typed by the user', async ({ page }) => {
  await page.goto('/roles/003-d2368406a48dee8f/head-of-design/');
  const r = row(page, 3);
  await r.getByLabel('Your value').fill('85');
  await expect(r.locator('.calc-msg')).toHaveText('This KPI has no numeric target in the source; type your own target to check against.');
  await r.getByLabel('Your target').fill('≥ 90%');
  await expect(r.locator('.calc-msg')).toHaveText('≈ Close — 5 percentage points short of the target. Read as 85 %; target ≥ 90 %.');
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
  await expect(r.locator('.calc-msg')).toContainText('✓ Met — exceeds the target by 10 percentage points');
  const time = row(page, 2);
  await time.getByText('Compute from counts (Average time to resolve)').click();
  await time.getByLabel('Total time to resolve').fill('120h');
  await time.getByLabel('Issues resolved').fill('4');
  await expect(time.locator('.calc-msg')).toContainText('✗ Not met — 6 h over the target');
});

test('a computed value made invalid clears its verdict and the summary, and marks the inputs invalid', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/frontend-engineers/');
  const r = row(page, 3);
  await r.getByText('Compute from counts (Quality assurance pass rate)').click();
  await r.getByLabel('Test cases passed').fill('17');
  await r.getByLabel('Test cases run').fill('20');
  await expect(r.locator('.calc-msg')).toContainText('✓ Met');
  await expect(summary(page)).toContainText('1 is met');
  await r.getByLabel('Test cases run').fill('15');
  await expect(r.getByLabel('Test cases run')).toHaveAttribute('aria-invalid', 'true');
  await expect(r.getByLabel('Your value', { exact: true })).toHaveValue('');
  await expect(r.locator('.calc-msg')).not.toContainText('Met');
  await expect(summary(page)).not.toContainText('is met');
  await r.getByLabel('Test cases run').fill('18');
  await expect(r.getByLabel('Test cases run')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(r.locator('.calc-msg')).toContainText('✓ Met');
});

test('the calculator works from the keyboard alone', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/technical-writer/');
  await value(page, 1).focus();
  await page.keyboard.type('12');
  // Tab past the row's copy link and formula disclosure to the next value input.
  for (let i = 0; i < 10 && !(await value(page, 2).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(value(page, 2)).toBeFocused();
  await page.keyboard.type('3.8');
  await expect(summary(page)).toHaveText('Of 2 KPIs checked, 2 are met and 0 are not met.');
  await page.getByRole('button', { name: 'Clear values' }).focus();
  await page.keyboard.press('Enter');
  await expect(value(page, 1)).toHaveValue('');
});

test('values are kept per period: they survive a reload, show no change in the same period, and export as history', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/technical-support/');
  await value(page, 1).fill('85');
  await page.reload();
  await expect(value(page, 1)).toHaveValue('85');
  const month = await page.evaluate(() => new Date().toLocaleDateString('sv').slice(0, 7));
  const history = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('kpi-handbook:history:000-619243cf29085ed7/technical-support') ?? '{}'),
  );
  expect(history).toEqual({ 1: { [month]: '85' } });
  // A value kept for an earlier period gives the change since then.
  await page.evaluate((m) => {
    const key = 'kpi-handbook:history:000-619243cf29085ed7/technical-support';
    localStorage.setItem(key, JSON.stringify({ 1: { '2020-01': '80', [m]: '85' } }));
  }, month);
  await page.reload();
  await expect(row(page, 1).locator('.calc-trend')).toHaveText(`2020-01: 80 %; ${month}: 85 % (+5 since then).`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download history (CSV)' }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  expect(text.split('\r\n').slice(0, 3)).toEqual([
    'Role,KPI,Period,Value',
    expect.stringMatching(/,2020-01,80$/),
    expect.stringMatching(new RegExp(`,${month},85$`)),
  ]);
});

test('the filled scorecard prints as one sheet with name, period and date, and no control or placeholder', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/frontend-engineers/#v1=75&v2=20h');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-sheet')).toBeVisible();
  await expect(page.locator('.print-sheet')).toContainText('Name');
  await expect(page.locator('.print-sheet')).toContainText('Period');
  for (const control of await page.locator('button, summary, details.kpi-meta, .scorecard-hint, .scorecard-help').all()) {
    await expect(control).toBeHidden();
  }
  // Inputs left empty (which would print their "e.g." placeholders) are not printed; filled ones are.
  for (const input of await page.locator('.calc input').all()) {
    if ((await input.inputValue()) === '') await expect(input).toBeHidden();
    else await expect(input).toBeVisible();
  }
  await expect(row(page, 1).locator('.calc-msg')).toBeVisible();
  await expect(row(page, 1).locator('.bullet svg')).toBeVisible();
  await expect(page.locator('.site-header, .sidebar')).toHaveCount(await page.locator('.site-header, .sidebar').count());
  for (const frame of await page.locator('.site-header, .sidebar').all()) await expect(frame).toBeHidden();
});

test('a role page with values entered passes axe in both themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/roles/000-619243cf29085ed7/frontend-engineers/#v1=75&v2=20h&v3=abc&v5=50');
    await expect(row(page, 3).getByLabel('Your value')).toHaveAttribute('aria-invalid', 'true');
    // The bullet charts are drawn once their module loads: axe checks them too.
    await expect(row(page, 1).locator('.bullet svg')).toBeVisible();
    await expect(row(page, 5).locator('.bullet svg')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('the calculator page checks a single target and links every role', async ({ page }) => {
  await page.goto('/calculator/');
  await page.getByLabel('Target', { exact: true }).fill('under 2 days');
  await page.getByLabel('Your value', { exact: true }).fill('30 h');
  await expect(page.locator('#adhoc-result')).toHaveText('✓ Met — 0.75 d under the target. Read as 1.25 d; target < 2 d.');
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

test.describe('targets as people write them, on the calculator page', () => {
  const check = async (page: Page, targetText: string, typed: string) => {
    await page.getByLabel('Target', { exact: true }).fill(targetText);
    await page.getByLabel('Your value', { exact: true }).fill(typed);
    return page.locator('#adhoc-result');
  };

  test('money in the target’s currency, and a different currency refused', async ({ page }) => {
    await page.goto('/calculator/');
    await expect(await check(page, 'under €4.50 per invoice', '€4.20')).toHaveText(
      '✓ Met — €0.30 under the target. Read as €4.20; target < €4.50.',
    );
    await expect(await check(page, 'under €4.50 per invoice', '$4')).toContainText('This target is in EUR');
  });

  test('a range: below, inside and above', async ({ page }) => {
    await page.goto('/calculator/');
    await expect(await check(page, '30–45 days', '40')).toHaveText('✓ Met — within the range. Read as 40 d; target 30–45 d.');
    await expect(await check(page, '30–45 days', '60')).toHaveText('✗ Not met — 15 d above the range. Read as 60 d; target 30–45 d.');
  });

  test('a change, from a baseline and the current value', async ({ page }) => {
    await page.goto('/calculator/');
    await expect(await check(page, 'reduce by 20% YoY', '120 → 90')).toHaveText(
      '✓ Met — 5 percentage points under the target. Read as −25 % (from 120 to 90); target ≤ −20 % YoY.',
    );
    await expect(await check(page, 'reduce by 20% YoY', '18')).toContainText('with its sign');
  });

  test('a strict bound at exactly the bound is not met', async ({ page }) => {
    await page.goto('/calculator/');
    const result = await check(page, '> 90%', '90');
    await expect(result).toHaveText(
      '≈ Close — exactly on the limit, which the target (more than 90 %) excludes. Read as 90 %; target > 90 %.',
    );
    await expect(result).toHaveAttribute('data-status', 'close');
  });
});

test('a mean of durations computed from counts stays in the target’s unit', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/frontend-team/');
  const kpi = page.locator('li.kpi', { hasText: 'average time to resolve' }).first();
  await kpi.getByText('Compute from counts').click();
  await kpi.getByLabel('Total time to resolve').fill('120');
  await kpi.getByLabel('Issues resolved').fill('5');
  await expect(kpi.getByLabel('Your value', { exact: true })).toHaveValue('24 h');
  await expect(kpi.locator('.calc-msg')).toContainText('✓ Met — exactly on target. Read as 24 h');
});

test('a formula-like value is written to the scorecard CSV as text, not as a formula', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/software-architect/');
  await value(page, 1).fill('=HYPERLINK("http://evil.example","x")');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download scorecard (CSV)' }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
});
