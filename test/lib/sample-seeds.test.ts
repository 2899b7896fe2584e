import { describe, expect, it } from 'vitest';
import { sampleHandbook } from './helpers.ts';

const { results, handbook } = sampleHandbook();
const MD = 'seeds/000_619243cf29085ed7.txt';
const OUTLINE = 'seeds/003_d2368406a48dee8f.txt';

describe('the sample documents (a fixture copy of the example seeds)', () => {
  it('parse with no errors or warnings', () => {
    const problems = results.flatMap((r) => r.diagnostics).filter((d) => d.severity !== 'info');
    expect(problems).toEqual([]);
  });

  it('hold 25 roles, 121 KPIs (66 with numeric targets) and 1 definition', () => {
    expect(handbook.roles).toHaveLength(25);
    expect(handbook.roles.filter((r) => r.source.file === MD)).toHaveLength(16);
    expect(handbook.roles.filter((r) => r.source.file === OUTLINE)).toHaveLength(9);
    expect(handbook.roles.filter((r) => r.status === 'not-available').map((r) => r.name)).toEqual([
      'Engineering Manager',
      'DevOps Engineer',
    ]);
    expect(handbook.kpis).toHaveLength(121);
    expect(handbook.kpis.filter((k) => k.target)).toHaveLength(66);
    expect(handbook.definitions).toHaveLength(1);
  });

  it('are told apart by content: 000 is Markdown, 003 an outline', () => {
    expect(handbook.documents.map((d) => [d.file, d.format])).toEqual([
      [MD, 'markdown'],
      [OUTLINE, 'outline'],
    ]);
  });

  it('account for every non-blank line exactly once', () => {
    for (const { coverage: c } of handbook.documents) {
      expect(c.unaccounted).toEqual([]);
      expect(c.accounted).toBe(c.nonBlank);
    }
    const md = handbook.documents.find((d) => d.file === MD)!.coverage;
    expect(md.byKind).toMatchObject({ title: 1, introduction: 1, group: 2, role: 16, kpi: 76, definition: 1, separator: 3 });
    const outline = handbook.documents.find((d) => d.file === OUTLINE)!.coverage;
    expect(outline.byKind).toMatchObject({ title: 1, role: 9, section: 18, kpi: 45, chrome: 2 });
  });

  it('read the title and introduction of 000', () => {
    const md = handbook.documents.find((d) => d.file === MD)!;
    expect(md.title).toBe('Key performance indicators (KPIs)');
    expect(md.introduction).toMatch(/^KPIs are metrics that are used to measure .* highlighted below;$/);
    expect(handbook.documents.find((d) => d.file === OUTLINE)!.title).toBe('KPIs & Metrics per Area / Role');
  });

  it('repair the mojibake in 000 but keep its typos', () => {
    const texts = handbook.kpis.map((k) => k.text);
    expect(texts).toContain('80% of fully onboarded partners building with company’s products or services');
    expect(texts.join('\n')).not.toMatch(/â€/);
    expect(texts).toContain('1 second vverage response response time for API calls.');
    expect(texts).toContain('90% overall average of mobile code meeting agreed-upon quality standards.');
  });

  it('keep 003 names, descriptions, sections and the unnamed item', () => {
    const lead = handbook.kpis.find((k) => k.name === 'Lead Conversion Rate')!;
    expect(lead).toMatchObject({
      role: '003-d2368406a48dee8f/sales-and-marketing-intern',
      section: 'Project-Related Metrics',
      description:
        'Percentage of leads successfully converted into agreements or closed deals, measuring effectiveness in supporting the sales process.',
      source: { file: OUTLINE, line: 7 },
      target: null,
      measure: { kind: 'percent', direction: 'at-least' },
    });
    const unnamed = handbook.kpis.find((k) => k.text.startsWith('Reduction in project bottlenecks'))!;
    expect(unnamed).toMatchObject({
      role: '003-d2368406a48dee8f/project-manager',
      section: 'Area-Specific Metrics',
      description: null,
      source: { line: 41 },
    });
    expect(unnamed.measure.direction).toBe('at-most');
    expect(handbook.roles.find((r) => r.name === 'Head of operations')!.sections).toEqual([
      'Project-Related Metrics',
      'Area-Specific Metrics',
    ]);
  });

  it('give the 000 definition its term, text and line', () => {
    expect(handbook.definitions[0]).toMatchObject({ term: 'Quality assurance pass rate', source: { file: MD, line: 138 } });
    expect(handbook.definitions[0]!.text).toMatch(/^To measure the quality assurance pass rate, .* quality assurance process\.$/);
  });

  // Written by reading 000 line by line: [line, raw, kind, value, unit, direction, outOf or seconds].
  const EXPECTED: Array<[number, string, string, number, string, string, number?]> = [
    [10, '1 second', 'duration', 1, 's', 'at-most', 1],
    [11, '80%', 'percent', 80, '%', 'at-least'],
    [12, '10', 'count', 10, 'new sample integrations', 'at-least'],
    [13, '90%', 'percent', 90, '%', 'at-least'],
    [14, '90%', 'percent', 90, '%', 'at-least'],
    [15, '15', 'count', 15, 'technical partnerships', 'at-least'],
    [18, '25k', 'count', 25000, 'transactions', 'at-least'],
    [19, '7/10', 'score', 7, '/10', 'at-least', 10],
    [20, '30%', 'percent', 30, '%', 'at-least'],
    [21, '100k', 'count', 100000, 'API calls', 'at-least'],
    [22, '80%', 'percent', 80, '%', 'at-least'],
    [25, '1 second', 'duration', 1, 's', 'at-most', 1],
    [26, '24hrs', 'duration', 24, 'h', 'at-most', 86400],
    [30, '2', 'count', 2, 'developer community channels', 'at-least'],
    [31, '30', 'count', 30, 'open source collaborations', 'at-least'],
    [32, '1', 'count', 1, 'developer events', 'at-least'],
    [33, '80%', 'percent', 80, '%', 'at-least'],
    [34, '4/5', 'score', 4, '/5', 'at-least', 5],
    [38, '80%', 'percent', 80, '%', 'at-least'],
    [39, '24hrs', 'duration', 24, 'h', 'at-most', 86400],
    [40, '80%', 'percent', 80, '%', 'at-least'],
    [41, '80%', 'percent', 80, '%', 'at-least'],
    [42, '90%', 'percent', 90, '%', 'at-least'],
    [43, '80%', 'percent', 80, '%', 'at-least'],
    [44, '7/10', 'score', 7, '/10', 'at-least', 10],
    [48, '80%', 'percent', 80, '%', 'at-least'],
    [49, '24hrs', 'duration', 24, 'h', 'at-most', 86400],
    [50, '80%', 'percent', 80, '%', 'at-least'],
    [51, '90%', 'percent', 90, '%', 'at-least'],
    [52, '80%', 'percent', 80, '%', 'at-least'],
    [56, '80%', 'percent', 80, '%', 'at-least'],
    [57, '24hrs', 'duration', 24, 'h', 'at-most', 86400],
    [58, '80%', 'percent', 80, '%', 'at-least'],
    [59, '80%', 'percent', 80, '%', 'at-least'],
    [60, '90%', 'percent', 90, '%', 'at-least'],
    [61, '80%', 'percent', 80, '%', 'at-least'],
    [62, '7/10', 'score', 7, '/10', 'at-least', 10],
    [67, '80%', 'percent', 80, '%', 'at-least'],
    [68, '24hrs', 'duration', 24, 'h', 'at-most', 86400],
    [69, '80%', 'percent', 80, '%', 'at-least'],
    [70, '90%', 'percent', 90, '%', 'at-least'],
    [71, '80%', 'percent', 80, '%', 'at-least'],
    [75, '80%', 'percent', 80, '%', 'at-least'],
    [76, '24hrs', 'duration', 24, 'h', 'at-most', 86400],
    [77, '80%', 'percent', 80, '%', 'at-least'],
    [78, '80%', 'percent', 80, '%', 'at-least'],
    [79, '90%', 'percent', 90, '%', 'at-least'],
    [80, '80%', 'percent', 80, '%', 'at-least'],
    [81, '7/10', 'score', 7, '/10', 'at-least', 10],
    [85, '80%', 'percent', 80, '%', 'at-least'],
    [86, '24hrs', 'duration', 24, 'h', 'at-most', 86400],
    [87, '80%', 'percent', 80, '%', 'at-least'],
    [88, '90%', 'percent', 90, '%', 'at-least'],
    [89, '80%', 'percent', 80, '%', 'at-least'],
    [93, '90%', 'percent', 90, '%', 'at-least'],
    [94, '24hrs', 'duration', 24, 'h', 'at-most', 86400],
    [95, '7/10', 'score', 7, '/10', 'at-least', 10],
    [96, '80%', 'percent', 80, '%', 'at-least'],
    [100, '80%', 'percent', 80, '%', 'at-least'],
    [101, '36hrs', 'duration', 36, 'h', 'at-most', 129600],
    [102, '4/5', 'score', 4, '/5', 'at-least', 5],
    [106, '10', 'count', 10, 'technical documentation', 'at-least'],
    [107, '3.5/5', 'score', 3.5, '/5', 'at-least', 5],
    [111, '80%', 'percent', 80, '%', 'at-least'],
    [112, '60%', 'percent', 60, '%', 'at-least'],
    [113, '80%', 'percent', 80, '%', 'at-least'],
  ];

  it('read every target in 000 as written', () => {
    const withTargets = handbook.kpis.filter((k) => k.source.file === MD && k.target);
    expect(withTargets.map((k) => k.source.line)).toEqual(EXPECTED.map((e) => e[0]));
    for (const [line, raw, kind, value, unit, direction, extra] of EXPECTED) {
      const t = withTargets.find((k) => k.source.line === line)!.target!;
      const expected: Record<string, unknown> = { raw, kind, value, unit, direction, directionSource: 'inferred', column: 6 };
      if (kind === 'score') expected.outOf = extra;
      if (kind === 'duration') expected.seconds = extra;
      expect(t, `line ${line}`).toEqual(expected);
    }
  });

  it('give the not-available roles no targets but the kind their wording implies', () => {
    const em = handbook.kpis.filter((k) => k.role === '000-619243cf29085ed7/engineering-manager');
    expect(em.map((k) => [k.target, k.measure.kind, k.measure.direction])).toEqual([
      [null, 'percent', 'at-least'],
      [null, 'percent', 'at-least'],
      [null, 'duration', 'at-most'],
      [null, null, null],
      [null, 'percent', 'at-least'],
    ]);
  });

  it('give every role a readable id, unique across documents and scoped by its document', () => {
    const ids = handbook.roles.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('000-619243cf29085ed7/quality-assurance-engineer');
    expect(ids).toContain('003-d2368406a48dee8f/ux-ui-designer');
    for (const r of handbook.roles) expect(r.id).toMatch(new RegExp(`^${r.document}/[a-z0-9]+(?:-[a-z0-9]+)*$`));
    const kpiIds = handbook.kpis.map((k) => k.id);
    expect(new Set(kpiIds).size).toBe(kpiIds.length);
  });
});
