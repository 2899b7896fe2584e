/**
 * Scale benchmark: synthetic corpora at about 1×, 10× and 100× the seeds, each built for real
 * (parser, Astro, Pagefind) from a temporary folder. Copy 1 is the seeds themselves; later copies
 * number their role lines, found by the real parser, so every role is distinct but keeps its shape.
 * Usage: node test/bench/corpus-bench.ts [scales…]   (default 1 10 100)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../../src/lib/read/parse-document.ts';
import { serve } from '../support/serve.ts';
import { launch, measureSearch } from './search-bench.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const scales = process.argv.slice(2).map(Number).filter(Boolean);
const SCALES = scales.length ? scales : [1, 10, 100];
const seeds = readdirSync(join(ROOT, 'seeds')).sort();

/** Writes `copies` copies of every seed into `dir`, renaming the roles of copies after the first. */
function writeCorpus(dir: string, copies: number): number {
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
              .map((line, i) => (roleLines.has(i + 1) ? `${line.trimEnd()} ${k}` : line))
              .join('\n');
      writeFileSync(join(dir, `${String(k).padStart(3, '0')}-${seed}`), body);
      bytes += Buffer.byteLength(body);
    }
  }
  return bytes;
}

const sizeOf = (path: string): number =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0) : statSync(path).size;
const htmlFiles = (path: string): string[] =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((f) => htmlFiles(join(path, f))) : path.endsWith('.html') ? [path] : [];

interface Row {
  scale: number;
  docs: number;
  roles: number;
  kpis: number;
  mb: number;
  parseMs: number;
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
  for (const scale of SCALES) {
    const seedsDir = join(work, `x${scale}`, 'seeds');
    mkdirSync(seedsDir, { recursive: true });
    const bytes = writeCorpus(seedsDir, scale);
    const files = readdirSync(seedsDir);
    const t0 = performance.now();
    let roles = 0;
    let kpis = 0;
    for (const f of files) {
      const d = parseDocument(`seeds/${f}`, readFileSync(join(seedsDir, f))).document!;
      roles += d.draft.roles.length;
      kpis += d.draft.roles.reduce((n, r) => n + r.kpis.length, 0);
    }
    const parseMs = performance.now() - t0;
    const outDir = join(work, `x${scale}`, 'dist');
    // A cold build each time: no content-layer cache from an earlier corpus.
    for (const cache of ['.astro/data-store.json', 'node_modules/.astro']) rmSync(join(ROOT, cache), { recursive: true, force: true });
    const run = spawnSync(process.execPath, [join(import.meta.dirname, 'build-once.ts'), ROOT], {
      env: { ...process.env, SEEDS_DIR: seedsDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`build of ${scale}× failed:\n${run.stderr.slice(-3000)}\n${run.stdout.slice(-3000)}`);
    const { ms, maxRssMB } = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { ms: number; maxRssMB: number };
    const pages = htmlFiles(outDir);
    const largest = pages.map((p) => ({ p, s: statSync(p).size })).sort((a, b) => b.s - a.s)[0]!;
    const server = await serve(ROOT, outDir, 4630);
    let search: Awaited<ReturnType<typeof measureSearch>>;
    try {
      search = await measureSearch(browser, server.url, 'roles/tech-team/', 3);
    } finally {
      server.stop();
    }
    rows.push({
      scale,
      docs: files.length,
      roles,
      kpis,
      mb: bytes / 1e6,
      parseMs,
      buildMs: ms,
      pages: pages.length,
      rssMB: maxRssMB,
      distMB: sizeOf(outDir) / 1e6,
      indexMB: sizeOf(join(outDir, 'pagefind')) / 1e6,
      largest: `${largest.p.slice(outDir.length)} ${(largest.s / 1e6).toFixed(2)} MB`,
      coldMs: search.coldMs,
      warmMs: search.warmMs,
    });
    console.error(`built ${scale}× in ${(ms / 1000).toFixed(1)} s`);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const header = [
  'scale',
  'docs',
  'roles',
  'KPIs',
  'parse',
  'MB/s',
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
    `${r.scale}×`,
    r.docs,
    r.roles,
    r.kpis,
    `${r.parseMs.toFixed(0)} ms`,
    (r.mb / (r.parseMs / 1000)).toFixed(2),
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

const first = rows[0]!;
const last = rows.at(-1)!;
const checks = [
  [`${last.scale}× builds in under 2 minutes`, last.buildMs < 120_000, `${(last.buildMs / 1000).toFixed(1)} s`],
  [
    `time per role within 2× from ${first.scale}× to ${last.scale}×`,
    last.buildMs / last.roles <= 2 * (first.buildMs / first.roles),
    `${(last.buildMs / last.roles / (first.buildMs / first.roles)).toFixed(2)}×`,
  ],
  ['peak memory under 2 GB', Math.max(...rows.map((r) => r.rssMB)) < 2048, `${Math.max(...rows.map((r) => r.rssMB)).toFixed(0)} MB`],
] as const;
for (const [name, ok, value] of checks) console.log(`${ok ? 'met   ' : 'MISSED'}  ${name}: ${value}`);
