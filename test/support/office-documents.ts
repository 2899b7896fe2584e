/**
 * Makes Word documents and web pages from Markdown, for fixtures and for the test that reads the
 * seed as .docx and .html: headings become Word's Heading 1–6, list items bullets (nested by
 * level), tables Word tables, bold and links stay bold and links. Two comment markers carry what
 * Markdown cannot say: `<!-- style: Name -->` gives the next paragraph a custom Word style, and
 * `<!-- title -->` gives the next heading Word's Title style.
 */
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import type { Heading, List, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
/** A 1×1 PNG, for a picture Word documents hold and the handbook does not read. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface Runs {
  bold?: boolean;
  italics?: boolean;
}

function runs(nodes: readonly PhrasingContent[], style: Runs = {}): ParagraphChild[] {
  return nodes.flatMap((n): ParagraphChild[] => {
    switch (n.type) {
      case 'text':
        return [new TextRun({ text: n.value.replace(/\n/g, ' '), ...style })];
      case 'inlineCode':
        return [new TextRun({ text: n.value, ...style })];
      case 'strong':
        return runs(n.children, { ...style, bold: true });
      case 'emphasis':
        return runs(n.children, { ...style, italics: true });
      case 'link':
        return [new ExternalHyperlink({ link: n.url, children: runs(n.children, style) as TextRun[] })];
      case 'image':
        return [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 16, height: 16 } })];
      case 'break':
        return [new TextRun({ text: ' ' })];
      case 'html':
        return [];
      default:
        return 'children' in n ? runs(n.children as PhrasingContent[], style) : [];
    }
  });
}

const parseMarkdown = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

/** Word paragraphs and tables for mdast blocks; `level` is the list nesting (0 outside lists). */
function blocks(nodes: readonly RootContent[], level: number, marks: { style?: string; title?: boolean }): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const node of nodes) {
    const style = marks.style;
    marks.style = undefined;
    switch (node.type) {
      case 'heading': {
        const heading = marks.title ? HeadingLevel.TITLE : LEVELS[(node as Heading).depth - 1];
        marks.title = false;
        out.push(new Paragraph({ heading, children: runs(node.children) }));
        break;
      }
      case 'paragraph':
        out.push(new Paragraph({ children: runs(node.children), ...(style ? { style } : {}) }));
        break;
      case 'list':
        for (const item of (node as List).children) {
          for (const child of item.children) {
            if (child.type === 'paragraph') {
              out.push(
                new Paragraph({
                  children: runs(child.children),
                  numbering: { reference: node.ordered ? 'numbered' : 'bullets', level },
                }),
              );
            } else out.push(...blocks([child], child.type === 'list' ? level + 1 : level, marks));
          }
        }
        break;
      case 'table':
        out.push(
          new Table({
            rows: node.children.map(
              (row) =>
                new TableRow({
                  children: row.children.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell.children) })] })),
                }),
            ),
          }),
        );
        break;
      case 'blockquote':
        out.push(...blocks(node.children, level, { ...marks, style: style ?? 'Quote' }));
        break;
      case 'html': {
        const mark = /^<!--\s*(?:style:\s*(.+?)|(title))\s*-->$/.exec(node.value.trim());
        if (mark?.[1]) marks.style = mark[1].replace(/\s+/g, '');
        if (mark?.[2]) marks.title = true;
        break;
      }
      case 'thematicBreak':
        break;
      case 'code':
        for (const line of node.value.split('\n')) out.push(new Paragraph({ text: line }));
        break;
      default:
        if ('children' in node) out.push(...blocks(node.children as RootContent[], level, marks));
    }
  }
  return out;
}

/** The custom styles named in `<!-- style: … -->` markers, declared so Word (and mammoth) know their names. */
function customStyles(markdown: string) {
  const names = [...new Set([...markdown.matchAll(/<!--\s*style:\s*(.+?)\s*-->/g)].map((m) => m[1]!))];
  return names.map((name) => ({ id: name.replace(/\s+/g, ''), name, basedOn: 'Normal', run: { color: '1F4E79' } }));
}

/** A .docx made from Markdown, as Word would save it. */
export async function markdownToDocx(markdown: string): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'KPI handbook fixtures',
    styles: { paragraphStyles: customStyles(markdown) },
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [0, 1, 2, 3].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.` })),
        },
        {
          reference: 'bullets',
          levels: [0, 1, 2, 3].map((level) => ({ level, format: LevelFormat.BULLET, text: '•' })),
        },
      ],
    },
    sections: [{ children: blocks(parseMarkdown(markdown).children, 0, {}) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The HTML of Markdown's content, one block a line or more, raw HTML kept (as a help centre's editor would save it). */
export function markdownToHtml(markdown: string): string {
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .processSync(markdown);
  return String(html);
}

/** A help-centre article page around some content: header, navigation, breadcrumbs, feedback and footer. */
export function helpCentrePage(title: string, content: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title} – Help Centre</title>
  <link rel="stylesheet" href="/assets/help.css">
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Internal Docs</a>
    <nav aria-label="Main"><ul><li><a href="/guides/">Guides</a></li><li><a href="/policies/">Policies</a></li></ul></nav>
  </header>
  <div class="cookie-banner" role="dialog">We use cookies to improve your experience. <button>Accept</button></div>
  <main>
    <ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/people/">People</a></li></ol>
    <article>
${content}
    </article>
    <div class="article-votes">Was this article helpful? <button>Yes</button> <button>No</button></div>
  </main>
  <footer><p>© 2025 LowCode Internal Docs</p></footer>
</body>
</html>
`;
}
