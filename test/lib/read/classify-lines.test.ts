import { describe, expect, it } from 'vitest';
import { classifyLines, lineType } from '../../../src/lib/read/classify-lines.ts';

describe('lineType', () => {
  it('tells each kind of line by its own text', () => {
    expect(
      [
        '',
        '   ',
        'Was this page helpful?',
        '• Win rate',
        '2) Two',
        '- x',
        'Glossary',
        'Team KPIs',
        'Sales Lead',
        'A sentence that ends.',
      ].map(lineType),
    ).toEqual(['blank', 'blank', 'chrome', 'bullet', 'bullet', 'bullet', 'definitions', 'section', 'heading', 'prose']);
  });

  it('reads long or many-word lines as prose, and a marker without a space as no bullet', () => {
    expect(lineType('one two three four five six seven eight nine ten eleven')).toBe('prose');
    expect(lineType('x'.repeat(81))).toBe('prose');
    expect(lineType('-dash')).toBe('heading');
  });
});

describe('classifyLines', () => {
  it('reads "Label: value" lines as fields, never headings', () => {
    expect(
      classifyLines(['Grade: 3', 'Reports to: Head of Finance', 'Objective 1: Fix it first time', 'Sales Lead', 'Team KPIs:']).map(
        (l) => l.type,
      ),
    ).toEqual(['prose', 'prose', 'prose', 'heading', 'section']);
  });

  it('reads a run of label markers ("KR1.1", "KR1.2") as a list, and one such line alone as no item', () => {
    const c = classifyLines(['Q3 FY2025 targets', '', 'KR1.1 Raise FCR to 74%', 'KR1.2 Cut AHT to 380s', '', 'KPI 3 Uptime']);
    expect(c.filter((l) => l.type !== 'blank').map((l) => [l.type, l.text])).toEqual([
      ['heading', 'Q3 FY2025 targets'],
      ['bullet', 'Raise FCR to 74%'],
      ['bullet', 'Cut AHT to 380s'],
      ['heading', 'KPI 3 Uptime'],
    ]);
  });

  it('reads a Title Case one-level numbered line over details or headings as a numbered heading', () => {
    const c = classifyLines([
      '1. Library Assistant (Customer Services)',
      'Grade: 3',
      '',
      '2. Archivist',
      'Main duties',
      '',
      '1. Close 10 deals per quarter',
      '2. Hold a review',
    ]);
    expect(c.filter((l) => l.number !== null || l.type === 'bullet').map((l) => [l.type, l.number, l.text])).toEqual([
      ['heading', '1', 'Library Assistant (Customer Services)'],
      ['heading', '2', 'Archivist'],
      ['bullet', null, 'Close 10 deals per quarter'],
      ['bullet', null, 'Hold a review'],
    ]);
  });

  it('reads a short line that a lower-case line goes on from as the start of a sentence', () => {
    expect(classifyLines(['Targets are set by', 'the board each year.']).map((l) => l.type)).toEqual(['prose', 'prose']);
  });

  it('gives a bullet its item text, indent and column', () => {
    expect(classifyLines(['  • Time to Hire: 30 days '])).toEqual([
      {
        line: 1,
        type: 'bullet',
        text: 'Time to Hire: 30 days',
        indent: 2,
        column: 5,
        joinsAbove: false,
        ownsContent: false,
        ownsRole: false,
        ownsProseOnly: false,
        ownsHeadingOnly: false,
        number: null,
        ownsNumbered: false,
      },
    ]);
  });

  it('marks lines that may continue the line above: lower case, or the line above unfinished', () => {
    const c = classifyLines(['- Payments: paid within terms,', 'measured monthly.', 'Next line.', 'after a full stop:', 'Capital']);
    expect(c.map((l) => l.joinsAbove)).toEqual([false, true, false, true, false]);
  });

  it('marks lines whose next content line, past blanks and chrome, is a bullet or a section', () => {
    const c = classifyLines(['Title', '', 'Sales Lead', 'Back to top', '', '• Win rate', 'Ops', 'Team KPIs', 'Note', 'Prose here.']);
    expect(c.map((l) => l.ownsContent)).toEqual([false, false, true, true, true, false, true, false, false, false]);
  });

  it('is per line: classifying a line alone gives its type, text and column unchanged', () => {
    const lines = ['Ops handbook', '', 'Cook', '1. 50 meals', '   served hot', 'Glossary', '- Meal: a plate'];
    const all = classifyLines(lines);
    lines.forEach((line, i) => {
      const [alone] = classifyLines([line]);
      expect({ type: alone!.type, text: alone!.text, column: alone!.column, indent: alone!.indent }).toEqual({
        type: all[i]!.type,
        text: all[i]!.text,
        column: all[i]!.column,
        indent: all[i]!.indent,
      });
    });
  });

  it('reads a number with two or more levels as a numbered heading, without its number, unless it labels a field or item', () => {
    const c = classifyLines([
      '1.1 Account Executive',
      '2.3.1. Tier 1 Support Agent',
      '1.2 Win rate: 25% of deals won',
      '1.5 hours to answer a call',
    ]);
    expect(c.map((l) => [l.type, l.number, l.text, l.column])).toEqual([
      ['heading', '1.1', 'Account Executive', 5],
      ['heading', '2.3.1', 'Tier 1 Support Agent', 8],
      // "Label: value" is a statement, never a heading.
      ['prose', null, '1.2 Win rate: 25% of deals won', 1],
      ['heading', null, '1.5 hours to answer a call', 1],
    ]);
  });

  it('reads a one-level numbered line as a heading only when numbered headings, a section or deeper bullets follow it', () => {
    const c = classifyLines([
      '1. Sales',
      '1.1 Account Executive',
      '1. Close 10 deals per quarter',
      '2. Complete the annual review',
      '3. Customer Success',
      'Pipeline metrics',
      '\t* Win rate',
      '4. Operations Lead',
      '\t* Budget: within 2%',
      '5. Raise 3 invoices a week',
      '\t* checked by finance',
    ]);
    expect(c.map((l) => `${l.type} ${l.number} ${l.text} ${l.ownsNumbered}`)).toEqual([
      'heading 1 Sales true',
      'heading 1.1 Account Executive false',
      'bullet null Close 10 deals per quarter false',
      'bullet null Complete the annual review false',
      'heading 3 Customer Success false',
      'section null Pipeline metrics false',
      'bullet null Win rate false',
      'heading 4 Operations Lead false',
      'bullet null Budget: within 2% false',
      'bullet null Raise 3 invoices a week false',
      'bullet null checked by finance false',
    ]);
  });

  it('reads a numbered glossary name as the glossary, and metadata lines as prose', () => {
    expect(
      classifyLines(['4. Definitions', '2.1 Glossary', 'Prepared by Jane Doe · Version 3 · Confidential']).map((l) => [l.type, l.text]),
    ).toEqual([
      ['definitions', 'Definitions'],
      ['definitions', 'Glossary'],
      ['prose', 'Prepared by Jane Doe · Version 3 · Confidential'],
    ]);
  });

  it('reads a table of contents, from its "Contents" line through its page-numbered entries, as chrome', () => {
    const c = classifyLines(['Contents', '1\tSales\t2', '1.1 Account Executive ........ 2', '', 'Glossary …… 9', 'Purpose', '1\tSales']);
    expect(c.map((l) => l.type)).toEqual(['chrome', 'chrome', 'chrome', 'blank', 'chrome', 'heading', 'heading']);
    expect(lineType('Win rate')).toBe('heading');
    // Outside a table of contents, cells separated by tabs are a table row pasted as text, never a heading.
    expect(lineType('Win rate\t25')).toBe('prose');
  });

  it('marks a heading over a paragraph that leads to no items', () => {
    const c = classifyLines(['Purpose', 'Why this exists.', 'Sales Lead', 'Owns the pipeline.', '- Win rate']);
    expect(c.map((l) => l.ownsProseOnly)).toEqual([true, false, false, false, false]);
  });

  it('reads the bullets word processors write, and Word\'s "o" and "§" only before a tab', () => {
    const lines = ['● Win rate', '○ Churn', '\uF0B7\tUptime', '\uF0A7\tBacklog', 'o\tDeals', '§\tCalls', 'o Deals', '➢ Leads'];
    expect(lines.map(lineType)).toEqual(['bullet', 'bullet', 'bullet', 'bullet', 'bullet', 'bullet', 'heading', 'bullet']);
    expect(classifyLines(['o\tDeals closed'])[0]!.text).toBe('Deals closed');
  });

  it('reads a dash between a heading number and its name', () => {
    expect(classifyLines(['1.2 – Team Lead', '1.3 - Sales Manager']).map((l) => [l.number, l.text])).toEqual([
      ['1.2', 'Team Lead'],
      ['1.3', 'Sales Manager'],
    ]);
  });

  it('reads horizontal rules drawn with characters as chrome', () => {
    expect(['________________', '----------', '* * *', '=====', '--', 'Sales - Team'].map(lineType)).toEqual([
      'chrome',
      'chrome',
      'chrome',
      'chrome',
      'heading',
      'heading',
    ]);
  });
});

describe('lineType, fields and columns', () => {
  it('reads a field naming a role as a heading, in the languages HR forms use', () => {
    expect(
      ['Role: Veterinary Nurse', 'Functie: Dierenarts', 'PUESTO: Jefe de almacén', '3.1  Functie: Paraveterinair'].map(lineType),
    ).toEqual(['heading', 'heading', 'heading', 'heading']);
    expect(lineType('Reports to: Practice Manager')).toBe('prose');
  });

  it('reads a row laid out in columns of spaces as no heading', () => {
    expect(lineType('Doel                          Norm 2025')).toBe('prose');
    expect(lineType('Indicator\tTarget')).toBe('prose');
  });
});
