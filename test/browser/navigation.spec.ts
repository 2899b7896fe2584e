import { expect, test } from '@playwright/test';
import { PORT } from './playwright.config.ts';
import { watchErrors } from './site.ts';

test('home → role → KPI anchor → source line and back', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('KPI handbook');
  await page.getByRole('link', { name: 'Software Architect' }).click();
  await expect(page).toHaveURL(/\/roles\/000-619243cf29085ed7\/software-architect\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Software Architect');

  // The typo is kept as written, and the badge reads the same to everyone.
  const kpi = page.locator('li.kpi').filter({ hasText: 'vverage response response time' });
  await expect(kpi.locator('.badge')).toContainText('≤ 1 s');
  await expect(kpi.locator('.badge .visually-hidden')).toHaveText('Target: at most 1 second');
  const id = await kpi.locator('h3').getAttribute('id');
  expect(id).toMatch(/^kpi-/);

  // The KPI's anchor targets it.
  await page.goto(`/roles/000-619243cf29085ed7/software-architect/#${id}`);
  await expect(page.locator(`#${id}`)).toBeInViewport();

  // Its source link, behind the KPI's one small control, lands on the exact line of the document.
  await expect(kpi.getByRole('link', { name: 'View in the source document' })).toBeHidden();
  await kpi.locator('.kpi-meta > summary').click();
  await kpi.getByRole('link', { name: 'View in the source document' }).click();
  await expect(page).toHaveURL(/\/documents\/000-619243cf29085ed7\/#L25$/);
  const line = page.locator('#L25');
  await expect(line).toContainText('1 second vverage response response time for API calls.');
  await expect(line).toBeInViewport();

  // And the line links back to the KPI it became.
  await line.getByRole('link', { name: /vverage response/ }).click();
  await expect(page).toHaveURL(new RegExp(`/roles/000-619243cf29085ed7/software-architect/#${id}$`));
  expect(errors()).toEqual([]);
});

test('a not-available role says it is not staffed', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/devops-engineer/');
  await expect(page.locator('.role-context')).toContainText('Not currently staffed');
  await expect(page.locator('.badge').first()).toHaveText(/No numeric target in the source/);
});

test('related roles link across documents, with the reason', async ({ page }) => {
  await page.goto('/roles/003-d2368406a48dee8f/qa/');
  const related = page.getByRole('region', { name: 'Related roles' });
  await expect(related.getByRole('link', { name: 'Quality Assurance Engineer' })).toBeVisible();
  await expect(related).toContainText('Same job');
  await page.goto('/roles/000-619243cf29085ed7/frontend-team/');
  await expect(page.getByRole('region', { name: 'Related roles' }).getByRole('link', { name: 'Frontend Engineers' })).toBeVisible();
});

test('KPI texts link to the definitions they mention', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/frontend-engineers/');
  await page.getByRole('link', { name: 'quality assurance pass rate' }).first().click();
  await expect(page).toHaveURL(/\/definitions\/#quality-assurance-pass-rate$/);
  const entry = page.locator('article', { has: page.locator('#quality-assurance-pass-rate') });
  await expect(entry).toContainText('From “Key performance indicators (KPIs)”: view in the source document.');
  await expect(entry).toContainText('test cases passed ÷ test cases run × 100');
  await expect(entry).toContainText('→ 90 %');
  await expect(page.locator('article', { has: page.locator('#net-promoter-score') })).toContainText('not the −100…100 score');
});

test('the copy-link button copies the KPI address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/roles/000-619243cf29085ed7/technical-writer/');
  const kpi = page.locator('li.kpi').first();
  await kpi.locator('.kpi-meta > summary').click();
  await kpi.getByRole('button', { name: /Copy link/ }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    `http://127.0.0.1:${PORT}/roles/000-619243cf29085ed7/technical-writer/#${await kpi.locator('h3').getAttribute('id')}`,
  );
  await expect(kpi.getByRole('status')).toHaveText('Link copied');
});

test("the editors' page links each document's outline, where every heading says what it was read as", async ({ page }) => {
  await page.goto('/editors/');
  await page.locator('#outline ~ ul').first().getByRole('link', { name: 'KPIs & Metrics per Area / Role' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How “KPIs & Metrics per Area / Role” was read');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Developers', exact: true }) });
  await expect(row.getByRole('cell').nth(2)).toHaveText('Role');
  await expect(row.getByRole('cell').nth(3)).toHaveText(/^\d+$/);
});
