/**
 * `npm run screenshots`: the pages a reader sees first, at a phone's and a laptop's size, written
 * to test/screenshots/ from the sample build (dist/, built by `npm run build:test`). The closing
 * notes refer to these files; re-run after a change to the pages.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { serve } from './serve.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'test/screenshots');
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 900 },
] as const;

const { roles } = JSON.parse(readFileSync(join(ROOT, 'dist/api/handbook.json'), 'utf8')) as { roles: Array<{ id: string; name: string }> };
const role = roles.find((r) => r.name === 'Backend Engineers') ?? roles[0]!;

mkdirSync(OUT, { recursive: true });
const server = await serve(ROOT, './dist', Number(process.env.SCREENSHOT_PORT || 4390));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    const shot = async (name: string) => {
      await page.screenshot({ path: join(OUT, `${name}-${size.name}.png`) });
      console.log(`screenshots: test/screenshots/${name}-${size.name}.png`);
    };
    await page.goto(server.url);
    await shot('home');
    await page.goto(`${server.url}roles/${role.id}/`);
    await shot('role-reading');
    const toggle = page.getByRole('button', { name: 'Check my values' });
    if (await toggle.count()) await toggle.click();
    const first = page.locator('.calc input[id^="calc-v-"]').first();
    if (await first.isVisible()) await first.fill('85');
    await shot('role-checking');
    if (size.name === 'laptop') {
      // The filled scorecard as it prints: one A4 sheet, no controls or placeholders.
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: join(OUT, 'role-print-a4.pdf'), format: 'A4' });
      await page.screenshot({ path: join(OUT, 'role-print-a4.png'), fullPage: true });
      console.log('screenshots: test/screenshots/role-print-a4.png (and .pdf)');
      await page.emulateMedia({ media: 'screen' });
    }
    await page.goto(`${server.url}kpis/`);
    await shot('kpis');
    await page.goto(server.url);
    await page.keyboard.press('/');
    await page.getByRole('searchbox').first().fill('code coverage');
    await page.waitForTimeout(800);
    await shot('search');
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
