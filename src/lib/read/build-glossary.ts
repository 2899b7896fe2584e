/**
 * The glossary in the structure step: "Term: text" items and paragraphs, a table of terms, or
 * term sub-headings, each a definition; a bullet nested under one, or a paragraph after it, explains it further.
 */
import { diagnostic } from '../diagnostic.ts';
import { quote } from '../quote.ts';
import { claimHeader } from './build-tables.ts';
import type { ClassifiedHeading } from './classify-blocks.ts';
import { addDefinition, splitDefinition } from './draft.ts';
import { claim, claimFrame, type DraftBuilder, isChrome } from './draft-builder.ts';
import type { Block, Span } from './markdown-blocks.ts';

/** A sub-heading of a glossary names a term and the text under it defines it. */
function term(b: DraftBuilder, h: ClassifiedHeading): void {
  const body = h.content.map((block) => ('text' in block ? block.text : '')).filter(Boolean);
  const def = addDefinition(b.draft, {
    term: h.heading.text,
    text: body.join('\n\n'),
    line: h.heading.line,
    endLine: h.heading.endLine,
    column: h.heading.column,
  });
  claim(b, h.heading.line, h.heading.endLine, 'definition', def.id);
  for (const block of h.content) {
    if (block.type === 'comment') claim(b, block.line, block.endLine, 'comment', null);
    else if (isChrome(block)) claim(b, block.line, block.endLine, 'chrome', null);
    else claim(b, block.line, block.endLine, block.type === 'separator' ? 'separator' : 'definition', def.id);
  }
  for (const c of h.children) term(b, c);
}

function add(b: DraftBuilder, termText: string, text: string, s: Span): void {
  const def = addDefinition(b.draft, { term: termText, text, line: s.line, endLine: s.endLine, column: s.column });
  claim(b, s.line, s.endLine, 'definition', def.id);
}

/** Adds text to the last definition, claiming its lines for it. */
function explainLast(b: DraftBuilder, text: string, spans: readonly Span[]): void {
  const last = b.draft.definitions.at(-1)!;
  last.text = `${last.text}\n\n${text}`;
  for (const s of spans) {
    claim(b, s.line, s.endLine, 'definition', last.id);
    last.endLine = Math.max(last.endLine, s.endLine);
  }
}

/** One item or paragraph of a glossary: a term with its text, more text for the term above, or a term without text (reported). */
function entry(b: DraftBuilder, block: Extract<Block, { type: 'item' } | { type: 'block' }>): void {
  if (block.type === 'item' && block.within !== undefined && b.draft.definitions.length > 0) {
    explainLast(b, block.text, [block, ...block.more]);
    return;
  }
  const label = block.type === 'item' ? (block.label ?? splitDefinition(block.text)) : splitDefinition(block.text);
  if (label) add(b, label.name, label.description, block);
  else if (b.draft.definitions.length > 0 && block.type === 'block') {
    explainLast(b, block.text, [block]);
    return;
  } else {
    b.draft.diagnostics.push(
      diagnostic(
        'definition-without-term',
        b.file,
        block.line,
        block.column,
        `Definition ${quote(block.text)} has no "Term: text" form; it is kept with the whole text as its term.`,
      ),
    );
    add(b, block.text, '', block);
  }
  if (block.type === 'item') for (const m of block.more) claim(b, m.line, m.endLine, 'definition', b.draft.definitions.at(-1)!.id);
}

/** The glossary: "Term: text" items and paragraphs, a table of terms, or term sub-headings. */
export function definitions(b: DraftBuilder, h: ClassifiedHeading): void {
  claim(b, h.heading.line, h.heading.endLine, 'section', null);
  for (const block of h.content) {
    if (isChrome(block)) claim(b, block.line, block.endLine, 'chrome', null);
    else if (block.type === 'item' || block.type === 'block') entry(b, block);
    else if (block.type === 'table') {
      claimHeader(b, block, null);
      for (const row of block.rows.slice(1)) {
        const text = row
          .slice(1)
          .map((c) => c.text)
          .join(' ');
        add(b, row[0]?.text ?? '', text, { line: row[0]!.line, endLine: row[0]!.line, column: row[0]!.column });
      }
    } else if (!claimFrame(b, block)) claim(b, block.line, block.endLine, 'chrome', null);
  }
  for (const c of h.children) term(b, c);
}
