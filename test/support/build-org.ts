/**
 * `npm run build:org`: builds the site as an organisation has it after copying its own documents
 * into seeds/: the sample seeds plus four fixture documents, in a temporary seeds folder, built into
 * dist-org/ with content/ untouched. The browser suite then checks that site too.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
/**
 * The organisation's own documents: one with a different layout and roles the seeds do not have,
 * one that reuses a seed's role names ("Technical Writer", "QA") and its defined term, one that
 * gives a seed's measure ("time to resolve technical issues") targets of its own, a finding across
 * documents for the health pages, and a KPI register saved from Excel with Green, Amber and Red
 * bands, owners and frequencies.
 */
export const ADDED_DOCUMENTS = [
  'test/fixtures/markdown/clean.md',
  'test/fixtures/org/documentation-team.md',
  'test/fixtures/org/service-desk.md',
  'test/fixtures/org/service-desk-rag-register.csv',
];

const work = mkdtempSync(join(tmpdir(), 'kpi-org-'));
const seeds = join(work, 'seeds');
mkdirSync(seeds);
try {
  for (const f of readdirSync(join(ROOT, 'test/fixtures/seeds'))) copyFileSync(join(ROOT, 'test/fixtures/seeds', f), join(seeds, f));
  for (const f of ADDED_DOCUMENTS) copyFileSync(join(ROOT, f), join(seeds, basename(f)));
  const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SEEDS_DIR: seeds, OUT_DIR: './dist-org', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
