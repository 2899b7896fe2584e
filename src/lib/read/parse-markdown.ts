/**
 * Parses a Markdown KPI document into a draft: the title, an introduction, role groups, roles as
 * headings at any level (also inside list items), KPIs as list items or GFM table rows, and a
 * definitions section. Four stages, each in its own module:
 *
 * 1. markdownBlocks (markdown-blocks.ts): mdast tree, parsed in chunks, flattened to blocks;
 * 2. classifyBlocks (classify-blocks.ts): blocks nested under headings, each heading classified;
 * 3. buildMarkdownDraft (build-markdown-draft.ts): KPIs attached to roles, claims on line spans;
 * 4. accountSpans (account-lines.ts): the claims as one account per non-blank line.
 */
import { accountSpans } from './account-lines.ts';
import { buildMarkdownDraft } from './build-markdown-draft.ts';
import { classifyBlocks } from './classify-blocks.ts';
import type { DraftDocument } from './draft.ts';
import { type Block, markdownBlocks } from './markdown-blocks.ts';
import type { ReadingHints } from './reading-hints.ts';

/** The structure step over any producer's blocks: classified, built into a draft, each line accounted. */
export function draftFromBlocks(blocks: readonly Block[], lines: readonly string[], file: string, hints: ReadingHints = {}): DraftDocument {
  const { draft, claims } = buildMarkdownDraft(classifyBlocks(blocks, hints), file, hints);
  draft.accounts = accountSpans(claims, lines);
  return draft;
}

/** Parses Markdown text (already normalised) into a draft; `file` is only used in messages. */
export function parseMarkdown(text: string, file: string, hints: ReadingHints = {}): DraftDocument {
  const lines = text.split('\n');
  return draftFromBlocks(markdownBlocks(lines), lines, file, hints);
}
