import { describe, expect, it } from 'vitest';
import { buildHandbook } from '../../../src/lib/handbook/build-handbook.ts';
import { parseMarkdown } from '../../../src/lib/read/parse-markdown.ts';
import { handbookOf, healthOf, parseFile } from '../helpers.ts';

const variants = parseFile('test/fixtures/markdown/variants.txt');
const variantsBook = buildHandbook([variants.document!]);
const table = parseFile('test/fixtures/markdown/table-and-glossary.md');
const tableBook = buildHandbook([table.document!]);

describe('parseMarkdown', () => {
  it('reads a setext title and a two-line introduction', () => {
    expect(tableBook.documents[0]).toMatchObject({ title: 'Customer Success KPIs', format: 'markdown' });
    expect(tableBook.documents[0]!.introduction).toBe(
      'This page lists what each customer-facing role is measured by. Targets are reviewed every quarter.',
    );
  });

  it('reads KPIs from a GFM table, with the target from the Target column', () => {
    const kpis = tableBook.kpis.filter((k) => k.role.endsWith('/support-desk'));
    expect(kpis.map((k) => [k.name, k.description, k.target?.raw ?? null, k.source.line])).toEqual([
      ['First response time', 'Median over the month', '≤ 2 h', 11],
      ['Tickets closed per week', 'From the helpdesk report', '120', 12],
      ['Customer satisfaction', 'Post-ticket survey', '4.5/5', 13],
      ['Escalation rate', null, null, 14],
    ]);
    expect(kpis[0]!.target).toMatchObject({
      kind: 'duration',
      seconds: 7200,
      direction: 'at-most',
      directionSource: 'explicit',
      column: 25,
    });
  });

  it('reads ordered lists with either marker, and explicit directions', () => {
    const kpis = tableBook.kpis.filter((k) => k.role.endsWith('/account-managers'));
    expect(kpis.map((k) => [k.target?.raw, k.target?.direction])).toEqual([
      ['at least 95%', 'at-least'],
      ['1.2M', 'at-least'],
      ['90%', 'at-least'],
    ]);
  });

  it('reads a glossary written as sub-headings and paragraphs', () => {
    expect(tableBook.definitions.map((d) => [d.term, d.text, d.source.line])).toEqual([
      ['Renewal rate', 'The share of contracts up for renewal that renewed.', 24],
      ['First response time', 'Time from a ticket being opened to the first human reply.', 28],
    ]);
  });

  it('reads groups, with roles under an unstaffed group marked not-available', () => {
    expect(variantsBook.roles.map((r) => [r.name, r.group?.name, r.status])).toEqual([
      ['Platform Engineer', 'Active Roles', 'active'],
      ['Data Engineer', 'Active Roles', 'active'],
      ['Data Engineer', 'Active Roles', 'active'],
      ['Release Captain', 'Active Roles', 'active'],
      ['Site Reliability Lead', 'Future Roles', 'not-available'],
    ]);
  });

  it('reads any bullet marker, bold and plain labels, and continuation lines', () => {
    const kpis = variantsBook.kpis.filter((k) => k.role.endsWith('/platform-engineer'));
    expect(kpis.map((k) => k.name)).toEqual([
      '99.9% uptime for production services',
      'Under 500 ms p95 latency for public APIs',
      'Deploy frequency',
      'Mean time to recovery',
    ]);
    expect(kpis[3]).toMatchObject({
      text: 'Mean time to recovery: no more than 30 min after a paging alert.',
      source: { line: 13, endLine: 14 },
    });
    expect(kpis[3]!.target).toMatchObject({ raw: 'no more than 30 min', direction: 'at-most', seconds: 1800 });
  });

  it('reads **Term**: text and Term: text definitions', () => {
    expect(variantsBook.definitions.map((d) => d.term)).toEqual(['Uptime', 'Deploy frequency']);
  });

  it('warns about duplicates and empty roles but keeps them all, and reads a range', () => {
    expect(variants.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['21:1 duplicate-role']);
    // The empty role is document health's to report.
    expect(
      healthOf(variantsBook)
        .filter((f) => f.code === 'role-without-kpis')
        .map((f) => `${f.line}:${f.column} ${f.code}`),
    ).toEqual(['25:1 role-without-kpis']);
    expect(variantsBook.roles.map((r) => r.id)).toContain('fixtures-markdown-variants/data-engineer-2');
    expect(variantsBook.roles.find((r) => r.name === 'Release Captain')!.kpiCount).toBe(0);
    expect(variantsBook.kpis.find((k) => k.source.line === 19)!.target).toMatchObject({
      raw: '5-7 days',
      direction: 'between',
      value: 5,
      max: 7,
    });
  });

  it('accounts for comments, separators and every other line', () => {
    expect(variantsBook.documents[0]!.coverage).toMatchObject({
      unaccounted: [],
      byKind: { comment: 1, chrome: 0, separator: 1, continuation: 1, group: 2 },
    });
  });

  it('finds roles inside list items at any heading level', () => {
    const { handbook } = handbookOf('# T\n\n- ## Alpha\n  - 10 widgets\n- ##### Beta\n  1. 20% rate\n', 'x.md');
    expect(handbook.roles.map((r) => [r.name, r.kpiCount])).toEqual([
      ['Alpha', 1],
      ['Beta', 1],
    ]);
  });

  it('reads a role with section sub-headings', () => {
    const { handbook } = handbookOf(
      '# T\n\n## Designer\n\n### Project Metrics\n\n- 3 revisions max\n\n### Team KPIs\n\n- 90% on time\n',
      'x.md',
    );
    expect(handbook.kpis.map((k) => [k.role, k.section])).toEqual([
      ['x/designer', 'Project Metrics'],
      ['x/designer', 'Team KPIs'],
    ]);
  });

  it('keeps prose under a role as notes, and prose sections as introduction', () => {
    const { handbook } = handbookOf('# T\n\n## About\n\nWritten by HR.\n\n## Roles\n\n### Cook\n\nWorks nights.\n\n- 50 meals\n', 'x.md');
    expect(handbook.roles[0]).toMatchObject({ name: 'Cook', notes: ['Works nights.'], group: { name: 'Roles' } });
    expect(handbook.documents[0]!.introduction).toBe('About\n\nWritten by HR.');
    expect(handbook.documents[0]!.coverage.unaccounted).toEqual([]);
  });

  it('does not cut a fenced code block at a heading-like line inside it', () => {
    const { handbook } = handbookOf('# T\n\n## Ops\n\n- 5 runbooks\n\n```\n## not a heading\n```\n\n## Dev\n\n- 3 demos\n', 'x.md');
    expect(handbook.roles.map((r) => [r.name, r.notes, r.kpiCount, r.source.line])).toEqual([
      ['Ops', ['## not a heading'], 1, 3],
      ['Dev', [], 1, 11],
    ]);
    expect(handbook.documents[0]!.coverage.unaccounted).toEqual([]);
  });

  it('returns drafts without touching ids', () => {
    const draft = parseMarkdown('# A\n\n## B\n\n- 1 x\n', 'f.md');
    expect(draft.roles[0]!.kpis[0]).toMatchObject({ text: '1 x', line: 5, column: 3 });
  });
});
