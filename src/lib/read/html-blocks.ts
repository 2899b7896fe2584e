/**
 * HTML stage 1: finds a page's content in its hast tree, sets the page's frame aside as chrome,
 * converts the content to mdast with hast-util-to-mdast and flattens it into the same blocks the
 * Markdown parser makes, so that the Markdown stages (classify, build, account) read it unchanged.
 * Positions stay the HTML's own lines (or, for a Word document, its paragraphs).
 */
import type { Element, ElementContent, RootContent as HastContent, Root as HastRoot, Text } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import type { Nodes as MdastNodes, Root as MdastRoot, RootContent } from 'mdast';
import { type Block, flattenTree } from './markdown-blocks.ts';

/** What the visible text on a line belongs to: the content, the page's frame, or a comment. */
export type LineRegion = 'content' | 'chrome' | 'comment';

export interface HtmlBlocks {
  /** The content's blocks, in source order, with HTML line numbers. */
  blocks: Block[];
  /** Each line that holds visible text or a comment, with what that text belongs to (content wins). */
  regions: Map<number, LineRegion>;
  /** The page's `<title>`, which names the document when its content has no title heading. */
  title: { text: string; line: number } | null;
  /** Which element the content was taken from, for messages: "<main>", "<article>" or "<body>". */
  root: string;
  /** Characters of visible text in the content and in the page's frame, to tell a page that is mostly navigation. */
  contentChars: number;
  chromeChars: number;
  /** Links whose address could run code or load data (`javascript:`, `data:`); read as their text alone. */
  unsafeLinks: Array<{ line: number; column: number; href: string }>;
}

/** Elements that are never content: the page's frame, code, forms and embedded media. */
const CHROME_TAGS = new Set([
  'nav',
  'aside',
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'label',
  'dialog',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'video',
  'audio',
  'picture',
  'head',
]);
/** The page's header and footer, unless they hold a heading: an article's own header often holds its title. */
const FRAME_TAGS = new Set(['header', 'footer']);
const CHROME_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog|toolbar|menu|menubar|tablist)$/i;
/**
 * A class name or id that marks the frame: a header, footer, navigation, sidebar or breadcrumbs
 * ("site-header", "user-nav"), a cookie banner, feedback, sharing or related-articles widget, or
 * page metadata ("page-metadata", Notion's "properties"), a wiki's edit links, jump links, notices
 * and category links ("mw-editsection", "catlinks", "noprint"). Whole names only: "simple-table-header"
 * is a table's header row, not the page's.
 */
const CHROME_NAME =
  /^(?:\w+-)?(?:header|footer|nav|navbar|navigation|menu|sidebar|breadcrumbs?|banner|toc)$|^(?:breadcrumbs?|cookies?|consent|gdpr|skip|feedback|votes?|share|sharing|social|related|comments?|subscribe|newsletter|properties|meta|metadata)(?:-[\w-]+)?$|^(?:article|page)-(?:meta|metadata|votes)$|^(?:mw-)?(?:editsection(?:-[\w-]+)?|jump-link|catlinks|printfooter|indicators)$|^(?:sitesub|contentsub|sitenotice|localnotice|noprint|edit-?links?)$/i;
const HEADING = /^h[1-6]$/;
/**
 * Addresses that are safe to keep as links: web, mail, same-site paths and fragments. "//host/x"
 * and "/\\host/x" lead to another site, however much they look like paths, and are not kept.
 */
const SAFE_HREF = /^(?:https?:\/\/|mailto:|\/(?![/\\])|#|\.{0,2}\/?[\w%~-][^:\\]*$)/i;

const words = (v: unknown): string => (Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '');

function holdsHeading(node: Element): boolean {
  return node.children.some((c) => c.type === 'element' && (HEADING.test(c.tagName) || holdsHeading(c)));
}

const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col']);

/**
 * A table that lays out a page (an old intranet's left column and content cell) holds headings; it
 * is no data table, so its cells are read as the blocks they hold, in order. Nested data tables
 * (already decided, being copied first) are left as they are.
 */
function unwrapLayout(copy: Element): void {
  copy.tagName = 'div';
  const walk = (e: Element) => {
    for (const c of e.children) {
      if (c.type !== 'element' || c.tagName === 'table') continue;
      if (TABLE_PARTS.has(c.tagName)) c.tagName = 'div';
      walk(c);
    }
  };
  walk(copy);
}

/** Whether an element is page frame rather than content, wherever it is. */
function isChromeElement(node: Element): boolean {
  const p = node.properties;
  if (CHROME_TAGS.has(node.tagName)) return true;
  if (p.hidden !== undefined && p.hidden !== false) return true;
  if (String(p.ariaHidden) === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(words(p.style))) return true;
  if (CHROME_ROLES.test(words(p.role))) return true;
  const names = `${words(p.className)} ${words(p.id)}`.split(/\s+/);
  const framed = FRAME_TAGS.has(node.tagName) || names.some((n) => CHROME_NAME.test(n));
  return framed && !holdsHeading(node);
}

/** Elements with a tag name, depth first, in document order. */
function* elements(node: HastRoot | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

const isCode = (e: Element): boolean => e.tagName === 'script' || e.tagName === 'style';

/**
 * Visible characters of a subtree's text, leaving out the elements `skip` names: code by default
 * (chrome included), or the page's frame (isChromeElement).
 */
function textLength(node: HastRoot | Element, skip: (e: Element) => boolean = isCode): number {
  let n = 0;
  for (const child of node.children) {
    if (child.type === 'text') n += child.value.replace(/\s+/g, '').length;
    else if (child.type === 'element' && !skip(child)) n += textLength(child, skip);
  }
  return n;
}

/**
 * The element that holds the page's content: `<main>` (or role="main"), else its one `<article>`
 * (the longest when there are several), else `<body>`, else the whole tree (a fragment).
 */
function contentRoot(tree: HastRoot, all: readonly Element[]): { node: HastRoot | Element; name: string } {
  const main = all.find((e) => e.tagName === 'main' || words(e.properties.role) === 'main');
  const body = all.find((e) => e.tagName === 'body');
  // A saved page whose markup closes <main> early (an editor's stray </div>) leaves most of its
  // content after it: where the text outside the frame is mostly outside <main>, the body is read.
  if (main && !(body && textLength(body, isChromeElement) > 3 * textLength(main, isChromeElement)))
    return { node: main, name: `<${main.tagName}>` };
  const articles = all.filter((e) => e.tagName === 'article');
  if (articles.length > 0) {
    const longest = articles.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
    return { node: longest, name: '<article>' };
  }
  return body ? { node: body, name: '<body>' } : { node: tree, name: 'the page' };
}

/** Lines of a text's non-blank parts, from its position. */
function textLines(value: string, startLine: number): number[] {
  const out: number[] = [];
  value.split('\n').forEach((part, i) => {
    if (part.trim()) out.push(startLine + i);
  });
  return out;
}

/**
 * A text node placed on the lines of its text, not of the white space around it ("<div>\nText\n</div>"
 * is on the middle line only), so a block never claims a line that holds only tags.
 */
function trimmed(node: Text): Text {
  const p = node.position;
  const lead = /^\s*/.exec(node.value)![0];
  const trail = /\s*$/.exec(node.value)![0];
  if (!p || lead.length === node.value.length || (!lead.includes('\n') && !trail.includes('\n'))) return node;
  const leadLines = lead.split('\n').length - 1;
  const start = leadLines > 0 ? { line: p.start.line + leadLines, column: lead.length - lead.lastIndexOf('\n') } : p.start;
  const trailLines = trail.split('\n').length - 1;
  const end = trailLines > 0 ? { line: p.end.line - trailLines, column: 1 } : p.end;
  return { ...node, position: { start, end } };
}

/**
 * Copies the content root without its chrome (kept aside in `regions`), and with unsafe link
 * addresses removed; records which lines hold content, chrome or comments. Given `frameOf`, the
 * content root inside `root` (the whole page), it reads everything else in the page as its frame.
 */
function prune(root: HastRoot | Element, into: HtmlBlocks, frameOf: HastRoot | Element | null = null, bold = new Set<string>()): HastRoot {
  const mark = (line: number, region: LineRegion) => {
    const was = into.regions.get(line);
    if (was !== 'content' && !(was === 'chrome' && region === 'comment')) into.regions.set(line, region);
  };
  const visit = (nodes: readonly (HastContent | ElementContent)[], chrome: boolean, code = false, heading = false): ElementContent[] => {
    const out: ElementContent[] = [];
    for (const node of nodes) {
      if (node === frameOf) continue;
      const start = node.position?.start.line;
      if (node.type === 'text') {
        if (start !== undefined) for (const l of textLines(node.value, start)) mark(l, chrome ? 'chrome' : 'content');
        const visible = code ? 0 : node.value.replace(/\s+/g, '').length;
        if (chrome) into.chromeChars += visible;
        else into.contentChars += visible;
        if (!chrome) out.push(trimmed(node));
      } else if (node.type === 'comment') {
        if (start !== undefined) for (let l = start; l <= (node.position?.end.line ?? start); l++) mark(l, 'comment');
      } else if (node.type === 'element') {
        // An accordion's heading holds its name in a <button> (the disclosure pattern): that text is the heading's.
        const headingButton = heading && node.tagName === 'button';
        const isChrome = chrome || (isChromeElement(node) && !headingButton);
        const codeNode = isCode(node);
        const inHeading = heading || HEADING.test(node.tagName) || words(node.properties.role) === 'heading';
        // The page's <title> names the document; it is not frame text that could outweigh the content.
        const children = visit(node.children, isChrome, code || codeNode || (isChrome && node.tagName === 'title'), inHeading);
        if (codeNode && start !== undefined) for (let l = start; l <= (node.position?.end.line ?? start); l++) mark(l, 'chrome');
        if (isChrome) continue;
        const href = words(node.properties.href).trim();
        if (node.tagName === 'a' && href && !SAFE_HREF.test(href)) {
          // Only the link's text is read: the address is dropped with the element.
          into.unsafeLinks.push({ line: start ?? 0, column: node.position?.start.column ?? 0, href });
          out.push(...children);
          continue;
        }
        const copy: Element = { ...node, tagName: headingButton ? 'span' : node.tagName, properties: { ...node.properties }, children };
        // An element marked as a heading ("<div role=heading aria-level=2>") is one, at its level.
        if (words(node.properties.role) === 'heading' && !HEADING.test(node.tagName)) {
          const level = Math.min(6, Math.max(1, Number.parseInt(words(node.properties.ariaLevel), 10) || 2));
          copy.tagName = `h${level}`;
        }
        if (copy.tagName === 'table' && holdsHeading(node)) unwrapLayout(copy);
        // A table's caption names it ("Repairs Contact Centre targets"); Markdown tables have none,
        // so it is read as the paragraph before the table rather than lost.
        if (copy.tagName === 'table') {
          const caption = copy.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
          if (caption) {
            out.push({ ...caption, tagName: 'p' });
            copy.children = copy.children.filter((c) => c !== caption);
          }
        }
        // Text made bold by a style (a Google Docs export's ".c7{font-weight:700}") is bold, as <strong> is.
        if (copy.tagName === 'span' && isBold(node, bold)) copy.tagName = 'strong';
        // Event handlers are never read; dropping them keeps the copy plain.
        for (const key of Object.keys(copy.properties)) if (/^on/i.test(key)) delete copy.properties[key];
        out.push(copy);
      }
    }
    return out;
  };
  return { type: 'root', children: visit(root.children, frameOf !== null) as HastContent[] };
}

/**
 * hast-util-to-mdast gives no position to the paragraphs it makes around loose text; such a node
 * takes the extent of its children, so that every block keeps the lines its text is on.
 */
function fillPositions(node: MdastNodes): void {
  if (!('children' in node)) return;
  for (const child of node.children) fillPositions(child);
  if (node.position) return;
  const placed = node.children.filter((c) => c.position);
  if (placed.length === 0) return;
  node.position = { start: placed[0]!.position!.start, end: placed.at(-1)!.position!.end };
}

/** Drops nodes that still have no position (empty wrappers), which hold no text to account for. */
function placedOnly(nodes: readonly RootContent[]): RootContent[] {
  return nodes
    .filter((n) => n.position)
    .map((n) => ('children' in n ? ({ ...n, children: placedOnly(n.children as RootContent[]) } as RootContent) : n));
}

/** The text directly inside an element (a <title>'s or a <style>'s), without its child elements'. */
const ownText = (e: Element): string => e.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

const BOLD_DECLARATION = /font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b/i;

/**
 * The classes a page's style sheets make bold: ".c7{font-weight:700}", as Google Docs and other
 * editors export bold text, with no <strong> or <b>. Only rules with one class selector count.
 */
function boldClasses(all: readonly Element[]): Set<string> {
  const found = new Set<string>();
  for (const e of all) {
    if (e.tagName !== 'style') continue;
    const css = ownText(e);
    for (const rule of css.matchAll(/(?<=^|[}\s,])\.([\w-]+)\s*\{([^}]*)\}/g)) if (BOLD_DECLARATION.test(rule[2]!)) found.add(rule[1]!);
  }
  return found;
}

/** An element whose class or inline style makes its text bold. */
const isBold = (node: Element, bold: ReadonlySet<string>): boolean =>
  BOLD_DECLARATION.test(words(node.properties.style)) ||
  words(node.properties.className)
    .split(/\s+/)
    .some((c) => bold.has(c));

/**
 * Unhides the panels a button opens (`aria-controls`: a collapsed accordion, a tab's panel): they
 * are content the reader expands, not page frame. The tree is this reader's own parse of the page.
 */
function showDisclosed(all: readonly Element[]): void {
  const controlled = new Set(all.flatMap((e) => words(e.properties.ariaControls).split(/\s+/).filter(Boolean)));
  if (controlled.size === 0) return;
  for (const e of all) {
    if (e.properties.hidden !== undefined && controlled.has(words(e.properties.id))) delete e.properties.hidden;
  }
}

/** Each line the tree's visible text is on, with the region that text belongs to. */
export function htmlBlocks(tree: HastRoot): HtmlBlocks {
  // One walk finds the content root, the title and the style sheets.
  const all = [...elements(tree)];
  showDisclosed(all);
  const { node: root, name } = contentRoot(tree, all);
  const out: HtmlBlocks = { blocks: [], regions: new Map(), title: null, root: name, contentChars: 0, chromeChars: 0, unsafeLinks: [] };
  const titleElement = all.find((e) => e.tagName === 'title');
  const titleText = titleElement ? ownText(titleElement).replace(/\s+/g, ' ').trim() : undefined;
  if (titleElement?.position && titleText) out.title = { text: titleText, line: titleElement.position.start.line };

  // The page outside the content root is its frame: account for its text as chrome first.
  if (root !== tree) prune(tree, out, root);
  const content = prune(root, out, null, boldClasses(all));
  const mdast = toMdast(content) as MdastRoot;
  fillPositions(mdast);
  out.blocks = flattenTree(placedOnly(mdast.children), [], 'html');
  return out;
}
