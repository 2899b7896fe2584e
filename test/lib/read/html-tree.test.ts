import { describe, expect, it } from 'vitest';
import { htmlTree } from '../../../src/lib/read/html-tree.ts';

/** A page with two roles, and `middle` between them on line 5. */
const page = (middle: string) =>
  `<html><body>\n<h1>KPIs</h1>\n<h2>Agent</h2>\n<ul><li>90% answered</li></ul>\n${middle}\n<h2>Lead</h2>\n<ul>\n<li>95% of reviews done</li>\n</ul>\n</body></html>\n`;

const swallowed = (middle: string) => {
  const read = htmlTree(page(middle), 256);
  if ('tooDeep' in read) throw new Error('too deep');
  return read.swallowed;
};

describe('htmlTree', () => {
  it.each([
    ['<!-- draft', '<!--'],
    ['<script>var a = 1', '<script>'],
    ['<style>p { color: red }', '<style>'],
    ['<textarea>', '<textarea>'],
    ['<xmp>', '<xmp>'],
    ['<plaintext>', '<plaintext>'],
    ['<noscript>', '<noscript>'],
    ['<select><option>One', '<select>'],
    ['<template>', '<template>'],
    ['<title>', '<title>'],
    ['<iframe>', '<iframe>'],
  ])('finds %s left open, from where it opens to the last line it hides', (middle, what) => {
    expect(swallowed(middle)).toEqual([{ what, line: 5, column: 1, endLine: 11 }]);
  });

  it('finds nothing in a page whose elements are all closed', () => {
    expect(swallowed('<!-- note --><script>x()</script><select><option>a</option></select><template><p>t</p></template>')).toEqual([]);
  });

  it('stops at the first element nested past the limit, before the recursive conversion', () => {
    const read = htmlTree(`<body>\n${'<div>'.repeat(100_000)}deep`, 256);
    expect(read).toEqual({ tooDeep: { depth: 257, line: 2, column: 1 + 5 * 254 } });
    const shallow = htmlTree(`<body>${'<div>'.repeat(200)}text`, 256);
    expect('tree' in shallow && shallow.tree.type).toBe('root');
  });

  it('counts paragraphs, items, rows and headings as blocks', () => {
    const read = htmlTree('<h2>A</h2><p>x</p><ul><li>1</li><li>2</li></ul><table><tr><td>c</td></tr></table>', 256);
    expect('blocks' in read && read.blocks).toBe(5);
  });
});
