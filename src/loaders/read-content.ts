/**
 * Reads the editorial content outside Astro (for `lint:docs`, the benchmark and tests), validated
 * by the same schemas as the content collections, so both routes feed the assembly the same data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryItem } from '../lib/handbook/assemble-handbook.ts';
import { type RoleRelation, roleRelationSchema } from '../lib/handbook/related-roles.ts';
import { type HealthConfig, healthConfigSchema } from '../lib/health/config.ts';
import { arrayEntryLines } from '../lib/json-lines.ts';
import { readGlossary } from './read-glossary.ts';

export interface Content {
  glossary: GlossaryItem[];
  relations: RoleRelation[];
  health: HealthConfig;
}

/** Parses a JSON file of content/ with its schema; a problem names the file. */
function readJson<T>(root: string, file: string, parse: (data: unknown, text: string) => T): T {
  try {
    const text = readFileSync(join(root, file), 'utf8');
    return parse(JSON.parse(text), text);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/** The glossary, role relations and health configuration under `root`/content/. */
export function readContent(root: string): Content {
  return {
    glossary: readGlossary(root),
    relations: readJson(root, 'content/role-relations.json', (d, text) => {
      const lines = arrayEntryLines(text);
      return roleRelationSchema
        .array()
        .parse(d)
        .map((r, i) => ({ ...r, line: lines[i] }));
    }),
    health: readJson(root, 'content/health.json', (d) => healthConfigSchema.parse(d)),
  };
}
