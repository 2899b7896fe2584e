/**
 * `npm run lint:docs`: every diagnostic of the documents and the editorial content (parse
 * problems, repairs, content references, document health) as `file:line:col  severity  code
 * message`; exits 1 only when there are errors. A thin adapter over the same assembly as the build.
 */
import { join } from 'node:path';
import { formatDiagnostic } from '../lib/diagnostic.ts';
import { assembleHandbook } from '../lib/handbook/assemble-handbook.ts';
import { plural } from '../lib/plural.ts';
import { readContent } from '../loaders/read-content.ts';
import { readSeeds } from '../loaders/read-seeds.ts';
import { createSpeller } from '../loaders/speller.ts';

const root = join(import.meta.dirname, '..', '..');
const { files } = await readSeeds(root, process.env.SEEDS_DIR || 'seeds');
const h = assembleHandbook({ files, ...readContent(root), speller: createSpeller(), base: '/' });
for (const d of h.diagnostics) if (!d.suppressed) console.log(formatDiagnostic(d));
const counts = h.counts.diagnostics;
console.log(
  `\n${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}, ${counts.suppressed} accepted in content/health.json.`,
);
process.exit(counts.error > 0 ? 1 : 0);
