import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/diagnostic.ts';
import { DEFAULT_LIMITS, readingLimitsSchema } from '../../../src/lib/read/limits.ts';
import { parseDocument } from '../../../src/lib/read/parse-document.ts';
import { unpackDocument } from '../../../src/lib/read/unpack-document.ts';
import { wordParagraph, writeDocx, writeZip } from '../../fixtures/hostile-make.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const small = { ...DEFAULT_LIMITS, maxTextMB: 0.001, maxBlocks: 20, maxDepth: 8, maxExpandedMB: 1 };
const messages = (text: string, file = 'seeds/a.md', limits = small) =>
  parseDocument(file, bytes(text), null, {}, limits).diagnostics.map((d) => formatDiagnostic(d));
const work = mkdtempSync(join(tmpdir(), 'kpi-limits-'));

describe('reading limits', () => {
  it('have defaults, and refuse an unknown or non-positive limit', () => {
    expect(readingLimitsSchema.parse({ maxFileMB: 80 })).toEqual({ ...DEFAULT_LIMITS, maxFileMB: 80 });
    expect(readingLimitsSchema.safeParse({ maxFileMb: 80 }).success).toBe(false);
    expect(readingLimitsSchema.safeParse({ maxDepth: 0 }).success).toBe(false);
  });

  it('stop a document past the text limit, naming the file, the limit and how to raise it', () => {
    expect(messages(`# KPIs\n\n${'x'.repeat(1200)}\n`)).toEqual([
      'seeds/a.md  error  over-limit  Not read: it holds 0.0 million characters, over the limit of 0.001 million characters (maxTextMB). Split the document into smaller ones. To read it anyway, raise maxTextMB in seedsLoader({ limits }) in src/content.config.ts.',
    ]);
  });

  it('stop a document past the block limit at the line where it passes', () => {
    const [message] = messages(`# KPIs\n\n${Array.from({ length: 30 }, (_, i) => `- KPI ${i}: 90%`).join('\n')}\n`);
    expect(message).toMatch(
      /^seeds\/a\.md:22:1 {2}error {2}over-limit {2}Not read: it holds more than 20 non-blank lines, over the limit of 20 blocks \(maxBlocks\)/,
    );
  });

  it('stop Markdown quotes and lists nested past the depth limit before parsing them', () => {
    expect(messages(`# KPIs\n\n${'> '.repeat(10)}deep\n`)[0]).toMatch(
      /^seeds\/a\.md:3:1 {2}error {2}over-limit {2}Not read: quotes and lists here are nested 10 deep/,
    );
    expect(messages(`# KPIs\n\n- a\n  - b\n    - c\n`)).not.toContainEqual(expect.stringContaining('over-limit'));
  });

  it('stop a page nested past the depth limit, or holding too many blocks', () => {
    expect(messages(`<html><body>\n${'<div>'.repeat(12)}x</body></html>`, 'seeds/a.html')[0]).toMatch(
      /^seeds\/a\.html:2:\d+ {2}error {2}over-limit {2}Not read: elements here are nested 9 deep/,
    );
    const rows = `<html><body><h1>KPIs</h1><ul>${'<li>90%</li>'.repeat(30)}</ul></body></html>`;
    expect(messages(rows, 'seeds/a.html', { ...small, maxTextMB: 1 })[0]).toContain('it holds 31 paragraphs, items and rows');
  });

  it('warn about an element that hides the rest of a page, and account its lines as hidden', () => {
    const page =
      '<html><body>\n<h1>KPIs</h1>\n<h2>Agent</h2>\n<ul><li>90% answered</li></ul>\n<script>\n<h2>Lead</h2>\n<ul><li>95% reviewed</li></ul>\n';
    const r = parseDocument('seeds/a.html', bytes(page));
    expect(r.diagnostics.map((d) => formatDiagnostic(d))).toContain(
      'seeds/a.html:5:1  warning  unclosed-element  “<script>” is never closed, so it hides the next 2 lines (to line 7) from the handbook. Close it with “</script>” where it should end.',
    );
    expect(r.document!.coverage.byKind.hidden).toBe(2);
  });

  it('stop an expansion bomb while inflating it, and a Word document with too many paragraphs', async () => {
    const bomb = join(work, 'bomb.docx');
    await writeDocx(bomb, [{ text: wordParagraph('Lorem ipsum dolor sit amet. '.repeat(40)), times: 20_000 }]);
    const started = performance.now();
    const r = await unpackDocument('seeds/bomb.docx', readFileSync(bomb), small);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r?.kind === 'failed' && formatDiagnostic(r.diagnostic)).toMatch(
      /^seeds\/bomb\.docx {2}error {2}over-limit {2}Not read: inflating it passed 1(?:\.\d)? MB in word\/document\.xml, over the limit of 1 MB \(maxExpandedMB\)/,
    );
    const many = join(work, 'many.docx');
    await writeDocx(many, [{ text: wordParagraph('Tickets closed: 90%', 'bullet'), times: 25 }]);
    const counted = await unpackDocument('seeds/many.docx', readFileSync(many), small);
    expect(counted?.kind === 'failed' && counted.diagnostic.message).toContain(
      'it holds 25 paragraphs and rows, over the limit of 20 blocks',
    );
  });

  it('does not trust the sizes an archive states', async () => {
    const liar = join(work, 'liar.zip');
    await writeZip(liar, [{ name: 'page.html', parts: [{ text: '<p>spam</p>'.repeat(1000), times: 200 }], size: 100 }]);
    const r = await unpackDocument('seeds/liar.zip', readFileSync(liar), small);
    expect(r?.kind === 'failed' && r.diagnostic.code).toBe('over-limit');
  });
});
