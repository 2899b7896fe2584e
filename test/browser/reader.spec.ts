/**
 * Reader first: what a new hire sees on a phone and a laptop. The first KPI and its target are on
 * the first screen of every role page; the sidebar lists every role with the current one marked;
 * build internals stay on the editors' pages; checking values is a remembered mode.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { builtPages } from './site.ts';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 900 },
] as const;
const handbook = JSON.parse(readFileSync(new URL('../../dist/api/handbook.json', import.meta.url), 'utf8')) as {
  documents: Array<{ id: string; file: string }>;
  roles: Array<{ id: string; name: string; kpiCount: number }>;
};

/** Whether an element's box lies inside the first screen of the page. */
const aboveTheFold = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.height > 0 && box.bottom <= window.innerHeight && box.top >= 0;
    });

for (const size of SIZES) {
  test(`at ${size.width}×${size.height}, every role page shows its first KPI and target on the first screen`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const late: string[] = [];
    for (const role of handbook.roles.filter((r) => r.kpiCount > 0)) {
      await page.goto(`/roles/${role.id}/`);
      const name = await aboveTheFold(page, 'li.kpi h3');
      const target = await aboveTheFold(page, 'li.kpi .badge');
      if (!name || !target) late.push(`${role.name}${name ? '' : ' (name)'}${target ? '' : ' (target)'}`);
    }
    expect(late).toEqual([]);
  });
}

test('on a phone the header is one line of at most 64 px, and Menu opens the sidebar as a drawer', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/roles/000-619243cf29085ed7/backend-engineers/');
  const header = await page.locator('.site-header').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(64);
  const sidebar = page.getByRole('navigation', { name: 'Handbook' });
  await expect(sidebar).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Backend Engineers' })).toBeFocused();
  await expect(sidebar.getByRole('link', { name: 'All KPIs' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await expect(menu).toBeFocused();
  await menu.click();
  await sidebar.getByRole('link', { name: 'Technical Writer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Technical Writer');
  await expect(page.getByRole('navigation', { name: 'Handbook' })).toBeHidden();
});

test('on a laptop the sidebar lists every role, grouped by document, the current one marked', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/roles/003-d2368406a48dee8f/qa/');
  const sidebar = page.getByRole('navigation', { name: 'Handbook' });
  await expect(sidebar).toBeVisible();
  await expect(sidebar.locator('a[href*="/roles/"]')).toHaveCount(handbook.roles.length);
  await expect(sidebar.locator('a[aria-current="page"]')).toHaveText('QA');
  await expect(sidebar.locator('summary')).toHaveText(['Key performance indicators (KPIs)', 'KPIs & Metrics per Area / Role']);
});

test('previous and next links walk the roles in document order', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/tech-team/');
  const pager = page.getByRole('navigation', { name: 'Previous and next role' });
  await expect(pager.getByRole('link')).toHaveCount(1);
  await pager.getByRole('link', { name: /Next role Product Manager/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Product Manager');
  await page
    .getByRole('navigation', { name: 'Previous and next role' })
    .getByRole('link', { name: /Previous role/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tech Team');
});

test('"Check my values" is off at first, remembered across roles, and takes focus to the first value', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/frontend-engineers/');
  const toggle = page.getByRole('button', { name: 'Check my values' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByLabel('Your value', { exact: true }).first()).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Your value', { exact: true }).first()).toBeFocused();
  await page.goto('/roles/000-619243cf29085ed7/backend-engineers/');
  await expect(page.getByRole('button', { name: 'Check my values' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Your value', { exact: true }).first()).toBeVisible();
});

test('readers’ pages show no file names, hashes, codes or data files; the editors’ pages and the source view do', async ({ request }) => {
  const files = handbook.documents.map((d) => d.file.replace(/^.*\//, ''));
  const internals = [
    ...files,
    ...files.map((f) => f.replace(/\.[^.]+$/, '').replace(/^\d+_/, '')),
    'coverage.json',
    'handbook.json',
    'mojibake-repaired',
    'role-without-targets',
    'cross-family-word',
    'kpi-without-target',
  ];
  const found: string[] = [];
  for (const path of builtPages()) {
    if (/^\/(?:editors|documents)\//.test(path) || path === '/404.html') continue;
    const html = await (await request.get(path)).text();
    // The body as read: text and link texts, not the addresses (a role URL names its document).
    const body = html
      .replace(/^[\s\S]*?<body[^>]*>/, '')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, ' ');
    for (const word of internals) if (body.includes(word)) found.push(`${path}: ${word}`);
  }
  expect(found).toEqual([]);
});

test('on a laptop, when checking, each KPI, its target, your value and the verdict share one row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.addInitScript(() => localStorage.setItem('kpi-handbook:checking', 'on'));
  await page.goto('/roles/000-619243cf29085ed7/backend-engineers/');
  const kpi = page.locator('li.kpi').first();
  await kpi.getByLabel('Your value', { exact: true }).fill('85');
  const [name, badge, input, verdict] = await Promise.all(
    [kpi.locator('h3'), kpi.locator('.badge'), kpi.getByLabel('Your value', { exact: true }), kpi.locator('.calc-msg')].map((l) =>
      l.boundingBox(),
    ),
  );
  // Side by side: the value starts right of the KPI's name and target, and level with them.
  expect(input!.x).toBeGreaterThan(Math.max(name!.x + name!.width, badge!.x + badge!.width));
  expect(Math.abs(input!.y - name!.y)).toBeLessThan(40);
  expect(verdict!.x).toBeGreaterThan(name!.x + name!.width);
});
