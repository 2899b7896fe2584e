/**
 * A Word document's HTML (from docxToHtml, all on one line) as a hast tree whose positions are
 * paragraph numbers: each paragraph, list item and table row is one line, numbered from 1 in
 * document order, and the document's lines are their texts. The HTML stages then read it as they
 * read a page, and every message names a paragraph.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Position } from 'unist';
import { parseHtmlText } from './parse-html.ts';

export interface DocxParagraphs {
  tree: Root;
  /** Each paragraph's text, as the document's lines (an empty paragraph is a blank line). */
  lines: string[];
}

const LIST = new Set(['ul', 'ol']);
const ROWS = new Set(['table', 'thead', 'tbody', 'tfoot']);

const at = (line: number, text: string): Position => ({
  start: { line, column: 1 },
  end: { line, column: Math.max(1, text.length + 1) },
});

/** Gives every node of a subtree one line's position. */
function place(node: ElementContent, position: Position): void {
  node.position = position;
  if (node.type === 'element') for (const c of node.children) place(c, position);
}

/** Spans a container over the lines its children were given. */
function span(node: Element): void {
  const placed = node.children.filter((c) => c.position);
  if (placed.length > 0) node.position = { start: placed[0]!.position!.start, end: placed.at(-1)!.position!.end };
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

/** Numbers the paragraphs of mammoth's HTML and returns the tree with their texts. */
export function docxParagraphs(html: string): DocxParagraphs {
  const tree = parseHtmlText(`<body>${html}</body>`);
  const lines: string[] = [];
  const line = (nodes: ElementContent[], text: string) => {
    lines.push(text);
    for (const n of nodes) place(n, at(lines.length, text));
  };
  const walk = (nodes: readonly ElementContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') {
        if (node.type === 'text' && node.value.trim()) line([node], oneLine(node.value));
        continue;
      }
      if (LIST.has(node.tagName)) {
        for (const item of node.children) {
          if (item.type !== 'element') continue;
          const own = item.children.filter((c) => !(c.type === 'element' && LIST.has(c.tagName)));
          const nested = item.children.filter((c) => c.type === 'element' && LIST.has(c.tagName)) as Element[];
          // A deeper bullet with no bullet above it is wrapped in an item of its own, which is no paragraph.
          const text = oneLine(own.map((c) => toText(c)).join(''));
          if (text || nested.length === 0) line(own, text);
          walk(nested);
          span(item);
        }
      } else if (ROWS.has(node.tagName)) {
        walk(node.children);
      } else if (node.tagName === 'tr') {
        const cells = node.children.filter((c) => c.type === 'element');
        line([node], cells.map((c) => oneLine(toText(c))).join(' | '));
        continue;
      } else if (node.tagName === 'blockquote' || node.tagName === 'div') {
        walk(node.children);
      } else {
        line([node], oneLine(toText(node)));
        continue;
      }
      span(node);
    }
  };
  const body = tree.children.flatMap((c) => (c.type === 'element' ? [c] : [])).flatMap((h) => h.children);
  const bodyElement = body.find((c): c is Element => c.type === 'element' && c.tagName === 'body');
  walk(bodyElement?.children ?? []);
  return { tree, lines };
}
