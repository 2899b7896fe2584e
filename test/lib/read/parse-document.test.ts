import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/diagnostic.ts';
import { buildHandbook } from '../../../src/lib/handbook/build-handbook.ts';
import { parseDocument } from '../../../src/lib/read/parse-document.ts';
import { expectRefused, healthOf, parseFile, readFixture } from '../helpers.ts';

const messages = (path: string) => parseFile(path).diagnostics.map((d) => formatDiagnostic(d));

describe('parseDocument on bad input', () => {
  it('skips an empty or whitespace-only document with a warning', () => {
    const r = parseFile('test/fixtures/bad/whitespace-only.txt');
    expect(r.document).toBeNull();
    expect(messages('test/fixtures/bad/whitespace-only.txt')).toEqual([
      expect.stringMatching(/^test\/fixtures\/bad\/whitespace-only\.txt {2}warning {2}empty-document {2}Skipped/),
    ]);
  });

  it('reports a binary file as an error naming it', () => {
    const r = parseFile('test/fixtures/bad/program.bin');
    expectRefused(r, { severity: 'error', code: 'binary-file', file: 'test/fixtures/bad/program.bin' });
  });

  it('ignores a PDF with a warning that says what to do', () => {
    const r = parseFile('test/fixtures/bad/handbook.pdf');
    expectRefused(r, {
      severity: 'warning',
      code: 'not-a-text-document',
      message: expect.stringContaining('Export it as Markdown'),
    });
  });

  it('reports a damaged Word document as an error, since its content would be missing', async () => {
    const r = await readFixture('test/fixtures/bad/handbook.docx');
    expectRefused(r, {
      severity: 'error',
      code: 'unreadable-word-document',
      file: 'test/fixtures/bad/handbook.docx',
      message: expect.stringContaining('save it again'),
    });
  });

  it('reads a Windows-1252 file and warns with the line and column', () => {
    const r = parseFile('test/fixtures/bad/windows-1252.txt');
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'not-utf-8', line: 1, column: 17 })]);
    expect(r.document!.title).toBe('KPIs for the café team');
    expect(r.document!.draft.roles[0]!.kpis.map((k) => k.text)).toEqual([
      'Drinks served per shift: 150 drinks',
      'Customer rating: 4.6/5 – from the weekly survey',
    ]);
  });

  it('strips a BOM, accepts CRLF, treats NBSP as space and repairs mojibake', () => {
    const r = parseFile('test/fixtures/bad/bom-crlf-mojibake.md');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['bom-stripped', 'crlf-normalised', 'mojibake-repaired', 'nbsp-normalised']);
    expect(r.document!.draft.roles[0]!.kpis[0]!.text).toBe('25k renewals per month – the team’s stretch goal');
    expect(r.document!.originalLines[4]).toContain('teamâ€™s');
    expect(r.document!.coverage.unaccounted).toEqual([]);
  });

  it('keeps KPIs with unreadable targets and roles without KPIs, with warnings', () => {
    const r = parseFile('test/fixtures/bad/unreadable-and-empty-role.txt');
    // The role without KPIs is document health's to report, not the parser's.
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([
      '5:15 warning unreadable-target',
      '6:27 warning unreadable-target',
    ]);
    expect(
      healthOf(buildHandbook([r.document!]))
        .filter((f) => f.code === 'role-without-kpis')
        .map((f) => `${f.line}:${f.column} ${f.severity} ${f.code}`),
    ).toEqual(['8:1 warning role-without-kpis']);
    expect(r.diagnostics[0]!.message).toContain('“1/0”');
    expect(r.document!.draft.roles.map((x) => [x.name, x.kpis.length])).toEqual([
      ['Sales Lead', 2],
      ['Warehouse Lead', 0],
      ['Customer Care Lead', 1],
    ]);
    expect(r.document!.draft.roles[0]!.kpis.map((k) => k.target)).toEqual([null, null]);
    expect(r.document!.draft.roles[2]!.kpis[0]!.target).toMatchObject({ raw: '95%' });
  });

  it('warns when a text holds no roles at all', () => {
    const r = parseDocument('notes.txt', new TextEncoder().encode('Just a note.\nAnother sentence here.\n'));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['no-roles']);
    expect(r.document!.coverage.unaccounted).toEqual([]);
  });

  it('never throws, whatever the bytes', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = ['#', ' ', '-', '•', '\n', '|', '*', '1.', ':', 'Role', '80%', '---', '\r\n', '<hr>', '`', '>', '\u00A0', 'â€™'];
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 60 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const r = parseDocument('fuzz.txt', new TextEncoder().encode(text));
      // Whatever the structure, every line is either accounted for or reported.
      if (r.document) expect(r.document.coverage.accounted + r.document.coverage.unaccounted.length).toBe(r.document.coverage.nonBlank);
      // No line is read twice, and every account points at an entity of the draft.
      expect(r.diagnostics.filter((d) => d.code === 'line-accounted-twice')).toEqual([]);
      if (r.document) {
        const { draft } = r.document;
        const ids = new Set([...draft.roles.flatMap((x) => [x.id, ...x.kpis.map((k) => k.id)]), ...draft.definitions.map((x) => x.id)]);
        expect(draft.accounts.filter((a) => a.ref !== null && !ids.has(a.ref))).toEqual([]);
      }
    }
  });
});
