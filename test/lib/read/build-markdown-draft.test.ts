import { describe, expect, it } from 'vitest';
import { buildMarkdownDraft } from '../../../src/lib/read/build-markdown-draft.ts';
import { classifyBlocks } from '../../../src/lib/read/classify-blocks.ts';
import { markdownBlocks } from '../../../src/lib/read/markdown-blocks.ts';

const build = (text: string) => buildMarkdownDraft(classifyBlocks(markdownBlocks(text.split('\n'))), 'f.md');
const claims = (text: string) => build(text).claims.map((c) => `${c.line}-${c.endLine} ${c.kind} ${c.ref}`);

describe('buildMarkdownDraft', () => {
  it('attaches list items to their role as KPIs with draft ids, and claims their lines', () => {
    const { draft } = build('# T\n\nIntro.\n\n## Ops\n\n- 5 runbooks\n- **Uptime**: 99%\n\n## Dev\n\n- 3 demos\n');
    expect(draft.title).toEqual({ text: 'T', line: 1 });
    expect(draft.introduction).toEqual(['Intro.']);
    expect(draft.roles.map((r) => [r.id, r.name, r.kpis.map((k) => [k.id, k.name, k.description, k.line, k.column])])).toEqual([
      [
        'r1',
        'Ops',
        [
          ['r1/k1', '5 runbooks', null, 7, 3],
          ['r1/k2', 'Uptime', '99%', 8, 3],
        ],
      ],
      ['r2', 'Dev', [['r2/k1', '3 demos', null, 12, 3]]],
    ]);
    expect(claims('# T\n\nIntro.\n\n## Ops\n\n- 5 runbooks\n  more\n\n  again\n')).toEqual([
      '1-1 title null',
      '3-3 introduction null',
      '5-5 role r1',
      '7-7 kpi r1/k1',
      '8-8 continuation r1/k1',
      '10-10 continuation r1/k1',
    ]);
  });

  it('gives a role its group, sections, notes, and the section of each KPI', () => {
    const { draft, claims: c } = build('## Future Roles\n\nNot hiring yet.\n\n### Cook\n\nNights.\n\n#### Team KPIs\n\n- 50 meals\n');
    expect(draft.roles[0]).toMatchObject({
      name: 'Cook',
      group: { name: 'Future Roles', status: 'not-available', source: { file: 'f.md', line: 1 } },
      notes: ['Nights.'],
      sections: ['Team KPIs'],
      kpis: [{ id: 'r1/k1', section: 'Team KPIs' }],
    });
    expect(draft.introduction).toEqual(['Not hiring yet.']);
    expect(c.map((x) => `${x.line} ${x.kind} ${x.ref}`)).toEqual([
      '1 group null',
      '3 group null',
      '5 role r1',
      '7 role r1',
      '9 section r1',
      '11 kpi r1/k1',
    ]);
  });

  it('reads a table under a role: KPI, description and target cells, and rows without a KPI as notes', () => {
    const { draft, claims: c } = build(
      '## Desk\n\n| KPI | Description | Target |\n|---|---|---|\n| Speed | Median | 2 h |\n| | stray | x |\n',
    );
    expect(draft.roles[0]!.kpis).toEqual([
      {
        id: 'r1/k1',
        text: 'Speed: Median',
        name: 'Speed',
        description: 'Median',
        section: null,
        line: 5,
        endLine: 5,
        column: 1,
        targetCell: { text: '2 h', line: 5, column: 18 },
      },
    ]);
    expect(draft.roles[0]!.notes).toEqual([' | stray | x']);
    expect(draft.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['6:1 table-row-without-kpi']);
    expect(c.map((x) => `${x.line} ${x.kind} ${x.ref}`)).toEqual(['1 role r1', '3 section r1', '4 section r1', '5 kpi r1/k1', '6 role r1']);
  });

  it('reads the first column of a table without a KPI column, with a warning', () => {
    const { draft } = build('## Desk\n\n| Thing | Goal |\n|---|---|\n| Speed | 2 h |\n');
    expect(draft.roles[0]!.kpis.map((k) => [k.name, k.targetCell?.text])).toEqual([['Speed', '2 h']]);
    expect(draft.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['3:1 table-without-kpi-column']);
  });

  it('reads glossary items, paragraphs that continue a definition, and items without a term', () => {
    const { draft, claims: c } = build('## Definitions\n\n- Uptime: minutes up\n\n  Counted daily.\n\nAlso weekly.\n\n- no term here\n');
    expect(draft.definitions.map((d) => [d.id, d.term, d.text, d.line])).toEqual([
      ['d1', 'Uptime', 'minutes up\n\nAlso weekly.', 3],
      ['d2', 'no term here', '', 9],
    ]);
    expect(draft.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['9:3 definition-without-term']);
    expect(c.map((x) => `${x.line} ${x.kind} ${x.ref}`)).toEqual([
      '1 section null',
      '3 definition d1',
      '5 definition d1',
      '7 definition d1',
      '9 definition d2',
    ]);
  });

  it('reads a glossary table and term sub-headings', () => {
    const { draft, claims: c } = build(
      '## Glossary\n\n| Term | Meaning |\n|---|---|\n| NPS | Net promoter score |\n\n### Churn\n\nCustomers lost.\n',
    );
    expect(draft.definitions.map((d) => [d.id, d.term, d.text])).toEqual([
      ['d1', 'NPS', 'Net promoter score'],
      ['d2', 'Churn', 'Customers lost.'],
    ]);
    expect(c.map((x) => `${x.line}-${x.endLine} ${x.kind} ${x.ref}`)).toEqual([
      '1-1 section null',
      '3-3 section null',
      '4-4 section null',
      '5-5 definition d1',
      '7-7 definition d2',
      '9-9 definition d2',
    ]);
  });

  it('claims separators and comments for what they are, wherever they stand', () => {
    expect(claims('<!-- c -->\n\n## Ops\n\n- 1 x\n\n---\n\n<!-- d -->\n')).toEqual([
      '1-1 comment null',
      '3-3 role r1',
      '5-5 kpi r1/k1',
      '7-7 separator null',
      '9-9 comment null',
    ]);
  });
});

describe('buildMarkdownDraft on real-world Markdown', () => {
  it('keeps bullets nested under a KPI as its notes, not as KPIs', () => {
    const { draft, claims: c } = build('## Ops\n\n- **Speed**: 5 s\n  - Measured weekly\n    - by the tool\n- 2 y\n');
    expect(draft.roles[0]!.kpis.map((k) => [k.name, k.notes])).toEqual([
      ['Speed', ['Measured weekly', 'by the tool']],
      ['2 y', undefined],
    ]);
    expect(c.map((x) => `${x.line}-${x.endLine} ${x.kind} ${x.ref}`)).toEqual([
      '1-1 role r1',
      '3-3 kpi r1/k1',
      '4-4 continuation r1/k1',
      '5-5 continuation r1/k1',
      '6-6 kpi r1/k2',
    ]);
  });

  it('reads a line or an item naming the list after it as a section', () => {
    const { draft } = build(
      '## Ops\n\nTeam-level metrics:\n\n- 1 x\n\n- **Individual goals:**\n  - 2 y\n  - 3 z\n\nA note: not followed by a list.\n',
    );
    const [role] = draft.roles;
    expect(role!.sections).toEqual(['Team-level metrics', 'Individual goals']);
    expect(role!.kpis.map((k) => [k.name, k.section])).toEqual([
      ['1 x', 'Team-level metrics'],
      ['2 y', 'Individual goals'],
      ['3 z', 'Individual goals'],
    ]);
    expect(role!.notes).toEqual(['A note: not followed by a list.']);
  });

  it('reads glossary entries written with a dash, bold or not, and page frame after them', () => {
    const { draft, claims: c } = build(
      '## Glossary\n\n**Attrition** – people who leave.\n\nChurn — customers lost.\n\nThis is a long sentence — not a term.\n\n*Last updated 1 May*\n',
    );
    expect(draft.definitions.map((d) => [d.term, d.text])).toEqual([
      ['Attrition', 'people who leave.'],
      ['Churn', 'customers lost.\n\nThis is a long sentence — not a term.'],
    ]);
    expect(c.at(-1)).toEqual({ line: 9, endLine: 9, kind: 'chrome', ref: null });
  });

  it('takes the title from front matter when there is no title heading, and accounts its lines', () => {
    const { draft, claims: c } = build('---\ntitle: Ops\nowner: me\n---\n\n## A\n\n- 1 x\n');
    expect(draft.title).toEqual({ text: 'Ops', line: 2 });
    expect(c.slice(0, 4).map((x) => `${x.line} ${x.kind}`)).toEqual(['1 chrome', '2 title', '3 chrome', '4 chrome']);
    expect(build('---\ntitle: Ops\n---\n# Heading\n\n## A\n\n- 1 x\n').draft.title).toEqual({ text: 'Heading', line: 4 });
  });
});
