import { expect, test } from '@playwright/test';
import { BASE_PORT } from './playwright.config.ts';

const origin = `http://127.0.0.1:${BASE_PORT}`;

test('under BASE_PATH=/handbook/ every link, asset and export stays under the base and works', async ({ page, request }) => {
  test.setTimeout(120_000);
  const seen = new Set<string>();
  const queue = ['/handbook/'];
  const broken: string[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.goto(origin + path);
    if (!response?.ok()) {
      broken.push(`${path}: ${response?.status()}`);
      continue;
    }
    const refs = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src]')].map(
        (el) => el.getAttribute('href') ?? el.getAttribute('src')!,
      ),
    );
    for (const ref of refs) {
      const url = new URL(ref, origin + path);
      if (url.origin !== origin) {
        // Only the canonical URL may name the configured site.
        expect(url.origin, `${path} links to ${ref}`).toBe('https://intranet.example');
        continue;
      }
      expect(url.pathname.startsWith('/handbook/'), `${path} links outside the base: ${ref}`).toBe(true);
      if (url.pathname.endsWith('/') || url.pathname.endsWith('.html')) queue.push(url.pathname);
      else if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        const r = await request.get(origin + url.pathname);
        if (!r.ok()) broken.push(`${url.pathname} (from ${path}): ${r.status()}`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect([...seen].filter((p) => p.startsWith('/handbook/roles/'))).toHaveLength(25);
  await page.goto(`${origin}/handbook/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://intranet.example/handbook/');
});

test('under BASE_PATH=/handbook/ search loads its index from the base and links inside it', async ({ page }) => {
  await page.goto(`${origin}/handbook/roles/003-d2368406a48dee8f/qa/`);
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search roles, KPIs and definitions' }).fill('hours');
  await expect(page.locator('#search-status')).toContainText('“hours”');
  const hrefs = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/handbook\/(roles|definitions|about)\//);
  await page.locator('.search-results > li > a').first().click();
  await expect(page).toHaveURL(/\/handbook\/roles\//);
});
