/**
 * The pages' adapter over the assembly: reads the collections once per build and hands them to
 * `assembleHandbook`, the same pure step that `lint:docs` and the tests run.
 */
import { getCollection } from 'astro:content';
import { baseName } from '../lib/base-name.ts';
import { assembleHandbook } from '../lib/handbook/assemble-handbook.ts';
import { type FileDate, fileDates } from '../loaders/file-dates.ts';
import { SEEDS_DIR } from '../loaders/seeds-dir.ts';
import { createSpeller } from '../loaders/speller.ts';

async function load() {
  const [sources, glossary, relations, health] = await Promise.all([
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('relations'),
    getCollection('health'),
  ]);
  const h = assembleHandbook({
    files: sources.map((s) => s.data),
    glossary,
    relations: relations.map((r) => r.data),
    health: health[0]?.data ?? { vocabulary: [], suppressions: [] },
    speller: createSpeller(),
    base: import.meta.env.BASE_URL,
  });
  // When each document last changed, for pages to show where the document itself does not say.
  const dates = fileDates(process.cwd(), SEEDS_DIR);
  const changed = new Map<string, FileDate>(
    h.documents.flatMap((d) => (dates.has(baseName(d.file)) ? [[d.id, dates.get(baseName(d.file))!]] : [])),
  );
  return { ...h, changed };
}

let cached: ReturnType<typeof load> | null = null;

/** Loads the handbook for the pages; in dev it is reloaded on each request so edits show up. */
export function handbook() {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

export type HandbookView = Awaited<ReturnType<typeof load>>;
