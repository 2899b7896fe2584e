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
  it('gives a bullet its item text, indent and column', () => {
    expect(classifyLines(['  • Time to Hire: 30 days '])).toEqual([
      { line: 1, type: 'bullet', text: 'Time to Hire: 30 days', indent: 2, column: 5, joinsAbove: false, ownsContent: false },
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
});
