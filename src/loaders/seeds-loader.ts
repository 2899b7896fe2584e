/**
 * A thin Astro content loader over `readSeeds`: validates its options, then `parseData` →
 * `store.set` for each file of the seeds folder, skipping unchanged digests, and in dev re-syncs
 * when a file in the folder changes. It prints each file's diagnostics once (again only when the
 * file changes) and stops a build on errors.
 */
import { isAbsolute, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { escapeControls } from '../lib/control-characters.ts';
import { formatDiagnostic } from '../lib/diagnostic.ts';
import { countDiagnostics } from '../lib/health/config.ts';
import { plural } from '../lib/plural.ts';
import { type ReadingLimits, type ReadingLimitsInput, readingLimitsSchema } from '../lib/read/limits.ts';
import { cachingParser, readSeeds, seedsFolderExists } from './read-seeds.ts';

export interface SeedsLoaderOptions {
  /** The folder of KPI documents: relative to the project root, or absolute (benchmarks use a temporary one). */
  dir?: string;
  /** Reading limits to raise or lower (see "Limits" in the README); the rest keep their defaults. */
  limits?: ReadingLimitsInput;
}

/** Creates the loader of the `sources` collection: one entry per file in the seeds folder. */
export function seedsLoader(options: SeedsLoaderOptions = {}): Loader {
  const { dir = 'seeds' } = options;
  if (!dir || (!isAbsolute(dir) && dir.split(/[\\/]/).includes('..'))) {
    throw new Error(`seedsLoader: "dir" must be a folder such as "seeds" or an absolute path; got "${dir}".`);
  }
  const parsed = readingLimitsSchema.safeParse(options.limits ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`seedsLoader: limits.${issue.path.join('.')}: ${issue.message}. See "Limits" in the README.`);
  }
  const limits = parsed.data;
  const parse = cachingParser();
  /** Digest last reported per file, so a dev reload prints only what changed. */
  const reported = new Map<string, string>();
  return {
    name: 'kpi-seeds',
    load: async (context: LoaderContext) => {
      const { config, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      if (!(await seedsFolderExists(root, dir))) {
        logger.warn(`No "${dir}/" folder; the handbook is empty. Create it and put KPI documents in it.`);
        context.store.clear();
        return;
      }
      await sync(context, root, dir, parse, reported, limits);
      if (!watcher) return;
      // resolve, not join: an absolute folder (as the benchmarks use) must stay absolute.
      const folder = resolve(root, dir);
      watcher.add(folder);
      const onChange = async (path: string) => {
        if (!resolve(path).startsWith(folder + sep)) return;
        try {
          await sync(context, root, dir, parse, reported, limits);
        } catch (error) {
          logger.error(escapeControls(`Could not reload ${dir}/: ${(error as Error).message}`));
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
    },
  };
}

async function sync(
  context: LoaderContext,
  root: string,
  dir: string,
  parse: ReturnType<typeof cachingParser>,
  reported: Map<string, string>,
  limits: ReadingLimits,
) {
  const { store, parseData, generateDigest, logger, watcher } = context;
  const snapshot = await readSeeds(root, dir, parse, { limits });
  const keep = new Set<string>();
  for (const entry of snapshot.files) {
    keep.add(entry.file);
    const digest = generateDigest(entry);
    if (store.get(entry.file)?.digest === digest) continue;
    const data = await parseData({ id: entry.file, data: { ...entry } });
    store.set({ id: entry.file, data, digest });
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);

  for (const entry of snapshot.files) {
    const fresh = reported.get(entry.file) !== entry.digest;
    reported.set(entry.file, entry.digest);
    for (const d of entry.diagnostics) {
      // Errors are repeated until fixed; the rest only when the file changes.
      if (!fresh && d.severity !== 'error') continue;
      const line = formatDiagnostic(d);
      if (d.severity === 'error') logger.error(line);
      else if (d.severity === 'warning') logger.warn(line);
      else logger.info(line);
    }
  }
  for (const file of reported.keys()) if (!keep.has(file)) reported.delete(file);

  const files = snapshot.files;
  const documents = files.filter((f) => f.document);
  const kpis = files.flatMap((f) => f.kpis);
  const counts = countDiagnostics(files.flatMap((f) => f.diagnostics));
  const lines = documents.reduce((n, f) => n + f.document!.coverage.nonBlank, 0);
  const accounted = documents.reduce((n, f) => n + f.document!.coverage.accounted, 0);
  logger.info(
    `${plural(documents.length, 'document')}, ${plural(
      files.reduce((n, f) => n + f.roles.length, 0),
      'role',
    )}, ${plural(kpis.length, 'KPI')} (${kpis.filter((k) => k.target).length} with numeric targets), ${plural(
      files.reduce((n, f) => n + f.definitions.length, 0),
      'definition',
    )}; ${accounted}/${lines} non-blank lines accounted for; ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')} (${snapshot.reparsed} of ${plural(files.length, 'file')} parsed anew).`,
  );
  // In a build an error stops it; in dev the server stays up so the editor can fix the file.
  if (counts.error > 0 && !watcher) {
    throw new Error(
      `${plural(counts.error, 'error')} in ${dir}/ (listed above). Fix them, or move the file out of ${dir}/, and build again.`,
    );
  }
}
