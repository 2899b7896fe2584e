import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, watchErrors } from './site.ts';

const pages = builtPages();

test('the theme button says what it will do, persists across pages and reloads, and offers the system theme again', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  expect(await bg()).not.toBe(light);
  await page.goto('/kpis/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  const back = page.getByRole('button', { name: 'Match the system theme' });
  await expect(back).toBeVisible();
  expect(await bg()).not.toBe(light);
  await back.click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await bg()).toBe(light);
  await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
});

test('dark mode follows the system until a choice is made', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
});

for (const path of pages) {
  test(`${path}: no horizontal scroll at 360 px, no console errors, axe clean in both themes`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow in ${scheme}`).toBe(0);
      await expect(page.locator('h1')).toHaveCount(1);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map(
          (v) =>
            `${scheme}: ${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
    }
    expect(errors()).toEqual([]);
  });
}

test('the largest role page prints on one or two pages, without site chrome', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/frontend-team/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('copy-link').first()).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
});
