import { expect, test } from '@playwright/test';

test('the health page lists findings by document and role, each linking to its line', async ({ page }) => {
  await page.goto('/health/');
  await expect(page.locator('.counts')).toContainText('Warnings17');
  const architect = page.locator('ul.findings').filter({ has: page.getByText('“vverage” is not in the dictionary') });
  await expect(architect).toContainText('“response response” repeats a word');
  await architect.getByRole('link', { name: 'line 25:15' }).click();
  await expect(page).toHaveURL(/\/documents\/000-619243cf29085ed7\/#L25$/);
  await expect(page.locator('#L25')).toContainText('vverage response response');
});

test('a role page notes that its wording was checked, and links to the findings', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/backend-team/');
  const note = page.getByRole('note').filter({ hasText: 'Checked' });
  await expect(note).toContainText('cross-family-word');
  await note.getByRole('link', { name: 'document health' }).click();
  await expect(page).toHaveURL(/\/health\/#role-000-619243cf29085ed7\/backend-team$/);
  await expect(page.locator('[id="role-000-619243cf29085ed7/backend-team"]')).toBeInViewport();
});
