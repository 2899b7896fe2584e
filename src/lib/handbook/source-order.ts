/** Orders entities as they stand in the documents: by file, then by line. */
import type { Source } from '../schema.ts';

/** Comparator for anything carrying a `source`; use it wherever source order matters. */
export const bySource = (a: { source: Source }, b: { source: Source }): number =>
  a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line;
