/**
 * HTML text → a hast tree with positions, through parse5 (whose parser is iterative) and
 * hast-util-from-parse5 (which recurses once per level). The parse5 tree is walked first, without
 * recursion, for the two things a page can do to its reader: nest deeper than the depth limit,
 * which would overflow the stack, or open an element that is never closed and swallows the rest of
 * the page into a comment, a script or a form field.
 */
import type { Root as HastRoot } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { VFile } from 'vfile';

type Node = DefaultTreeAdapterMap['node'];

/** Where an unclosed element begins and the last line it holds; `what` names it ("<!--", "<script>"). */
export interface Swallow {
  what: string;
  line: number;
  column: number;
  endLine: number;
}

export type HtmlTree =
  | { tree: HastRoot; swallowed: Swallow[]; blocks: number }
  /** Nesting deeper than the limit: the first element past it. */
  | { tooDeep: { depth: number; line: number; column: number } };

/**
 * Elements whose content is not read as the page's content: raw text (script, style), escapable
 * raw text (textarea, title), text shown as typed (xmp, plaintext), or content hidden from
 * readers (noscript, template, select's options). Left open, each holds the rest of the page.
 */
const SWALLOWING = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'plaintext',
  'noscript',
  'noembed',
  'noframes',
  'iframe',
  'select',
  'template',
]);

/** Elements counted as blocks against the block limit. */
const BLOCKS = new Set(['p', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'pre', 'blockquote']);

/** HTML text → hast, or the place where it nests deeper than `maxDepth`. */
export function htmlTree(text: string, maxDepth: number): HtmlTree {
  const document = parse(text, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const swallowed: Swallow[] = [];
  let blocks = 0;
  const stack: Array<{ node: Node; depth: number }> = [{ node: document, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const at = 'sourceCodeLocation' in node ? node.sourceCodeLocation : null;
    if (node.nodeName === '#comment' && at && !/--!?>$/.test(text.slice(at.startOffset, at.endOffset))) {
      swallowed.push({ what: '<!--', line: at.startLine, column: at.startCol, endLine: at.endLine });
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) stack.push({ node: child, depth: depth + 1 });
      continue;
    }
    if (depth > maxDepth) return { tooDeep: { depth, line: at?.startLine ?? 0, column: at?.startCol ?? 0 } };
    if (BLOCKS.has(node.tagName)) blocks++;
    const children =
      node.tagName === 'template' && 'content' in node
        ? (node.content as DefaultTreeAdapterMap['documentFragment']).childNodes
        : node.childNodes;
    const location = node.sourceCodeLocation;
    if (SWALLOWING.has(node.tagName) && location?.startTag && !location.endTag) {
      // parse5 ends an element left open at the end of the page where its start tag ends; the
      // text it swallowed ends where its last child does.
      const last = children.at(-1);
      const end = last && 'sourceCodeLocation' in last ? last.sourceCodeLocation : null;
      if (end && end.endOffset > location.startTag.endOffset && text.slice(location.startTag.endOffset, end.endOffset).trim()) {
        swallowed.push({
          what: `<${node.tagName}>`,
          line: location.startLine,
          column: location.startCol,
          endLine: Math.max(location.endLine, end.endLine),
        });
      }
    }
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  const tree = fromParse5(document, { file: new VFile(text) }) as HastRoot;
  return { tree, swallowed: swallowed.sort((a, b) => a.line - b.line), blocks };
}
