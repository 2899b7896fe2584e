import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { roleRelationSchema } from './lib/handbook/related-roles.ts';
import { healthConfigSchema } from './lib/health/config.ts';
import { arrayEntryLines } from './lib/json-lines.ts';
import { glossaryEntrySchema, sourceFileSchema } from './lib/schema.ts';
import { SEEDS_DIR } from './loaders/seeds-dir.ts';
import { seedsLoader } from './loaders/seeds-loader.ts';

// The KPI documents: one entry per file of seeds/ (SEEDS_DIR overrides it, for the benchmark's
// generated corpora), holding its document, roles, KPIs with their targets, and definitions.
const sources = defineCollection({ loader: seedsLoader({ dir: SEEDS_DIR }), schema: sourceFileSchema });

// Editorial content written by hand in content/.
const glossary = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/glossary' }), schema: glossaryEntrySchema });
const relations = defineCollection({
  loader: file('content/role-relations.json', {
    parser: (text) => {
      const lines = arrayEntryLines(text);
      return (JSON.parse(text) as unknown[]).map((r, i) => ({ id: String(i + 1), line: lines[i], ...(r as object) }));
    },
  }),
  schema: roleRelationSchema.extend({ id: z.string() }),
});
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1) }),
});
const health = defineCollection({
  loader: file('content/health.json', { parser: (text) => [{ id: 'config', ...(JSON.parse(text) as object) }] }),
  schema: healthConfigSchema.extend({ id: z.string() }),
});

export const collections = { sources, glossary, relations, pages, health };
