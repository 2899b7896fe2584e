import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { seedsLoader } from './loaders/seeds-loader.ts';
import { definitionSchema, documentSchema, kpiSchema, roleSchema, targetSchema } from './lib/schema.ts';

// Every collection is filled from the same parse of seeds/; the documents collection prints the
// diagnostics so each message appears once.
const documents = defineCollection({ loader: seedsLoader({ collection: 'documents', report: true }), schema: documentSchema });
const roles = defineCollection({ loader: seedsLoader({ collection: 'roles' }), schema: roleSchema });
const kpis = defineCollection({ loader: seedsLoader({ collection: 'kpis' }), schema: kpiSchema });
const targets = defineCollection({
  loader: seedsLoader({ collection: 'targets' }),
  schema: targetSchema.extend({ id: z.string(), kpi: z.string(), role: z.string(), document: z.string() }),
});
const definitions = defineCollection({ loader: seedsLoader({ collection: 'definitions' }), schema: definitionSchema });

export const collections = { documents, roles, kpis, targets, definitions };
