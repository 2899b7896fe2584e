/**
 * Parses an HTML page (or a Word document converted to HTML) into a draft: htmlBlocks finds the
 * content and flattens it into Markdown blocks, the Markdown stages classify and build them, and
 * every other non-blank line is accounted for as chrome, a comment or markup. Several blocks may
 * share one HTML line, so a line may carry several accounts.
 */
import type { Root as HastRoot } from 'hast';
import { diagnostic } from '../diagnostic.ts';
import { plural } from '../plural.ts';
import { quote } from '../quote.ts';
import { accountSpans, type SpanClaim } from './account-lines.ts';
import { buildMarkdownDraft } from './build-markdown-draft.ts';
import { classifyBlocks } from './classify-blocks.ts';
import type { DraftDocument } from './draft.ts';
import { type HtmlBlocks, htmlBlocks } from './html-blocks.ts';
import { htmlTree, type Swallow } from './html-tree.ts';
import type { ReadingHints } from './reading-hints.ts';

export interface HtmlDraft {
  draft: DraftDocument;
  /** False when the page has no content to read at all (then the draft is empty). */
  hasContent: boolean;
  reading: HtmlBlocks;
}

/** Below this share of a page's visible text, the content is too small a part of it to trust. */
const MIN_CONTENT_SHARE = 0.25;

/**
 * Parses HTML text that is known to nest reasonably (Word's, or a test's) into a hast tree with
 * positions (the HTML's own lines and columns). A page from the seeds goes through htmlTree, with
 * the depth limit, instead.
 */
export function parseHtmlText(text: string): HastRoot {
  const read = htmlTree(text, Number.POSITIVE_INFINITY);
  if ('tooDeep' in read) throw new Error('unreachable: no depth limit');
  return read.tree;
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
  swallowed: readonly Swallow[] = [],
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
        `A link to ${quote(link.href.slice(0, 40))} could run code or lead to another site disguised as this one; its text is kept and the link dropped.`,
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
  const hiddenBy = hiddenLines(swallowed);
  lines.forEach((text, i) => {
    const line = i + 1;
    if (!text.trim() || claimed.has(line)) return;
    const region = reading.regions.get(line);
    if (hiddenBy.has(line)) accounts.push({ line, kind: 'hidden', ref: null });
    // Text of the content that no block claimed stays unaccounted, so that accountLines reports it.
    else if (region === 'content') return;
    else accounts.push({ line, kind: region === 'chrome' ? 'chrome' : region === 'comment' ? 'comment' : 'markup', ref: null });
  });
  draft.diagnostics.push(...swallowedDiagnostics(swallowed, lines, file));
  const seen = new Set<string>();
  draft.accounts = accounts.filter((a) => {
    const key = `${a.line} ${a.kind} ${a.ref}`;
    return !seen.has(key) && seen.add(key);
  });
  return { draft, hasContent: true, reading };
}

/** The lines after each unclosed element's opening line, up to the last line it holds. */
function hiddenLines(swallowed: readonly Swallow[]): Set<number> {
  const hidden = new Set<number>();
  for (const s of swallowed) for (let l = s.line + 1; l <= s.endLine; l++) hidden.add(l);
  return hidden;
}

/**
 * One warning per unclosed element, naming where it opens and how many non-blank lines it holds
 * after that: hidden, or (<xmp>, <plaintext>) shown as raw text, tags and all, instead of read.
 */
function swallowedDiagnostics(swallowed: readonly Swallow[], lines: readonly string[], file: string) {
  return swallowed.map((s) => {
    const count = lines.slice(s.line, s.endLine).filter((l) => l.trim()).length;
    const close = s.what === '<!--' ? '-->' : `</${s.what.slice(1)}`;
    return diagnostic(
      'unclosed-element',
      file,
      s.line,
      s.column,
      `${quote(s.what)} is never closed, so it hides ${count > 0 ? `the next ${plural(count, 'line')} (to line ${s.endLine})` : 'the rest of this line'} from the handbook. Close it with ${quote(close)} where it should end.`,
    );
  });
}
