/**
 * `npm run test:hostile`: hostile and broken files, written at test time by
 * test/fixtures/hostile-make.ts, each read by the build's own reading step in a child process
 * (read-folder.ts) against a time and a memory ceiling, with the exact message it must give. Then
 * one real build of the files that must only warn, whose log may hold no control character, and a
 * racing writer that rewrites a file while it is read. Prints a table of time, peak memory and
 * message per case; exits 1 on any failure.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  largeIntranetPage,
  largeWordDocument,
  manyRoles,
  SWALLOWING_OPENERS,
  twoRolePage,
  wordParagraph,
  writeDocx,
  writeZip,
} from '../fixtures/hostile-make.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'kpi-hostile-'));
const failures: string[] = [];
const rows: string[][] = [];

interface Case {
  name: string;
  /** Writes the case's files into its seeds folder. */
  write: (seeds: string) => Promise<void> | void;
  /** Each must match a line the reading prints. */
  says: RegExp[];
  seconds: number;
  megabytes: number;
  /** What it must still read: documents and roles. */
  reads?: { documents: number; roles: number };
}

const overLimit = (limit: string, what: string) =>
  new RegExp(`error {2}over-limit {2}Not read: ${what}.*\\(${limit}\\)\\. .* raise ${limit} in seedsLoader`);
const bullet = (text: string) => `- ${text}\n`;

const CASES: Case[] = [
  {
    name: '200,000 identical bullets (.docx)',
    write: (s) =>
      writeDocx(join(s, 'bullets.docx'), [
        { text: wordParagraph('Team KPIs', 'Heading1') },
        { text: wordParagraph('Support Agent', 'Heading2') },
        { text: wordParagraph('90% of tickets answered within 24hrs', 'bullet'), times: 200_000 },
      ]),
    says: [overLimit('maxBlocks', 'it holds 200,002 paragraphs and rows')],
    seconds: 10,
    megabytes: 500,
  },
  {
    name: '200,000 identical bullets (.md)',
    write: (s) =>
      writeFileSync(
        join(s, 'bullets.md'),
        `# Team KPIs\n\n## Support Agent\n\n${bullet('90% of tickets answered within 24hrs').repeat(200_000)}`,
      ),
    says: [/^seeds\/bullets\.md:50003:1 {2}/, overLimit('maxBlocks', 'it holds more than 50,000 non-blank lines')],
    seconds: 10,
    megabytes: 500,
  },
  {
    name: '40,000 bullets under one role (.md), within the limits',
    write: (s) =>
      writeFileSync(
        join(s, 'bullets.md'),
        `# Team KPIs\n\n## Support Agent\n\n${bullet('90% of tickets answered within 24hrs').repeat(40_000)}`,
      ),
    says: [],
    seconds: 20,
    megabytes: 1500,
    reads: { documents: 1, roles: 1 },
  },
  {
    name: '100,000 nested <div>s',
    write: (s) =>
      writeFileSync(
        join(s, 'nested.html'),
        `<html><body>\n<h1>KPIs</h1>\n${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}\n</body></html>`,
      ),
    says: [/^seeds\/nested\.html:3:\d+ {2}/, overLimit('maxDepth', 'elements here are nested 257 deep')],
    seconds: 5,
    megabytes: 500,
  },
  {
    name: '3,000 unclosed <div class=row>',
    write: (s) =>
      writeFileSync(
        join(s, 'rows.html'),
        `<html><body>\n<h1>KPIs</h1>\n${Array.from({ length: 3000 }, (_, i) => `<div class=row>Row ${i}: 90%\n`).join('')}</body></html>`,
      ),
    says: [overLimit('maxDepth', 'elements here are nested 257 deep')],
    seconds: 5,
    megabytes: 500,
  },
  {
    name: '100,000 nested Markdown quotes',
    write: (s) => writeFileSync(join(s, 'quotes.md'), `# KPIs\n\n## Agent\n\n- 90% answered\n\n${'>'.repeat(100_000)} deep\n`),
    says: [/^seeds\/quotes\.md:7:1 {2}/, overLimit('maxDepth', 'quotes and lists here are nested 100000 deep')],
    seconds: 5,
    megabytes: 500,
  },
  {
    name: '.docx expanding to 400 MB',
    write: (s) =>
      writeDocx(join(s, 'bomb.docx'), [
        { text: wordParagraph('Team KPIs', 'Heading1') },
        { text: wordParagraph('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(70)), times: 100_000 },
      ]),
    says: [overLimit('maxExpandedMB', 'inflating it passed 200 MB in word/document\\.xml')],
    seconds: 5,
    megabytes: 500,
  },
  {
    name: '.zip holding 1 GB of text',
    write: (s) =>
      writeZip(join(s, 'bomb.zip'), [{ name: 'page.html', parts: [{ text: '<p>Spam spam spam spam.</p>\n', times: 40_000_000 }] }]),
    says: [overLimit('maxExpandedMB', 'inflating it passed 200 MB in page\\.html')],
    seconds: 5,
    megabytes: 500,
  },
  {
    name: '.zip holding a 150 MB one-line page',
    write: (s) =>
      writeZip(join(s, 'one-line.zip'), [
        {
          name: 'page.html',
          parts: [{ text: '<html><body><h1>KPIs</h1>' }, { text: '<span>x</span>', times: 10_700_000 }, { text: '</body></html>' }],
        },
      ]),
    says: [overLimit('maxFileMB', 'the page page\\.html inside it is 150 MB')],
    seconds: 5,
    megabytes: 500,
  },
  {
    name: '.docx that states false sizes',
    write: (s) =>
      writeZip(join(s, 'liar.docx'), [{ name: 'word/document.xml', parts: [{ text: '<w:p/>'.repeat(1000), times: 50_000 }], size: 1000 }]),
    says: [overLimit('maxExpandedMB', 'inflating it passed 200 MB in word/document\\.xml')],
    seconds: 5,
    megabytes: 500,
  },
  {
    name: '60 MB page (inline script, base64 picture)',
    write: (s) => writeFileSync(join(s, 'huge.html'), largeIntranetPage(60, 50)),
    says: [overLimit('maxFileMB', 'this file is 60 MB')],
    seconds: 5,
    megabytes: 500,
  },
  {
    name: '10 MB intranet page, 400 roles (a large real one)',
    write: (s) => writeFileSync(join(s, 'intranet.html'), largeIntranetPage(10, 400)),
    says: [],
    seconds: 30,
    megabytes: 1500,
    reads: { documents: 1, roles: 400 },
  },
  {
    name: '5 MB Word document, 1,000 roles (a large real one)',
    write: (s) => largeWordDocument(join(s, 'handbook.docx'), 1000, 4),
    says: [],
    seconds: 30,
    megabytes: 1500,
    reads: { documents: 1, roles: 1000 },
  },
  ...SWALLOWING_OPENERS.map(
    (opener): Case => ({
      name: `page with an unclosed ${opener.split(' ')[0]}`,
      write: (s) => writeFileSync(join(s, 'page.html'), twoRolePage(opener)),
      says: [
        new RegExp(
          `^seeds/page\\.html:5:1 {2}warning {2}unclosed-element {2}“${opener.split(' ')[0]}” is never closed, so it hides the next \\d+ lines \\(to line \\d+\\)`,
        ),
      ],
      seconds: 5,
      megabytes: 500,
      reads: { documents: 1, roles: 1 },
    }),
  ),
  {
    name: 'file names with escape codes and a forged log line',
    write: (s) => {
      writeFileSync(join(s, 'a\x1b[2J\x1b[H.md'), '# KPIs\n\n## Agent\n\n- 90% answered\n\n## Agent\n\n- 80%\n');
      writeFileSync(join(s, 'b\n[build] Complete!.md'), '# KPIs\n\n## Lead\n\n- 95% reviewed\n\n## Lead\n\n- 1\n');
    },
    says: [/^seeds\/a\\x1b\[2J\\x1b\[H\.md:7:1 {2}warning {2}duplicate-role/, /^seeds\/b\\x0a\[build\] Complete!\.md:7:1 /],
    seconds: 5,
    megabytes: 500,
    reads: { documents: 2, roles: 4 },
  },
  {
    name: '.zip whose page names carry escape codes',
    write: (s) =>
      writeZip(
        join(s, 'pages.zip'),
        ['a\x1b[31m.html', 'b\x07.html'].map((name) => ({ name, parts: [{ text: '<h1>x</h1>' }] })),
      ),
    says: [/2 web pages \(a\\x1b\[31m\.html, b\\x07\.html\)/],
    seconds: 5,
    megabytes: 500,
  },
  {
    name: 'names that give one document id, or none',
    write: (s) => {
      for (const f of ['a b.md', 'A_B.txt', 'a-b.md', '🚀.md', '!!!.md'])
        writeFileSync(join(s, f), '# KPIs\n\n## Agent\n\n- 90% answered\n');
    },
    says: [
      /^seeds\/A_B\.txt {2}warning {2}document-id-collision {2}“seeds\/A_B\.txt” gets the document id "a-b-2"/,
      /^seeds\/🚀\.md {2}warning {2}document-id-collision/,
    ],
    seconds: 5,
    megabytes: 500,
    reads: { documents: 5, roles: 5 },
  },
  {
    name: 'a role name spoofed with a right-to-left override',
    write: (s) => writeFileSync(join(s, 'spoof.md'), '# KPIs\n\n## \u202Erotartsinimda\u202C Analyst\n\n- 90% answered\n'),
    says: [/^seeds\/spoof\.md:3:4 {2}warning {2}bidi-control-removed {2}Removed 2 invisible text-direction controls \(U\+202E, U\+202C\)/],
    seconds: 5,
    megabytes: 500,
    reads: { documents: 1, roles: 1 },
  },
  {
    name: 'a symbolic link loop, a pipe and a BOM-only file',
    write: (s) => {
      symlinkSync(join(s, 'loop-b.md'), join(s, 'loop-a.md'));
      symlinkSync(join(s, 'loop-a.md'), join(s, 'loop-b.md'));
      execFileSync('mkfifo', [join(s, 'pipe.md')]);
      writeFileSync(join(s, 'bom.md'), '\uFEFF');
    },
    says: [
      /^seeds\/loop-a\.md {2}warning {2}link-loop /,
      /^seeds\/pipe\.md {2}info {2}special-file /,
      /^seeds\/bom\.md {2}warning {2}empty-document /,
    ],
    seconds: 5,
    megabytes: 500,
    reads: { documents: 0, roles: 0 },
  },
];

/** Runs the reading step on a folder in a child process; resolves with its output, time and peak memory. */
function readFolder(dir: string, seconds: number): Promise<{ out: string; ms: number; peakMB: number; status: number | null }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'read-folder.ts'), dir], { timeout: seconds * 3000 });
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString('utf8');
    });
    child.stderr.on('data', (b: Buffer) => {
      out += b.toString('utf8');
    });
    child.on('close', (status) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      const peakMB = last.startsWith('{') ? (JSON.parse(last) as { peakMB: number }).peakMB : Number.NaN;
      resolve({ out, ms: performance.now() - started, peakMB, status });
    });
  });
}

/** Any control character but the line breaks between printed lines. */
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

for (const c of CASES) {
  const dir = join(work, String(CASES.indexOf(c)));
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  await c.write(join(dir, 'seeds'));
  const run = await readFolder(dir, c.seconds);
  const lines = run.out.trim().split('\n');
  const summary = lines.at(-1)?.startsWith('{') ? (JSON.parse(lines.at(-1)!) as { documents: number; roles: number }) : null;
  const fail = (why: string) => failures.push(`${c.name}: ${why}`);
  if (run.status !== 0 || !summary) fail(`the reading did not finish (status ${run.status}):\n${run.out.slice(-2000)}`);
  if (run.ms > c.seconds * 1000) fail(`took ${(run.ms / 1000).toFixed(1)} s, over ${c.seconds} s`);
  if (run.peakMB > c.megabytes) fail(`peaked at ${run.peakMB} MB, over ${c.megabytes} MB`);
  for (const want of c.says) if (!lines.some((l) => want.test(l))) fail(`no line matches ${want}:\n${lines.slice(0, 8).join('\n')}`);
  if (c.reads && summary && (summary.documents !== c.reads.documents || summary.roles !== c.reads.roles))
    fail(`read ${summary.documents} documents and ${summary.roles} roles, not ${c.reads.documents} and ${c.reads.roles}`);
  const raw = lines.find((l) => CONTROL.test(l.replace(/\r$/, '')));
  if (raw) fail(`a control character reached the output: ${JSON.stringify(raw)}`);
  const message =
    c.says.length > 0 ? (lines.find((l) => c.says[0]!.test(l)) ?? '') : `read ${summary?.documents} documents, ${summary?.roles} roles`;
  rows.push([c.name, `${(run.ms / 1000).toFixed(2)} s`, `${run.peakMB} MB`, message.replace(/ To read it anyway.*$/, '').slice(0, 150)]);
}

// A racing writer: the document is rewritten in place, again and again, while it is read six
// times; each read either has every role or says the file changed while it was read.
{
  const dir = join(work, 'race');
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  const file = join(dir, 'seeds', 'roles.md');
  const text = manyRoles(401);
  writeFileSync(file, text);
  writeFileSync(join(dir, 'copy.md'), text);
  // Truncates and writes the file in 4 KB pieces, over and over, as an editor saving slowly would.
  const writer = spawn(process.execPath, [
    '-e',
    `const fs = require('fs');
     const text = fs.readFileSync(process.argv[1]);
     const end = Date.now() + 60000;
     (function write() {
       for (let i = 0; i < 20; i++) {
         const fd = fs.openSync(process.argv[2], 'w');
         for (let j = 0; j < text.length; j += 4096) fs.writeSync(fd, text.subarray(j, j + 4096));
         fs.closeSync(fd);
       }
       if (Date.now() < end) setImmediate(write);
     })();`,
    join(dir, 'copy.md'),
    file,
  ]);
  const seen: string[] = [];
  for (let i = 0; i < 6; i++) {
    const run = await readFolder(dir, 20);
    const lines = run.out.trim().split('\n');
    const roles = (JSON.parse(lines.at(-1)!) as { roles: number }).roles;
    const warned = lines.some((l) => l.includes('file-changed-while-read'));
    seen.push(`${roles}${warned ? ' (warned)' : ''}`);
    if (roles !== 401 && !warned) failures.push(`racing writer: run ${i + 1} published ${roles} of 401 roles without a warning`);
  }
  writer.kill();
  rows.push(['a file rewritten while read, six reads', '', '', `roles read: ${seen.join(', ')}`]);
}

// One real build of the files that must only warn: it completes, its log holds no control
// character, and no page carries the escape codes or the override.
{
  const seeds = join(work, 'build-seeds');
  mkdirSync(seeds);
  writeFileSync(join(seeds, 'a\x1b[2J\x1b[H.md'), '# KPIs\n\n## Agent\n\n- 90% answered\n');
  writeFileSync(join(seeds, 'b\n[build] Complete!.md'), '# KPIs\n\n## Lead\n\n- 95% reviewed\n');
  writeFileSync(join(seeds, 'spoof.md'), '# KPIs\n\n## \u202Erotartsinimda\u202C Analyst\n\n- 90% answered\n');
  writeFileSync(join(seeds, 'unclosed.html'), twoRolePage('<textarea>'));
  writeFileSync(join(seeds, 'bom.md'), '\uFEFF');
  writeFileSync(join(seeds, 'intranet.html'), largeIntranetPage(10, 400));
  symlinkSync(join(seeds, 'loop-b.md'), join(seeds, 'loop-a.md'));
  symlinkSync(join(seeds, 'loop-a.md'), join(seeds, 'loop-b.md'));
  const out = join(work, 'dist');
  const started = performance.now();
  const build = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, SEEDS_DIR: seeds, OUT_DIR: out, SITE_URL: '', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const log = `${build.stdout}${build.stderr}`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (build.status !== 0) failures.push(`build: exited ${build.status}:\n${log.slice(-3000)}`);
  // Colour codes are Astro's own; anything else that is a control character came from a name.
  const colour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
  const raw = log.split('\n').find((l) => CONTROL.test(l.replace(colour, '').replace(/\r$/, '')));
  if (raw) failures.push(`build: a control character reached the log: ${JSON.stringify(raw)}`);
  if (log.split('\n').filter((l) => /^\S*\s*\[build\] Complete!/.test(l.replace(colour, ''))).length > 1)
    failures.push('build: a file name forged a "[build] Complete!" line');
  for (const want of ['unclosed-element', 'bidi-control-removed', 'link-loop', 'empty-document'])
    if (!log.includes(want)) failures.push(`build: the log does not say ${want}`);
  const source = join(out, 'documents', 'intranet', 'index.html');
  const sourceMB = statSync(source).size / 1e6;
  if (sourceMB > 2) failures.push(`build: the 10 MB page's source view is ${sourceMB.toFixed(1)} MB`);
  const spoofed = readFileSync(join(out, 'roles', 'spoof', 'rotartsinimda-analyst', 'index.html'), 'utf8');
  if (/[\u202A-\u202E\u2066-\u2069]/.test(spoofed)) failures.push('build: a direction override reached a role page');
  rows.push(['one build of the files that only warn', `${seconds} s`, '', `source view of the 10 MB page: ${sourceMB.toFixed(2)} MB`]);
}

rmSync(work, { recursive: true, force: true });
const width = rows.reduce((w, r) => Math.max(w, r[0]!.length), 0);
for (const r of rows) console.log(`${r[0]!.padEnd(width)}  ${r[1]!.padStart(7)}  ${r[2]!.padStart(7)}  ${r[3]}`);
if (failures.length > 0) {
  console.error(`\n${failures.length} failure(s):\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${CASES.length + 2} hostile cases behaved.`);
