/**
 * Headings that a format shows without a heading style: a paragraph that is wholly bold (Word's
 * bold Normal paragraphs, `<p><strong>`), a short line in capitals ("STORE OPERATIONS") and a
 * numbered heading line ("2.1 Payroll Officer"). Each becomes a heading one level below the
 * nearest styled heading above it; capitals rank above bold, as documents use them for the
 * department over the roles, and an outline number ranks by its depth.
 */
import { CHROME_RE, clauseUnder, METADATA_RE, splitLabel } from './draft.ts';
import type { Block } from './markdown-blocks.ts';
import { headingKey, isDocumentGenreHeading, isGenreHeading, isKpiSectionHeading } from './structure-rules.ts';

/** Short, and not a sentence: no full stop, semicolon or comma at its end. */
const headingLike = (t: string): boolean => t.length > 0 && t.length <= 80 && t.split(/\s+/).length <= 12 && !/[.;,!?]$/.test(t);
/** A target or measure written in bold ("**95% within 2 days**") is no heading. */
const MEASURE = /\d\s*%|[<>≤≥]|\d\s*(?:hours?|hrs?|days?|mins?|minutes?|weeks?)\b/i;
const CAPITALS = /^(?=.*\p{Lu}{3})[^\p{Ll}]+$/u;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\p{Lu}.*)$/u;

type Inferred = { rank: 'capitals' | 'bold' } | { rank: 'numbered'; levels: number; text: string };

/** Whether a paragraph reads as a heading, and of which kind; null when it does not. */
function inferred(b: Block): Inferred | null {
  if (b.type !== 'block' || b.chrome || b.line !== b.endLine) return null;
  const t = b.text.trim();
  if (CHROME_RE.test(t) || METADATA_RE.test(t)) return null;
  const numbered = NUMBERED.exec(t);
  if (numbered && headingLike(numbered[2]!) && !/:\s+\S/.test(t)) {
    return { rank: 'numbered', levels: numbered[1]!.split('.').length, text: numbered[2]! };
  }
  if (!headingLike(t) || MEASURE.test(t)) return null;
  if (CAPITALS.test(t) && t.split(/\s+/).length <= 8) return { rank: 'capitals' };
  if (b.strong) return { rank: 'bold' };
  return null;
}

/**
 * A paragraph or list item that repeats a heading further down word for word ("4.1 Individual
 * Giving Manager" in the list at the top of a Word document, a wiki's table-of-contents macro) is
 * an entry of a table of contents: page frame.
 */
function contentsEntries(blocks: readonly Block[]): Set<Block> {
  const later = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (b.type === 'heading') later.set(headingKey(b.text), i);
  });
  const entries = new Set<Block>();
  blocks.forEach((b, i) => {
    const entry = (b.type === 'block' || b.type === 'item') && b.line === b.endLine;
    if (entry && (later.get(headingKey(b.text)) ?? -1) > i) entries.add(b);
  });
  return entries;
}

/**
 * Whether a short name (no label, no measure) is followed by a table before any other heading,
 * item or numbered paragraph, with at most two paragraphs between ("Reporting line: QC Chemistry").
 */
function headsTable(name: string, blocks: readonly Block[], at: number): boolean {
  if (!headingLike(name) || MEASURE.test(name) || /:\s+\S/.test(name)) return false;
  for (const next of blocks.slice(at + 1, at + 4)) {
    if (next.type === 'table') return true;
    if (next.type !== 'block' || NUMBERED.test(next.text.trim()) || /^\d/.test(next.text.trim())) return false;
  }
  return false;
}

/** The outline number a heading's text starts with ("B.1 Lecturer", "3.1 Programme Officer"), or null. */
const headingNumber = (text: string): string | null => /^((?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2})*)\.?\s+\S/.exec(text)?.[1] ?? null;

/** The blocks with inferred headings made headings, each placed under the styled heading above it. */
export function inferHeadings(blocks: readonly Block[]): Block[] {
  let base = 0;
  let capitals = false;
  let number: string | null = null;
  // The depth of the last bold heading that names something ("Skills Coach"): a bold "Purpose" or
  // "How we measure success" after it is a part of it, as a heading style would have shown.
  let named: number | null = null;
  const contents = contentsEntries(blocks);
  return blocks.map((b, i): Block => {
    if (contents.has(b) && 'text' in b)
      return { type: 'block', text: b.text, chrome: true, line: b.line, endLine: b.endLine, column: b.column };
    if (b.type === 'heading' && b.inferred) return { ...b, depth: Math.min(base + 1, 6) };
    if (b.type === 'heading') {
      base = b.depth;
      capitals = false;
      named = null;
      number = headingNumber(b.text);
      return b;
    }
    // "B.1.1 Module evaluation: 4.0" under the heading "B.1 Lecturer": a numbered clause, an item.
    const clause = b.type === 'block' && !b.chrome ? clauseUnder(b.text.trim(), number) : null;
    // "5.2.1 QC Analyst (Chemistry)" over a table of its own: a numbered sub-heading, not a clause.
    if (clause !== null && headsTable(clause, blocks, i))
      return { type: 'heading', depth: Math.min(base + 1, 6), text: clause, line: b.line, endLine: b.endLine, column: b.column };
    if (clause !== null)
      return { type: 'item', text: clause, label: splitLabel(clause), more: [], line: b.line, endLine: b.endLine, column: b.column };
    const found = inferred(b);
    if (!found || b.type !== 'block') return b;
    const text = (found.rank === 'numbered' ? found.text : b.text).replace(/\s*:$/, '').trim();
    if (found.rank === 'capitals') capitals = true;
    const part = found.rank === 'bold' && (isGenreHeading(text) || isKpiSectionHeading(text)) && !isDocumentGenreHeading(text);
    let depth = found.rank === 'numbered' ? base + found.levels : found.rank === 'bold' && capitals ? base + 2 : base + 1;
    if (part && named !== null) depth = named + 1;
    else if (found.rank === 'bold' && !part) named = depth;
    number = found.rank === 'numbered' ? headingNumber(b.text) : number;
    return { type: 'heading', depth: Math.min(depth, 6), text, line: b.line, endLine: b.endLine, column: b.column };
  });
}
