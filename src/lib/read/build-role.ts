/**
 * A role in the structure step: its content (KPIs as list items or table rows, section lines,
 * notes), its sections, and the parts of the genre around KPIs under it ("Key Responsibilities"),
 * which are its notes.
 */

import { isKpiTable, isRegisterTable, kpiTable, registerTable } from './build-tables.ts';
import type { ClassifiedHeading } from './classify-blocks.ts';
import { type DraftKpi, type DraftRole, SECTION_RE } from './draft.ts';
import { claim, claimFrame, type DraftBuilder, kpi, outline, rowTexts } from './draft-builder.ts';
import type { Block, TableBlock } from './markdown-blocks.ts';

/** A line that names the list after it ("Team-level metrics:"): a section name, or a short label ending in a colon. */
const SECTION_LINE_RE = /^[^.!?]{2,60}:$/;
const namesSection = (text: string): boolean => SECTION_LINE_RE.test(text) || SECTION_RE.test(text);
const sectionName = (text: string): string => text.replace(/\s*:$/, '').trim();

/** A note's label that states its KPI's target ("Target: ≥ 80%", "FY25 target: 95%", "Standard: 2 days"). */
const TARGET_NOTE_RE =
  /^(?:(?:\S+\s+)?targets?(?:\s*\([^)]*\))?|goals?|standards?|thresholds?|minimum(?:\s+standard)?|expected(?:\s+(?:level|standard))?|metas?|objetivos?|alvo|ziel(?:wert)?|sollwert|objectifs?|cibles?|valeur\s+cible|doel(?:waarde)?|streefwaarde|norm|obiettivo|valore\s+obiettivo|mål(?:värde)?|cel|wartość\s+docelowa)$/iu;

type Item = Extract<Block, { type: 'item' }>;
/** Items by first line: the KPI they are or explain, or the section they name. */
type ItemsSeen = Map<number, { kpi: DraftKpi } | { section: string }>;

/**
 * A list item under a role: a note of the KPI it is nested under, a section naming the items
 * nested under it ("Team-level metrics:"), or a KPI.
 */
function roleItem(b: DraftBuilder, role: DraftRole, item: Item, next: Block | undefined, items: ItemsSeen, section: string | null): void {
  const parent = item.within === undefined ? undefined : items.get(item.within);
  if (parent && 'kpi' in parent) {
    parent.kpi.notes = [...(parent.kpi.notes ?? []), item.text];
    // A sub-bullet "Target: ≥ 80% of patients" states the target: it is read from there, not from the KPI's wording.
    const label = item.label;
    if (label && !parent.kpi.targetCell && TARGET_NOTE_RE.test(label.name.replace(/\*+/g, '').trim())) {
      const at = item.text.lastIndexOf(label.description);
      parent.kpi.targetCell = { text: label.description, line: item.line, column: item.column + Math.max(at, 0) };
    }
    items.set(item.line, parent);
    for (const s of [item, ...item.more]) claim(b, s.line, s.endLine, 'continuation', parent.kpi.id);
    return;
  }
  const nests = next?.type === 'item' && next.within === item.line;
  if (nests && !item.label && namesSection(item.text)) {
    const name = sectionName(item.text);
    items.set(item.line, { section: name });
    role.sections.push(name);
    for (const s of [item, ...item.more]) claim(b, s.line, s.endLine, 'section', role.id);
    return;
  }
  const fields = {
    text: item.text,
    name: item.label?.name ?? item.text,
    description: item.label?.description ?? null,
    section: parent && 'section' in parent ? parent.section : section,
    line: item.line,
    endLine: item.endLine,
    column: item.column,
  };
  items.set(item.line, { kpi: kpi(b, role, fields, item.more) });
}

/**
 * Content under a role or one of its sections: KPIs, tables of KPIs and notes. A line naming the
 * list after it is a section; items nested under a KPI explain it and are its notes, not KPIs.
 */
export function roleContent(b: DraftBuilder, role: DraftRole, blocks: readonly Block[], headingSection: string | null): void {
  let section = headingSection;
  const items: ItemsSeen = new Map();
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (block.type === 'item') roleItem(b, role, block, next, items, section);
    else if (isRegisterTable(b, block)) registerTable(b, block as TableBlock, role.group);
    else if (block.type === 'table' && isKpiTable(b, block)) kpiTable(b, role, block, section);
    else if (block.type === 'table') {
      // A table with neither a measure nor a target column (document control, a person
      // specification) describes the role: its rows are notes.
      role.notes.push(...rowTexts(block.rows));
      claim(b, block.line, block.endLine, 'role', role.id);
    } else if (claimFrame(b, block)) return;
    else if (block.type === 'block' && next?.type === 'item' && namesSection(block.text)) {
      section = sectionName(block.text);
      role.sections.push(section);
      claim(b, block.line, block.endLine, 'section', role.id);
    } else if (block.type === 'block') {
      role.notes.push(block.text);
      claim(b, block.line, block.endLine, 'role', role.id);
    }
  });
}

/**
 * A part of a role that holds no KPIs ("Key Responsibilities", "Person Specification"): its
 * heading and everything under it are the role's notes, so a duty is never read as a KPI.
 */
export function aside(b: DraftBuilder, role: DraftRole, h: ClassifiedHeading): void {
  outline(b, h, 'notes', role.id);
  role.notes.push(h.heading.text);
  claim(b, h.heading.line, h.heading.endLine, 'role', role.id);
  for (const block of h.content) {
    if (claimFrame(b, block)) continue;
    if (block.type === 'table') role.notes.push(...rowTexts(block.rows));
    else if ('text' in block) role.notes.push(block.text);
    claim(b, block.line, block.endLine, 'role', role.id);
  }
  for (const c of h.children) subheading(b, role, c);
}

/** A section of a role: its name, its KPIs and its own sections (or a glossary inside it). */
export function section(b: DraftBuilder, role: DraftRole, h: ClassifiedHeading): void {
  outline(b, h, 'section', role.id);
  role.sections.push(h.heading.text);
  claim(b, h.heading.line, h.heading.endLine, 'section', role.id);
  roleContent(b, role, h.content, h.heading.text);
  for (const c of h.children) subheading(b, role, c);
}

/** A heading under a role: a section, an aside, or a heading classified on its own. */
export function subheading(b: DraftBuilder, role: DraftRole, c: ClassifiedHeading): void {
  if (c.kind === 'section') section(b, role, c);
  else if (c.kind === 'aside') aside(b, role, c);
  else b.heading(c);
}
