import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { roleRelationSchema } from './lib/handbook/related-roles.ts';
import { healthConfigSchema } from './lib/health/document-health.ts';
import { definitionSchema, documentSchema, glossaryEntrySchema, kpiSchema, roleSchema, targetSchema } from './lib/schema.ts';
import { seedsLoader } from './loaders/seeds-loader.ts';

// Every seeds collection is filled from the same parse of seeds/ (SEEDS_DIR overrides it, for the
// benchmark's generated corpora); the documents collection prints the diagnostics once.
const dir = process.env.SEEDS_DIR || 'seeds';
const documents = defineCollection({ loader: seedsLoader({ collection: 'documents', dir, report: true }), schema: documentSchema });
const roles = defineCollection({ loader: seedsLoader({ collection: 'roles', dir }), schema: roleSchema });
const kpis = defineCollection({ loader: seedsLoader({ collection: 'kpis', dir }), schema: kpiSchema });
const targets = defineCollection({
  loader: seedsLoader({ collection: 'targets', dir }),
  schema: targetSchema.extend({ id: z.string(), kpi: z.string(), role: z.string(), document: z.string() }),
});
const definitions = defineCollection({ loader: seedsLoader({ collection: 'definitions', dir }), schema: definitionSchema });

// Editorial content written by hand in content/.
const glossary = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/glossary' }), schema: glossaryEntrySchema });
const relations = defineCollection({
  loader: file('content/role-relations.json', {
    parser: (text) => (JSON.parse(text) as unknown[]).map((r, i) => ({ id: String(i + 1), ...(r as object) })),
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

export const collections = { documents, roles, kpis, targets, definitions, glossary, relations, pages, health };
