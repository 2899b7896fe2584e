import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/handbook/to-csv.ts';

describe('toCsv', () => {
  it('quotes only what needs quoting and ends records with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['line\nbreak', 3],
          [null, undefined],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",3\r\n,\r\n');
  });

  it('writes numbers and booleans as text', () => {
    expect([csvField(25000), csvField(3.5), csvField(false), csvField('’')]).toEqual(['25000', '3.5', 'false', '’']);
  });

  it('neutralises cells a spreadsheet would run as formulas, and leaves signed numbers alone', () => {
    expect(
      ['=HYPERLINK("http://x")', '+1+cmd', '-2+3', '@SUM(A1)', '\tlead', '\rlead', '=1+1', '-5', '+1.5', -5, 'a=b'].map(csvField),
    ).toEqual([
      '"\'=HYPERLINK(""http://x"")"',
      "'+1+cmd",
      "'-2+3",
      "'@SUM(A1)",
      "'\tlead",
      '"\'\rlead"',
      "'=1+1",
      '-5',
      '+1.5',
      '-5',
      'a=b',
    ]);
  });

  it('neutralises fullwidth formulas, and formulas behind spaces or invisible characters', () => {
    expect(
      ['\uFF1DSUM(A1)', '\uFF0B1', '\uFF20A1', '\u200B=1+1', ' =1+1', '\uFEFF@x', '\u2060-2+3', ' 5', 'a \uFF1D b'].map(csvField),
    ).toEqual(["'\uFF1DSUM(A1)", "'\uFF0B1", "'\uFF20A1", "'\u200B=1+1", "' =1+1", "'\uFEFF@x", "'\u2060-2+3", ' 5', 'a \uFF1D b']);
  });
});
