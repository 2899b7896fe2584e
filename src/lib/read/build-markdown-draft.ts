/**
 * The structure step's last stage: walks the classified headings in source order and builds the
 * draft — the title and introduction, groups, roles (build-role), their tables (build-tables) and
 * the glossary (build-glossary). Every block is claimed for what it became, as a span of lines
 * that accountSpans turns into line accounts.
 */
import type { SpanClaim } from './account-lines.ts';
import { definitions } from './build-glossary.ts';
import { roleContent, subheading } from './build-role.ts';
import { isRegisterTable, registerTable } from './build-tables.ts';
import type { ClassifiedBlocks, ClassifiedHeading } from './classify-blocks.ts';
import { addRole, type DraftDocument, NOT_AVAILABLE_RE } from './draft.ts';
import { claim, claimFrame, type DraftBuilder, newBuilder, outline, rowTexts } from './draft-builder.ts';
import type { Block, TableBlock } from './markdown-blocks.ts';
import type { ReadingHints } from './reading-hints.ts';

export interface MarkdownDraft {
  /** The draft, with no line accounts yet. */
  draft: DraftDocument;
  /** What each block became, in the order it was read. */
  claims: SpanClaim[];
}

/** Front matter: its title line is the title when the document has no title heading. */
function frontMatter(b: DraftBuilder, block: Extract<Block, { type: 'frontmatter' }>, titled: boolean): void {
  const title = !titled && block.title ? block.title : null;
  if (title) b.draft.title = { text: title.text, line: title.line };
  for (let l = block.line; l <= block.endLine; l++) claim(b, l, l, l === title?.line ? 'title' : 'chrome', null);
}

/** Content read as introduction: everything but separators, comments, page frame and registers adds to it. */
function introduction(b: DraftBuilder, blocks: readonly Block[], titled: boolean): void {
  for (const block of blocks) {
    if (block.type === 'frontmatter') frontMatter(b, block, titled);
    else if (claimFrame(b, block)) continue;
    else if (isRegisterTable(b, block)) registerTable(b, block as TableBlock, null);
    else {
      if (block.type === 'item' || block.type === 'block') b.draft.introduction.push(block.text);
      if (block.type === 'table') b.draft.introduction.push(...rowTexts(block.rows));
      claim(b, block.line, block.endLine, 'introduction', null);
    }
  }
}

/** A heading whose sub-headings hold roles: a department, or "Not available roles" (not staffed). */
function group(b: DraftBuilder, h: ClassifiedHeading): void {
  const hb = h.heading;
  outline(b, h, 'group');
  const roleGroup = {
    name: hb.text,
    status: NOT_AVAILABLE_RE.test(hb.text) ? ('not-available' as const) : ('active' as const),
    source: { file: b.file, line: hb.line },
  };
  b.groups.set(h, roleGroup);
  claim(b, hb.line, hb.endLine, 'group', null);
  for (const block of h.content) {
    if (claimFrame(b, block)) continue;
    if (isRegisterTable(b, block)) registerTable(b, block as TableBlock, roleGroup);
    else {
      if ('text' in block) b.draft.introduction.push(block.text);
      claim(b, block.line, block.endLine, 'group', null);
    }
  }
}

/** A table of contents or other page frame: read, accounted, not published. */
function frame(b: DraftBuilder, n: ClassifiedHeading): void {
  claim(b, n.heading.line, n.heading.endLine, 'chrome', null);
  for (const block of n.content) claim(b, block.line, block.endLine, block.type === 'comment' ? 'comment' : 'chrome', null);
  for (const c of n.children) frame(b, c);
}

/** Builds the draft from classified blocks; `file` is only used in messages and group sources. */
export function buildMarkdownDraft(doc: ClassifiedBlocks, file: string, hints: ReadingHints = {}): MarkdownDraft {
  const titled = doc.headings[0]?.kind === 'title';
  const b = newBuilder(file, hints, heading);
  function heading(h: ClassifiedHeading): void {
    const hb = h.heading;
    switch (h.kind) {
      case 'title':
      case 'introduction':
        outline(b, h, h.kind);
        if (h.kind === 'title') b.draft.title = { text: hb.text, line: hb.line };
        else b.draft.introduction.push(hb.text);
        claim(b, hb.line, hb.endLine, h.kind, null);
        introduction(b, h.content, titled);
        break;
      case 'group':
        group(b, h);
        break;
      case 'role': {
        const role = addRole(b.draft, { name: hb.text, line: hb.line, column: hb.column, group: h.group ? b.groups.get(h.group)! : null });
        outline(b, h, 'role', role.id);
        claim(b, hb.line, hb.endLine, 'role', role.id);
        roleContent(b, role, h.content, null);
        for (const c of h.children) subheading(b, role, c);
        return;
      }
      case 'definitions':
        outline(b, h, 'glossary');
        definitions(b, h);
        return;
      case 'navigation':
        outline(b, h, 'frame');
        frame(b, h);
        return;
      case 'section':
      case 'aside':
      case 'term':
        throw new Error(`A ${h.kind} heading outside a role or glossary at line ${hb.line}: classifyBlocks never makes one.`);
    }
    h.children.forEach(heading);
  }
  introduction(b, doc.preamble, titled);
  doc.headings.forEach(heading);
  return { draft: b.draft, claims: b.claims };
}
