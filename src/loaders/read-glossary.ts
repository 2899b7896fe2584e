/** Reads the glossary's frontmatter from content/glossary/*.mdx outside Astro (lint:docs, tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { type GlossaryEntry, glossaryEntrySchema } from '../lib/schema.ts';

/** Every entry with its id (the file name), validated by the same schema as the collection. */
export function readGlossary(root: string): Array<{ id: string; data: GlossaryEntry }> {
  const dir = join(root, 'content/glossary');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'));
      if (!frontmatter) throw new Error(`content/glossary/${f}: no frontmatter between --- lines.`);
      return { id: f.replace(/\.mdx$/, ''), data: glossaryEntrySchema.parse(yaml.load(frontmatter[1]!)) };
    });
}
