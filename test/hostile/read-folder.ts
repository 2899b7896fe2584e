/**
 * Reads one folder of seeds as the build's loader does (`readSeeds`), prints each diagnostic as
 * the build prints it, then one JSON line with the counts and this process's peak memory. Run in
 * a child process by hostile.ts, which holds the time and memory ceilings.
 *   node test/hostile/read-folder.ts ROOT [DIR]
 */
import { formatDiagnostic } from '../../src/lib/diagnostic.ts';
import { readSeeds } from '../../src/loaders/read-seeds.ts';

const [root = '.', dir = 'seeds'] = process.argv.slice(2);
const { files } = await readSeeds(root, dir);
for (const f of files) for (const d of f.diagnostics) console.log(formatDiagnostic(d));
console.log(
  JSON.stringify({
    documents: files.filter((f) => f.document).length,
    roles: files.reduce((n, f) => n + f.roles.length, 0),
    kpis: files.reduce((n, f) => n + f.kpis.length, 0),
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
