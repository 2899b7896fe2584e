import { describe, expect, it } from 'vitest';
import { frontMatter, headingText, markdownBlocks, markdownChunks } from '../../../src/lib/read/markdown-blocks.ts';

const lines = (text: string) => text.split('\n');

describe('markdownChunks', () => {
  it('cuts before each # or ## heading at column 0, keeping line offsets', () => {
    const chunks = markdownChunks(lines('# A\ntext\n## B\n### C\n- x\n## D'));
    expect(chunks).toEqual([
      { text: '# A\ntext', offset: 0 },
      { text: '## B\n### C\n- x', offset: 2 },
      { text: '## D', offset: 5 },
    ]);
  });

  it('does not cut at an indented heading, a deeper one, or one inside fenced code', () => {
    const text = '# A\n  ## indented\n### deeper\n```\n## in code\n~~~\n## still code\n```\n## after';
    expect(markdownChunks(lines(text)).map((c) => c.offset)).toEqual([0, 8]);
  });

  it('rejoins to the whole text', () => {
    const text = '# A\n\n## B\n\n- x\n\n## C\n';
    expect(
      markdownChunks(lines(text))
        .map((c) => c.text)
        .join('\n'),
    ).toBe(text);
  });
});

describe('markdownBlocks', () => {
  it('flattens headings, items, separators, comments and other blocks in source order', () => {
    const blocks = markdownBlocks(lines('# Title\n\nIntro *text*.\n\n<!-- note -->\n\n---\n\n<hr>\n\n```\ncode\n```\n\n<div>Hi</div>'));
    expect(blocks.map((b) => [b.type, b.line, b.endLine, 'text' in b ? b.text : null])).toEqual([
      ['heading', 1, 1, 'Title'],
      ['block', 3, 3, 'Intro text.'],
      ['comment', 5, 5, null],
      ['separator', 7, 7, null],
      ['separator', 9, 9, null],
      ['block', 11, 13, 'code'],
      ['block', 15, 15, 'Hi'],
    ]);
  });

  it('reads list items with their label, joins later paragraphs and descends into nested lists', () => {
    const blocks = markdownBlocks(lines('- **Speed**: 5 s\n\n  more on speed\n- Plain: text\n  - 10 nested\n- ## Role in a list\n-'));
    expect(blocks).toEqual([
      {
        type: 'item',
        text: 'Speed: 5 s more on speed',
        label: { name: 'Speed', description: '5 s' },
        more: [{ line: 3, endLine: 3, column: 3 }],
        line: 1,
        endLine: 1,
        column: 3,
      },
      { type: 'item', text: 'Plain: text', label: { name: 'Plain', description: 'text' }, more: [], line: 4, endLine: 4, column: 3 },
      { type: 'item', text: '10 nested', label: null, more: [], within: 4, line: 5, endLine: 5, column: 5 },
      { type: 'heading', depth: 2, text: 'Role in a list', line: 6, endLine: 6, column: 3 },
      { type: 'separator', line: 7, endLine: 7, column: 1 },
    ]);
  });

  it('keeps a table as rows of cells, header first', () => {
    const [table] = markdownBlocks(lines('| KPI | Target |\n|---|---|\n| Speed | 5 s |'));
    expect(table).toMatchObject({ type: 'table', line: 1, endLine: 3 });
    expect(table?.type === 'table' && table.rows.map((r) => r.map((c) => [c.text, c.line, c.column]))).toEqual([
      [
        ['KPI', 1, 1],
        ['Target', 1, 7],
      ],
      [
        ['Speed', 3, 1],
        ['5 s', 3, 9],
      ],
    ]);
  });

  it('gives blocks of later chunks their line numbers in the whole document', () => {
    const blocks = markdownBlocks(lines('# A\n\n## B\n\n- 1 x\n  more\n\n## C\n\n| K |\n|---|\n| v |'));
    expect(blocks.map((b) => [b.type, b.line, b.endLine])).toEqual([
      ['heading', 1, 1],
      ['heading', 3, 3],
      ['item', 5, 6],
      ['heading', 8, 8],
      ['table', 10, 12],
    ]);
    const table = blocks.at(-1)!;
    expect(table.type === 'table' && table.rows[1]![0]!.line).toBe(12);
  });
});

describe('real-world Markdown', () => {
  it('does not cut a chunk inside a multi-line HTML comment, even before a heading in it', () => {
    expect(markdownChunks(lines('## A\n<!--\n## Hidden\n-->\n## B')).map((c) => c.offset)).toEqual([0, 4]);
    const blocks = markdownBlocks(lines('## A\n\n<!--\n## Hidden\n\n- 1 x\n-->\n\n## B'));
    expect(blocks.map((b) => `${b.type} ${b.line}-${b.endLine}`)).toEqual(['heading 1-1', 'comment 3-7', 'heading 9-9']);
  });

  it('reads YAML front matter as one block with its title, keeping later line numbers', () => {
    expect(frontMatter(lines('---\ntitle: "Ops: KPIs"\nowner: me\n---\n# X'))).toEqual({
      endLine: 4,
      title: { text: 'Ops: KPIs', line: 2 },
    });
    expect(frontMatter(lines('---\nJust a paragraph.\n---'))).toBeNull();
    expect(frontMatter(lines('text\n---\ntitle: x\n---'))).toBeNull();
    const blocks = markdownBlocks(lines('---\ntitle: Ops\n---\n\n## Role\n\n- 1 x'));
    expect(blocks.map((b) => `${b.type} ${b.line}`)).toEqual(['frontmatter 1', 'heading 5', 'item 7']);
  });

  it('drops emoji decorating a heading but keeps a heading of emoji alone and ™-like signs', () => {
    expect(['🎯 Customer Support', '👩‍💻 Developers ✅', 'Brand™ Team', '🚀'].map(headingText)).toEqual([
      'Customer Support',
      'Developers',
      'Brand™ Team',
      '🚀',
    ]);
  });

  it('keeps links in item text as Markdown links, except links within the page', () => {
    const [item] = markdownBlocks(lines('- **Deflection** — 30% via the [help centre](https://h.example) and [above](#top)'));
    expect(item).toMatchObject({
      text: 'Deflection — 30% via the [help centre](https://h.example) and above',
      label: { name: 'Deflection', description: '30% via the [help centre](https://h.example) and above' },
    });
  });
});

describe('markdownBlocks, line breaks', () => {
  it('reads a hard line break as a space', () => {
    const blocks = markdownBlocks(['First line  ', 'second line']);
    expect(blocks.map((b) => ('text' in b ? b.text : b.type))).toEqual(['First line second line']);
  });
});
