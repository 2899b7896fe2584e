import { expect, type Page, test } from '@playwright/test';

test('the role filter narrows the cards as you type', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('[data-filter-text]');
  await expect(cards).toHaveCount(25);
  const input = page.getByRole('searchbox', { name: 'Find your role' });
  await input.fill('quality');
  await expect(page.getByRole('status').first()).toHaveText('2 of 25 roles shown');
  await expect(page.locator('[data-filter-text]:visible h4')).toHaveText(['Quality Assurance Engineer', 'QA']);
  await input.fill('design');
  await expect(page.locator('[data-filter-text]:visible h4')).toHaveText(['Head of Design', 'UX / UI Designer']);
  // The other document's heading disappears with its cards.
  await expect(page.getByRole('heading', { name: 'Key performance indicators (KPIs)', level: 3 })).toBeHidden();
  await input.fill('zzz');
  await expect(page.getByText('No role matches.')).toBeVisible();
  await input.fill('');
  await expect(page.locator('[data-filter-text]:visible')).toHaveCount(25);
});

test('the role filter finds what readers mean, and Enter opens the one match', async ({ page }) => {
  await page.goto('/');
  const input = page.getByRole('searchbox', { name: 'Find your role' });
  const shown = page.locator('[data-filter-text]:visible h4');
  for (const [query, names] of [
    ['QA', ['Quality Assurance Engineer', 'QA']],
    ['back-end', ['Backend Team', 'Backend Engineers']],
    ['engineer backend', ['Backend Engineers']],
    ['ux designer', ['UX / UI Designer']],
  ] as const) {
    await input.fill(query);
    await expect(shown, query).toHaveText([...names]);
  }
  await input.press('Enter');
  await expect(page).toHaveURL(/\/roles\/003-d2368406a48dee8f\/ux-ui-designer\/$/);
});

test('without JavaScript every role is listed and the filter is not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('[data-filter-text]:visible')).toHaveCount(25);
  await expect(page.getByRole('searchbox')).toBeHidden();
  await page.goto('/kpis/');
  await expect(page.locator('tbody tr:visible')).toHaveCount(121);
  await context.close();
});

test('each card shows its KPI and target counts', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('li.card', { hasText: 'Tech Team' })).toContainText('6 KPIs, 6 with a target');
  await expect(page.locator('li.card', { hasText: 'Finance' })).toContainText('6 KPIs, 0 with a target');
  await expect(page.locator('li.card', { hasText: 'Engineering Manager' })).toContainText('Not currently staffed');
});

test('the KPI table filters by document, kind and target, and sorts', async ({ page }) => {
  await page.goto('/kpis/');
  const rows = page.locator('tbody tr:visible');
  await expect(rows).toHaveCount(121);
  await page.getByLabel('Numeric target').selectOption('yes');
  await expect(rows).toHaveCount(66);
  await page.getByLabel('Kind').selectOption('duration');
  await expect(rows).toHaveCount(11);
  await expect(page.getByRole('status')).toHaveText('11 of 121 KPIs shown');
  await page.getByRole('button', { name: 'Target' }).click();
  await expect(page.getByRole('columnheader', { name: 'Target' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first().locator('td').nth(1)).toContainText('≤ 1 s');
  await expect(rows.last().locator('td').nth(1)).toContainText('≤ 36 h');
  await page.getByRole('button', { name: 'Target' }).click();
  await expect(rows.first().locator('td').nth(1)).toContainText('≤ 36 h');
  await page.getByLabel('Kind').selectOption('');
  await page.getByLabel('Numeric target').selectOption('');
  await page.getByLabel('Document').selectOption({ label: 'KPIs & Metrics per Area / Role' });
  await expect(rows).toHaveCount(45);
  await page.getByLabel('Document').selectOption('');
  await page.getByRole('searchbox', { name: 'Find a KPI' }).fill('stand-ups backend');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Backend');
});

test('on a phone each KPI is a card with its target in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/kpis/');
  const first = page.locator('tbody tr[data-order]').first();
  const target = await first.locator('.badge').boundingBox();
  expect(target!.x + target!.width).toBeLessThanOrEqual(390);
  const card = await first.boundingBox();
  expect(card!.x + card!.width, 'the card fits the screen').toBeLessThanOrEqual(390);
  await expect(first.locator('td.secondary').first()).toBeHidden();
});

/** The role headings of /kpis/ that show, and under each the KPI names shown, in page order. */
async function groupsShown(page: Page) {
  return page.locator('tbody:visible').evaluateAll((groups) =>
    groups.map((g) => ({
      role: g.querySelector('h2')?.checkVisibility() ? g.querySelector('h2')!.textContent!.trim() : null,
      kpis: [...g.querySelectorAll<HTMLElement>('tr[data-order]')]
        .filter((r) => r.checkVisibility())
        .map((r) => r.querySelector('.kpi-cell a')!.textContent!.trim()),
    })),
  );
}

for (const javaScriptEnabled of [true, false]) {
  test(`on a phone /kpis/ lists the KPIs under role headings${javaScriptEnabled ? '' : ', also without JavaScript'}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/kpis/');
    const groups = await groupsShown(page);
    // Every role with KPIs once, in document order, each heading over its own KPIs only.
    expect(groups).toHaveLength(25);
    expect(groups.slice(0, 2).map((g) => g.role)).toEqual(['Tech Team', 'Product Manager']);
    expect(groups[1]!.kpis).toEqual([
      '25k transactions generated by product',
      '7/10 Average Net Promoter Score',
      '30% active users using product (B2C)',
      '100k API calls to HaaS (B2B)',
      '80% daily stand-ups & sprint reviews attended',
    ]);
    expect(groups.reduce((n, g) => n + g.kpis.length, 0)).toBe(121);
    await expect(page.getByRole('heading', { level: 2, name: 'Technical Writer' })).toBeVisible();
    // The heading names the role, so the cards do not; the document is named under the heading.
    await expect(page.locator('td.role-cell').first()).toBeHidden();
    await expect(page.locator('tbody').first().locator('.role-head p')).toHaveText('Key performance indicators (KPIs)');
    // Nothing is wider than the screen: no table to scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const heading = await page.getByRole('heading', { level: 2, name: 'Product Manager' }).boundingBox();
    const card = await page.locator('tr[data-order]', { hasText: '7/10 Average Net Promoter Score' }).boundingBox();
    expect(card!.y, 'the KPI is under its role').toBeGreaterThan(heading!.y);
    await context.close();
  });
}

test('on a phone, filtering /kpis/ keeps the headings of the roles whose KPIs are left', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/kpis/');
  await page.getByRole('searchbox', { name: 'Find a KPI' }).fill('knowledgebase');
  await expect
    .poll(() => groupsShown(page))
    .toEqual([
      {
        role: 'Technical Writer',
        kpis: [
          '10 technical documentation and knowledgebase resources created or updated.',
          '3.5/5 average customer satisfaction rating with technical documentation and knowledgebase resources.',
        ],
      },
    ]);
  // On a wide screen the same page is one table with a Role column and no role headings.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.locator('.role-head').first()).toBeHidden();
  await expect(page.locator('td.role-cell:visible')).toHaveText(['Technical Writer', 'Technical Writer']);
});

test('sorted by a column, the phone’s cards leave their role groups and each names its role', async ({ page }) => {
  await page.goto('/kpis/');
  await page.getByRole('button', { name: 'Target' }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('.role-head:visible')).toHaveCount(0);
  const first = page.locator('tbody tr[data-order]').first();
  await expect(first.locator('td.role-cell')).toBeVisible();
  // The smallest count first: the Product Manager's 25k transactions, away from its role's heading.
  await expect(first.locator('td.role-cell')).toHaveText('Product Manager');
});

test('the role filter lives in the address: reload, Back and a shared link restore it', async ({ page }) => {
  await page.goto('/');
  const input = page.getByRole('searchbox', { name: 'Find your role' });
  const shown = page.locator('[data-filter-text]:visible h4');
  await input.fill('backend');
  await expect(page).toHaveURL(/\/\?q=backend$/);
  await expect(shown).toHaveText(['Backend Team', 'Backend Engineers']);
  await page.reload();
  await expect(input).toHaveValue('backend');
  await expect(shown).toHaveText(['Backend Team', 'Backend Engineers']);
  await page.getByRole('link', { name: 'Backend Engineers' }).click();
  await expect(page).toHaveURL(/\/roles\/000-619243cf29085ed7\/backend-engineers\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?q=backend$/);
  await expect(input).toHaveValue('backend');
  await expect(shown).toHaveText(['Backend Team', 'Backend Engineers']);
  await expect(page.getByRole('status').first()).toHaveText('2 of 25 roles shown');
  // A link someone shares opens filtered.
  await page.goto('/?q=qa');
  await expect(input).toHaveValue('qa');
  await expect(shown).toHaveText(['Quality Assurance Engineer', 'QA']);
  // Cleared, the address is plain again.
  await input.fill('');
  await expect(page).toHaveURL(/\/$/);
});

test('the KPI table’s filters live in the address: reload, Back and a shared link restore them', async ({ page }) => {
  await page.goto('/kpis/');
  const rows = page.locator('tbody tr[data-order]:visible');
  await page.getByLabel('Kind').selectOption('duration');
  await page.getByRole('searchbox', { name: 'Find a KPI' }).fill('resolve');
  await expect(page).toHaveURL(/\/kpis\/\?kind=duration&q=resolve$/);
  await expect(rows).toHaveCount(10);
  await page.reload();
  await expect(page.getByLabel('Kind')).toHaveValue('duration');
  await expect(page.getByRole('searchbox', { name: 'Find a KPI' })).toHaveValue('resolve');
  await expect(rows).toHaveCount(10);
  await rows.first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/roles\//);
  await page.goBack();
  await expect(page).toHaveURL(/\/kpis\/\?kind=duration&q=resolve$/);
  await expect(page.getByLabel('Kind')).toHaveValue('duration');
  await expect(rows).toHaveCount(10);
  await expect(page.getByRole('status')).toHaveText('10 of 121 KPIs shown');
  // A shared link with the document and target filters.
  await page.goto('/kpis/?document=003-d2368406a48dee8f&target=no');
  await expect(page.getByLabel('Document')).toHaveValue('003-d2368406a48dee8f');
  await expect(page.getByLabel('Numeric target')).toHaveValue('no');
  await expect(rows).toHaveCount(45);
});
