/**
 * Reads every file in the seeds folder (and its sub-folders) from disk and turns it into per-file entities through the
 * pure `readSourceFiles`. Parse results are cached by digest, so in dev only a changed file is
 * parsed again. The only code that touches the seeds on disk.
 */
import { createHash } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { type DiagnosticCode, diagnostic } from '../lib/diagnostic.ts';
import { type Parse, parseSource, readSourceFiles, type SourceBytes } from '../lib/handbook/source-files.ts';
import { isInside, skipReason } from '../lib/read/intake.ts';
import { DEFAULT_LIMITS, megabytes, overLimit, type ReadingLimits } from '../lib/read/limits.ts';
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

/** The file system calls of reading, replaceable in tests (a file that vanishes, or that root may read anyway). */
export interface SeedsIo {
  readdir: typeof fsPromises.readdir;
  readFile: (path: string) => Promise<Buffer>;
  realpath: (path: string) => Promise<string>;
  stat: (path: string) => Promise<{ size: number; mtimeMs: number; isFile(): boolean; isDirectory(): boolean }>;
}
const nodeIo: SeedsIo = fsPromises;

export interface ReadOptions {
  limits?: ReadingLimits;
  io?: SeedsIo;
}

/** How often a file that changes while it is read is read again before the build warns. */
const READ_ATTEMPTS = 3;

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
export async function readSeedBytes(root: string, dir: string, options: ReadOptions = {}): Promise<SeedsListing> {
  const { limits = DEFAULT_LIMITS, io = nodeIo } = options;
  const folder = resolve(root, dir);
  const namesFrom = dirname(folder);
  const realFolder = await io.realpath(folder);
  const listing: SeedsListing = { sources: [], skipped: [] };
  const visited = new Set<string>([realFolder]);
  const nameOf = (path: string) => relative(namesFrom, path).split('\\').join('/');

  const skip = (file: string, code: DiagnosticCode, message: string) =>
    listing.skipped.push(skippedEntry(file, diagnostic(code, file, 0, 0, message)));

  async function walk(current: string): Promise<void> {
    const entries = (await io.readdir(current, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(current, entry.name);
      const file = nameOf(path);
      const reason = skipReason(entry.name);
      if (reason) {
        skip(file, 'skipped-file', `Not read: ${reason}. Rename it if it is a KPI document.`);
        continue;
      }
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const resolved = await io.realpath(path).then(
          (target) => ({ target, code: '' }),
          (error: NodeJS.ErrnoException) => ({ target: null, code: error.code ?? '' }),
        );
        const target = resolved.target;
        if (resolved.code === 'ELOOP') {
          skip(
            file,
            'link-loop',
            `Not read: this link leads round in a loop back to itself. Replace it with the document it was meant to reach.`,
          );
          continue;
        }
        if (!target || !isInside(realFolder, target)) {
          const where = target ? `to ${target}, outside ${dir}/` : 'to nothing (the target is missing)';
          skip(file, 'link-outside-seeds', `Not read: this link points ${where}. Copy the document into ${dir}/ instead.`);
          continue;
        }
        // A link to something the walk reads under its own name would only read it twice (and
        // make every role in it a duplicate); it is followed only into what the walk skips.
        const inside = relative(realFolder, target).split(sep);
        if (!inside.some((part) => skipReason(part)) || visited.has(target)) {
          const shown = [dir.split(/[\\/]/).at(-1), ...inside].filter(Boolean).join('/');
          skip(file, 'skipped-file', `Not read twice: this link points to ${shown}, which is read under its own name.`);
          continue;
        }
        const kind = await io.stat(target);
        isDirectory = kind.isDirectory();
        isFile = kind.isFile();
        if (isDirectory) visited.add(target);
      }
      if (isDirectory) await walk(path);
      else if (isFile) {
        const read = await readSnapshot(io, path, file, limits);
        if ('skipped' in read) listing.skipped.push(skippedEntry(file, read.skipped));
        else listing.sources.push(read.source);
      } else {
        skip(file, 'special-file', 'Not read: this is a pipe, socket or device, not a file. Remove it from the folder.');
      }
    }
  }
  await walk(folder);
  return listing;
}

/** A file's size and modification time, to tell whether it changed while it was read. */
const stamp = (s: { size: number; mtimeMs: number }) => `${s.size} ${s.mtimeMs}`;

/**
 * Reads one file whole, once, and checks its size and modification time again afterwards: a file
 * rewritten meanwhile is read again, and after READ_ATTEMPTS the last read is kept with a warning
 * rather than published part-written in silence. A file over the size limit is not read at all.
 */
async function readSnapshot(
  io: SeedsIo,
  path: string,
  file: string,
  limits: ReadingLimits,
): Promise<{ source: SourceBytes } | { skipped: Diagnostic }> {
  try {
    let changed = false;
    let bytes: Buffer | undefined;
    let before = await io.stat(path);
    for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
      if (before.size > limits.maxFileMB * 1e6) {
        return { skipped: overLimit(file, 'maxFileMB', limits, `this file is ${megabytes(before.size)}`) };
      }
      bytes = await io.readFile(path);
      const after = await io.stat(path);
      changed = stamp(after) !== stamp(before) || after.size !== bytes.length;
      if (!changed) break;
      before = after;
    }
    const read = bytes!;
    const source: SourceBytes = {
      file,
      bytes: new Uint8Array(read.buffer, read.byteOffset, read.byteLength),
      digest: createHash('sha256').update(read).digest('hex').slice(0, 16),
      stamp: stamp(before),
    };
    if (changed) source.readNotes = [changedWhileRead(file)];
    return { source };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return {
        skipped: diagnostic(
          'file-vanished',
          file,
          0,
          0,
          'Not read: the file was deleted or moved while the build was reading the folder. Build again.',
        ),
      };
    }
    const why = code === 'EACCES' || code === 'EPERM' ? 'the build may not read it (check its permissions)' : (error as Error).message;
    return { skipped: diagnostic('unreadable-file', file, 0, 0, `Not read: ${why}. Fix it, or move it out of the folder.`) };
  }
}

const changedWhileRead = (file: string) =>
  diagnostic(
    'file-changed-while-read',
    file,
    0,
    0,
    'This file kept changing while the build read it; what is published may be part-written. Build again once it is saved.',
  );

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
export async function readSeeds(root: string, dir: string, parse = cachingParser(), options: ReadOptions = {}): Promise<SeedsSnapshot> {
  const { limits = DEFAULT_LIMITS, io = nodeIo } = options;
  const { sources, skipped } = await readSeedBytes(root, dir, { limits, io });
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
  for (const s of sources) {
    s.limits = limits;
    if (needsUnpacking(s.bytes) && !parse.has(s)) s.unpacked = await unpackDocument(s.file, s.bytes, limits);
  }
  const before = parse.fresh;
  const files = [...readSourceFiles(sources, parse), ...skipped].sort((a, b) => a.file.localeCompare(b.file));
  // A file rewritten after it was read (while the others were parsed) is said to have changed.
  const read = new Map(sources.map((s) => [s.file, s]));
  for (const f of files) {
    const source = read.get(f.file);
    if (!source?.stamp || source.readNotes) continue;
    const now = await io.stat(join(dirname(resolve(root, dir)), f.file)).catch(() => null);
    if (now && stamp(now) !== source.stamp) f.diagnostics.push({ ...changedWhileRead(f.file), document: f.document?.id ?? null });
  }
  parse.forget(new Set(sources.map((s) => s.file)));
  return { files, reparsed: parse.fresh - before };
}

/** The file of reading hints under `root`, validated; none when the file is absent. A bad file stops the build, naming it. */
export async function readReadingHints(root: string): Promise<Record<string, ReadingHints>> {
  let text: string;
  try {
    text = await fsPromises.readFile(join(root, READING_HINTS_FILE), 'utf8');
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
    return (await fsPromises.stat(resolve(root, dir))).isDirectory();
  } catch {
    return false;
  }
}
