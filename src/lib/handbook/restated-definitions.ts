/** Matches glossary entries to the document definitions they restate, by the slug of the term. */
import type { Definition, GlossaryEntry } from '../schema.ts';
import { slugify } from './slugify.ts';

/**
 * Per glossary entry id, the definitions whose term slug equals its `documentDefinition`, in
 * every document: ids of repeated terms are qualified per document, slugs of terms are not.
 */
export function restatedDefinitions(
  glossary: ReadonlyArray<{ id: string; data: Pick<GlossaryEntry, 'documentDefinition'> }>,
  definitions: readonly Definition[],
): Map<string, Definition[]> {
  return new Map(
    glossary.map((g) => [g.id, g.data.documentDefinition ? definitions.filter((d) => slugify(d.term) === g.data.documentDefinition) : []]),
  );
}
