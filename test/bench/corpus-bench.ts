/**
 * Scale benchmark: synthetic corpora, each built for real (parser, Astro, Pagefind) from a
 * temporary folder, with the data assembly (read, parse, assemble, health checks) also timed on
 * its own so that it can be told apart from rendering.
 * - `1`, `10`, `100`: about 1×, 10× and 100× the seeds. Copy 1 is the seeds themselves; later
 *   copies number their role lines, found by the real parser, so every role is distinct but keeps
 *   its shape.
 * - `100d`: the same 100×, but every number in copy k is changed by k, so the same measures carry
 *   different targets from copy to copy (what the cross-role checks have to compare).
 * - `2000r`: one document of 2,000 roles with three KPIs each whose targets all differ.
 * Usage: node test/bench/corpus-bench.ts [corpora…]   (default 1 10 100 100d 2000r)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleHandbook } from '../../src/lib/handbook/assemble-handbook.ts';
import { parseDocument } from '../../src/lib/read/parse-document.ts';
import { readContent } from '../../src/loaders/read-content.ts';
import { readSeeds } from '../../src/loaders/read-seeds.ts';
import { createSpeller } from '../../src/loaders/speller.ts';
import { serve } from '../support/serve.ts';
import { launch, measureSearch } from './search-bench.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const asked = process.argv.slice(2);
const CORPORA = asked.length ? asked : ['1', '10', '100', '100d', '2000r'];
const seeds = readdirSync(join(ROOT, 'seeds')).sort();

/** Changes every number in a line by `k` (12 → 12+k), leaving numbers inside words alone. */
const shiftNumbers = (line: string, k: number): string => line.replace(/(?<![\p{L}\d.])\d+(?![\d\p{L}])/gu, (n) => String(Number(n) + k));

/**
 * Writes `copies` copies of every seed into `dir`, renaming the roles of copies after the first;
 * with `distinct`, the numbers of copy k are shifted by k so that its targets differ too.
 */
function writeCopies(dir: string, copies: number, distinct: boolean): number {
  let bytes = 0;
  for (const seed of seeds) {
    const original = readFileSync(join(ROOT, 'seeds', seed));
    const text = original.toString('utf8');
    const roleLines = new Set(parseDocument(`seeds/${seed}`, original).document!.draft.roles.map((r) => r.line));
    for (let k = 1; k <= copies; k++) {
      const body =
        k === 1
          ? text
          : text
              .split('\n')
              .map((line, i) => (roleLines.has(i + 1) ? `${line.trimEnd()} ${k}` : distinct ? shiftNumbers(line, k - 1) : line))
              .join('\n');
      writeFileSync(join(dir, `${String(k).padStart(3, '0')}-${seed}`), body);
      bytes += Buffer.byteLength(body);
    }
  }
  return bytes;
}

/** One document of `roles` roles with three KPIs each: the same measures, every target different. */
function writeManyRoles(dir: string, roles: number): number {
  const parts = ['# Support organisation KPIs\n\nTargets per support desk.\n'];
  for (let i = 1; i <= roles; i++) {
    parts.push(
      `\n## Support Desk ${i}\n\n- Average time to resolve issues: under ${12 + (i % 37)} hours\n- Customer satisfaction of at least ${60 + (i % 39)}%\n- ${5 + (i % 23)} knowledge articles published per month\n`,
    );
  }
  const body = parts.join('');
  writeFileSync(join(dir, 'support-desks.md'), body);
  return Buffer.byteLength(body);
}

/** Writes the corpus a name stands for: "100" (copies), "100d" (copies, distinct targets), "2000r" (roles). */
function writeCorpus(dir: string, name: string): number {
  const m = /^(\d+)(d|r)?$/.exec(name);
  if (!m)
    throw new Error(
      `Unknown corpus "${name}": use a number of copies (100), copies with distinct targets (100d), or a number of roles (2000r).`,
    );
  const n = Number(m[1]);
  return m[2] === 'r' ? writeManyRoles(dir, n) : writeCopies(dir, n, m[2] === 'd');
}

const sizeOf = (path: string): number =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0) : statSync(path).size;
const htmlFiles = (path: string): string[] =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((f) => htmlFiles(join(path, f))) : path.endsWith('.html') ? [path] : [];

interface Row {
  corpus: string;
  docs: number;
  roles: number;
  kpis: number;
  mb: number;
  parseMs: number;
  assembleMs: number;
  buildMs: number;
  pages: number;
  rssMB: number;
  distMB: number;
  indexMB: number;
  largest: string;
  coldMs: number;
  warmMs: number;
}
const rows: Row[] = [];
const work = mkdtempSync(join(tmpdir(), 'kpi-corpus-'));
const browser = await launch();
try {
  for (const corpus of CORPORA) {
    const seedsDir = join(work, `x${corpus}`, 'seeds');
    mkdirSync(seedsDir, { recursive: true });
    const bytes = writeCorpus(seedsDir, corpus);
    const files = readdirSync(seedsDir);
    const t0 = performance.now();
    for (const f of files) {
      parseDocument(`seeds/${f}`, readFileSync(join(seedsDir, f)));
    }
    const parseMs = performance.now() - t0;
    // The data assembly as the build runs it: read and parse every file, then assemble.
    const t1 = performance.now();
    const { files: sources } = await readSeeds(ROOT, seedsDir);
    const {
      counts,
      roles: roleList,
      kpis: kpiList,
      routes,
    } = assembleHandbook({ files: sources, ...readContent(ROOT), speller: createSpeller(), base: '/' });
    const { roles, kpis } = counts;
    const assembleMs = performance.now() - t1;
    const outDir = join(work, `x${corpus}`, 'dist');
    // A cold build each time: no content-layer cache from an earlier corpus.
    for (const cache of ['.astro/data-store.json', 'node_modules/.astro']) rmSync(join(ROOT, cache), { recursive: true, force: true });
    const run = spawnSync(process.execPath, [join(import.meta.dirname, 'build-once.ts'), ROOT], {
      env: { ...process.env, SEEDS_DIR: seedsDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`build of ${corpus} failed:\n${run.stderr.slice(-3000)}\n${run.stdout.slice(-3000)}`);
    const { ms, maxRssMB } = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { ms: number; maxRssMB: number };
    const pages = htmlFiles(outDir);
    const largest = pages.map((p) => ({ p, s: statSync(p).size })).sort((a, b) => b.s - a.s)[0]!;
    const server = await serve(ROOT, outDir, 4630);
    let search: Awaited<ReturnType<typeof measureSearch>>;
    try {
      // Search from the first role's page: every corpus has one.
      // Queries are words of the corpus's own KPIs, so that each one has results to wait for.
      const words = kpiList.slice(0, 40).flatMap((k) => k.name.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
      search = await measureSearch(browser, server.url, routes.role(roleList[0]!.id).slice(1), 3, [...new Set(words)].slice(0, 10));
    } finally {
      server.stop();
    }
    rows.push({
      corpus,
      docs: files.length,
      roles,
      kpis,
      mb: bytes / 1e6,
      parseMs,
      assembleMs,
      buildMs: ms,
      pages: pages.length,
      rssMB: maxRssMB,
      distMB: sizeOf(outDir) / 1e6,
      indexMB: sizeOf(join(outDir, 'pagefind')) / 1e6,
      largest: `${largest.p.slice(outDir.length)} ${(largest.s / 1e6).toFixed(2)} MB`,
      coldMs: search.coldMs,
      warmMs: search.warmMs,
    });
    console.error(`built ${corpus} in ${(ms / 1000).toFixed(1)} s (data assembly ${(assembleMs / 1000).toFixed(1)} s)`);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const header = [
  'corpus',
  'docs',
  'roles',
  'KPIs',
  'parse',
  'MB/s',
  'assembly',
  'build',
  'pages/s',
  'ms/role',
  'peak RSS',
  'dist',
  'index',
  'largest page',
  'search cold/warm',
];
const table = rows.map((r) =>
  [
    r.corpus,
    r.docs,
    r.roles,
    r.kpis,
    `${r.parseMs.toFixed(0)} ms`,
    (r.mb / (r.parseMs / 1000)).toFixed(2),
    `${(r.assembleMs / 1000).toFixed(2)} s`,
    `${(r.buildMs / 1000).toFixed(1)} s`,
    (r.pages / (r.buildMs / 1000)).toFixed(0),
    (r.buildMs / r.roles).toFixed(1),
    `${r.rssMB.toFixed(0)} MB`,
    `${r.distMB.toFixed(1)} MB`,
    `${r.indexMB.toFixed(2)} MB`,
    r.largest,
    `${r.coldMs.toFixed(0)}/${r.warmMs.toFixed(0)} ms`,
  ].map(String),
);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
for (const line of [header, ...table]) console.log(line.map((c, i) => c.padEnd(widths[i]!)).join('  '));

const copies = rows.filter((r) => /^\d+$/.test(r.corpus));
const first = copies[0];
const last = copies.at(-1);
const checks: Array<readonly [string, boolean, string]> = [];
for (const r of rows.filter((x) => ['100', '100d', '2000r'].includes(x.corpus))) {
  checks.push([`${r.corpus} builds in under 30 s`, r.buildMs < 30_000, `${(r.buildMs / 1000).toFixed(1)} s`]);
  checks.push([`${r.corpus} data assembly under 5 s`, r.assembleMs < 5_000, `${(r.assembleMs / 1000).toFixed(2)} s`]);
}
if (first && last && first !== last) {
  const ratio = last.buildMs / last.roles / (first.buildMs / first.roles);
  checks.push([`time per role within 2× from ${first.corpus}× to ${last.corpus}×`, ratio <= 2, `${ratio.toFixed(2)}×`]);
}
const peak = Math.max(...rows.map((r) => r.rssMB));
checks.push(['peak memory under 2 GB', peak < 2048, `${peak.toFixed(0)} MB`]);
console.log('');
for (const [name, ok, value] of checks) console.log(`${ok ? 'met   ' : 'MISSED'}  ${name}: ${value}`);
