// @ts-check

import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { healthSummary } from './src/integrations/health-summary.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';

/** A base path always starts and ends with "/" so that `${base}roles/…` joins cleanly. */
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export default defineConfig({
  // The address the handbook is published at. Without one, pages carry no canonical link and no
  // sitemap is written, rather than naming http://localhost (see "Publishing" in the README).
  site: process.env.SITE_URL || undefined,
  base,
  // A second output folder lets the tests build and serve the site under a base path beside the plain one.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'ignore',
  // No code in this content needs highlighting, and Shiki's inline styles would break the CSP.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
  integrations: [
    mdx(),
    // Role pages are /roles/<document>/<role>/; a single segment is an old address kept as a
    // redirect (src/pages/roles/[legacy].astro), which has no place in the sitemap.
    sitemap({ filter: (page) => !/\/roles\/[^/]+\/$/.test(new URL(page).pathname) }),
    pagefindIndex(),
    healthSummary(),
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // MDX content makes Rolldown warn that the "use astro:head-inject" directive may not be
        // preserved, once per .mdx file; it is harmless and upstream (withastro/astro#18087, open).
        // Drop only that code, so the document diagnostics stay readable.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    // Astro hashes every script and style it emits; the rest is locked to this site. Pagefind
    // compiles its WebAssembly ('wasm-unsafe-eval') and may search in a same-origin worker.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
