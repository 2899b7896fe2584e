/**
 * Reads the bytes of every file in the seeds folder into per-file entities: each file is parsed on
 * its own (so a cache can skip unchanged ones), then ids are assigned across all documents at once
 * (a role name used in two documents is qualified in both), then the entities go back to their file.
 */
import { groupBy } from '../group-by.ts';
import type { ReadingLimits } from '../read/limits.ts';
import { type ParseResult, parseDocument } from '../read/parse-document.ts';
import type { ReadingHints } from '../read/reading-hints.ts';
import type { Unpacked } from '../read/unpack-document.ts';
import type { Diagnostic, SourceFile } from '../schema.ts';
import { buildHandbook } from './build-handbook.ts';

export interface SourceBytes {
  /** The file as named in messages, from the seeds folder's parent: "seeds/000.txt". */
  file: string;
  bytes: Uint8Array;
  /** A digest of the bytes, kept on the document so a dev reload can skip unchanged files. */
  digest: string;
  /** A Word document or .zip, opened by unpackDocument before the synchronous parse. */
  unpacked?: Unpacked | null;
  /** An editor's reading hints for this file (content/reading-hints.json); part of `digest`. */
  hints?: ReadingHints;
  /** The reading limits in force (the defaults when absent). */
  limits?: ReadingLimits;
  /** The file's size and modification time when read, to notice a later change. */
  stamp?: string;
  /** What reading the file itself found (it changed while read), reported with its diagnostics. */
  readNotes?: Diagnostic[];
}

/** Parses one file; the loader passes a caching version. */
export type Parse = (source: SourceBytes) => ParseResult;

/** Parses one file anew, with what unpackDocument made of it. */
export const parseSource: Parse = (s) => parseDocument(s.file, s.bytes, s.unpacked, s.hints, s.limits);

/** Every file with its entities and diagnostics, in file order. */
export function readSourceFiles(sources: readonly SourceBytes[], parse: Parse = parseSource): SourceFile[] {
  const sorted = [...sources].sort((a, b) => a.file.localeCompare(b.file));
  const results = sorted.map((s) => ({ source: s, result: parse(s) }));
  const handbook = buildHandbook(
    results.flatMap((r) => (r.result.document ? [r.result.document] : [])),
    new Map(sorted.map((s) => [s.file, s.digest])),
  );
  const documentOf = new Map(handbook.documents.map((d) => [d.file, d]));
  const rolesOf = groupBy(handbook.roles, (r) => r.document);
  const kpisOf = groupBy(handbook.kpis, (k) => k.document);
  const definitionsOf = groupBy(handbook.definitions, (d) => d.document);
  const assemblyNotes = groupBy(handbook.diagnostics, (d) => d.file);
  return results.map(({ source, result }) => {
    const document = documentOf.get(source.file) ?? null;
    const id = document?.id ?? null;
    return {
      file: source.file,
      digest: source.digest,
      document,
      roles: (id && rolesOf.get(id)) || [],
      kpis: (id && kpisOf.get(id)) || [],
      definitions: (id && definitionsOf.get(id)) || [],
      diagnostics: [...(source.readNotes ?? []), ...result.diagnostics, ...(assemblyNotes.get(source.file) ?? [])].map((d) => ({
        ...d,
        document: id,
      })),
    };
  });
}
