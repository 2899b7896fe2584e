import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountLines, accountSpans } from '../../../src/lib/read/account-lines.ts';
import type { DraftAccount } from '../../../src/lib/read/draft.ts';
import type { ParsedDocument } from '../../../src/lib/read/parse-document.ts';
import { parseFile, ROOT } from '../helpers.ts';

const lines = ['Title', '', 'Cook', '- 50 meals', '  hot'];
const full: DraftAccount[] = [
  { line: 1, kind: 'title', ref: null },
  { line: 3, kind: 'role', ref: 'r1' },
  { line: 4, kind: 'kpi', ref: 'r1/k1' },
  { line: 5, kind: 'continuation', ref: 'r1/k1' },
];
const codes = (r: ReturnType<typeof accountLines>) => r.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);

describe('accountSpans', () => {
  it('gives each non-blank line of a span one account, and blank lines none', () => {
    expect(
      accountSpans(
        [
          { line: 1, endLine: 1, kind: 'title', ref: null },
          { line: 3, endLine: 5, kind: 'kpi', ref: 'r1/k1' },
        ],
        ['# T', '', '- a', '', '  b'],
      ),
    ).toEqual([
      { line: 1, kind: 'title', ref: null },
      { line: 3, kind: 'kpi', ref: 'r1/k1' },
      { line: 5, kind: 'kpi', ref: 'r1/k1' },
    ]);
  });

  it('claims nothing for an empty span or one past the last line', () => {
    expect(accountSpans([{ line: 3, endLine: 2, kind: 'kpi', ref: 'r1/k1' }], ['a', 'b', 'c'])).toEqual([]);
    expect(accountSpans([{ line: 4, endLine: 6, kind: 'kpi', ref: 'r1/k1' }], ['a', 'b', 'c'])).toEqual([]);
  });
});

describe('accountLines', () => {
  it('counts lines by kind when every non-blank line has one account', () => {
    const r = accountLines('f.txt', lines, full);
    expect(r.diagnostics).toEqual([]);
    expect(r.coverage).toMatchObject({ file: 'f.txt', lines: 5, nonBlank: 4, accounted: 4, unaccounted: [] });
    expect(r.coverage.byKind).toMatchObject({ title: 1, role: 1, kpi: 1, continuation: 1, definition: 0 });
  });

  it('reports a non-blank line without an account as an error', () => {
    const r = accountLines(
      'f.txt',
      lines,
      full.filter((a) => a.line !== 4),
    );
    expect(codes(r)).toEqual(['4:1 error unaccounted-line']);
    expect(r.diagnostics[0]!.message).toContain('“- 50 meals”');
    expect(r.coverage).toMatchObject({ nonBlank: 4, accounted: 3, unaccounted: [{ line: 4, text: '- 50 meals' }] });
  });

  it('reports a line accounted twice as an error and keeps the first account', () => {
    const r = accountLines('f.txt', lines, [...full, { line: 3, kind: 'kpi', ref: 'r1/k2' }]);
    expect(codes(r)).toEqual(['3:1 error line-accounted-twice']);
    expect(r.diagnostics[0]!.message).toContain('as role and as kpi');
    expect(r.coverage).toMatchObject({ accounted: 4, unaccounted: [] });
    expect(r.coverage.byKind).toMatchObject({ role: 1, kpi: 1 });
  });
});

/** Every fixture and seed document the parser reads. */
const documents: ParsedDocument[] = ['test/fixtures/seeds', 'test/fixtures/markdown', 'test/fixtures/outline', 'test/fixtures/bad']
  .flatMap((dir) => readdirSync(join(ROOT, dir)).map((f) => parseFile(`${dir}/${f}`).document))
  .filter((d): d is ParsedDocument => d !== null);

/**
 * What each line's account must point at: a KPI line at the KPI that starts there, a continuation
 * at the KPI started last above it, a definition line at the definition started last, a role's line,
 * note or section at the role started last; frame lines (title, introduction, groups, chrome) at nothing.
 */
function misplacedAccounts(doc: ParsedDocument): string[] {
  const { draft } = doc;
  const roles = new Map(draft.roles.map((r) => [r.id, r]));
  const kpis = new Map(draft.roles.flatMap((r) => r.kpis.map((k) => [k.id, { kpi: k, role: r }] as const)));
  const definitions = new Map(draft.definitions.map((d) => [d.id, d]));
  const allKpis = draft.roles.flatMap((r) => r.kpis);
  const lastStarted = <T extends { line: number }>(xs: readonly T[], line: number) =>
    xs.filter((x) => x.line <= line).reduce<T | undefined>((best, x) => (!best || x.line >= best.line ? x : best), undefined);
  const wrong: string[] = [];
  for (const a of draft.accounts) {
    const where = `${doc.file}:${a.line} ${a.kind} ${a.ref}`;
    const role = lastStarted(draft.roles, a.line);
    const ok = (() => {
      switch (a.kind) {
        case 'kpi':
        case 'continuation': {
          const found = a.ref === null ? undefined : kpis.get(a.ref);
          if (!found || found.role !== role) return false;
          if (a.kind === 'kpi') return found.kpi.line === a.line;
          return found.kpi.line < a.line && found.kpi === lastStarted(allKpis, a.line);
        }
        case 'role':
          return a.ref !== null && roles.get(a.ref) === role;
        case 'section':
          return a.ref === null || roles.get(a.ref) === role;
        case 'definition':
          return a.ref !== null && definitions.get(a.ref) === lastStarted(draft.definitions, a.line);
        case 'separator':
          return a.ref === null || definitions.has(a.ref);
        case 'title':
          // A setext title spans two lines.
          return a.ref === null && draft.title !== null && draft.title.line <= a.line && a.line <= draft.title.line + 1;
        default:
          return a.ref === null;
      }
    })();
    if (!ok) wrong.push(where);
  }
  return wrong;
}

describe('line accounts of every fixture and seed document', () => {
  it('reads a good number of documents', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
  });

  it.each(documents.map((d) => [d.file, d] as const))('%s: each non-blank line has exactly one account, blank lines none', (_, doc) => {
    const count = new Map<number, number>();
    for (const a of doc.draft.accounts) count.set(a.line, (count.get(a.line) ?? 0) + 1);
    const wrong = doc.lines.flatMap((text, i) => ((count.get(i + 1) ?? 0) === (text.trim() ? 1 : 0) ? [] : [`${i + 1}: ${text}`]));
    expect(wrong).toEqual([]);
    expect(doc.coverage).toMatchObject({ accounted: doc.coverage.nonBlank, unaccounted: [] });
  });

  it.each(documents.map((d) => [d.file, d] as const))('%s: each account points at the right entity', (_, doc) => {
    expect(misplacedAccounts(doc)).toEqual([]);
  });

  it('finds an account pointing at the wrong entity', () => {
    const doc = parseFile('test/fixtures/markdown/every-block.md').document!;
    const swap = (kind: string, ref: string) => {
      const accounts = doc.draft.accounts.map((a) => (a.kind === kind ? { ...a, ref } : a));
      return misplacedAccounts({ ...doc, draft: { ...doc.draft, accounts } });
    };
    expect(swap('kpi', 'r1/k1')).not.toEqual([]);
    expect(swap('role', 'r2')).not.toEqual([]);
    expect(swap('definition', 'd1')).not.toEqual([]);
    expect(swap('title', 'r1')).toEqual(['test/fixtures/markdown/every-block.md:3 title r1']);
    expect(swap('continuation', 'r1/k1')).toEqual([
      'test/fixtures/markdown/every-block.md:29 continuation r1/k1',
      'test/fixtures/markdown/every-block.md:31 continuation r1/k1',
    ]);
  });

  it.each(documents.map((d) => [d.file, d] as const))('%s: dropping or doubling any account is reported', (_, doc) => {
    const { accounts } = doc.draft;
    for (const i of [0, Math.floor(accounts.length / 2), accounts.length - 1]) {
      const a = accounts[i]!;
      const dropped = accountLines(doc.file, doc.lines, accounts.toSpliced(i, 1));
      expect(dropped.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual([`${a.line} unaccounted-line`]);
      const doubled = accountLines(doc.file, doc.lines, [...accounts, a]);
      expect(doubled.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual([`${a.line} line-accounted-twice`]);
    }
  });
});
