import { describe, expect, it } from 'vitest';
import {
  addDefinition,
  addKpi,
  addRole,
  CHROME_RE,
  DEFINITIONS_RE,
  emptyDraft,
  METADATA_RE,
  NOT_AVAILABLE_RE,
  SECTION_RE,
  splitLabel,
} from '../../../src/lib/read/draft.ts';

describe('splitLabel', () => {
  it('splits plain and bold labels', () => {
    expect(splitLabel('Lead Conversion Rate: Percentage of leads.')).toEqual({
      name: 'Lead Conversion Rate',
      description: 'Percentage of leads.',
    });
    expect(splitLabel('**Uptime**: minutes up')).toEqual({ name: 'Uptime', description: 'minutes up' });
    expect(splitLabel('**Uptime:** minutes up')).toEqual({ name: 'Uptime', description: 'minutes up' });
  });

  it('does not split sentences or targets', () => {
    expect(splitLabel('Reduction in project bottlenecks or blockers through proactive management.')).toBeNull();
    expect(splitLabel('80% of X: Y')).toBeNull();
    expect(splitLabel('Done. Then: more')).toBeNull();
  });
});

describe('line patterns', () => {
  it('recognise sections, glossaries, unstaffed groups and chrome', () => {
    expect(['Project-Related Metrics', 'Role/Area-Specific Metrics', 'Team KPIs'].every((s) => SECTION_RE.test(s))).toBe(true);
    expect(SECTION_RE.test('Head of operations')).toBe(false);
    expect(['Definitions', 'Glossary', 'Terms and definitions'].every((s) => DEFINITIONS_RE.test(s))).toBe(true);
    expect(NOT_AVAILABLE_RE.test('Not Available Roles')).toBe(true);
    expect(NOT_AVAILABLE_RE.test('List')).toBe(false);
    expect(['Was this article helpful?', '© 2025 LowCode Internal Docs', 'Copyright 2026 X'].every((s) => CHROME_RE.test(s))).toBe(true);
    expect(CHROME_RE.test('Client Feedback on Sales Process')).toBe(false);
  });

  it('recognise a glossary named as an appendix', () => {
    expect(
      ['Appendix A – Definitions', 'Appendix B: Glossary', 'Annex 1 - Terms and definitions'].every((s) => DEFINITIONS_RE.test(s)),
    ).toBe(true);
    expect(DEFINITIONS_RE.test('Appendix A – Budget')).toBe(false);
  });

  it('recognise document metadata lines, but not role names that start with the same words', () => {
    const metadata = [
      'Prepared by Jane Doe · Version 3 · Confidential',
      'Version 2 | Owner: Logistics | Internal',
      'Owner: Head of Facilities',
      'v2.1 | Internal',
      'Document owner: People team',
      'Confidential',
      'Approved by the leadership team; effective 1 April',
      'Review date: March 2026',
    ];
    expect(metadata.filter((s) => !METADATA_RE.test(s))).toEqual([]);
    const roles = [
      'Internal Auditor',
      'Status Reporting Lead',
      'Version Control Manager',
      'Owner Relations Manager',
      'Draftsperson',
      'Owner',
    ];
    expect(roles.filter((s) => METADATA_RE.test(s))).toEqual([]);
  });
});

describe('draft ids', () => {
  it('number roles, KPIs within their role, and definitions from 1, in the order they are added', () => {
    const draft = emptyDraft();
    const kpi = (line: number) => ({ text: 'x', name: 'x', description: null, section: null, line, endLine: line, column: 1 });
    const a = addRole(draft, { name: 'A', line: 1, column: 1, group: null });
    const b = addRole(draft, { name: 'B', line: 5, column: 1, group: null });
    addKpi(b, kpi(6));
    addKpi(a, kpi(2));
    addKpi(b, kpi(7));
    const d = addDefinition(draft, { term: 'T', text: 'x', line: 9, endLine: 9, column: 1 });
    expect(draft.roles.map((r) => [r.id, r.kpis.map((k) => [k.id, k.line])])).toEqual([
      ['r1', [['r1/k1', 2]]],
      [
        'r2',
        [
          ['r2/k1', 6],
          ['r2/k2', 7],
        ],
      ],
    ]);
    expect(a).toMatchObject({ notes: [], sections: [], kpis: [{ id: 'r1/k1' }] });
    expect([d.id, draft.definitions]).toEqual(['d1', [d]]);
  });
});
