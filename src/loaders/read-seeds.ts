/**
 * Reads every file in the seeds folder and parses it, re-parsing only files whose digest changed.
 * The five content collections share one cache, so a change is parsed once, not once per collection.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { buildHandbook, type Handbook } from '../lib/handbook/build-handbook.ts';
import { type ParseResult, parseDocument } from '../lib/read/parse-document.ts';
import type { Diagnostic } from '../lib/schema.ts';

export interface SeedsSnapshot {
  handbook: Handbook;
  /** Every file read, with its digest and what parsing it reported. */
  entries: Array<{ file: string; digest: string; diagnostics: Diagnostic[] }>;
  /** Files read, and how many of them were parsed anew (not served from the digest cache). */
  files: number;
  reparsed: number;
}

const cache = new Map<string, { digest: string; result: ParseResult }>();
let inFlight: Promise<SeedsSnapshot> | null = null;

/** Hidden files and editor leftovers are never documents. */
const isCandidate = (name: string): boolean => !name.startsWith('.') && !name.endsWith('~') && !/^readme(\.|$)/i.test(name);

async function read(root: string, dir: string): Promise<SeedsSnapshot> {
  const folder = resolve(root, dir);
  // Files are named from the seeds folder's parent ("seeds/a.txt"), wherever that folder is.
  const namesFrom = dirname(folder);
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((e) => e.isFile() && isCandidate(e.name))
    .map((e) => e.name)
    .sort();
  const entries: SeedsSnapshot['entries'] = [];
  const parsed = [];
  const digests = new Map<string, string>();
  let reparsed = 0;
  for (const name of names) {
    const path = join(folder, name);
    const file = relative(namesFrom, path).split('\\').join('/');
    const bytes = await readFile(path);
    const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    let entry = cache.get(file);
    if (!entry || entry.digest !== digest) {
      entry = { digest, result: parseDocument(file, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
      cache.set(file, entry);
      reparsed++;
    }
    digests.set(file, digest);
    entries.push({ file, digest, diagnostics: entry.result.diagnostics });
    if (entry.result.document) parsed.push(entry.result.document);
  }
  for (const file of cache.keys()) if (!digests.has(file)) cache.delete(file);
  return { handbook: buildHandbook(parsed, digests), entries, files: names.length, reparsed };
}

/** Reads the seeds folder (relative to `root`); concurrent callers share one read. */
export function readSeeds(root: string, dir: string): Promise<SeedsSnapshot> {
  inFlight ??= read(root, dir).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** Whether the seeds folder exists, so a loader can say so before reading. */
export async function seedsFolderExists(root: string, dir: string): Promise<boolean> {
  try {
    return (await stat(resolve(root, dir))).isDirectory();
  } catch {
    return false;
  }
}
