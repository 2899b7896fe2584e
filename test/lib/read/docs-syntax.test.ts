import { describe, expect, it } from 'vitest';
import { docsSyntax } from '../../../src/lib/read/docs-syntax.ts';

describe('docsSyntax', () => {
  it('reads MkDocs tabs as headings with their content dedented, and admonitions as one note each', () => {
    const r = docsSyntax(['=== "QA Lead"', '', '    - Escape rate: < 2%', '', '    !!! tip "Why"', '        Because.', '', 'After']);
    expect(r.lines).toEqual(['', '', '- Escape rate: < 2%', '', '', '', '', 'After']);
    expect(r.blocks).toEqual([
      { type: 'heading', depth: 0, inferred: true, text: 'QA Lead', line: 1, endLine: 1, column: 1 },
      { type: 'block', text: 'Why Because.', line: 5, endLine: 6, column: 1 },
    ]);
  });

  it('reads Docusaurus tabs and :::admonitions, and MDX markup as lines not published', () => {
    const r = docsSyntax([
      "import Tabs from '@theme/Tabs';",
      '<Tabs>',
      '  <TabItem value="t1" label="Support Engineer (Tier 1)" default>',
      '',
      '  - CSAT: 93% or higher',
      '',
      ':::tip',
      'A range, not a minimum.',
      ':::',
      '  </TabItem>',
      '</Tabs>',
    ]);
    expect(r.lines[4]).toBe('- CSAT: 93% or higher');
    expect(r.blocks.map((b) => `${b.line} ${b.type} ${'text' in b ? b.text : ''}`)).toEqual([
      '1 comment ',
      '2 comment ',
      '3 heading Support Engineer (Tier 1)',
      '7 block A range, not a minimum.',
      '10 comment ',
      '11 comment ',
    ]);
  });
});
