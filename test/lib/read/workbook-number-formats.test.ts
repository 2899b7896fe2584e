import { describe, expect, it } from 'vitest';
import { readFormat, shownText } from '../../../src/lib/read/workbook-number-formats.ts';

describe('readFormat', () => {
  it('reads percentages, currencies and literal text, and nothing of a plain number or a date', () => {
    expect(readFormat('0.0%')).toEqual({ prefix: '', suffix: '', percent: true });
    expect(readFormat('"£"#,##0')).toEqual({ prefix: '£', suffix: '', percent: false });
    expect(readFormat('[$€-407] #,##0.00')).toMatchObject({ prefix: '€ ', percent: false });
    expect(readFormat('"≥ "0%')).toEqual({ prefix: '≥ ', suffix: '', percent: true });
    expect(readFormat('#,##0" days"')).toEqual({ prefix: '', suffix: ' days', percent: false });
    expect(readFormat('#,##0.00')).toBeNull();
    expect(readFormat('dd/mm/yyyy')).toBeNull();
  });

  it('shows a cell as the sheet does, without binary noise', () => {
    expect(shownText({ stored: 0.925, shown: { prefix: '', suffix: '', percent: true } })).toBe('92.5%');
    expect(shownText({ stored: 0.07, shown: { prefix: '≥ ', suffix: '', percent: true } })).toBe('≥ 7%');
    expect(shownText({ stored: 4500000, shown: { prefix: '£', suffix: '', percent: false } })).toBe('£4500000');
  });
});
