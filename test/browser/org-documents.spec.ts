/**
 * The site after an organisation copies one of its own documents into seeds/ (built by
 * `npm run build:org` from the sample seeds plus test/fixtures/markdown/clean.md): every page
 * works, the new roles are there, and every page of the seeds-only site still resolves.
 */
import { expect, test } from '@playwright/test';
import { ORG_PORT } from './playwright.config.ts';
import { builtPages, watchErrors } from './site.ts';

const origin = `http://127.0.0.1:${ORG_PORT}`;
const pages = builtPages('dist-org');

test('every page of the site with an added document loads without errors', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  for (const path of pages) {
    const response = await page.goto(origin + path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }
  expect(errors()).toEqual([]);
});

test('the added document’s roles are listed, searchable and checkable beside the seeds’ roles', async ({ page }) => {
  await page.goto(`${origin}/`);
  const directory = page.getByRole('main');
  await expect(directory.getByRole('link', { name: 'Support Lead', exact: true })).toBeVisible();
  await expect(directory.getByRole('link', { name: 'Tech Team', exact: true })).toBeVisible();
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search roles, KPIs and definitions' }).fill('coaching');
  await expect(page.locator('.search-results > li > a').first()).toHaveText('Support Lead');
  await page.goto(`${origin}/roles/support-lead/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support Lead');
});

test('every page of the seeds-only site still resolves once a document is added', async ({ request }) => {
  const missing: string[] = [];
  for (const path of builtPages('dist')) {
    if (path === '/404.html') continue;
    const response = await request.get(origin + path);
    if (response.status() !== 200) missing.push(`${path} → ${response.status()}`);
  }
  expect(missing).toEqual([]);
});
