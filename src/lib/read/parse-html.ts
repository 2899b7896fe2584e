/**
 * Parses an HTML page (or a Word document converted to HTML) into a draft: htmlBlocks finds the
 * content and flattens it into Markdown blocks, the Markdown stages classify and build them, and
 * every other non-blank line is accounted for as chrome, a comment or markup. Several blocks may
 * share one HTML line, so a line may carry several accounts.
 */
import type { Root as HastRoot } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { diagnostic } from '../diagnostic.ts';
import { quote } from '../quote.ts';
import { accountSpans, type SpanClaim } from './account-lines.ts';
import { buildMarkdownDraft } from './build-markdown-draft.ts';
import { classifyBlocks } from './classify-blocks.ts';
import type { DraftDocument } from './draft.ts';
import { type HtmlBlocks, htmlBlocks } from './html-blocks.ts';
import type { ReadingHints } from './reading-hints.ts';

export interface HtmlDraft {
  draft: DraftDocument;
  /** False when the page has no content to read at all (then the draft is empty). */
  hasContent: boolean;
  reading: HtmlBlocks;
}

/** Below this share of a page's visible text, the content is too small a part of it to trust. */
const MIN_CONTENT_SHARE = 0.25;

const processor = unified().use(rehypeParse);

/** Parses HTML text into a hast tree with positions (the HTML's own lines and columns). */
export function parseHtmlText(text: string): HastRoot {
  return processor.parse(text) as HastRoot;
}

/**
 * Reads a hast tree whose positions are `lines`' numbers; `kind` names the input in messages
 * ("page" or "Word document").
 */
export function parseHtmlTree(
  tree: HastRoot,
  lines: readonly string[],
  file: string,
  kind: 'page' | 'Word document',
  hints: ReadingHints = {},
): HtmlDraft {
  const reading = htmlBlocks(tree);
  const { draft, claims } = buildMarkdownDraft(classifyBlocks(reading.blocks, hints), file, hints);
  if (reading.contentChars === 0) {
    draft.diagnostics.push(
      diagnostic(
        'html-no-content',
        file,
        0,
        0,
        kind === 'page'
          ? `No content found: ${reading.root} holds no text outside navigation, scripts and page frame. Save the article itself (not the site's start page), or copy its text into a .md file.`
          : 'No text found in this Word document. Check that it is the right file and that its text is not all in images or text boxes.',
      ),
    );
    return { draft, hasContent: false, reading };
  }
  const all = reading.contentChars + reading.chromeChars;
  if (kind === 'page' && reading.contentChars < MIN_CONTENT_SHARE * all) {
    const share = Math.round((100 * reading.chromeChars) / all);
    draft.diagnostics.push(
      diagnostic(
        'html-mostly-chrome',
        file,
        0,
        0,
        `${share}% of this page's text is navigation or page frame, read from ${reading.root}; check on its source page that every role and KPI was read, or save the article's content alone.`,
      ),
    );
  }
  for (const link of reading.unsafeLinks) {
    draft.diagnostics.push(
      diagnostic(
        'unsafe-link-removed',
        file,
        link.line,
        link.column,
        `A link to ${quote(link.href.slice(0, 40))} could run code; its text is kept and the link dropped.`,
      ),
    );
  }
  const extra: SpanClaim[] = [];
  if (!draft.title && reading.title) {
    draft.title = { ...reading.title };
    extra.push({ line: reading.title.line, endLine: reading.title.line, kind: 'title', ref: null });
  }
  const accounts = accountSpans([...claims, ...extra], lines);
  const claimed = new Set(accounts.map((a) => a.line));
  lines.forEach((text, i) => {
    const line = i + 1;
    if (!text.trim() || claimed.has(line)) return;
    const region = reading.regions.get(line);
    // Text of the content that no block claimed stays unaccounted, so that accountLines reports it.
    if (region === 'content') return;
    accounts.push({ line, kind: region === 'chrome' ? 'chrome' : region === 'comment' ? 'comment' : 'markup', ref: null });
  });
  const seen = new Set<string>();
  draft.accounts = accounts.filter((a) => {
    const key = `${a.line} ${a.kind} ${a.ref}`;
    return !seen.has(key) && seen.add(key);
  });
  return { draft, hasContent: true, reading };
}
