/**
 * Docs-as-code syntax that CommonMark does not know, read before the Markdown parser sees the text:
 *
 * - tabs: MkDocs Material's `=== "Engineering"` and Docusaurus' `<TabItem label="Engineering">`
 *   are headings one level below the heading above them (infer-headings), and their indented
 *   content is read as if it were not indented (it would otherwise be a code block);
 * - admonitions: `!!! note "Title"` / `??? tip` with their indented body, and `:::tip … :::`,
 *   are notes: one paragraph each, never a role and never KPIs;
 * - MDX lines that only structure the page (`import Tabs from …`, `<Tabs>`, `</TabItem>`) are markup.
 *
 * Lines are blanked or dedented, never removed, so every block keeps its line number.
 */
import type { Block } from './markdown-blocks.ts';

export interface DocsSyntax {
  /** The text for the Markdown parser: tab and admonition lines blanked, tab content dedented. */
  lines: string[];
  /** Tab headings, admonition notes and markup lines, in line order. */
  blocks: Block[];
}

const MKDOCS_TAB = /^(\s*)===\+?\s+"([^"]+)"\s*$/;
const MKDOCS_ADMONITION = /^(\s*)(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+"([^"]*)")?\s*$/;
const DOCUSAURUS_ADMONITION = /^\s*:::\s*([\w-]+)(?:\s+(.*?))?\s*$/;
const DOCUSAURUS_CLOSE = /^\s*:::\s*$/;
const TAB_ITEM = /^(\s*)<TabItem\b[^>]*?\blabel=(?:"([^"]*)"|'([^']*)'|\{["'`]([^"'`]*)["'`]\})[^>]*>\s*$/;
const TAB_ITEM_CLOSE = /^\s*<\/TabItem>\s*$/;
const MDX_MARKUP = /^\s*(?:import\s+\w+(?:\s*,\s*\{[^}]*\})?\s+from\s+['"][^'"]+['"];?|<\/?Tabs\b[^>]*>)\s*$/;

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isBlank = (line: string): boolean => line.trim() === '';

/** The last line of an indented body after line `i` (0-based): lines indented past `indent`, and blank lines between them. */
function indentedEnd(lines: readonly string[], i: number, indent: number): number {
  let end = i;
  for (let k = i + 1; k < lines.length; k++) {
    if (isBlank(lines[k]!)) continue;
    if (indentOf(lines[k]!) <= indent) break;
    end = k;
  }
  return end;
}

/** Removes up to `by` leading spaces from lines `from`..`to` (0-based, inclusive). */
function dedent(lines: string[], from: number, to: number, by: number): void {
  for (let k = from; k <= to; k++) lines[k] = lines[k]!.replace(new RegExp(`^ {0,${by}}`), '');
}

/** A note block of lines `from`..`to` (0-based), its text the lines' words; the lines are blanked for the parser. */
function note(lines: string[], from: number, to: number, title: string): Block {
  const body = lines
    .slice(from + 1, to + 1)
    .map((l) => l.trim())
    .filter((l) => l && !DOCUSAURUS_CLOSE.test(l));
  for (let k = from; k <= to; k++) lines[k] = '';
  const text = [title.trim(), ...body].filter(Boolean).join(' ');
  return { type: 'block', text, line: from + 1, endLine: to + 1, column: 1 };
}

/** Reads tabs, admonitions and MDX markup out of Markdown lines (see the module comment). */
export function docsSyntax(source: readonly string[]): DocsSyntax {
  const lines = [...source];
  const blocks: Block[] = [];
  const heading = (i: number, text: string): Block => ({
    type: 'heading',
    depth: 0,
    inferred: true,
    text: text.trim(),
    line: i + 1,
    endLine: i + 1,
    column: indentOf(source[i]!) + 1,
  });
  // Admonitions first, so their fences and bodies (at the margin in Docusaurus) do not count in a tab's indent.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const mkdocs = MKDOCS_ADMONITION.exec(line);
    if (mkdocs) {
      const end = indentedEnd(lines, i, mkdocs[1]!.length);
      blocks.push(note(lines, i, end, mkdocs[2] ?? ''));
      i = end;
      continue;
    }
    const docusaurus = DOCUSAURUS_ADMONITION.exec(line);
    const close = docusaurus && !DOCUSAURUS_CLOSE.test(line) ? lines.findIndex((l, k) => k > i && DOCUSAURUS_CLOSE.test(l)) : -1;
    if (close > i) {
      blocks.push(note(lines, i, close, docusaurus![2] ?? ''));
      i = close;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = MKDOCS_TAB.exec(line);
    if (tab) {
      blocks.push(heading(i, tab[2]!));
      lines[i] = '';
      dedent(lines, i + 1, indentedEnd(lines, i, tab[1]!.length), tab[1]!.length + 4);
      continue;
    }
    const item = TAB_ITEM.exec(line);
    if (item) {
      blocks.push(heading(i, item[2] ?? item[3] ?? item[4] ?? ''));
      lines[i] = '';
      const close = lines.findIndex((l, k) => k > i && TAB_ITEM_CLOSE.test(l));
      const end = close < 0 ? lines.length - 1 : close - 1;
      const body = lines.slice(i + 1, end + 1).filter((l) => !isBlank(l));
      dedent(lines, i + 1, end, Math.min(...body.map(indentOf), Number.MAX_SAFE_INTEGER));
      continue;
    }
    if (MDX_MARKUP.test(line) || TAB_ITEM_CLOSE.test(line)) {
      blocks.push({ type: 'comment', line: i + 1, endLine: i + 1, column: 1 });
      lines[i] = '';
    }
  }
  blocks.sort((x, y) => x.line - y.line);
  return { lines, blocks };
}
