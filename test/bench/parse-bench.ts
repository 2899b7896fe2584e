/**
 * Parse benchmark: the seed documents repeated to about 1, 5 and 10 MB each, parsed by the real
 * parser. Prints throughput per size so that linear scaling (flat MB/s) is visible. Then the
 * Markdown seed at 1 and 5 MB of text, also made into a Word document and a help-centre page
 * (test/support/office-documents.ts), and its KPIs as a CSV and an Excel register of about as
 * much text (test/support/register-documents.ts), each read the way the loader reads it
 * (readDocument, with mammoth for the .docx and read-excel-file for the .xlsx): milliseconds per
 * MB of the file and per MB of its text.
 * Every document is read with readDocument, as the loader reads it. Run with `npm run bench:parse`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../../src/lib/read/limits.ts';
import { readDocument } from '../../src/lib/read/parse-document.ts';
import { helpCentrePage, markdownToDocx, markdownToHtml } from '../support/office-documents.ts';
import { registerRows, toCsv, toXlsx } from '../support/register-documents.ts';

const root = join(import.meta.dirname, '..', '..');

/**
 * The documents here are the seeds repeated to 10 MB, far past the block limit a real document
 * meets: the parser's speed is measured with the limits raised out of the way.
 */
const UNLIMITED = { ...DEFAULT_LIMITS, maxBlocks: 1e9, maxTextMB: 1e3, maxExpandedMB: 1e4 };
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

/** Prints rows as columns padded to their widest cell. */
function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
}

const rows: string[][] = [['document', 'MB', 'roles', 'KPIs', 'ms (best of 3)', 'MB/s']];
let totalMs = 0;
for (const mb of sizes) {
  for (const seed of seeds) {
    const bytes = new TextEncoder().encode(grow(readFileSync(join(root, 'seeds', seed), 'utf8'), mb));
    const r = await timeRead(`seeds/${seed}`, bytes);
    if (mb === 10) totalMs += r.ms;
    rows.push([
      seed,
      (bytes.length / 1e6).toFixed(2),
      String(r.roles),
      String(r.kpis),
      r.ms.toFixed(0),
      (bytes.length / 1e6 / (r.ms / 1000)).toFixed(2),
    ]);
  }
}
printTable(rows);
console.log(`\nBoth seeds at 10 MB each (20 MB): ${(totalMs / 1000).toFixed(2)} s`);

/** Reads `bytes` three times as the loader does (readDocument); the best time, and what was read. */
async function timeRead(file: string, bytes: Uint8Array): Promise<{ ms: number; roles: number; kpis: number }> {
  let ms = Infinity;
  let roles = 0;
  let kpis = 0;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = await readDocument(file, bytes, {}, UNLIMITED);
    ms = Math.min(ms, performance.now() - start);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new Error(`${file}: ${errors.length} errors, first: ${errors[0]!.message}`);
    roles = result.document!.draft.roles.length;
    kpis = result.document!.draft.roles.reduce((n, r) => n + r.kpis.length, 0);
  }
  return { ms, roles, kpis };
}

const markdownSeed = seeds.find((s) => readFileSync(join(root, 'seeds', s), 'utf8').startsWith('#'));
if (markdownSeed) {
  const formats: string[][] = [['format', 'text MB', 'file MB', 'roles', 'KPIs', 'ms (best of 3)', 'ms per file MB', 'ms per text MB']];
  for (const mb of [1, 5]) {
    const text = grow(readFileSync(join(root, 'seeds', markdownSeed), 'utf8'), mb);
    const textMb = Buffer.byteLength(text) / 1e6;
    const variants: Array<[string, string, Uint8Array]> = [
      ['Markdown', 'seeds/kpis.md', new TextEncoder().encode(text)],
      ['HTML page', 'seeds/kpis.html', new TextEncoder().encode(helpCentrePage('KPIs', markdownToHtml(text)))],
      ['Word .docx', 'seeds/kpis.docx', await markdownToDocx(text)],
    ];
    // The same KPIs as a register, one row each, copied until its CSV holds as much text.
    const seedBytes = new TextEncoder().encode(readFileSync(join(root, 'seeds', markdownSeed), 'utf8'));
    const once = toCsv(await registerRows('seeds/kpis.md', seedBytes, 1));
    const rows = await registerRows('seeds/kpis.md', seedBytes, Math.max(1, Math.round((mb * 1e6) / Buffer.byteLength(once))));
    variants.push(
      ['CSV register', 'seeds/kpis.csv', new TextEncoder().encode(toCsv(rows))],
      ['Excel .xlsx register', 'seeds/kpis.xlsx', await toXlsx(rows)],
    );
    for (const [name, file, bytes] of variants) {
      const r = await timeRead(file, bytes);
      const fileMb = bytes.length / 1e6;
      formats.push([
        name,
        textMb.toFixed(2),
        fileMb.toFixed(2),
        String(r.roles),
        String(r.kpis),
        r.ms.toFixed(0),
        (r.ms / fileMb).toFixed(0),
        (r.ms / textMb).toFixed(0),
      ]);
    }
  }
  console.log(
    `\nThe Markdown seed (${markdownSeed}) as Markdown, as a web page, as a Word document, and its KPIs as a CSV and an Excel register:`,
  );
  printTable(formats);
  console.log('A .docx is zipped, so its file MB is far smaller than its text; compare formats per text MB.');
}
