import { describe, expect, it } from 'vitest';
import { alignedTables } from '../../../src/lib/read/aligned-tables.ts';
import { parseOutline } from '../../../src/lib/read/parse-outline.ts';

const rows = (lines: string[]) => [...alignedTables(lines).values()].map((t) => t.rows.map((r) => r.map((c) => c.text)));

describe('alignedTables', () => {
  it('reads a table laid out in columns of spaces, with its rule and a wrapped row', () => {
    const lines = [
      '5.1  Network Repair Technician',
      '       Measure                          Standard              Data source',
      '       ---------------------------------------------------------------------',
      '       Jobs completed at first visit    at least 85%          WMS close codes',
      '       Unplanned supply interruptions   within 6 hours of     Telemetry / WMS',
      '       restored                         customer notification',
      '',
      '     Note: the score is a 0-100 index.',
    ];
    const tables = alignedTables(lines);
    expect([...tables.keys()]).toEqual([2]);
    expect(tables.get(2)).toMatchObject({ delimiter: 3, line: 2, endLine: 6 });
    expect(rows(lines)).toEqual([
      [
        ['Measure', 'Standard', 'Data source'],
        ['Jobs completed at first visit', 'at least 85%', 'WMS close codes'],
        ['Unplanned supply interruptions restored', 'within 6 hours of customer notification', 'Telemetry / WMS'],
      ],
    ]);
  });

  it('reads a cell that runs past its column under the column it starts in, and no table from two phrases on a line', () => {
    const lines = ['  Ref   KPI                          Target', '  M6    Statutory inspections (lifts, fire) valid    100%'];
    expect(rows(lines)).toEqual([
      [
        ['Ref', 'KPI', 'Target'],
        ['M6', 'Statutory inspections (lifts, fire) valid', '100%'],
      ],
    ]);
    expect(alignedTables(['Prepared by:  Finance', 'Approved:  Board'])).toEqual(new Map());
  });

  it('gives the roles of a contract schedule their KPIs from such tables', () => {
    const draft = parseOutline(
      [
        'SCHEDULE 4',
        '',
        '4.3.1  HELPDESK',
        '',
        '  Ref   KPI                               Target',
        '  H1    Calls answered within 20 seconds  ≥ 90%',
        '  H2    Abandoned calls                   ≤ 3%',
      ],
      'f.txt',
    );
    expect(draft.roles.map((r) => [r.name, r.kpis.map((k) => k.name)])).toEqual([
      ['HELPDESK', ['Calls answered within 20 seconds', 'Abandoned calls']],
    ]);
  });
});
