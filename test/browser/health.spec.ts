import { expect, test } from '@playwright/test';

test('the health page lists findings by document and role, each linking to its line', async ({ page }) => {
  await page.goto('/editors/health/');
  await expect(page.locator('.counts')).toContainText('Warnings17');
  const architect = page.locator('ul.findings').filter({ has: page.getByText('“vverage” is not in the dictionary') });
  await expect(architect).toContainText('“response response” repeats a word');
  await architect.getByRole('link', { name: 'line 25:15' }).click();
  await expect(page).toHaveURL(/\/documents\/000-619243cf29085ed7\/#L25$/);
  await expect(page.locator('#L25')).toContainText('vverage response response');
});

test('role pages show readers no health notes; the editors’ health page keeps each role’s findings, and its old address leads there', async ({
  page,
}) => {
  await page.goto('/roles/000-619243cf29085ed7/backend-team/');
  await expect(page.getByRole('main')).not.toContainText('cross-family-word');
  await expect(page.getByRole('main')).not.toContainText('Checked');
  // The address saved when ids still held "/" reaches the element, whose id now holds "__".
  await page.goto('/health/#role-000-619243cf29085ed7/backend-team');
  await expect(page).toHaveURL(/\/editors\/health\/#role-000-619243cf29085ed7__backend-team$/);
  await expect(page.locator('#role-000-619243cf29085ed7__backend-team')).toBeInViewport();
  await expect(page.locator('#role-000-619243cf29085ed7__backend-team').locator('..')).toContainText('cross-family-word');
});
