/**
 * Converts a Word document (.docx) to HTML with mammoth, keeping headings, lists (with nesting),
 * tables, bold and links, and turns mammoth's warnings into notes that name the paragraph they
 * are about. Paragraphs are numbered as the document's lines: each paragraph one line, each table
 * row one line, empty paragraphs included (as blank lines), in document order.
 */
import mammoth from 'mammoth';

/**
 * Word's built-in styles that mammoth's own style map does not already read as structure. "List
 * Paragraph" is left out: numbered and bulleted paragraphs carry it, and mapping it would hide their lists.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='List Bullet'] => ul > li:fresh",
  "p[style-name='List Bullet 2'] => ul|ol > li > ul > li:fresh",
  "p[style-name='List Bullet 3'] => ul|ol > li > ul|ol > li > ul > li:fresh",
  "p[style-name='List Number'] => ol > li:fresh",
  "p[style-name='List Number 2'] => ul|ol > li > ol > li:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='No Spacing'] => p:fresh",
  "p[style-name='Body Text'] => p:fresh",
];

export interface DocxNote {
  /** The paragraph (line) the note is about, or 0 when mammoth does not say. */
  paragraph: number;
  message: string;
}

export interface DocxHtml {
  html: string;
  notes: DocxNote[];
}

/** The parts of mammoth's document model this module reads. */
interface WordElement {
  type: string;
  styleName?: string | null;
  numbering?: unknown;
  children?: WordElement[];
}

/** Numbers paragraphs and table rows in document order; notes each one's style and images. */
function paragraphsOf(document: WordElement): Array<{ styleName: string | null; images: number }> {
  const out: Array<{ styleName: string | null; images: number }> = [];
  const images = (e: WordElement): number => (e.type === 'image' ? 1 : 0) + (e.children ?? []).reduce((n, c) => n + images(c), 0);
  const walk = (e: WordElement) => {
    if (e.type === 'paragraph') out.push({ styleName: e.styleName ?? null, images: images(e) });
    else if (e.type === 'tableRow') out.push({ styleName: null, images: images(e) });
    else for (const c of e.children ?? []) walk(c);
  };
  walk(document);
  return out;
}

const UNRECOGNISED = /^Unrecognised paragraph style: '(.+?)'/;

/** Converts the bytes of a .docx; throws when they are not a Word document (mammoth's own error). */
export async function docxToHtml(bytes: Uint8Array): Promise<DocxHtml> {
  let paragraphs: ReturnType<typeof paragraphsOf> = [];
  // mammoth's Node build opens `buffer` (its browser build `arrayBuffer`); this view copies nothing.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap: STYLE_MAP,
      ignoreEmptyParagraphs: false,
      externalFileAccess: false,
      // Images are not read; an empty element keeps the output small (the default inlines them as data URIs).
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      transformDocument: (document: WordElement) => {
        paragraphs = paragraphsOf(document);
        return document;
      },
    },
  );
  const notes: DocxNote[] = [];
  const noted = new Set<string>();
  for (const m of result.messages) {
    if (noted.has(m.message)) continue;
    noted.add(m.message);
    const style = UNRECOGNISED.exec(m.message)?.[1];
    const at = style ? paragraphs.findIndex((p) => p.styleName === style) + 1 : 0;
    notes.push({
      paragraph: at,
      message: style
        ? `Word style ${JSON.stringify(style)} is not one the handbook knows; its paragraphs are read as plain text. Use Heading 1–6 for roles and list styles for KPIs.`
        : `Word converter: ${m.message}.`,
    });
  }
  paragraphs.forEach((p, i) => {
    if (p.images > 0)
      notes.push({
        paragraph: i + 1,
        message: `This paragraph holds ${p.images === 1 ? 'an image' : `${p.images} images`}, which the handbook does not read; write any KPI it shows as text.`,
      });
  });
  return { html: result.value, notes: notes.sort((a, b) => a.paragraph - b.paragraph) };
}
