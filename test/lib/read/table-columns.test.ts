import { describe, expect, it } from 'vitest';
import { attributeColumns, isRegister, polarityOf, settleColumns, tableColumns } from '../../../src/lib/read/table-columns.ts';

const header = (...names: string[]) => names.map((text, i) => ({ text, line: 1, endLine: 1, column: i + 1 }));

describe('tableColumns', () => {
  it('finds a register: role, department, measure, target, unit and polarity, and keeps every other column as an attribute', () => {
    const c = tableColumns(header('Ref', 'Department', 'Role', 'KPI', 'Description / calculation', 'Target', 'Unit', 'Polarity', 'Owner'));
    expect(c).toMatchObject({ group: 1, role: 2, measure: 3, description: 4, target: 5, unit: 6, polarity: 7 });
    expect(isRegister(c)).toBe(true);
    expect(attributeColumns(c).map((i) => c.header[i]!.text)).toEqual(['Ref', 'Unit', 'Polarity', 'Owner']);
  });

  it("reads a risk register's KRI, owner role and owning function, a scorecard's 'Better' and 'What good looks like', and a safety indicator", () => {
    expect(
      tableColumns(header('KRI ID', 'KRI Name', 'Owner Role', 'Owning Function', 'Polarity', 'Green Threshold', 'Amber Threshold')),
    ).toMatchObject({ measure: 1, role: 2, group: 3, polarity: 4, target: 5 });
    expect(tableColumns(header('#', 'Measure', 'Unit', 'Better', 'Threshold (50%)', 'Target (100%)'))).toMatchObject({
      measure: 1,
      unit: 2,
      polarity: 3,
      target: 5,
    });
    expect(tableColumns(header('Measure', 'What good looks like', 'Minimum acceptable'))).toMatchObject({ measure: 0, target: 1 });
    expect(tableColumns(header('SPI ref', 'Safety Performance Indicator (SPI)', 'Target', 'Alert level'))).toMatchObject({
      measure: 1,
      target: 2,
    });
  });

  it('reads German, French and Dutch registers', () => {
    expect(tableColumns(header('Nr.', 'Bereich', 'Rolle', 'KPI', 'Zielwert', 'Einheit', 'Polarität'))).toMatchObject({
      group: 1,
      role: 2,
      measure: 3,
      target: 4,
      unit: 5,
      polarity: 6,
    });
    expect(tableColumns(header('Indicateur', 'Objectif')).target).toBe(1);
    expect(tableColumns(header('Functie', 'Prestatie-indicator', 'Doel'))).toMatchObject({ role: 0, target: 2 });
  });

  it('prefers a Target column to a Threshold before it, and a RAG table reads its green band', () => {
    expect(tableColumns(header('KPI', 'Threshold', 'Target', 'Stretch')).target).toBe(2);
    expect(tableColumns(header('KPI', 'Green', 'Amber', 'Red')).target).toBe(1);
    expect(tableColumns(header('KPI', 'Target type', 'Target')).polarity).toBe(1);
  });

  it('reads "Name" as the measure only beside a target and with no role, and a team as the role only with no role column', () => {
    expect(tableColumns(header('Name', 'Target')).measure).toBe(0);
    expect(tableColumns(header('Role', 'Name', 'Date')).measure).toBe(-1);
    expect(tableColumns(header('Name', 'Staff number')).measure).toBe(-1);
    expect(tableColumns(header('Team', 'KPI', 'Target')).role).toBe(0);
    expect(tableColumns(header('Role', 'Team', 'KPI')).group).toBe(1);
    expect(tableColumns(header('KPI ID', 'KPI', 'Unit')).measure).toBe(1);
  });
});

describe('polarityOf', () => {
  it('reads the direction a polarity cell states, in words, arrows or Min/Max', () => {
    expect(['Lower is better', '↓', 'Decrease', 'Niedriger ist besser', 'Max'].map(polarityOf)).toEqual(Array(5).fill('at-most'));
    expect(['Higher is better', '↑', 'Increase', 'Höher ist besser', 'Min'].map(polarityOf)).toEqual(Array(5).fill('at-least'));
    expect(['Within range', '', 'n/a'].map(polarityOf)).toEqual([null, null, null]);
  });
});

describe('settleColumns', () => {
  const cells = (...rows: string[][]) => rows.map((r) => header(...r));
  it('moves the target to the column whose cells hold numbers when the named one holds none', () => {
    const c = tableColumns(header('Standard', 'Minimum', 'Measured'));
    expect(c.target).toBe(0);
    const body = cells(
      ['Member retention at 3 months', '75%', 'Monthly'],
      ['Club NPS', '+50', 'Quarterly'],
      ['Cleanliness score', '90%', 'Quarterly'],
    );
    const settled = settleColumns(c, body);
    expect(settled).toMatchObject({ target: 1, measure: 0 });
  });

  it('keeps a target column whose cells hold numbers, and reads "Service Level" as one', () => {
    const c = tableColumns(header('KPI', 'Service Level', 'Period'));
    expect(c).toMatchObject({ measure: 0, target: 1 });
    expect(settleColumns(c, cells(['Calls answered within 30 seconds', '90%', 'Monthly']))).toEqual(c);
  });
});

describe('tableColumns, database exports', () => {
  it('reads a first "Name" column as the KPI beside a Role and a Target, and an "Accountable role" as the role', () => {
    expect(tableColumns(header('Name', 'Role', 'Team', 'Target'))).toMatchObject({ measure: 0, role: 1, target: 3 });
    expect(tableColumns(header('Staff number', 'Name', 'Role', 'Target'))).toMatchObject({ measure: -1, role: 2 });
    expect(tableColumns(header('Tile ID', 'Accountable role', 'KPI', 'Target'))).toMatchObject({ role: 1, measure: 2, target: 3 });
  });
});

describe('tableColumns, list and tracker exports', () => {
  it('reads SharePoint internal names, a tracker’s custom fields and its Summary column', () => {
    expect(
      tableColumns(header('ID', 'Title', 'Position_x0020_Title', 'KPI_x0020_Name', 'Target_x0020__x0028_FY2025_x0029_')),
    ).toMatchObject({
      role: 2,
      measure: 3,
      target: 4,
    });
    expect(tableColumns(header('Summary', 'Issue key', 'Custom field (Role)', 'Custom field (Target H1 2025)'))).toMatchObject({
      measure: 0,
      role: 2,
      target: 3,
    });
  });
});

describe('tableColumns, a municipal plan', () => {
  it('reads "Responsible official" as the role column', () => {
    expect(tableColumns(header('Ref', 'Key Performance Indicator', 'Annual target 2024/25', 'Responsible official'))).toMatchObject({
      measure: 1,
      target: 2,
      role: 3,
    });
  });
});

describe('tableColumns, more names for the measure and target', () => {
  it('reads "Scorecard Metric" as the measure and "2024/25 expectation" as the target', () => {
    expect(tableColumns(header('Team', 'Role', 'Scorecard Metric', 'Target'))).toMatchObject({ measure: 2, role: 1, target: 3 });
    expect(tableColumns(header('Measure', '2024/25 expectation'))).toMatchObject({ measure: 0, target: 1 });
  });
});

describe('tableColumns, a goals export', () => {
  it('reads "Goal title" as the measure and a baseline column apart from the target', () => {
    expect(tableColumns(header('Goal ID', 'Job title', 'Goal title', 'Unit', 'Start value', 'Target value'))).toMatchObject({
      role: 1,
      measure: 2,
      unit: 3,
      baseline: 4,
      target: 5,
    });
  });
});

describe('tableColumns, columns the names leave open', () => {
  it('reads a section of the organisation as whom the KPIs are for where no column names roles or teams', () => {
    expect(tableColumns(header('Section', 'Test', 'TAT standard', 'This week'))).toMatchObject({ role: 0, target: 2 });
    expect(tableColumns(header('Role', 'Section', 'KPI', 'Target'))).toMatchObject({ role: 0, measure: 2, target: 3 });
  });

  it('reads a standard or norm with a qualifier or a year as the target', () => {
    expect(tableColumns(header('What we measure', 'Brand standard')).target).toBe(1);
    expect(tableColumns(header('Indicator', 'Norm 2025')).target).toBe(1);
    expect(tableColumns(header('Assessment criteria', 'Target')).measure).toBe(0);
  });

  it('takes the first column of text as the measure of a register whose measure column has a name no rule knows', () => {
    const c = tableColumns(header('Ref', 'Role', 'Performance area', 'Target'));
    const body = [header('P1', 'Site Manager', 'Lost-time injuries', '0'), header('P2', 'Site Manager', 'Programme float', '10 days')];
    expect(c.measure).toBe(-1);
    expect(settleColumns(c, body)).toMatchObject({ role: 1, measure: 2, target: 3 });
  });
});

describe('tableColumns, more headers', () => {
  it('reads "<noun> group" as whom the KPIs are for, SLI and SLO as measure and target, an accountable executive as the role, "Better is" as polarity', () => {
    expect(tableColumns(header('Driver group', 'Metric', 'Target'))).toMatchObject({ role: 0, measure: 1, target: 2 });
    expect(tableColumns(header('SLI', 'SLO', 'Window'))).toMatchObject({ measure: 0, target: 1 });
    expect(tableColumns(header('Accountable executive', 'Performance commitment', 'Target', 'Better is'))).toMatchObject({
      role: 0,
      measure: 1,
      target: 2,
      polarity: 3,
    });
  });

  it('no longer reads a bare "Trend" column, which shows how a measure went, as its polarity', () => {
    expect(tableColumns(header('KPI', 'Target', 'Trend')).polarity).toBe(-1);
  });
});
