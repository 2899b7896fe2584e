/**
 * Word documents and web pages read as the same handbook as the text they were made from: the
 * sample seed 000 (a Markdown article) is turned into a .docx and into a help-centre page by
 * test/support/office-documents.ts, and each must give the seed's roles, KPIs and targets. Then
 * the intake of bad or packed input: each case gets one clear message naming the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandbook } from '../../../src/lib/handbook/build-handbook.ts';
import { type ParseResult, readDocument } from '../../../src/lib/read/parse-document.ts';
import { helpCentrePage, markdownToDocx, markdownToHtml } from '../../support/office-documents.ts';
import { expectRefused, parseString, ROOT, readFixture, SAMPLE_SEEDS } from '../helpers.ts';

const SEED = join(ROOT, SAMPLE_SEEDS, '000_619243cf29085ed7.txt');

/** What a reader compares: each role's name and group, and its KPIs with their targets. */
function reading(result: ParseResult) {
  expect(result.document).not.toBeNull();
  const h = buildHandbook([result.document!]);
  return h.roles.map((r) => ({
    role: r.name,
    group: r.group?.name ?? null,
    status: r.status,
    kpis: h.kpis
      .filter((k) => k.role === r.id)
      .map((k) => ({
        name: k.name,
        text: k.text,
        target: k.target ? { raw: k.target.raw, kind: k.target.kind, value: k.target.value } : null,
      })),
  }));
}

describe('the seed as a Word document and as a web page', () => {
  const markdown = readFileSync(SEED, 'utf8');
  let seed: ParseResult;
  let expected: ReturnType<typeof reading>;
  beforeAll(async () => {
    seed = await readDocument('seeds/000.txt', readFileSync(SEED));
    expected = reading(seed);
  });

  it('the seed itself has roles with KPIs and targets to compare', () => {
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.flatMap((r) => r.kpis).filter((k) => k.target).length).toBeGreaterThan(50);
  });

  it('a .docx made from it gives the same roles, KPIs and targets, every paragraph accounted for', async () => {
    const docx = await readDocument('seeds/000.docx', await markdownToDocx(markdown));
    expect(docx.document!.format).toBe('docx');
    expect(reading(docx)).toEqual(expected);
    expect(docx.document!.title).toBe(seed.document!.title);
    expect(docx.document!.coverage.unaccounted).toEqual([]);
    expect(docx.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a help-centre page made from it gives the same roles, KPIs and targets, every line accounted for', async () => {
    const page = helpCentrePage('Key performance indicators', markdownToHtml(markdown));
    const html = await readDocument('seeds/000.html', new TextEncoder().encode(page));
    expect(html.document!.format).toBe('html');
    expect(reading(html)).toEqual(expected);
    expect(html.document!.title).toBe(seed.document!.title);
    expect(html.document!.coverage.unaccounted).toEqual([]);
    expect(html.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('Word documents', () => {
  it('numbers paragraphs as lines: a table row is one line, and the source view shows each paragraph', async () => {
    const r = await readFixture('test/fixtures/corpus/word-kpi-tables.docx');
    const doc = r.document!;
    expect(doc.lines[0]).toBe('Finance & Operations – KPI Handbook');
    const row = doc.lines.findIndex((l) => l.startsWith('Cost per invoice'));
    expect(doc.lines[row]).toBe('Cost per invoice | under €4.50 | Team cost ÷ invoices processed');
    const kpi = doc.draft.roles[0]!.kpis[1]!;
    expect(kpi.line).toBe(row + 1);
    expect(kpi.target?.raw).toBe('under €4.50');
  });

  it("turns mammoth's warnings and images into notes naming the paragraph", async () => {
    const r = await readFixture('test/fixtures/corpus/word-kpi-tables.docx');
    const notes = r.diagnostics.filter((d) => d.code === 'word-note');
    const lines = r.document!.lines;
    const style = notes.find((n) => n.message.includes('KPI Callout'))!;
    expect(lines[style.line - 1]).toBe('Every shift starts with a safety briefing — it’s not optional.');
    const image = notes.find((n) => n.message.includes('image'))!;
    expect(image.line).toBeGreaterThan(0);
    expect(lines[image.line - 1]).toBe('');
  });

  it('keeps smart punctuation exactly as typed', async () => {
    const r = await readFixture('test/fixtures/corpus/word-kpi-tables.docx');
    expect(r.document!.introduction).toContain('“stretch” goals aren’t targets');
  });

  it('keeps links in a KPI as Markdown links', async () => {
    const r = await readFixture('test/fixtures/corpus/word-definitions-and-links.docx');
    const kpi = r.document!.draft.roles[0]!.kpis[1]!;
    expect(kpi.text).toBe('Organic sessions: 25k per month, from the [web analytics dashboard](https://analytics.example/organic)');
  });

  it('ignores a password-protected document with a warning that says how to fix it', async () => {
    const r = await readFixture('test/fixtures/intake/password-protected.docx');
    expectRefused(r, {
      severity: 'warning',
      code: 'protected-word-document',
      message: expect.stringContaining('without the password'),
    });
  });

  it('ignores an old binary .doc with a warning to save it as .docx', async () => {
    const r = await readFixture('test/fixtures/intake/word-97-2003.doc');
    expectRefused(r, { severity: 'warning', code: 'legacy-word-document', message: expect.stringContaining('save it as .docx') });
  });
});

describe('zipped web pages', () => {
  it("reads the one page of Google Docs' zipped HTML export", async () => {
    const zipped = await readFixture('test/fixtures/intake/google-docs-export.zip');
    const page = await readFixture('test/fixtures/intake/google-docs-page.html');
    expect(reading(zipped)).toEqual(reading(page));
    expect(reading(zipped).map((r) => r.role)).toEqual(['Customer Success Manager', 'Support Agent']);
  });

  it('refuses an archive with two pages, naming them', async () => {
    const r = await readFixture('test/fixtures/intake/two-pages.zip');
    expectRefused(r, { severity: 'warning', code: 'unreadable-archive', message: expect.stringContaining('one.html, two.html') });
  });
});

describe('web pages', () => {
  it('accounts for the page frame as chrome and tags without text as markup', async () => {
    const r = await readFixture('test/fixtures/corpus/help-centre-article.html');
    const doc = r.document!;
    const kindOf = (text: string) => {
      const line = doc.lines.findIndex((l) => l.includes(text)) + 1;
      expect(line).toBeGreaterThan(0);
      return doc.draft.accounts.filter((a) => a.line === line).map((a) => a.kind);
    };
    expect(kindOf('Was this article helpful?')).toEqual(['chrome']);
    expect(kindOf('© 2025 LowCode Internal Docs')).toEqual(['chrome']);
    expect(kindOf('We use cookies')).toEqual(['chrome']);
    expect(kindOf('Related articles')).toEqual(['chrome']);
    expect(kindOf('window.HelpCenter')).toEqual(['chrome']);
    expect(kindOf('<ul>')).toEqual(['markup']);
    expect(kindOf('Offer acceptance rate')).toEqual(['kpi']);
    expect(doc.coverage.accounted).toBe(doc.coverage.nonBlank);
  });

  it('reads a page whose blocks share one line, giving that line every account', async () => {
    const r = await readFixture('test/fixtures/corpus/notion-export.html');
    const line = r.document!.draft.roles[0]!.kpis[0]!.line;
    const kinds = new Set(r.document!.draft.accounts.filter((a) => a.line === line).map((a) => a.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['role', 'kpi', 'definition']));
    expect(r.diagnostics.filter((d) => d.code === 'line-accounted-twice')).toEqual([]);
  });

  it('ignores a page with no content, saying what to save instead', () => {
    const r = parseString(
      '<!doctype html><html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>',
      'seeds/start.html',
    );
    expectRefused(r, {
      severity: 'warning',
      code: 'html-no-content',
      file: 'seeds/start.html',
      message: expect.stringContaining('Save the article itself'),
    });
  });

  it('warns when most of a page is navigation, and still reads its content', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/p/${i}">Department page number ${i}</a></li>`).join('\n');
    const r = parseString(
      `<html><body><nav><ul>\n${links}\n</ul></nav>\n<main><h2>Analyst</h2><ul><li>Reports delivered: 12</li></ul></main></body></html>`,
      'seeds/portal.html',
    );
    expect(r.diagnostics.map((d) => d.code)).toContain('html-mostly-chrome');
    expect(r.document!.draft.roles.map((role) => role.name)).toEqual(['Analyst']);
  });

  it('never passes on scripts, event handlers or javascript: and data: links', async () => {
    const r = await readFixture('test/fixtures/corpus/scripts-and-handlers.html');
    const doc = r.document!;
    const texts = [
      doc.title,
      doc.introduction ?? '',
      ...doc.draft.roles.flatMap((role) => [role.name, ...role.notes, ...role.kpis.map((k) => k.text)]),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/javascript:|data:text|onerror|onclick|onload|alert\('(?!text)/);
    }
    expect(doc.draft.roles.map((role) => role.name)).not.toContain('Injected Role');
    // Text that merely quotes a tag stays that text, to be escaped when rendered.
    expect(texts).toContain("Write-ups that quote <script>alert('text')</script> as text: 10 per quarter");
    expect(r.diagnostics.filter((d) => d.code === 'unsafe-link-removed').map((d) => d.line)).toEqual([16, 18]);
  });
});
