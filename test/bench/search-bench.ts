/**
 * Search latency in Chromium against the built site: time from the last keystroke of a query to
 * the first result on screen (cold: first search after opening, index not loaded; warm: index
 * loaded), and the bytes fetched for the first search. Run `npm run build` first.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { serve } from '../support/serve.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The site-relative path of the first role named `name` in a build, read from its handbook.json. */
export function rolePath(name: string, dist = join(ROOT, 'dist')): string {
  const { roles } = JSON.parse(readFileSync(join(dist, 'api/handbook.json'), 'utf8')) as { roles: Array<{ id: string; name: string }> };
  const role = roles.find((r) => r.name === name);
  if (!role) throw new Error(`No role named ${name} in ${dist}: build the seeds first.`);
  return `roles/${role.id}/`;
}
const QUERIES = ['hours', 'stand-ups', 'QA', 'onboarding', 'response time', 'design', 'invoices', 'NPS', 'deployments', 'interns'];

export interface SearchNumbers {
  coldMs: number;
  warmMs: number;
  firstSearchBytes: number;
  firstSearchRequests: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Types `q` into the open dialog and resolves with ms from the last keystroke to the first result. */
const TIMER = `(q) => new Promise((resolve) => {
  const list = document.querySelector('.search-results');
  const input = document.querySelector('#search-input');
  let t0 = 0;
  const obs = new MutationObserver(() => {
    if (list.children.length && input.value === q) { obs.disconnect(); resolve(performance.now() - t0); }
  });
  obs.observe(list, { childList: true });
  list.replaceChildren();
  input.value = q;
  t0 = performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

/** Measures search on a served site; `path` is a page to search from. */
export async function measureSearch(
  browser: Browser,
  url: string,
  path = rolePath('Tech Team'),
  runs = 5,
  queries: readonly string[] = QUERIES,
): Promise<SearchNumbers> {
  const cold: number[] = [];
  let bytes = 0;
  let requests = 0;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url + path);
    await page.waitForLoadState('networkidle');
    const sizes: Array<Promise<number>> = [];
    page.on('requestfinished', (r) => sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
    await page.keyboard.press('/');
    cold.push(await page.evaluate(`(${TIMER})(${JSON.stringify(queries[0])})`));
    if (run === 0) {
      bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      requests = sizes.length;
    }
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + path);
  await page.keyboard.press('/');
  await page.evaluate(`(${TIMER})(${JSON.stringify(queries.at(-1))})`);
  const warm: number[] = [];
  for (const q of queries) warm.push(await page.evaluate(`(${TIMER})(${JSON.stringify(q)})`));
  await context.close();
  return { coldMs: median(cold), warmMs: median(warm), firstSearchBytes: bytes, firstSearchRequests: requests };
}

export const launch = () =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });

if (import.meta.main) {
  const server = await serve(ROOT, './dist', 4610);
  const browser = await launch();
  try {
    const n = await measureSearch(browser, server.url);
    console.log(`search, keystroke to first result (median; includes the dialog's 80 ms debounce):`);
    console.log(`  cold (first search, index not yet loaded): ${n.coldMs.toFixed(0)} ms`);
    console.log(`  warm (${QUERIES.length} queries, index loaded):          ${n.warmMs.toFixed(0)} ms`);
    console.log(`  fetched for the first search: ${(n.firstSearchBytes / 1024).toFixed(1)} KiB in ${n.firstSearchRequests} requests`);
  } finally {
    await browser.close();
    server.stop();
  }
}
