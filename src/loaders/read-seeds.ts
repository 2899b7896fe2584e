/**
 * Reads every file in the seeds folder from disk and turns it into per-file entities through the
 * pure `readSourceFiles`. Parse results are cached by digest, so in dev only a changed file is
 * parsed again. The only code that touches the seeds on disk.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { type Parse, readSourceFiles, type SourceBytes } from '../lib/handbook/source-files.ts';
import { type ParseResult, parseDocument } from '../lib/read/parse-document.ts';
import type { SourceFile } from '../lib/schema.ts';

export interface SeedsSnapshot {
  files: SourceFile[];
  /** How many files were parsed anew (not served from the digest cache). */
  reparsed: number;
}

/** Hidden files and editor leftovers are never documents. */
const isCandidate = (name: string): boolean => !name.startsWith('.') && !name.endsWith('~') && !/^readme(\.|$)/i.test(name);

/** The seeds folder's files as bytes, named from the folder's parent ("seeds/a.txt") wherever it is. */
export async function readSeedBytes(root: string, dir: string): Promise<SourceBytes[]> {
  const folder = resolve(root, dir);
  const namesFrom = dirname(folder);
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((e) => e.isFile() && isCandidate(e.name))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(folder, name);
      const bytes = await readFile(path);
      return {
        file: relative(namesFrom, path).split('\\').join('/'),
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        digest: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
      };
    }),
  );
}

/** A parser that remembers each file's result by digest; `fresh` counts the files parsed anew. */
export function cachingParser(): Parse & { fresh: number; forget: (keep: ReadonlySet<string>) => void } {
  const cache = new Map<string, { digest: string; result: ParseResult }>();
  const parse = Object.assign(
    (s: SourceBytes) => {
      const hit = cache.get(s.file);
      if (hit && hit.digest === s.digest) return hit.result;
      const result = parseDocument(s.file, s.bytes);
      cache.set(s.file, { digest: s.digest, result });
      parse.fresh++;
      return result;
    },
    {
      fresh: 0,
      forget: (keep: ReadonlySet<string>) => {
        for (const file of cache.keys()) if (!keep.has(file)) cache.delete(file);
      },
    },
  );
  return parse;
}

/** Reads and parses the seeds folder (relative to `root`), re-parsing only files whose bytes changed. */
export async function readSeeds(root: string, dir: string, parse = cachingParser()): Promise<SeedsSnapshot> {
  const sources = await readSeedBytes(root, dir);
  const before = parse.fresh;
  const files = readSourceFiles(sources, parse);
  parse.forget(new Set(sources.map((s) => s.file)));
  return { files, reparsed: parse.fresh - before };
}

/** Whether the seeds folder exists, so a loader can say so before reading. */
export async function seedsFolderExists(root: string, dir: string): Promise<boolean> {
  try {
    return (await stat(resolve(root, dir))).isDirectory();
  } catch {
    return false;
  }
}
