import { describe, expect, it } from 'vitest';
import { csvRecords, sniffDelimiter } from '../../../src/lib/read/csv-records.ts';

const texts = (lines: string[], d: ',' | ';' | '\t') => csvRecords(lines, d).map((r) => r.cells.map((c) => c.text));

describe('sniffDelimiter', () => {
  it('takes the delimiter the rows use the same number of times, not commas inside decimals or prose', () => {
    expect(sniffDelimiter(['Rolle;KPI;Ziel', 'Vertrieb;Marge;34,5', 'Service;Quote;99,5'])).toBe(';');
    expect(sniffDelimiter(['Role,KPI,Target', 'Clerk,"Invoices, paid",95'])).toBe(',');
    expect(sniffDelimiter(['a\tb\tc', 'd\te\tf'])).toBe('\t');
    expect(sniffDelimiter(['x;y'], 'seeds/register.tsv')).toBe('\t');
  });
});

describe('csvRecords', () => {
  it('reads quoted cells holding the delimiter, doubled quotes and line breaks, with each cell where it starts', () => {
    const records = csvRecords(['Role,KPI,Target', 'Clerk,"Queries ""resolved""', 'within SLA",95'], ',');
    expect(records.map((r) => [r.line, r.endLine])).toEqual([
      [1, 1],
      [2, 3],
    ]);
    expect(records[1]!.cells.map((c) => [c.text, c.line, c.column])).toEqual([
      ['Clerk', 2, 1],
      ['Queries "resolved"\nwithin SLA', 2, 7],
      ['95', 3, 13],
    ]);
  });

  it('keeps empty cells and blank rows, and closes a quote left open at the end so no text is lost', () => {
    expect(texts(['a;;b;', ';;;', '"open'], ';')).toEqual([['a', '', 'b', ''], ['', '', '', ''], ['open']]);
  });
});
