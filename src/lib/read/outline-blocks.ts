/**
 * The plain-text outline as blocks, like every other format, so that one structure step
 * (classify-blocks → build-markdown-draft) reads them all. classify-lines says what each line is;
 * this module joins the lines that continue an item or a paragraph, nests bullets by their indent,
 * and gives each heading line a level from the evidence plain text shows:
 *
 * - the title, the first heading-like line before any content that owns none, is level 1;
 * - a numbered heading is one level per part of its number ("2." is 2, "2.1" is 3);
 * - a group line (capitals over a role, "Not Available Roles") is level 2;
 * - the glossary heading is level 2;
 * - a section line ("Team KPIs", a name repeated under several roles), a KPI-section heading, or
 *   a heading of the genre around KPIs ("Main duties") is one level below the heading above it
 *   that may be a role;
 * - a heading about the whole document ("Version history", "Appendix A") is level 2;
 * - any other heading line is one level below the nearest title, group or numbered heading, so
 *   the roles of one document sit side by side.
 */
import { alignedTables } from './aligned-tables.ts';
import { type ClassifiedLine, LOWER_START_RE } from './classify-lines.ts';
import { clauseUnder, METADATA_RE, splitDefinition, splitLabel, splitLeader } from './draft.ts';
import type { Block, Span } from './markdown-blocks.ts';
import { isDocumentGenreHeading, isGenreHeading, isKpiSectionHeading } from './structure-rules.ts';

/** A group line names a set of roles rather than a role ("Not Available Roles", "Open positions"). */
const GROUP_CUE_RE = /\b(?:roles|positions|departments|areas)\s*:?$|^not\s+available\b/i;

/**
 * A heading in capitals ("SALES", "CUSTOMER SUCCESS") over a role heading names a department; it
 * needs a word of four or more letters, so an acronym role with no KPIs ("CEO" above "CTO") is not one.
 */
const isCapitals = (t: string): boolean => /\p{Lu}{4}/u.test(t) && !/\p{Ll}/u.test(t);

/** A line of document details: "Prepared by … · Version 3", or a short "Label: value" field. */
const isField = (t: string): boolean => METADATA_RE.test(t) || /^[^:]{1,40}:\s+\S/.test(t);
/** A short capitalised label and its value ("Target: ≥ 95%", "Meta: até 2%", "Data source: CRM"). */
const ITEM_FIELD = /^\p{Lu}[\p{L}.]*(?:[ \t][\p{L}.()/-]+){0,2}:\s+\S/u;
/** An item's text that stops mid-phrase ("paid within terms,", "rooms booked and"), so the next line must go on with it. */
const UNFINISHED_RE = /(?:[,;:&–—-]|\b(?:and|or|of|to|the|a|an|with|for|in|on|by|per))$/i;

type Item = Extract<Block, { type: 'item' }>;
type Paragraph = Extract<Block, { type: 'block' }>;

/** The levels met so far: the base that plain headings sit one below, and the heading that may be a role. */
interface Levels {
  /** Level of the nearest title, group or numbered heading (0 before any). */
  base: number;
  /** Level of the last heading that may be a role, or null after a group or the glossary. */
  role: number | null;
  /** The last heading that may be a role was numbered ("1.1 Account Executive"). */
  roleNumbered: boolean;
  /** The number of the last numbered heading ("3.1"), so "3.1.2 Latrine coverage: 80%" under it is one of its items. */
  number: string | null;
  /** A heading line has been met. */
  seenHeading: boolean;
  /** Content (an item or a paragraph) has been met. */
  seenContent: boolean;
  /** Under the glossary heading, where a heading-like "Term – text" line is a definition. */
  glossary: boolean;
}

/** The lines of a plain-text outline as blocks; `classified` is classifyLines' reading of `lines`. */
export function outlineBlocks(lines: readonly string[], classified: readonly ClassifiedLine[]): Block[] {
  const blocks: Block[] = [];
  const levels: Levels = {
    base: 0,
    role: null,
    roleNumbered: false,
    number: null,
    seenHeading: false,
    seenContent: false,
    glossary: false,
  };
  /** The open item or paragraph that a following line may continue, with its indent. */
  let open: { block: Item | Paragraph; indent: number } | null = null;
  /** Open items by indent, outermost first, for nesting. */
  let list: { indent: number; line: number }[] = [];
  const after = nextContent(classified);
  // Tables laid out in columns of spaces are read as tables, whatever their lines look like alone.
  const tables = alignedTables(lines);
  let inTable = 0;
  for (const l of classified) {
    const table = tables.get(l.line);
    if (table) {
      blocks.push(table);
      inTable = table.endLine;
      open = null;
      list = [];
    }
    if (l.line <= inTable) continue;
    if (l.type === 'blank' || l.type === 'chrome') {
      if (l.type === 'chrome') blocks.push({ type: 'block', text: l.text, chrome: true, line: l.line, endLine: l.line, column: l.column });
      open = null;
      continue;
    }
    // "   Target: ≥ 95%" indented under an item that has finished its phrase: a field of the item,
    // nested under it as a sub-bullet would be, not more words of its name.
    const field = open !== null && isItemField(open, l);
    const asItem = l.type === 'bullet' || field || numberedItem(l, levels) || numberedUnder(l, levels.number);
    if (open && !asItem && continues(open, l)) {
      extend(open.block, l);
      continue;
    }
    open = null;
    if (asItem) {
      const item = itemOf(l, lines[l.line - 1]!, list);
      list = list.filter((o) => o.indent < l.indent);
      list.push({ indent: l.indent, line: l.line });
      blocks.push(item);
      open = { block: item, indent: l.indent };
      levels.seenContent = true;
    } else if (l.type === 'prose' || (levels.glossary && l.type !== 'definitions' && l.number === null && splitDefinition(l.text))) {
      const p: Paragraph = { type: 'block', text: l.text, line: l.line, endLine: l.line, column: l.column };
      blocks.push(p);
      open = { block: p, indent: l.indent };
      list = [];
      if (levels.seenHeading) levels.seenContent = true;
    } else {
      blocks.push({
        type: 'heading',
        depth: levelOf(l, after.get(l) ?? null, levels),
        text: l.text.replace(/\s*:$/, ''),
        line: l.line,
        endLine: l.line,
        column: l.column,
      });
      list = [];
    }
  }
  return blocks;
}

/**
 * Whether line `l` is a field of the open item ("Target: ≥ 95%" indented under it, once its phrase
 * is finished), or the next field after one ("Weight: 30%" under "Target: …").
 */
function isItemField(open: { block: Item | Paragraph; indent: number }, l: ClassifiedLine): boolean {
  if (open.block.type !== 'item' || l.type === 'bullet' || !ITEM_FIELD.test(l.text)) return false;
  if (l.indent > open.indent) return !UNFINISHED_RE.test(open.block.text);
  return l.indent === open.indent && open.block.within !== undefined && ITEM_FIELD.test(open.block.text);
}

/**
 * Whether line `l` continues the open item or paragraph: it is indented past it, or it starts in
 * lower case or the line above had not ended its sentence. Exports without blank lines put
 * headings right under items, so a numbered heading, a section or glossary heading, or a
 * capitalised heading that owns bullets after a finished phrase, starts a block of its own.
 */
function continues(open: { block: Item | Paragraph; indent: number }, l: ClassifiedLine): boolean {
  if (l.type === 'bullet') return false;
  // A field ("Status: Draft", "Prepared by …") is a line of its own, as is the line after it.
  if (open.block.type === 'block' && (isField(open.block.text) || isField(l.text))) return false;
  if (l.indent > open.indent) return true;
  if (!l.joinsAbove) return false;
  const ownLine =
    l.number !== null ||
    l.type === 'section' ||
    l.type === 'definitions' ||
    (l.type === 'heading' && l.ownsContent && !LOWER_START_RE.test(l.text) && !UNFINISHED_RE.test(open.block.text));
  return !ownLine;
}

/**
 * A one-level numbered line with items right under it ("1. Customer Satisfaction" over "- measured
 * by survey"), under a role named without a number: the role's first numbered KPI, not a numbered
 * role, since documents number all their role headings or none.
 */
const numberedItem = (l: ClassifiedLine, s: Levels): boolean =>
  l.type === 'heading' &&
  l.number !== null &&
  !l.number.includes('.') &&
  !l.ownsNumbered &&
  l.ownsContent &&
  s.role !== null &&
  !s.roleNumbered;

/** A line that is no heading but a clause numbered under the numbered heading above it (see clauseUnder). */
function numberedUnder(l: ClassifiedLine, number: string | null): boolean {
  if (l.number !== null || (l.type !== 'prose' && l.type !== 'heading')) return false;
  return clauseUnder(l.text, number) !== null;
}

/** Adds a continuation line to an item or paragraph; an item's label is read again from the whole text. */
function extend(block: Item | Paragraph, l: ClassifiedLine): void {
  block.text = `${block.text} ${l.text}`;
  block.endLine = l.line;
  if (block.type === 'item') block.label = splitLabel(block.text);
}

/** A bullet (or a numbered line read as one) as an item, nested under the open item it is indented past. */
function itemOf(l: ClassifiedLine, raw: string, list: readonly { indent: number; line: number }[]): Item {
  // A numbered line that the classifier took for a heading is an item with its number dropped, as Markdown drops it.
  const text = l.type === 'bullet' ? l.text : raw.trim().replace(/^\d{1,3}(?:\.\d{1,2})*[.)]?\s+/, '');
  const column = l.type === 'bullet' ? l.column : raw.indexOf(text) + 1;
  const parent = [...list].reverse().find((o) => o.indent < l.indent);
  const more: Span[] = [];
  return {
    type: 'item',
    text,
    label: splitLabel(text) ?? splitLeader(text),
    more,
    line: l.line,
    endLine: l.line,
    column,
    ...(parent ? { within: parent.line } : {}),
  };
}

/** Each line's next line that is neither blank nor chrome. */
function nextContent(lines: readonly ClassifiedLine[]): Map<ClassifiedLine, ClassifiedLine> {
  const next = new Map<ClassifiedLine, ClassifiedLine>();
  let seen: ClassifiedLine | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (seen) next.set(l, seen);
    if (l.type !== 'blank' && l.type !== 'chrome') seen = l;
  }
  return next;
}

/**
 * The title: the first heading line, before any content, that owns no items; a subtitle naming the
 * KPIs under it ("Property Leadership – Key Performance Indicators" over more heading lines) does not count as items.
 */
function isTitle(l: ClassifiedLine, next: ClassifiedLine | null): boolean {
  if (l.number !== null || (l.type !== 'heading' && l.type !== 'section') || isGenreHeading(l.text)) return false;
  return !l.ownsContent || (next?.type === 'section' && !next.ownsContent);
}

/** The level of a heading line (see the module comment); updates what later lines are placed under. */
function levelOf(l: ClassifiedLine, next: ClassifiedLine | null, s: Levels): number {
  const first = !s.seenHeading && !s.seenContent;
  s.seenHeading = true;
  if (first && isTitle(l, next)) {
    s.base = 1;
    return 1;
  }
  s.glossary = l.type === 'definitions';
  if (l.number !== null) {
    const depth = Math.min(l.number.split('.').length + 1, 6);
    s.base = depth;
    s.role = l.type === 'definitions' ? null : depth;
    s.roleNumbered = true;
    s.number = l.number;
    return depth;
  }
  if (l.type === 'definitions') {
    s.role = null;
    return 2;
  }
  const underRole = s.role !== null && !isDocumentGenreHeading(l.text);
  if (underRole && (l.type === 'section' || isKpiSectionHeading(l.text) || isGenreHeading(l.text) || l.notKpis))
    return Math.min(s.role! + 1, 6);
  if (!l.ownsContent && (GROUP_CUE_RE.test(l.text) || (l.ownsRole && isCapitals(l.text)))) {
    s.base = 2;
    s.role = null;
    return 2;
  }
  // "Version history", "Appendix A": about the whole document, so one level below its title.
  if (isDocumentGenreHeading(l.text)) {
    s.role = null;
    return 2;
  }
  const depth = Math.min(Math.max(s.base, 1) + 1, 6);
  s.role = depth;
  s.roleNumbered = false;
  return depth;
}
