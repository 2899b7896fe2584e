/**
 * Lighthouse 13 (mobile profile) on the home page, a role page, the KPI index and the calculator,
 * against the built site in Debian's Chromium. Fails unless performance ≥ 0.95 and accessibility,
 * best practices and SEO are all 1. Usage: node test/audit/lighthouse.ts (after `npm run build`).
 */
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { serve } from '../support/serve.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = ['', 'roles/frontend-team/', 'kpis/', 'calculator/'];
const MIN: Record<string, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };

const server = await serve(ROOT, './dist', 4620);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const failures: string[] = [];
try {
  console.log('Lighthouse (mobile):  performance  accessibility  best-practices  seo');
  for (const path of PAGES) {
    const result = await lighthouse(server.url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(MIN),
    });
    const lhr = result!.lhr;
    const scores = Object.keys(MIN).map((c) => lhr.categories[c]!.score ?? 0);
    console.log(`  /${path.padEnd(22)} ${scores.map((s) => s.toFixed(2).padStart(12)).join('   ')}`);
    for (const [c, min] of Object.entries(MIN)) {
      const score = lhr.categories[c]!.score ?? 0;
      if (score < min) {
        const failed = lhr.categories[c]!.auditRefs.map((r) => lhr.audits[r.id]!).filter(
          (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable',
        );
        failures.push(`/${path}: ${c} ${score} < ${min} (${failed.map((a) => `${a.id}: ${a.displayValue ?? a.score}`).join('; ')})`);
      }
    }
  }
} finally {
  chrome.kill();
  server.stop();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('lighthouse: all pages meet their scores');
