import { describe, expect, it } from 'vitest';
import { docxParagraphs } from '../../../src/lib/read/docx-paragraphs.ts';
import { htmlBlocks } from '../../../src/lib/read/html-blocks.ts';

describe('docxParagraphs', () => {
  it('numbers paragraphs, list items and table rows as lines, empty paragraphs as blank lines', () => {
    const html =
      '<h1>KPIs</h1><p></p><h2>Clerk</h2><ul><li>Invoices: 40<ul><li>From the ERP</li></ul></li><li>Errors: 0</li></ul>' +
      '<table><tr><td><p>KPI</p></td><td><p>Target</p></td></tr><tr><td><p>Cost</p></td><td><p>under €4</p></td></tr></table>';
    const { lines, tree } = docxParagraphs(html);
    expect(lines).toEqual(['KPIs', '', 'Clerk', 'Invoices: 40', 'From the ERP', 'Errors: 0', 'KPI | Target', 'Cost | under €4']);
    expect(htmlBlocks(tree).blocks).toMatchObject([
      { type: 'heading', text: 'KPIs', line: 1 },
      { type: 'heading', text: 'Clerk', line: 3 },
      { type: 'item', text: 'Invoices: 40', line: 4 },
      { type: 'item', text: 'From the ERP', line: 5, within: 4 },
      { type: 'item', text: 'Errors: 0', line: 6 },
      {
        type: 'table',
        line: 7,
        endLine: 8,
        rows: [
          [{ line: 7 }, { line: 7 }],
          [{ line: 8 }, { line: 8 }],
        ],
      },
    ]);
  });

  it('does not count the item mammoth wraps round a deeper bullet with none above it', () => {
    expect(docxParagraphs('<h3>Role</h3><ul><li><ul><li>KPI one</li><li>KPI two</li></ul></li></ul>').lines).toEqual([
      'Role',
      'KPI one',
      'KPI two',
    ]);
  });
});
