// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

/** A base path always starts and ends with "/" so that `${base}roles/…` joins cleanly. */
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  // A second output folder lets the tests build and serve the site under a base path beside the plain one.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'ignore',
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
});
