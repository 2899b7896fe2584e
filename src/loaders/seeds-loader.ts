/**
 * A thin Astro content loader over `readSeeds`: validates its options, then `parseData` →
 * `store.set` for each entity, and in dev re-syncs when a file in the seeds folder changes.
 */

import { isAbsolute, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatDiagnostic } from '../lib/diagnostic.ts';
import type { Handbook } from '../lib/handbook/build-handbook.ts';
import { plural } from '../lib/plural.ts';
import { readSeeds, seedsFolderExists } from './read-seeds.ts';

export type SeedsCollection = 'documents' | 'roles' | 'kpis' | 'targets' | 'definitions';

export interface SeedsLoaderOptions {
  /** Which entities this collection holds. */
  collection: SeedsCollection;
  /** The folder of KPI documents: relative to the project root, or absolute (benchmarks use a temporary one). */
  dir?: string;
  /** Whether this collection reports diagnostics; exactly one collection should, so each prints once. */
  report?: boolean;
}

const PICK: Record<SeedsCollection, (h: Handbook) => Array<{ id: string } & Record<string, unknown>>> = {
  documents: (h) => h.documents,
  roles: (h) => h.roles,
  kpis: (h) => h.kpis,
  targets: (h) => h.kpis.filter((k) => k.target).map((k) => ({ id: k.id, kpi: k.id, role: k.role, document: k.document, ...k.target! })),
  definitions: (h) => h.definitions,
};

/** Creates the loader for one of the handbook's collections. */
export function seedsLoader(options: SeedsLoaderOptions): Loader {
  const { collection, dir = 'seeds', report = false } = options;
  if (!(collection in PICK)) {
    throw new Error(`seedsLoader: unknown collection "${String(collection)}"; use one of ${Object.keys(PICK).join(', ')}.`);
  }
  if (!dir || (!isAbsolute(dir) && dir.split(/[\\/]/).includes('..'))) {
    throw new Error(`seedsLoader: "dir" must be a folder such as "seeds" or an absolute path; got "${dir}".`);
  }
  /** Digest last reported per file, so a dev reload prints only what changed. */
  const reported = new Map<string, string>();
  return {
    name: `kpi-seeds-${collection}`,
    load: async (context: LoaderContext) => {
      const { config, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      if (!(await seedsFolderExists(root, dir))) {
        logger.warn(`No "${dir}/" folder; the handbook is empty. Create it and put KPI documents in it.`);
        context.store.clear();
        return;
      }
      await sync(context, root, dir, collection, report ? reported : null);
      if (!watcher) return;
      const folder = resolve(join(root, dir));
      watcher.add(folder);
      const onChange = async (path: string) => {
        if (!resolve(path).startsWith(folder + sep)) return;
        try {
          await sync(context, root, dir, collection, report ? reported : null);
        } catch (error) {
          logger.error(`Could not reload ${dir}/: ${(error as Error).message}`);
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
    },
  };
}

async function sync(context: LoaderContext, root: string, dir: string, collection: SeedsCollection, reported: Map<string, string> | null) {
  const { store, parseData, generateDigest, logger, watcher } = context;
  const snapshot = await readSeeds(root, dir);
  const entries = PICK[collection](snapshot.handbook);
  const keep = new Set<string>();
  let changed = 0;
  for (const entry of entries) {
    keep.add(entry.id);
    const digest = generateDigest(entry);
    if (store.get(entry.id)?.digest === digest) continue;
    const data = await parseData({ id: entry.id, data: entry });
    store.set({ id: entry.id, data, digest });
    changed++;
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  logger.debug(`${entries.length} ${collection} (${changed} changed)`);
  if (!reported) return;

  const counts = { error: 0, warning: 0, info: 0 };
  for (const entry of snapshot.entries) {
    const fresh = reported.get(entry.file) !== entry.digest;
    reported.set(entry.file, entry.digest);
    for (const d of entry.diagnostics) {
      counts[d.severity]++;
      // Errors are repeated until fixed; the rest only when the file changes.
      if (!fresh && d.severity !== 'error') continue;
      const line = formatDiagnostic(d);
      if (d.severity === 'error') logger.error(line);
      else if (d.severity === 'warning') logger.warn(line);
      else logger.info(line);
    }
  }
  const present = new Set(snapshot.entries.map((e) => e.file));
  for (const file of reported.keys()) if (!present.has(file)) reported.delete(file);
  const h = snapshot.handbook;
  const lines = h.documents.reduce((n, d) => n + d.coverage.nonBlank, 0);
  const accounted = h.documents.reduce((n, d) => n + d.coverage.accounted, 0);
  const withTargets = h.kpis.filter((k) => k.target).length;
  logger.info(
    `${plural(h.documents.length, 'document')}, ${plural(h.roles.length, 'role')}, ${plural(h.kpis.length, 'KPI')} (${withTargets} with numeric targets), ${plural(h.definitions.length, 'definition')}; ${accounted}/${lines} non-blank lines accounted for; ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')} (${snapshot.reparsed} of ${plural(snapshot.files, 'file')} parsed anew).`,
  );
  // In a build an error stops it; in dev the server stays up so the editor can fix the file.
  if (counts.error > 0 && !watcher) {
    throw new Error(
      `${plural(counts.error, 'error')} in ${dir}/ (listed above). Fix them, or move the file out of ${dir}/, and build again.`,
    );
  }
}
