/** Helpers shared by the browser specs: the list of built pages, and a guard for console errors. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** Every HTML page in a build (dist/ unless named), as a site-relative path ("/", "/roles/finance/controller/"), read from the sitemap. */
export function builtPages(outDir = 'dist'): string[] {
  const dist = fileURLToPath(new URL(`../../${outDir}/`, import.meta.url));
  const sitemaps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = sitemaps.flatMap((f) =>
    [...readFileSync(dist + f, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  if (urls.length === 0) throw new Error(`No pages in ${outDir}/sitemap-*.xml: build it first (see package.json).`);
  return [...urls, '/404.html'];
}

/** Collects console errors and uncaught exceptions for a page; call the result to read them. */
export function watchErrors(page: Page): () => string[] {
  const errors: string[] = [];
  // Chromium logs most CSP violations, but the event is the one that cannot be missed.
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
    ),
  );
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  return () => errors;
}
