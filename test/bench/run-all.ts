/**
 * `npm run bench`: runs every benchmark after a build and writes what they print to
 * test/bench/RESULTS.md with the commit and the machine, so the README can point at figures
 * that come from one run instead of copying numbers by hand.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BENCHES = [
  ['Parsing', 'parse-bench.ts', 'The seeds repeated to 1, 5 and 10 MB; flat MB/s means linear.'],
  ['Search', 'search-bench.ts', 'Keystroke to first result in Chromium, on the built seeds.'],
  ['Calculator', 'calculator-bench.ts', 'Gzipped JavaScript of a role page and the time one keystroke takes.'],
  [
    'Corpora',
    'corpus-bench.ts',
    'Real builds of generated corpora: 1×, 10× and 100× the seeds, 100× with targets that differ per copy (100d), and one document of 2,000 roles whose targets all differ (2000r). "assembly" is reading, parsing and assembling the data (health checks included), timed apart from the build.',
  ],
] as const;

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : '';
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;

const sections: string[] = [];
let failed = false;
for (const [title, script, what] of BENCHES) {
  console.error(`bench: ${title}…`);
  const run = spawnSync(process.execPath, [join(import.meta.dirname, script)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const missed = run.status !== 0 || /^MISSED/m.test(run.stdout);
  failed ||= missed;
  sections.push(
    `## ${title}\n\n${what}\n\n\`\`\`\n${run.stdout.trim() || '(no output)'}\n\`\`\`${run.status !== 0 ? `\n\nFailed with exit code ${run.status}:\n\n\`\`\`\n${run.stderr.trim().slice(-2000)}\n\`\`\`` : ''}\n`,
  );
}

writeFileSync(
  join(import.meta.dirname, 'RESULTS.md'),
  `# Benchmark results\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}${dirty}, on ${machine}. Do not edit by hand: run the benchmark again.\n\n${sections.join('\n')}`,
);
console.error(`bench: wrote test/bench/RESULTS.md${failed ? '; some targets were missed or a benchmark failed' : ''}`);
process.exit(failed ? 1 : 0);
