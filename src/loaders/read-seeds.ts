/**
 * Reads every file in the seeds folder (and its sub-folders) from disk and turns it into per-file entities through the
 * pure `readSourceFiles`. Parse results are cached by digest, so in dev only a changed file is
 * parsed again. The only code that touches the seeds on disk.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { diagnostic } from '../lib/diagnostic.ts';
import { type Parse, parseSource, readSourceFiles, type SourceBytes } from '../lib/handbook/source-files.ts';
import { isInside, skipReason } from '../lib/read/intake.ts';
import type { ParseResult } from '../lib/read/parse-document.ts';
import { type ReadingHints, readingHintsFileSchema } from '../lib/read/reading-hints.ts';
import { needsUnpacking, unpackDocument } from '../lib/read/unpack-document.ts';
import type { Diagnostic, SourceFile } from '../lib/schema.ts';

export interface SeedsSnapshot {
  files: SourceFile[];
  /** How many files were parsed anew (not served from the digest cache). */
  reparsed: number;
}

export interface SeedsListing {
  sources: SourceBytes[];
  /** Files not read (hidden, backups, links leading outside), each with the diagnostic that says why. */
  skipped: SourceFile[];
}

const skippedEntry = (file: string, d: Diagnostic): SourceFile => ({
  file,
  digest: '',
  document: null,
  roles: [],
  kpis: [],
  definitions: [],
  diagnostics: [d],
});

/**
 * The seeds folder's files as bytes, named from the folder's parent ("seeds/a.txt",
 * "seeds/finance/b.md") wherever it is. Sub-folders are read recursively; symbolic links are
 * followed while they stay inside the folder (a link to a file read anyway is noted, not read
 * twice), and refused with a warning when they lead outside.
 */
export async function readSeedBytes(root: string, dir: string): Promise<SeedsListing> {
  const folder = resolve(root, dir);
  const namesFrom = dirname(folder);
  const realFolder = await realpath(folder);
  const listing: SeedsListing = { sources: [], skipped: [] };
  const visited = new Set<string>([realFolder]);
  const nameOf = (path: string) => relative(namesFrom, path).split('\\').join('/');

  async function walk(current: string): Promise<void> {
    const entries = (await readdir(current, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(current, entry.name);
      const file = nameOf(path);
      const reason = skipReason(entry.name);
      if (reason) {
        listing.skipped.push(
          skippedEntry(file, diagnostic('skipped-file', file, 0, 0, `Not read: ${reason}. Rename it if it is a KPI document.`)),
        );
        continue;
      }
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await realpath(path).catch(() => null);
        if (!target || !isInside(realFolder, target)) {
          const where = target ? `to ${target}, outside ${dir}/` : 'to nothing (the target is missing)';
          listing.skipped.push(
            skippedEntry(
              file,
              diagnostic('link-outside-seeds', file, 0, 0, `Not read: this link points ${where}. Copy the document into ${dir}/ instead.`),
            ),
          );
          continue;
        }
        // A link to something the walk reads under its own name would only read it twice (and
        // make every role in it a duplicate); it is followed only into what the walk skips.
        const inside = relative(realFolder, target).split(sep);
        if (!inside.some((part) => skipReason(part)) || visited.has(target)) {
          const shown = [dir.split(/[\\/]/).at(-1), ...inside].filter(Boolean).join('/');
          listing.skipped.push(
            skippedEntry(
              file,
              diagnostic('skipped-file', file, 0, 0, `Not read twice: this link points to ${shown}, which is read under its own name.`),
            ),
          );
          continue;
        }
        const kind = await stat(target);
        isDirectory = kind.isDirectory();
        isFile = kind.isFile();
        if (isDirectory) visited.add(target);
      }
      if (isDirectory) await walk(path);
      else if (isFile) {
        const bytes = await readFile(path);
        listing.sources.push({
          file,
          bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          digest: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
        });
      }
    }
  }
  await walk(folder);
  return listing;
}

/** A parser that remembers each file's result by digest; `fresh` counts the files parsed anew. */
export function cachingParser(): Parse & { fresh: number; forget: (keep: ReadonlySet<string>) => void; has: (s: SourceBytes) => boolean } {
  const cache = new Map<string, { digest: string; result: ParseResult }>();
  const parse = Object.assign(
    (s: SourceBytes) => {
      const hit = cache.get(s.file);
      if (hit && hit.digest === s.digest) return hit.result;
      const result = parseSource(s);
      cache.set(s.file, { digest: s.digest, result });
      parse.fresh++;
      return result;
    },
    {
      fresh: 0,
      has: (s: SourceBytes) => cache.get(s.file)?.digest === s.digest,
      forget: (keep: ReadonlySet<string>) => {
        for (const file of cache.keys()) if (!keep.has(file)) cache.delete(file);
      },
    },
  );
  return parse;
}

/** Reads and parses the seeds folder (relative to `root`), re-parsing only files whose bytes changed. */
export async function readSeeds(root: string, dir: string, parse = cachingParser()): Promise<SeedsSnapshot> {
  const { sources, skipped } = await readSeedBytes(root, dir);
  const hints = await readReadingHints(root);
  for (const s of sources) {
    const inside = s.file.slice(s.file.indexOf('/') + 1);
    const found = hints[s.file] ?? hints[inside] ?? hints[inside.split('/').at(-1)!];
    if (!found) continue;
    s.hints = found;
    // A changed hint reads the file anew, as a changed byte does.
    s.digest = createHash('sha256').update(s.digest).update(JSON.stringify(found)).digest('hex').slice(0, 16);
  }
  // Word documents and .zip files are opened here, the one asynchronous step, unless already read.
  for (const s of sources) if (needsUnpacking(s.bytes) && !parse.has(s)) s.unpacked = await unpackDocument(s.file, s.bytes);
  const before = parse.fresh;
  const files = [...readSourceFiles(sources, parse), ...skipped].sort((a, b) => a.file.localeCompare(b.file));
  parse.forget(new Set(sources.map((s) => s.file)));
  return { files, reparsed: parse.fresh - before };
}

/** The file of reading hints under `root`, validated; none when the file is absent. A bad file stops the build, naming it. */
export async function readReadingHints(root: string): Promise<Record<string, ReadingHints>> {
  let text: string;
  try {
    text = await readFile(join(root, READING_HINTS_FILE), 'utf8');
  } catch {
    return {};
  }
  const parsed = readingHintsFileSchema.safeParse(
    (() => {
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new Error(`${READING_HINTS_FILE}: not valid JSON (${(error as Error).message}). Fix it or remove the file.`);
      }
    })(),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${READING_HINTS_FILE}: ${issue.path.join('.') || '(top)'}: ${issue.message}. See "Reading hints" in the README.`);
  }
  return parsed.data;
}

/** Where editors write reading hints, from the project root. */
export const READING_HINTS_FILE = 'content/reading-hints.json';

/** Whether the seeds folder exists, so a loader can say so before reading. */
export async function seedsFolderExists(root: string, dir: string): Promise<boolean> {
  try {
    return (await stat(resolve(root, dir))).isDirectory();
  } catch {
    return false;
  }
}
