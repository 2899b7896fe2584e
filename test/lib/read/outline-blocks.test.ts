import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../../src/lib/read/classify-lines.ts';
import type { Block } from '../../../src/lib/read/markdown-blocks.ts';
import { outlineBlocks } from '../../../src/lib/read/outline-blocks.ts';
import { parseOutline } from '../../../src/lib/read/parse-outline.ts';

const blocks = (lines: string[]): Block[] => outlineBlocks(lines, classifyLines(lines));
/** Each block as "line type depth text", the way the structure step meets it. */
const shown = (lines: string[]): string[] =>
  blocks(lines).map((b) => [b.line, b.type, 'depth' in b ? b.depth : '', 'text' in b ? b.text : ''].join(' ').replace(/\s+$/, ''));

describe('outlineBlocks', () => {
  it('gives the title level 1, roles level 2, and their sections one level more', () => {
    expect(shown(['Support KPIs', '', 'Support Agent', 'Team KPIs', '• CSAT: 90%', '', 'Team Lead', '• Reviews: 4'])).toEqual([
      '1 heading 1 Support KPIs',
      '3 heading 2 Support Agent',
      '4 heading 3 Team KPIs',
      '5 item  CSAT: 90%',
      '7 heading 2 Team Lead',
      '8 item  Reviews: 4',
    ]);
  });

  it("nests Word's second-level 'o' bullet under the bullet above it at the same margin", () => {
    const items = blocks(['Pharmacist', '•\tStock turns', 'o\tTarget: ≥ 12x per year', '•\tStock-outs']).filter((b) => b.type === 'item');
    expect(items.map((b) => [b.line, b.type === 'item' ? (b.within ?? null) : null])).toEqual([
      [2, null],
      [3, 2],
      [4, null],
    ]);
  });

  it('levels numbered headings by their number, and puts a group line in capitals above its roles', () => {
    expect(shown(['Handbook', '1. Sales', '1.1 Account Executive', '\t* Deals: 10']).filter((s) => s.includes('heading'))).toEqual([
      '1 heading 1 Handbook',
      '2 heading 2 Sales',
      '3 heading 3 Account Executive',
    ]);
    expect(shown(['KPIs', 'SALES', 'Account Executive', '- Deals: 10']).filter((s) => s.includes('heading'))).toEqual([
      '1 heading 1 KPIs',
      '2 heading 2 SALES',
      '3 heading 3 Account Executive',
    ]);
  });

  it('puts the genre and KPI-section lines of a role profile under the numbered role above them', () => {
    const text = [
      'University Library',
      '',
      '1. Library Assistant (Customer Services)',
      'Grade: 3',
      'Reports to: Team Leader',
      '',
      'Main duties',
      '* Staff the Help Desk',
      '',
      'Key performance indicators',
      '* Enquiries resolved at first contact: 85% or above',
      '',
      'Person specification',
      'Essential: customer service experience.',
      '',
      '2. Archivist',
      '',
      'Key performance indicators',
      '* Items catalogued: 500 per year',
    ];
    expect(shown(text).filter((s) => s.includes('heading'))).toEqual([
      '1 heading 1 University Library',
      '3 heading 2 Library Assistant (Customer Services)',
      '7 heading 3 Main duties',
      '10 heading 3 Key performance indicators',
      '13 heading 3 Person specification',
      '16 heading 2 Archivist',
      '18 heading 3 Key performance indicators',
    ]);
    const draft = parseOutline(text, 'f.txt');
    expect(draft.roles.map((r) => [r.name, r.kpis.map((k) => k.name)])).toEqual([
      ['Library Assistant (Customer Services)', ['Enquiries resolved at first contact']],
      ['Archivist', ['Items catalogued']],
    ]);
    // The fields and duties are the role's notes, not KPIs and not roles.
    expect(draft.roles[0]!.notes).toEqual(expect.arrayContaining(['Grade: 3', 'Reports to: Team Leader', 'Staff the Help Desk']));
  });

  it('reads numbered clauses under a numbered role as its items, and a run of KR markers as a list', () => {
    const framework = parseOutline(
      [
        '3. Roles',
        '',
        '3.1 Programme Officer',
        '',
        '   3.1.1 Latrine coverage in target villages: 80%',
        '   3.1.2 Reports submitted: 12 per year',
      ],
      'f.txt',
    );
    expect(framework.roles.map((r) => [r.name, r.kpis.map((k) => k.text)])).toEqual([
      ['Programme Officer', ['Latrine coverage in target villages: 80%', 'Reports submitted: 12 per year']],
    ]);
    const okrs = parseOutline(
      [
        'Q3 OKRs',
        '',
        '1. Team Leader',
        '',
        'Objective 1: Fix more problems first time',
        '',
        'KR1.1 Raise FCR from 68% to 74%',
        'KR1.2 Cut AHT to 380s',
      ],
      'f.txt',
    );
    expect(okrs.roles.map((r) => [r.name, r.kpis.map((k) => k.text)])).toEqual([
      ['Team Leader', ['Raise FCR from 68% to 74%', 'Cut AHT to 380s']],
    ]);
  });

  it('joins a hard-wrapped line to its item or paragraph, but never a field to the line after it', () => {
    expect(
      shown([
        'Office Manager',
        '- Supplier invoices paid within terms,',
        '  measured monthly',
        '',
        'Owner: Finance',
        'It is reviewed each June.',
      ]),
    ).toEqual([
      '1 heading 2 Office Manager',
      '2 item  Supplier invoices paid within terms, measured monthly',
      '5 block  Owner: Finance',
      '6 block  It is reviewed each June.',
    ]);
    // A short first line of a wrapped sentence is no heading.
    expect(shown(['Purpose', 'This guide sets out the KPIs', 'for each role.'])).toEqual([
      '1 heading 2 Purpose',
      '2 block  This guide sets out the KPIs for each role.',
    ]);
  });

  it('reads a "Version history" after the last role as part of the document, not of that role', () => {
    const draft = parseOutline(['KPIs', '', '1.1 ICT Manager', '• Uptime: 99.9%', '', 'Version history', '• 1.0 first issue'], 'f.txt');
    expect(draft.roles.map((r) => [r.name, r.kpis.length, r.notes])).toEqual([['ICT Manager', 1, []]]);
    expect(draft.introduction).toEqual(expect.arrayContaining(['Version history', '1.0 first issue']));
  });
});

describe('outlineBlocks, an agreement numbered C.1, C.2 with lettered clauses', () => {
  it('reads the roles of an annex, its lettered items as KPIs, and its prose sections as no roles', () => {
    const text = [
      'COLLECTIVE AGREEMENT 2024-2027',
      'ANNEX C - PRODUCTIVITY AND GAIN-SHARE',
      '',
      'C.1  PRINCIPLES',
      'C.1.1  The parties agree that gains will be shared through the arrangements in C.6.',
      'C.2  DEFINITIONS',
      '       "Move"  - a container lifted on to or off a vessel.',
      'C.3  MEASUREMENT',
      'C.3.1  All measures are calculated by the Company from the terminal operating system each period.',
      'C.4  PERFORMANCE MEASURES BY GRADE',
      'C.4.1  Quay Crane Operator (Grade 5)',
      '       (a)  gross crane rate: a target of 28 moves per hour;',
      '       (b)  damage incidents attributable to operation: nil;',
      '       (c)  relief changeover time: not exceeding 5 minutes;',
      'C.4.2  Lashing Gang (Grade 3)',
      '       (a)  lashing rate: not less than 60 containers per gang-hour;',
    ];
    const draft = parseOutline(text, 'f.txt');
    expect(draft.roles.map((r) => [r.name, r.kpis.length])).toEqual([
      ['Quay Crane Operator (Grade 5)', 3],
      ['Lashing Gang (Grade 3)', 1],
    ]);
    expect(draft.definitions.map((d) => d.term)).toEqual(['"Move"']);
  });
});

describe('outlineBlocks, a board with dot leaders', () => {
  it('reads "Measure ....... target" lines as items named by what comes before the dots', () => {
    const draft = parseOutline(
      [
        'WARD MEASURES',
        '',
        'CHARGE NURSE',
        '  Falls with harm ........ 0 per month | 1 | ↑',
        '  Discharges before 11:00 .... ≥ 30% | 22% | ↓',
      ],
      'f.txt',
    );
    expect(draft.roles[0]?.kpis.map((k) => k.name)).toEqual(['Falls with harm', 'Discharges before 11:00']);
  });
});

describe('outlineBlocks, an e-mail cascading targets', () => {
  it('reads "1) INBOUND TEAM LEADER" over indented bullets as a numbered role', () => {
    const draft = parseOutline(
      [
        'Hi all,',
        '',
        '1) INBOUND TEAM LEADER (shifts A and B)',
        '   - Dock-to-stock time: < 24 h',
        '2) DC MANAGER',
        '   - Lost time accidents: 0',
      ],
      'f.txt',
    );
    expect(draft.roles.map((r) => [r.name, r.kpis.length])).toEqual([
      ['INBOUND TEAM LEADER (shifts A and B)', 1],
      ['DC MANAGER', 1],
    ]);
  });
});
