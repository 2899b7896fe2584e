/** Helpers shared by the browser specs: the list of built pages, and a guard for console errors. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/**
 * Every HTML page in a build (dist/ unless named), as a site-relative path ("/",
 * "/roles/finance/controller/"), without the redirects kept for old addresses. Read from the files,
 * not the sitemap: a build without a configured site address has none.
 */
export function builtPages(outDir = 'dist'): string[] {
  const dist = fileURLToPath(new URL(`../../${outDir}/`, import.meta.url));
  const entries = readdirSync(dist, { recursive: true, withFileTypes: true });
  const urls = entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !readFileSync(file, 'utf8').includes('http-equiv="refresh"'))
    .map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`.split('\\').join('/'))
    .sort();
  if (urls.length === 0) throw new Error(`No pages in ${outDir}/: build it first (see package.json).`);
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
