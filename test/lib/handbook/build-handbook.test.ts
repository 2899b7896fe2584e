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
