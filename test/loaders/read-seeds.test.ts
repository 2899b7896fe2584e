import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/lib/read/limits.ts';
import { cachingParser, readSeeds, type SeedsIo } from '../../src/loaders/read-seeds.ts';
import { markdownToDocx } from '../support/office-documents.ts';

const work = mkdtempSync(join(tmpdir(), 'kpi-intake-'));
const seeds = join(work, 'seeds');
const doc = (role: string) => `# Team KPIs\n\n## ${role}\n\n- 90% of tickets answered within 24hrs\n`;
mkdirSync(join(seeds, 'finance', 'emea'), { recursive: true });
writeFileSync(join(seeds, 'ops.md'), doc('Operations Lead'));
writeFileSync(join(seeds, 'finance', 'kpis.md'), doc('Controller'));
writeFileSync(join(seeds, 'finance', 'emea', 'kpis.md'), doc('Regional Controller'));
writeFileSync(join(seeds, '.DS_Store'), 'x');
writeFileSync(join(seeds, 'ops.md~'), doc('Old'));
writeFileSync(join(seeds, 'README.md'), '# How to add a document\n');
writeFileSync(join(work, 'secret.md'), doc('Outside'));
mkdirSync(join(seeds, '.drafts'));
writeFileSync(join(seeds, '.drafts', 'hr.md'), doc('Recruiter'));
symlinkSync(join(seeds, '.drafts', 'hr.md'), join(seeds, 'hr.md'));
symlinkSync(join(seeds, 'finance', 'kpis.md'), join(seeds, 'alias.md'));
symlinkSync(join(work, 'secret.md'), join(seeds, 'outside.md'));
symlinkSync(join(work, 'missing.md'), join(seeds, 'broken.md'));
symlinkSync(seeds, join(seeds, 'finance', 'loop'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const { files } = await readSeeds(work, 'seeds');
const byFile = new Map(files.map((f) => [f.file, f]));

describe('readSeeds', () => {
  it('reads sub-folders, and links that stay inside only where they reach what is not read otherwise', () => {
    expect(files.filter((f) => f.document).map((f) => f.file)).toEqual([
      'seeds/finance/emea/kpis.md',
      'seeds/finance/kpis.md',
      'seeds/hr.md',
      'seeds/ops.md',
    ]);
    expect(byFile.get('seeds/finance/emea/kpis.md')!.roles.map((r) => r.name)).toEqual(['Regional Controller']);
    // The sub-folder is part of the document id, so same-named files in two folders do not collide.
    expect(files.flatMap((f) => (f.document ? [f.document.id] : []))).toEqual(['finance-emea-kpis', 'finance-kpis', 'hr', 'ops']);
  });

  it('names every file it does not read, with the reason', () => {
    const skipped = files.filter((f) => !f.document).map((f) => [f.file, f.diagnostics.map((d) => `${d.severity} ${d.code}`).join()]);
    expect(skipped).toEqual([
      ['seeds/.drafts', 'info skipped-file'],
      ['seeds/.DS_Store', 'info skipped-file'],
      ['seeds/alias.md', 'info skipped-file'],
      ['seeds/broken.md', 'warning link-outside-seeds'],
      ['seeds/finance/loop', 'info skipped-file'],
      ['seeds/ops.md~', 'info skipped-file'],
      ['seeds/outside.md', 'warning link-outside-seeds'],
      ['seeds/README.md', 'info skipped-file'],
    ]);
    expect(byFile.get('seeds/outside.md')!.diagnostics[0]!.message).toContain('outside seeds/');
    expect(byFile.get('seeds/alias.md')!.diagnostics[0]!.message).toContain('points to seeds/finance/kpis.md, which is read');
  });
});

describe('readSeeds with a Word document, as npm run dev reads it again on each change', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kpi-docx-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads an edited .docx anew, and an unchanged one not at all', async () => {
    mkdirSync(join(folder, 'seeds'));
    const path = join(folder, 'seeds', 'finance.docx');
    writeFileSync(path, await markdownToDocx('# Finance KPIs\n\n## Clerk\n\n- Invoices processed: 40 per day'));
    const parse = cachingParser();
    const first = await readSeeds(folder, 'seeds', parse);
    expect(first.files[0]!.roles.map((r) => r.name)).toEqual(['Clerk']);
    expect(first.reparsed).toBe(1);

    writeFileSync(
      path,
      await markdownToDocx('# Finance KPIs\n\n## Clerk\n\n- Invoices processed: 45 per day\n\n## Controller\n\n- Close: 5 days'),
    );
    const edited = await readSeeds(folder, 'seeds', parse);
    expect(edited.reparsed).toBe(1);
    expect(edited.files[0]!.roles.map((r) => r.name)).toEqual(['Clerk', 'Controller']);
    expect(edited.files[0]!.kpis.map((k) => k.target?.raw)).toEqual(['45', '5 days']);

    const again = await readSeeds(folder, 'seeds', parse);
    expect(again.reparsed).toBe(0);
  });
});

describe('readSeeds on files that change, vanish or cannot be read', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kpi-io-'));
  const dir = join(folder, 'seeds');
  mkdirSync(dir);
  for (const name of ['gone.md', 'locked.md', 'moving.md', 'steady.md', 'huge.md']) writeFileSync(join(dir, name), doc('Analyst'));
  writeFileSync(join(dir, 'huge.md'), doc('Analyst').repeat(200));
  symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
  symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
  execFileSync('mkfifo', [join(dir, 'pipe.md')]);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const fail = (code: string) => Object.assign(new Error(code), { code });
  let ticks = 0;
  // Root may read a chmod 000 file, and a deletion cannot be timed between listing and reading:
  // the file system is stood in for where that is so.
  const io: SeedsIo = {
    ...fsPromises,
    readFile: async (path) => {
      if (path.endsWith('gone.md')) throw fail('ENOENT');
      if (path.endsWith('locked.md')) throw fail('EACCES');
      return fsPromises.readFile(path);
    },
    stat: async (path) => {
      const s = await fsPromises.stat(path);
      return path.endsWith('moving.md') ? Object.assign(s, { mtimeMs: ++ticks }) : s;
    },
  };

  it('names each, with what to do, and reads the rest', async () => {
    const { files } = await readSeeds(folder, 'seeds', cachingParser(), { io, limits: { ...DEFAULT_LIMITS, maxFileMB: 0.01 } });
    const said = Object.fromEntries(files.map((f) => [f.file, f.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`)]));
    expect(said['seeds/gone.md']).toEqual([
      'warning file-vanished: Not read: the file was deleted or moved while the build was reading the folder. Build again.',
    ]);
    expect(said['seeds/locked.md']).toEqual([
      'error unreadable-file: Not read: the build may not read it (check its permissions). Fix it, or move it out of the folder.',
    ]);
    expect(said['seeds/moving.md']![0]).toBe(
      'warning file-changed-while-read: This file kept changing while the build read it; what is published may be part-written. Build again once it is saved.',
    );
    expect(said['seeds/huge.md']![0]).toMatch(
      /^error over-limit: Not read: this file is 0\.013 MB, over the limit of 0\.01 MB \(maxFileMB\)/,
    );
    expect(said['seeds/loop-a.md']).toEqual([
      'warning link-loop: Not read: this link leads round in a loop back to itself. Replace it with the document it was meant to reach.',
    ]);
    expect(said['seeds/pipe.md']).toEqual([
      'info special-file: Not read: this is a pipe, socket or device, not a file. Remove it from the folder.',
    ]);
    expect(files.find((f) => f.file === 'seeds/moving.md')!.roles.map((r) => r.name)).toEqual(['Analyst']);
    expect(files.find((f) => f.file === 'seeds/steady.md')!.diagnostics).toEqual([]);
  });
});
