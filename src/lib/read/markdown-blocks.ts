/**
 * Markdown stage 1: parses the text with remark-parse + remark-gfm and flattens the mdast tree
 * into blocks in source order (headings, list items, tables, separators, comments, other blocks),
 * descending into list items so that headings inside them count like any other.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { docsSyntax } from './docs-syntax.ts';
import { splitLabel } from './draft.ts';

/** Where a block sits: 1-based first and last line, and the 1-based column it starts at. */
export interface Span {
  line: number;
  endLine: number;
  column: number;
}
export interface Cell extends Span {
  text: string;
}
/**
 * One block of the document. An item is a list item's first paragraph, with any further
 * paragraphs of the item joined to its text (their spans in `more`); a table keeps its rows of
 * cells, header first; a block is any other content (paragraph, quote, code, HTML) as one line of text.
 */
export type Block =
  /** `inferred`: a heading the format shows without a level (a tab label): infer-headings places it. */
  | (Span & { type: 'heading'; depth: number; text: string; inferred?: true })
  | (Span & {
      type: 'item';
      text: string;
      label: { name: string; description: string } | null;
      more: Span[];
      /** Nested items only: the first line of the item whose paragraph they sit under. */
      within?: number;
    })
  /**
   * `strong`: a paragraph that is wholly bold ("**Payroll Officer**"), which may be a heading (see
   * infer-headings); `chrome`: page frame found by its place, such as a table of contents entry.
   */
  | (Span & { type: 'block'; text: string; strong?: true; chrome?: true })
  /** `delimiter`: a Markdown table's `| --- |` line; an HTML table has none. */
  | (Span & { type: 'table'; rows: Cell[][]; delimiter: number | null })
  | (Span & { type: 'separator' })
  | (Span & { type: 'comment' })
  /** YAML front matter between `---` lines at the very top; `title` is its `title:` value. */
  | (Span & { type: 'frontmatter'; title: { text: string; line: number } | null });
export type HeadingBlock = Extract<Block, { type: 'heading' }>;
export type TableBlock = Extract<Block, { type: 'table' }>;

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

/** Emoji decorating a heading ("## 🎯 Customer Support"), with their modifiers and joiners. */
const EMOJI = '(?![©®™])\\p{Extended_Pictographic}[\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\uFE0F\\u200D]*';
const EDGE_EMOJI = new RegExp(`^(?:${EMOJI}\\s*)+|(?:\\s*${EMOJI})+$`, 'gu');
/** A heading's text without the emoji that decorate its start or end; emoji alone are kept. */
export const headingText = (text: string): string => text.replace(EDGE_EMOJI, '').trim() || text;

/**
 * A node's text, as mdast-util-to-string gives it, but with a line break (`<br>`, a Markdown hard
 * break) read as a space: "Accountable<br>executive" in a table header is two words, not one.
 */
function nodeText(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if ('value' in node) return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return 'children' in node ? (node.children as Nodes[]).map(nodeText).join('') : '';
}

/**
 * A paragraph's text with its links written as Markdown links ("[help centre](https://…)"), so a
 * KPI keeps where its text points to; the same as its plain text when it has no links.
 */
function linkedText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'link') return /^#/.test(n.url) ? nodeText(n) : `[${nodeText(n)}](${n.url})`;
      if ('children' in n) return linkedText(n.children as PhrasingContent[]);
      return nodeText(n);
    })
    .join('');
}

function span(node: Nodes): Span {
  const p = node.position!;
  return { line: p.start.line, endLine: p.end.line, column: p.start.column };
}

/** Reads a bold label at the start of a paragraph ("**Term**: text"), else a plain "Term: text". */
function readLabel(paragraph: Paragraph, text: string): { name: string; description: string } | null {
  const first = paragraph.children[0];
  if (first?.type === 'strong') {
    const name = oneLine(nodeText(first)).replace(/:$/, '').trim();
    const description = text.slice(oneLine(nodeText(first)).length).replace(/^\s*[:–—-]?\s*/, '');
    if (name && description) return { name, description };
  }
  return splitLabel(text);
}

/**
 * Flattens mdast nodes into blocks in source order, descending into list items; `source` says
 * whether the tree was parsed from Markdown or converted from HTML, whose tables have no delimiter row.
 */
export function flattenTree(nodes: readonly RootContent[], out: Block[], source: 'markdown' | 'html' = 'markdown'): Block[] {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        // A heading with no text (an icon, an emptied button) names nothing: it is a break in the page.
        const text = headingText(oneLine(nodeText(node)));
        out.push(text ? { type: 'heading', depth: (node as Heading).depth, text, ...span(node) } : { type: 'separator', ...span(node) });
        break;
      }
      case 'list':
        for (const item of (node as List).children) flattenItem(item, out, null, source);
        break;
      case 'table':
        out.push({
          type: 'table',
          rows: tableRows(node as Table),
          delimiter: source === 'markdown' ? node.position!.start.line + 1 : null,
          ...span(node),
        });
        break;
      case 'thematicBreak':
        out.push({ type: 'separator', ...span(node) });
        break;
      case 'html': {
        const value = node.value.trim();
        if (/^<hr\b[^>]*>$/i.test(value)) out.push({ type: 'separator', ...span(node) });
        else if (/^<!--[\s\S]*-->$/.test(value)) out.push({ type: 'comment', ...span(node) });
        else out.push({ type: 'block', text: oneLine(value.replace(/<[^>]+>/g, ' ')), ...span(node) });
        break;
      }
      case 'code':
        out.push({ type: 'block', text: node.value, ...span(node) });
        break;
      case 'paragraph': {
        const item = source === 'html' ? markedItem(node as Paragraph) : null;
        if (item) {
          out.push(item);
          break;
        }
        const block: Block = { type: 'block', text: oneLine(nodeText(node)), ...span(node) };
        const shown = node.children.filter((c) => c.type !== 'break' && !(c.type === 'text' && !c.value.trim()));
        if (shown.length === 1 && shown[0]!.type === 'strong') block.strong = true;
        out.push(block);
        break;
      }
      default:
        out.push({ type: 'block', text: oneLine(nodeText(node)), ...span(node) });
    }
  }
  return out;
}

/**
 * A list number or bullet that a word processor wrote into the paragraph itself ("(a) ", "• ", "b) ",
 * or "3." before a tab or no-break space, as a saved web page pads it) instead of making a list. A
 * number before a plain space is left alone: "2. Scope" is as often a heading as an item.
 */
const PARAGRAPH_MARKER_RE =
  /^[\s\u00a0]*(?:[•●▪◦○■\uF0B7\uF0A7]|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[a-z]\)|(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)](?=\t|\u00a0))[\s\u00a0]+/i;

/** A paragraph that starts with such a marker, as the list item it is; null for any other paragraph. */
function markedItem(paragraph: Paragraph): Extract<Block, { type: 'item' }> | null {
  const first = paragraph.children[0];
  const marker = first?.type === 'text' ? PARAGRAPH_MARKER_RE.exec(first.value)?.[0] : undefined;
  if (!marker || !first || first.type !== 'text') return null;
  const rest = first.value.slice(marker.length);
  const children = rest ? [{ ...first, value: rest }, ...paragraph.children.slice(1)] : paragraph.children.slice(1);
  if (children.length === 0) return null;
  const body: Paragraph = { ...paragraph, children };
  const text = oneLine(nodeText(body));
  return { type: 'item', text, label: readLabel(body, text), more: [], ...span(paragraph), column: span(paragraph).column + marker.length };
}

/** Flattens a list item; `within` is the first line of the item it is nested under, if any. */
function flattenItem(item: ListItem, out: Block[], within: number | null, source: 'markdown' | 'html'): void {
  if (item.children.length === 0) {
    out.push({ type: 'separator', ...span(item) });
    return;
  }
  let current: Extract<Block, { type: 'item' }> | null = null;
  for (const child of item.children) {
    if (child.type === 'paragraph' && !current) {
      const text = oneLine(nodeText(child));
      const linked = oneLine(linkedText(child.children));
      current = { type: 'item', text: linked, label: readLabel(child, text), more: [], ...span(child) };
      if (current.label && linked !== text) current.label = readLabel(child, linked) ?? current.label;
      if (within !== null) current.within = within;
      out.push(current);
    } else if (child.type === 'list') {
      for (const sub of child.children) flattenItem(sub, out, current?.line ?? within, source);
    } else if (child.type === 'paragraph' && current) {
      current.text = `${current.text} ${oneLine(nodeText(child))}`;
      current.more.push(span(child));
    } else {
      flattenTree([child], out, source);
    }
  }
}

function tableRows(table: Table): Cell[][] {
  return table.children.map((row) => row.children.map((cell) => ({ text: oneLine(nodeText(cell)), ...span(cell) })));
}

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * micromark's time grows faster than linearly with document size, so the text is parsed in
 * chunks cut before each level-1 or level-2 ATX heading at column 0 outside fenced code and
 * outside an HTML comment. Such a heading closes every open block in CommonMark, so each chunk
 * parses exactly as it would in place. (Not cutting is always safe: it only costs time.)
 */
export function markdownChunks(lines: readonly string[]): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let start = 0;
  let fence: string | null = null;
  let comment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      continue;
    }
    if (!fence && /^ {0,3}<!--/.test(line) && !line.slice(line.indexOf('<!--') + 4).includes('-->')) {
      comment = true;
      continue;
    }
    if (!fence && i > start && /^#{1,2}(?:\s|$)/.test(line)) {
      out.push({ text: lines.slice(start, i).join('\n'), offset: start });
      start = i;
    }
  }
  out.push({ text: lines.slice(start).join('\n'), offset: start });
  return out;
}

/** A line of YAML front matter: a key, a list entry, an indented or a comment line. */
const FRONT_MATTER_LINE = /^(?:[\w.-]+\s*:(?:\s|$)|\s+\S|-\s|#)/;

/**
 * YAML front matter: a `---` first line, YAML lines, and a closing `---` (or `...`). Returns the
 * last line of the front matter (1-based) and its title, or null when the text does not start so.
 */
export function frontMatter(lines: readonly string[]): { endLine: number; title: { text: string; line: number } | null } | null {
  if (lines[0]?.trimEnd() !== '---') return null;
  let title: { text: string; line: number } | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^(?:---|\.\.\.)\s*$/.test(line)) return i > 1 ? { endLine: i + 1, title } : null;
    if (!line.trim()) continue;
    if (!FRONT_MATTER_LINE.test(line)) return null;
    const t = /^title\s*:\s*(.*?)\s*$/.exec(line);
    if (t?.[1]) {
      const text = t[1].replace(/^(["'])(.*)\1$/, '$2').trim();
      if (text) title = { text, line: i + 1 };
    }
  }
  return null;
}

/** Moves a block parsed from a chunk to its line numbers in the whole document. */
export function shiftBlock<E extends Block>(ev: E, offset: number): E {
  if (offset === 0) return ev;
  // A cell on line 0 stands on no line (a header repeated for a register's later rows): it stays there.
  const move = <S extends Span>(sp: S): S => (sp.line === 0 ? sp : { ...sp, line: sp.line + offset, endLine: sp.endLine + offset });
  const moved = move(ev) as E;
  if (moved.type === 'item') {
    moved.more = moved.more.map(move);
    if (moved.within !== undefined) moved.within += offset;
  }
  if (moved.type === 'table') {
    moved.rows = moved.rows.map((row) => row.map(move));
    if (moved.delimiter !== null) moved.delimiter += offset;
  }
  return moved;
}

/**
 * Parses Markdown lines (already normalised) into blocks with line numbers in the whole document.
 * Each chunk is parsed on its own, which keeps the time linear in the document's size.
 */
export function markdownBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  const front = frontMatter(lines);
  if (front) {
    blocks.push({ type: 'frontmatter', title: front.title, line: 1, endLine: front.endLine, column: 1 });
    // Blanked rather than cut, so that every later block keeps its line number.
    lines = [...Array<string>(front.endLine).fill(''), ...lines.slice(front.endLine)];
  }
  const docs = docsSyntax(lines);
  for (const chunk of markdownChunks(docs.lines)) {
    const tree = processor.parse(chunk.text) as Root;
    for (const block of flattenTree(tree.children, [])) blocks.push(shiftBlock(block, chunk.offset));
  }
  if (docs.blocks.length === 0) return blocks;
  // Stable: blocks of one line keep their order.
  return [...blocks, ...docs.blocks].sort((a, b) => a.line - b.line);
}
