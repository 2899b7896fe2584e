import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/lib/read/markdown-blocks.ts';
import { registerBlocks } from '../../../src/lib/read/register-blocks.ts';

const shown = (blocks: Block[]) =>
  blocks.map((b) => {
    if (b.type === 'heading') return `${b.line} heading ${b.depth} ${b.text}`;
    if (b.type === 'table') return `${b.line}-${b.endLine} table ${b.rows.map((r) => r.map((c) => c.text).join('|')).join(' / ')}`;
    return `${b.line} ${b.type}${'text' in b ? ` ${b.text}` : ''}`;
  });

describe('registerBlocks', () => {
  it('reads a title, notes above the header, a table with a multi-line cell, and blank and total rows below', () => {
    const lines = [
      '"Acme – KPI Register";;',
      'Exported by J. Smith;;',
      ';;',
      'Role;KPI;Target',
      'Clerk;"Queries',
      'resolved";95 %',
      ';;',
      'Total;1;',
    ];
    expect(shown(registerBlocks(lines, 'seeds/r.csv'))).toEqual([
      '1 heading 1 Acme – KPI Register',
      '2 block Exported by J. Smith',
      '3 separator',
      '4-6 table Role|KPI|Target / Clerk|Queries resolved|95 %',
      '7 separator',
      '8 block Total | 1',
    ]);
  });

  it('reads a register repeating its header under a row naming each team', () => {
    const lines = [
      'Store scorecard\t\t',
      'Team: Checkout\t\t',
      'KPI\tUnit\tTarget',
      'Queue time\tmin\t≤ 3',
      '\t\t',
      'Team: Fresh Food\t\t',
      'KPI\tUnit\tTarget',
      'Waste\t%\t≤ 2,5',
    ];
    expect(shown(registerBlocks(lines, 'seeds/s.tsv'))).toEqual([
      '1 heading 1 Store scorecard',
      '2 heading 2 Checkout',
      '3-4 table KPI|Unit|Target / Queue time|min|≤ 3',
      '5 separator',
      '6 heading 2 Fresh Food',
      '7-8 table KPI|Unit|Target / Waste|%|≤ 2,5',
    ]);
  });

  it('reads a sheet with no measure column (a cover or a version history) as paragraphs', () => {
    expect(shown(registerBlocks(['Version\tDate', '1.0\t2025-01-01'], 'x.tsv', '\t', false))).toEqual([
      '1 block Version | Date',
      '2 block 1.0 | 2025-01-01',
    ]);
  });
});

describe('registerBlocks, parts of a sheet', () => {
  it('reads a short lone cell above KPI rows as the role they are for, and a sheet’s next numbered part as no register rows', () => {
    const lines = [
      'Handover;;;',
      '1. TARGETS BY ROLE;;;',
      'KPI;Target;Actual;Comment',
      'RESOURCER;;;',
      'CVs sent;12;10;',
      'TEAM LEADER;;;',
      'Team NFI;£260000;;',
      '2. SAFETY;;;',
      'Near miss;;;Pedestrian in aisle',
      '3. EQUIPMENT;;;',
      'Reach truck;;;Off road',
    ];
    expect(shown(registerBlocks(lines, 'seeds/h.csv'))).toEqual([
      '1 heading 1 Handover',
      '2 block 1. TARGETS BY ROLE',
      '3-3 table KPI|Target|Actual|Comment',
      '4 heading 2 RESOURCER',
      '5-5 table KPI|Target|Actual|Comment / CVs sent|12|10|',
      '6 heading 2 TEAM LEADER',
      '7-7 table KPI|Target|Actual|Comment / Team NFI|£260000||',
      '8 block 2. SAFETY',
      '9 block Near miss | Pedestrian in aisle',
      '10 block 3. EQUIPMENT',
      '11 block Reach truck | Off road',
    ]);
  });

  it("reads each block of a scorecard sheet under its post's fields, leaving total and labelled note rows out of the table", () => {
    const lines = [
      'Position:\tWind Turbine Technician\t\tBusiness unit:\tWind',
      'Reports to:\tSite Supervisor\t\t\t',
      '#\tMeasure\tUnit\tTarget\t',
      '1\tTurbine availability\t%\t97.5\t',
      '\tTotal weighting\t\t100%\t',
      'Position:\tSite Supervisor\t\t\t',
      '#\tMeasure\tUnit\tTarget\t',
      '1\tWork orders closed within SLA\t%\t90\t',
      'Last updated:\t02/04/2025 by J. Okafor\t\t\t',
    ];
    expect(shown(registerBlocks(lines, 'seeds/s.tsv', '\t'))).toEqual([
      '1 heading 2 Wind Turbine Technician',
      '2 block Reports to: | Site Supervisor',
      '3-4 table #|Measure|Unit|Target| / 1|Turbine availability|%|97.5|',
      '5 block Total weighting | 100%',
      '6 heading 2 Site Supervisor',
      '7-8 table #|Measure|Unit|Target| / 1|Work orders closed within SLA|%|90|',
      '9 block Last updated: | 02/04/2025 by J. Okafor',
    ]);
  });

  it('ends a table at the note rows inside it, so that no line is in two blocks', () => {
    const lines = ['Task,KPI,Target,RAG', 'Planner,Float used,< 5 days,Green', 'Commercial,,,Green', 'Surveyor,Payments made,100%,Amber'];
    const blocks = registerBlocks(lines, 'seeds/t.csv');
    expect(shown(blocks)).toEqual([
      '1-2 table Task|KPI|Target|RAG / Planner|Float used|< 5 days|Green',
      '3 block Commercial | Green',
      '4-4 table Task|KPI|Target|RAG / Surveyor|Payments made|100%|Amber',
    ]);
  });
});
