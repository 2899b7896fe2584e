import { describe, expect, it } from 'vitest';
import { buildHandbook, documentIdFor } from '../../../src/lib/handbook/build-handbook.ts';
import { parseString } from '../helpers.ts';

const doc = (name: string, text: string) => parseString(text, name).document!;

describe('buildHandbook', () => {
  it('scopes role, KPI and definition ids by document, and numbers a name repeated in one document', () => {
    const a = doc('seeds/a.txt', 'A\n\nQA\n\n• Defects: 5 bugs\n\nQA\n\n• Defects: 6 bugs\n');
    const b = doc('seeds/b.md', '# B\n\n## QA\n\n- 90% pass rate\n\n## Finance\n\n- 10 reports\n\n## Glossary\n\n- Defect: a bug\n');
    const h = buildHandbook([b, a]);
    expect(h.roles.map((r) => r.id)).toEqual(['a/qa', 'a/qa-2', 'b/qa', 'b/finance']);
    expect(h.kpis.map((k) => k.id)).toEqual(['a/qa/defects', 'a/qa-2/defects', 'b/qa/90-pass-rate', 'b/finance/10-reports']);
    expect(h.definitions.map((d) => d.id)).toEqual(['b/defect']);
    expect(h.kpis[0]!.anchor).toBe('kpi-defects');
  });

  it('gives the entities of one document the same ids whatever other documents are read beside it', () => {
    const a = () => doc('seeds/a.md', '# A\n\n## QA\n\n- 90% pass rate\n\n## Glossary\n\n- Defect: a bug\n');
    const other = doc('seeds/z.md', '# Z\n\n## QA\n\n- 80% pass rate\n\n## Glossary\n\n- Defect: any bug\n');
    const ids = (h: ReturnType<typeof buildHandbook>, document: string) =>
      [...h.roles, ...h.kpis, ...h.definitions].filter((e) => e.document === document).map((e) => e.id);
    const alone = buildHandbook([a()]);
    expect(ids(alone, 'a')).toEqual(['a/qa', 'a/qa/90-pass-rate', 'a/defect']);
    expect(ids(buildHandbook([other, a()]), 'a')).toEqual(ids(alone, 'a'));
  });

  it('warns when two file names give one document id, naming both files and the id each got', () => {
    const files = ['seeds/a b.md', 'seeds/A_B.txt', 'seeds/a-b.md', 'seeds/🚀.md', 'seeds/!!!.md', 'seeds/untitled.md'];
    const h = buildHandbook(files.map((f) => doc(f, '# T\n\n## QA\n\n- 90% pass rate\n')));
    const idOf = new Map(h.documents.map((d) => [d.file, d.id]));
    expect(files.map((f) => idOf.get(f))).toEqual(['a-b', 'a-b-2', 'a-b-3', 'untitled-2', 'untitled', 'untitled-3']);
    expect(h.diagnostics.every((d) => d.code === 'document-id-collision' && d.severity === 'warning')).toBe(true);
    const said = new Map(h.diagnostics.map((d) => [d.file, d.message]));
    // Files are read in name order: "a b.md" comes first and keeps "a-b"; "A_B.txt" is told who has it.
    expect(said.has('seeds/a b.md')).toBe(false);
    expect(said.get('seeds/A_B.txt')).toMatch(/"a-b-2".*“seeds\/a b\.md” already has "a-b"/);
    expect(said.get('seeds/a-b.md')).toMatch(/"a-b-3"/);
    expect(said.get('seeds/!!!.md')).toMatch(/"untitled" \(its name has no letters a–z or digits\)/);
    expect(said.get('seeds/🚀.md')).toMatch(/"untitled-2".*“seeds\/!!!\.md” already has "untitled"/);
    expect(said.get('seeds/untitled.md')).toMatch(/"untitled-3"/);
    expect(h.diagnostics).toHaveLength(5);
  });

  it('gives a document the id pinned in its front matter or its reading hints, before any file name can take it', () => {
    const pinned = doc('seeds/z-new-name.md', '---\nid: a-b\n---\n# T\n\n## QA\n\n- 90% pass rate\n');
    const hinted = parseString('# T\n\n## QA\n\n- 90% pass rate\n', 'seeds/renamed.md', { id: 'quality' }).document!;
    const h = buildHandbook([doc('seeds/a b.md', '# T\n\n## QA\n\n- 90% pass rate\n'), pinned, hinted]);
    expect(h.documents.map((d) => [d.file, d.id])).toEqual([
      ['seeds/a b.md', 'a-b-2'],
      ['seeds/renamed.md', 'quality'],
      ['seeds/z-new-name.md', 'a-b'],
    ]);
    expect(h.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/“seeds\/a b\.md” gets the document id "a-b-2".*“seeds\/z-new-name\.md” already has "a-b"/),
    ]);
  });

  it('gives no warning when every file name gives its own id', () => {
    const h = buildHandbook(['seeds/a.md', 'seeds/b.md'].map((f) => doc(f, '# T\n\n## QA\n\n- 90% pass rate\n')));
    expect(h.diagnostics).toEqual([]);
  });

  it('points every line account at an entity id', () => {
    const h = buildHandbook([doc('seeds/a.txt', 'A\n\nQA\n\n• Defects: 5 bugs\n  found late\n')]);
    expect(h.documents[0]!.lineAccounts).toEqual([
      { line: 1, kind: 'title', ref: null },
      { line: 3, kind: 'role', ref: 'a/qa' },
      { line: 5, kind: 'kpi', ref: 'a/qa/defects' },
      { line: 6, kind: 'continuation', ref: 'a/qa/defects' },
    ]);
  });

  it('maps draft ids to entity ids, whatever the order of the accounts', () => {
    const parsed = doc('seeds/a.md', '# A\n\n## QA\n\n- Defects: 5 bugs\n\n## Glossary\n\n- Defect: a bug\n');
    expect(parsed.draft.accounts.map((a) => a.ref)).toEqual([null, 'r1', 'r1/k1', null, 'd1']);
    const reversed = { ...parsed, draft: { ...parsed.draft, accounts: [...parsed.draft.accounts].reverse() } };
    expect(buildHandbook([reversed]).documents[0]!.lineAccounts.map((a) => `${a.line} ${a.kind} ${a.ref}`)).toEqual([
      '1 title null',
      '3 role a/qa',
      '5 kpi a/qa/defects',
      '7 section null',
      '9 definition a/defect',
    ]);
  });

  it('refuses a line account that points at no entity of the draft', () => {
    const parsed = doc('seeds/a.md', '# A\n\n## QA\n\n- 5 bugs\n');
    const broken = {
      ...parsed,
      draft: { ...parsed.draft, accounts: [...parsed.draft.accounts, { line: 5, kind: 'kpi' as const, ref: 'r1/k9' }] },
    };
    expect(() => buildHandbook([broken])).toThrow(/r1\/k9/);
  });

  it('takes each KPI’s target and measure from the draft KPI', () => {
    const parsed = doc('seeds/a.md', '# A\n\n## R\n\n- 5 things\n- Quality of work\n');
    const [withTarget, without] = buildHandbook([parsed]).kpis;
    expect(withTarget).toMatchObject({ target: parsed.draft.roles[0]!.kpis[0]!.target, measure: parsed.draft.roles[0]!.kpis[0]!.measure });
    expect(withTarget!.target).toMatchObject({ raw: '5' });
    expect(without).toMatchObject({ target: null, measure: parsed.draft.roles[0]!.kpis[1]!.measure });
  });

  it('counts KPIs and targets per role', () => {
    const h = buildHandbook([doc('seeds/a.md', '# A\n\n## R\n\n- 5 things\n- Quality of work\n')]);
    expect(h.roles[0]).toMatchObject({ kpiCount: 2, targetCount: 1 });
  });

  it('makes document ids from file names, sub-folders included', () => {
    expect(documentIdFor('seeds/000_619243cf29085ed7.txt')).toBe('000-619243cf29085ed7');
    expect(documentIdFor('seeds/finance/kpis.md')).toBe('finance-kpis');
    expect(documentIdFor('seeds/finance/emea/kpis.v2.md')).toBe('finance-emea-kpis-v2');
  });
});
