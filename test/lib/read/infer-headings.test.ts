import { describe, expect, it } from 'vitest';
import { inferHeadings } from '../../../src/lib/read/infer-headings.ts';
import type { Block } from '../../../src/lib/read/markdown-blocks.ts';

let line = 0;
const p = (text: string, strong = false): Block => ({
  type: 'block',
  text,
  line: ++line,
  endLine: line,
  column: 1,
  ...(strong ? { strong: true as const } : {}),
});
const h = (depth: number, text: string): Block => ({ type: 'heading', depth, text, line: ++line, endLine: line, column: 1 });
const shown = (blocks: Block[]) =>
  inferHeadings(blocks).map((b) =>
    b.type === 'heading'
      ? `${b.depth} ${b.text}`
      : b.type === 'block' && b.chrome
        ? `chrome ${b.text}`
        : `- ${'text' in b ? b.text : b.type}`,
  );

describe('inferHeadings', () => {
  it('makes capitals a level above bold paragraphs, both under the styled heading above them', () => {
    expect(
      shown([h(1, 'Store KPIs'), p('STORE LEADERSHIP'), p('Store Manager', true), p('Runs the store.'), p('Stock Controller:', true)]),
    ).toEqual(['1 Store KPIs', '2 STORE LEADERSHIP', '3 Store Manager', '- Runs the store.', '3 Stock Controller']);
  });

  it('places a numbered heading line by its depth, and a tab label one level below', () => {
    const tab: Block = { type: 'heading', depth: 0, inferred: true, text: 'QA Lead', line: ++line, endLine: line, column: 1 };
    expect(shown([h(2, 'Roles'), p('2.1 Payroll Officer'), tab])).toEqual(['2 Roles', '4 Payroll Officer', '3 QA Lead']);
  });

  it('leaves bold targets, sentences and metadata as paragraphs', () => {
    expect(
      shown([p('95% within 2 days', true), p('This is a sentence.', true), p('CONFIDENTIAL'), p('Version 2.1 | Internal', true)]),
    ).toEqual(['- 95% within 2 days', '- This is a sentence.', '- CONFIDENTIAL', '- Version 2.1 | Internal']);
  });

  it('reads a paragraph that repeats a later heading as a table of contents entry', () => {
    expect(shown([p('4.1 Payroll Officer'), h(2, '4.1 Payroll Officer')])).toEqual(['chrome 4.1 Payroll Officer', '2 4.1 Payroll Officer']);
  });
});

describe('inferHeadings, numbered clauses', () => {
  it('reads a paragraph numbered under its heading as an item of it, and other numbered paragraphs as they were', () => {
    expect(
      shown([
        h(2, 'B.1 Lecturer, Grade 8'),
        p('B.1.1 Module evaluation: at least 4.0'),
        p('B.1.2 Research outputs: 2 per year'),
        p('C.1.1 Other: 5'),
        h(2, 'Notes'),
        p('B.1.3 Stray: 1'),
      ]),
    ).toEqual([
      '2 B.1 Lecturer, Grade 8',
      '- Module evaluation: at least 4.0',
      '- Research outputs: 2 per year',
      '- C.1.1 Other: 5',
      '2 Notes',
      '- B.1.3 Stray: 1',
    ]);
  });

  it("puts a bold 'Purpose' or 'How we measure success' under the bold role name above it, as a heading style would", () => {
    expect(
      shown([
        h(1, 'Delivery Team'),
        p('Skills Coach', true),
        p('Purpose', true),
        p('Coaches apprentices.'),
        p('How we measure success', true),
        p('Skills Tutor', true),
      ]),
    ).toEqual(['1 Delivery Team', '2 Skills Coach', '3 Purpose', '- Coaches apprentices.', '3 How we measure success', '2 Skills Tutor']);
  });

  it('reads a paragraph numbered under its heading and over a table of its own as a sub-heading', () => {
    const table: Block = { type: 'table', rows: [], delimiter: null, line: ++line, endLine: line, column: 1 };
    const blocks = [
      h(2, '5.2 Metrics by role'),
      p('5.2.1 QC Analyst (Chemistry)'),
      p('Reporting line: QC Chemistry'),
      table,
      p('5.2.2 Turnaround: 7 days'),
    ];
    expect(shown(blocks)).toEqual([
      '2 5.2 Metrics by role',
      '3 QC Analyst (Chemistry)',
      '- Reporting line: QC Chemistry',
      '- table',
      '- Turnaround: 7 days',
    ]);
  });
});
