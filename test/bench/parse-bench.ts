/**
 * Parse benchmark: the seed documents repeated to about 1, 5 and 10 MB each, parsed by the real
 * parser. Prints throughput per size so that linear scaling (flat MB/s) is visible.
 * Run with `npm run bench:parse`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/lib/read/parse-document.ts';

const root = join(import.meta.dirname, '..', '..');
const seeds = readdirSync(join(root, 'seeds')).sort();
const sizes = [1, 5, 10];

/** Repeats a document's body (not its title) until it reaches `mb` megabytes. */
function grow(text: string, mb: number): string {
  const [title, ...rest] = text.split('\n');
  const body = `${rest.join('\n')}\n`;
  const parts = [`${title}\n`];
  let bytes = Buffer.byteLength(parts[0]!);
  const step = Buffer.byteLength(body);
  while (bytes < mb * 1e6) {
    parts.push(body);
    bytes += step;
  }
  return parts.join('');
}

const rows: string[][] = [['document', 'MB', 'roles', 'KPIs', 'ms (best of 3)', 'MB/s']];
let totalMs = 0;
for (const mb of sizes) {
  for (const seed of seeds) {
    const bytes = new TextEncoder().encode(grow(readFileSync(join(root, 'seeds', seed), 'utf8'), mb));
    let best = Infinity;
    let roles = 0;
    let kpis = 0;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const result = parseDocument(`seeds/${seed}`, bytes);
      best = Math.min(best, performance.now() - start);
      roles = result.document!.draft.roles.length;
      kpis = result.document!.draft.roles.reduce((n, r) => n + r.kpis.length, 0);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length) throw new Error(`${seed} at ${mb} MB: ${errors.length} errors, first: ${errors[0]!.message}`);
    }
    if (mb === 10) totalMs += best;
    rows.push([
      seed,
      (bytes.length / 1e6).toFixed(2),
      String(roles),
      String(kpis),
      best.toFixed(0),
      (bytes.length / 1e6 / (best / 1000)).toFixed(2),
    ]);
  }
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
console.log(`\nBoth seeds at 10 MB each (20 MB): ${(totalMs / 1000).toFixed(2)} s`);
