/** Builds a handbook from a folder of documents the way the build does: read, parse, assemble. */
import { join } from 'node:path';
import { assembleHandbook } from '../../src/lib/handbook/assemble-handbook.ts';
import type { HealthConfig } from '../../src/lib/health/config.ts';
import { readContent } from '../../src/loaders/read-content.ts';
import { readSeeds } from '../../src/loaders/read-seeds.ts';
import { createSpeller } from '../../src/loaders/speller.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The handbook of every file in `dir` (relative to the project root or absolute), with the
 * project's content/ unless `content` replaces parts of it.
 */
export async function handbookFromFolder(dir: string, content: Partial<{ health: HealthConfig; relations: []; glossary: [] }> = {}) {
  const { files } = await readSeeds(ROOT, dir);
  return assembleHandbook({ files, ...readContent(ROOT), ...content, speller: createSpeller(), base: '/' });
}
