/**
 * Parses a plain-text outline (title line, role lines, section lines, bullets) into a draft. Its
 * lines are typed by classifyLines (classify-lines.ts), made into blocks by outlineBlocks
 * (outline-blocks.ts), and read by the structure step every format shares (draftFromBlocks).
 */
import { type ClassifiedLine, classifyLines } from './classify-lines.ts';
import type { DraftDocument } from './draft.ts';
import type { Block } from './markdown-blocks.ts';
import { outlineBlocks } from './outline-blocks.ts';
import { draftFromBlocks } from './parse-markdown.ts';
import { names, type ReadingHints } from './reading-hints.ts';
import { headingKey, repeatedNames } from './structure-rules.ts';

/**
 * Heading lines whose name repeats under several roles ("Financial", "Customer" under each
 * manager of a balanced scorecard) are sections of each (structure-rules' repeated names): the
 * headings between two content-owning numbered or unrepeated headings are one parent's children.
 */
function repeatedSections(lines: readonly ClassifiedLine[]): Set<string> {
  const owners = lines.filter((l) => l.type === 'heading' && l.ownsContent && l.number === null);
  const counts = new Map<string, number>();
  for (const l of owners) counts.set(headingKey(l.text), (counts.get(headingKey(l.text)) ?? 0) + 1);
  const parents: string[][] = [[]];
  for (const l of lines) {
    if (l.type !== 'heading') continue;
    if ((counts.get(headingKey(l.text)) ?? 0) >= 2 && l.ownsContent && l.number === null) parents.at(-1)!.push(l.text);
    else parents.push([]);
  }
  return repeatedNames(parents);
}

/** An e-mail's quote marks at the start of a line: "> ", ">> ". */
const QUOTE_MARK = /^[ \t]*>(?:[ \t]?>)*[ \t]?/;

/**
 * An e-mail's lines with their quote marks taken off, where several lines are quoted: the targets
 * in a forwarded message or a reply's quoted original read as the rest of the text does.
 */
function unquoted(lines: readonly string[]): readonly string[] {
  let quoted = 0;
  for (const l of lines) if (QUOTE_MARK.test(l) && ++quoted >= 3) return lines.map((x) => x.replace(QUOTE_MARK, ''));
  return lines;
}

/** Parses outline lines; `file` is only used in messages. */
export function parseOutline(written: readonly string[], file: string, hints: ReadingHints = {}): DraftDocument {
  const lines = unquoted(written);
  // Sections are known only once every heading is: the lines are classified again knowing them,
  // so the lines above a section see it as one (a role over "Financial" owns content).
  const sections = repeatedSections(classifyLines(lines));
  for (const name of hints.sections ?? []) sections.add(headingKey(name));
  const classified = sections.size > 0 ? classifyLines(lines, sections) : classifyLines(lines);
  // An editor's hints name parts that hold no KPIs.
  for (const l of classified) if ((l.type === 'heading' || l.type === 'section') && names(hints.notKpis, l.text)) l.notKpis = true;
  const blocks = outlineBlocks(lines, classified);
  return draftFromBlocks(lines === written ? blocks : withQuoteFrames(blocks, lines, written), written, file, hints);
}

/**
 * The blocks with a chrome block for each line that held only quote marks (">"): the frame of the
 * quote, accounted for. Blocks come in line order, so one pass places each frame before the first
 * block below it.
 */
function withQuoteFrames(blocks: readonly Block[], lines: readonly string[], written: readonly string[]): Block[] {
  const out: Block[] = [];
  let next = 0;
  const frameUpTo = (line: number) => {
    for (; next < line; next++) {
      if (lines[next]!.trim() || !written[next]!.trim()) continue;
      out.push({ type: 'block', text: written[next]!.trim(), chrome: true, line: next + 1, endLine: next + 1, column: 1 });
    }
  };
  for (const b of blocks) {
    // Frames on lines above this block's line (those of lines[0 … b.line - 2]) come first.
    frameUpTo(b.line - 1);
    out.push(b);
  }
  frameUpTo(lines.length);
  return out;
}
