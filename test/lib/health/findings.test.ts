import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../../src/lib/diagnostic.ts';
import {
  countsByDocument,
  type Finding,
  type FindingContext,
  groupFindings,
  paginate,
  placeRows,
  quotePlaces,
  viewIn,
} from '../../../src/lib/health/findings.ts';
import { quoteSource, quoteText } from '../../../src/lib/health/quote-source.ts';
import type { Diagnostic, Kpi } from '../../../src/lib/schema.ts';
import { healthOf, sampleHandbook } from '../helpers.ts';

const at = (
  code: Parameters<typeof diagnostic>[0],
  file: string,
  line: number,
  message: string,
  extra: Partial<Diagnostic> = {},
): Diagnostic => ({ ...diagnostic(code, file, line, 1, message), document: file.replace(/\W/g, '-'), role: null, kpi: null, ...extra });
const none: FindingContext = { kpiById: new Map() };
const summary = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.code} ×${f.places.length} ${f.documents.join(',')}`);

describe('groupFindings', () => {
  it('lists the same code about the same thing once, with every place, across roles and documents', () => {
    const message = '“Code review participation” has no numeric target; state one so it can be checked.';
    const fs = groupFindings(
      [
        at('kpi-without-target', 'seeds/a.md', 4, message, { role: 'a/frontend' }),
        at('kpi-without-target', 'seeds/a.md', 9, message, { role: 'a/backend' }),
        at('kpi-without-target', 'seeds/b.md', 3, message, { role: 'b/qa' }),
        at('kpi-without-target', 'seeds/b.md', 5, '“Uptime” has no numeric target; state one so it can be checked.'),
      ],
      none,
    );
    expect(summary(fs)).toEqual(['info kpi-without-target ×3 seeds-a-md,seeds-b-md', 'info kpi-without-target ×1 seeds-b-md']);
    expect(fs[0]!.message).toBe(message);
    expect(fs[0]!.places.map((p) => `${p.file}:${p.line} ${p.role}`)).toEqual([
      'seeds/a.md:4 a/frontend',
      'seeds/a.md:9 a/backend',
      'seeds/b.md:3 b/qa',
    ]);
    expect(fs[0]!.about).toBe('Code review participation');
  });

  it('orders findings by severity, then by their first place', () => {
    const fs = groupFindings(
      [
        at('kpi-without-target', 'seeds/a.md', 1, 'x'),
        at('misspelling', 'seeds/a.md', 2, '“vverage” is not in the dictionary.'),
        at('binary-file', 'seeds/z.png', 0, 'binary'),
        at('role-without-kpis', 'seeds/a.md', 3, 'QA has no KPIs'),
      ],
      none,
    );
    expect(fs.map((f) => f.code)).toEqual(['binary-file', 'misspelling', 'role-without-kpis', 'kpi-without-target']);
  });

  it('keeps accepted findings apart from the same finding still open', () => {
    const fs = groupFindings(
      [at('misspelling', 'seeds/a.md', 2, 'm'), at('misspelling', 'seeds/a.md', 7, 'm', { suppressed: 'a product name' })],
      none,
    );
    expect(fs.map((f) => [f.places.length, f.suppressed])).toEqual([
      [1, null],
      [1, 'a product name'],
    ]);
  });

  it('gives each finding an id that is unique and the same from build to build', () => {
    const list = Array.from({ length: 2000 }, (_, i) => at('misspelling', 'seeds/a.md', i + 1, `“w${i}” is not in the dictionary.`));
    const ids = groupFindings(list, none).map((f) => f.id);
    expect(new Set(ids).size).toBe(2000);
    expect(ids.every((id) => /^f-[a-z0-9-]+$/.test(id))).toBe(true);
    expect(groupFindings(list, none).map((f) => f.id)).toEqual(ids);
  });

  it('a conflict of targets in the sample is one finding per measure, naming each side and every place', () => {
    const { handbook } = sampleHandbook();
    const diagnostics = healthOf(handbook).filter((d) => d.code === 'inconsistent-target');
    const kpiById = new Map<string, Kpi>(handbook.kpis.map((k) => [k.id, k]));
    const fs = groupFindings(diagnostics, { kpiById });
    // 28 diagnostics, 4 measures: the same conflict is no longer repeated once per role.
    expect(diagnostics).toHaveLength(28);
    expect(fs).toHaveLength(4);
    const resolve = fs.find((f) => f.message.startsWith('“time to resolve technical issues”'))!;
    expect(resolve.message).toBe(
      '“time to resolve technical issues” has 2 different targets in 8 places: ≤ 24 h in 7 places; ≤ 36 h in 1 place. Check that the difference is meant.',
    );
    expect(resolve.places.map((p) => p.line)).toEqual([39, 49, 57, 68, 76, 86, 94, 101]);
    expect(resolve.places.map((p) => p.variant)).toEqual([...Array(7).fill('≤ 24 h'), '≤ 36 h']);
    expect(resolve.about).toBeNull();
  });

  it('says a conflict spans documents when it does', () => {
    const kpis = new Map<string, Pick<Kpi, 'text' | 'target'>>([
      [
        'a/x/k',
        { text: 'Uptime 99%', target: { raw: '99%', kind: 'percent', value: 99, unit: '%', direction: 'at-least' } as Kpi['target'] },
      ],
      [
        'b/y/k',
        { text: 'Uptime 95%', target: { raw: '95%', kind: 'percent', value: 95, unit: '%', direction: 'at-least' } as Kpi['target'] },
      ],
    ]);
    const fs = groupFindings(
      [
        at('inconsistent-target', 'seeds/a.md', 3, '“uptime” is ≥ 99 % here but differs elsewhere (Y ≥ 95 %).', { kpi: 'a/x/k' }),
        at('inconsistent-target', 'seeds/b.md', 8, '“uptime” is ≥ 95 % here but differs elsewhere (X ≥ 99 %).', { kpi: 'b/y/k' }),
      ],
      { kpiById: kpis },
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toBe(
      '“uptime” has 2 different targets in 2 places across 2 documents: ≥ 99 % in 1 place; ≥ 95 % in 1 place. Check that the difference is meant.',
    );
    expect(fs[0]!.documents).toEqual(['seeds-a-md', 'seeds-b-md']);
  });
});

describe('placeRows and viewIn', () => {
  const lines: Record<string, string[]> = {
    'seeds/a.md': ['# A', '- 24hrs time to resolve issues', '- 24hrs time to resolve issues', '- 36hrs time to resolve issues'],
    'seeds/b.md': ['# B', '- 24hrs time to resolve issues'],
  };
  const quoteOf = (p: { file: string; line: number; column: number }) => quoteSource(lines[p.file]![p.line - 1]!, p.column, null);
  const place = (file: string, line: number, variant: string) => ({
    file,
    line,
    column: 3,
    document: file.replace(/\W/g, '-'),
    role: null,
    kpi: null,
    variant,
  });
  const finding: Finding = {
    id: 'f-1',
    severity: 'info',
    code: 'inconsistent-target',
    message: 'm',
    about: null,
    suppressed: null,
    places: [
      place('seeds/a.md', 2, '≤ 24 h'),
      place('seeds/a.md', 3, '≤ 24 h'),
      place('seeds/a.md', 4, '≤ 36 h'),
      place('seeds/b.md', 2, '≤ 24 h'),
    ],
    documents: ['seeds-a-md', 'seeds-b-md'],
  };

  it('quotes a line shared by several places once, side by side', () => {
    const rows = placeRows(finding.places, quoteOf);
    expect(rows.map((r) => [r.variant, r.quote && quoteText(r.quote), r.places.map((p) => `${p.file}:${p.line}`)])).toEqual([
      ['≤ 24 h', '- [24hrs] time to resolve issues', ['seeds/a.md:2', 'seeds/a.md:3', 'seeds/b.md:2']],
      ['≤ 36 h', '- [36hrs] time to resolve issues', ['seeds/a.md:4']],
    ]);
  });

  it('a document’s page lists the places in it and counts the rest', () => {
    const view = viewIn(finding, 'seeds-b-md', quoteOf);
    expect(view.rows.flatMap((r) => r.places.map((p) => p.line))).toEqual([2]);
    expect(view.elsewhere).toEqual({ places: 3, documents: 1 });
    expect(viewIn(finding, null, quoteOf).elsewhere).toEqual({ places: 0, documents: 0 });
  });
});

describe('paginate', () => {
  it('fills parts in order up to the limit, never splitting an item, always at least one part', () => {
    expect(paginate([3, 3, 3, 9, 1], (n) => n, 6)).toEqual([[3, 3], [3], [9], [1]]);
    expect(paginate([], (n: number) => n, 6)).toEqual([[]]);
  });
});

describe('countsByDocument', () => {
  it('counts each document’s diagnostics by severity, accepted ones apart', () => {
    const counts = countsByDocument([
      at('misspelling', 'seeds/a.md', 1, 'm'),
      at('kpi-without-target', 'seeds/a.md', 2, 'k'),
      at('kpi-without-target', 'seeds/a.md', 3, 'k', { suppressed: 'fine' }),
      { ...diagnostic('unknown-role-in-relations', 'content/role-relations.json', 1, 0, 'x') },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ 'seeds-a-md': { error: 0, warning: 1, info: 1, accepted: 1 } });
  });
});

describe('quotePlaces', () => {
  const { results, handbook } = sampleHandbook();
  // The reader's own messages get their document as the loader gives it (source-files.ts).
  const idOf = new Map(handbook.documents.map((d) => [d.file, d.id]));
  const diagnostics = [...results.flatMap((r) => r.diagnostics.map((d) => ({ ...d, document: idOf.get(d.file) }))), ...healthOf(handbook)];
  const context = {
    documentById: new Map(handbook.documents.map((d) => [d.id, d])),
    kpiById: new Map(handbook.kpis.map((k) => [k.id, k])),
    roleById: new Map(handbook.roles.map((r) => [r.id, r])),
  };
  const findings = groupFindings(diagnostics, context);
  const quoter = quotePlaces(context);
  const quotes = (f: Finding) => f.places.map((p) => quoteText(quoter(f)(p)!));

  it('quotes a health finding’s line as the checks read it, marking the words its message quotes', () => {
    const repeated = findings.find((f) => f.code === 'repeated-word')!;
    expect(quotes(repeated)).toEqual(['- 1 second vverage [response response] time for API calls.']);
  });

  it('quotes a repair’s line as written, so the quote shows what was repaired', () => {
    const repair = findings.find((f) => f.code === 'mojibake-repaired')!;
    expect(quotes(repair)[0]).toContain('[â€™]');
  });

  it('marks each place of a conflict of targets at its own target', () => {
    const resolve = findings.find((f) => f.message.startsWith('“time to resolve technical issues”'))!;
    expect(quotes(resolve).at(0)).toBe('- [24hrs] overall average time to resolve technical issues.');
    expect(quotes(resolve).at(-1)).toBe('- [36hrs] average time to resolve technical issues');
  });

  it('quotes a role’s finding with the role’s line, marking nothing', () => {
    const role = findings.find((f) => f.code === 'role-without-targets')!;
    expect(quotes(role)).toEqual(['- ### Engineering Manager']);
  });
});
