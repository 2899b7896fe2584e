/**
 * Parses a Markdown KPI document (remark-parse + remark-gfm) into a draft: the title, an
 * introduction, role groups, roles as headings at any level (also inside list items), KPIs as
 * list items or GFM table rows, and a definitions section.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { diagnostic } from '../diagnostic.ts';
import { quote } from '../quote.ts';
import type { LineKind, RoleGroup } from '../schema.ts';
import {
  DEFINITIONS_RE,
  type DraftDocument,
  type DraftKpi,
  type DraftRef,
  type DraftRole,
  emptyDraft,
  NOT_AVAILABLE_RE,
  SECTION_RE,
  splitLabel,
} from './draft.ts';

interface Span {
  line: number;
  endLine: number;
  column: number;
}
interface Cell extends Span {
  text: string;
}
type Event =
  | (Span & { type: 'heading'; depth: number; text: string })
  | (Span & { type: 'item'; text: string; label: { name: string; description: string } | null; more: Span[] })
  | (Span & { type: 'block'; text: string })
  | (Span & { type: 'table'; rows: Cell[][] })
  | (Span & { type: 'separator' })
  | (Span & { type: 'comment' });

interface HeadingNode {
  ev: Extract<Event, { type: 'heading' }>;
  children: HeadingNode[];
  content: Event[];
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

function span(node: Nodes): Span {
  const p = node.position!;
  return { line: p.start.line, endLine: p.end.line, column: p.start.column };
}

/** Reads a bold label at the start of a paragraph ("**Term**: text"), else a plain "Term: text". */
function readLabel(paragraph: Paragraph, text: string): { name: string; description: string } | null {
  const first = paragraph.children[0];
  if (first?.type === 'strong') {
    const name = oneLine(nodeText(first)).replace(/:$/, '').trim();
    const description = text.slice(oneLine(nodeText(first)).length).replace(/^\s*[:–—-]?\s*/, '');
    if (name && description) return { name, description };
  }
  return splitLabel(text);
}

/** Flattens the tree into block events in source order, descending into list items. */
function flatten(nodes: readonly RootContent[], out: Event[]): Event[] {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.push({ type: 'heading', depth: (node as Heading).depth, text: oneLine(nodeText(node)), ...span(node) });
        break;
      case 'list':
        for (const item of (node as List).children) flattenItem(item, out);
        break;
      case 'table':
        out.push({ type: 'table', rows: tableRows(node as Table), ...span(node) });
        break;
      case 'thematicBreak':
        out.push({ type: 'separator', ...span(node) });
        break;
      case 'html': {
        const value = node.value.trim();
        if (/^<hr\b[^>]*>$/i.test(value)) out.push({ type: 'separator', ...span(node) });
        else if (/^<!--[\s\S]*-->$/.test(value)) out.push({ type: 'comment', ...span(node) });
        else out.push({ type: 'block', text: oneLine(value.replace(/<[^>]+>/g, ' ')), ...span(node) });
        break;
      }
      case 'code':
        out.push({ type: 'block', text: node.value, ...span(node) });
        break;
      default:
        out.push({ type: 'block', text: oneLine(nodeText(node)), ...span(node) });
    }
  }
  return out;
}

function flattenItem(item: ListItem, out: Event[]): void {
  if (item.children.length === 0) {
    out.push({ type: 'separator', ...span(item) });
    return;
  }
  let current: Extract<Event, { type: 'item' }> | null = null;
  for (const child of item.children) {
    if (child.type === 'paragraph' && !current) {
      const text = oneLine(nodeText(child));
      current = { type: 'item', text, label: readLabel(child, text), more: [], ...span(child) };
      out.push(current);
    } else if (child.type === 'paragraph' && current) {
      current.text = `${current.text} ${oneLine(nodeText(child))}`;
      current.more.push(span(child));
    } else {
      flatten([child], out);
    }
  }
}

function tableRows(table: Table): Cell[][] {
  return table.children.map((row) => row.children.map((cell) => ({ text: oneLine(nodeText(cell)), ...span(cell) })));
}

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * micromark's time grows faster than linearly with document size, so the text is parsed in
 * chunks cut before each level-1 or level-2 ATX heading at column 0 outside fenced code. Such a
 * heading closes every open block in CommonMark, so each chunk parses exactly as it would in place.
 */
function chunks(lines: readonly string[]): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let start = 0;
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      continue;
    }
    if (!fence && i > start && /^#{1,2}(?:\s|$)/.test(line)) {
      out.push({ text: lines.slice(start, i).join('\n'), offset: start });
      start = i;
    }
  }
  out.push({ text: lines.slice(start).join('\n'), offset: start });
  return out;
}

/** Moves an event parsed from a chunk to its line numbers in the whole document. */
function shift<E extends Event>(ev: E, offset: number): E {
  if (offset === 0) return ev;
  const move = <S extends Span>(sp: S): S => ({ ...sp, line: sp.line + offset, endLine: sp.endLine + offset });
  const moved = move(ev) as E;
  if (moved.type === 'item') moved.more = moved.more.map(move);
  if (moved.type === 'table') moved.rows = moved.rows.map((row) => row.map(move));
  return moved;
}

const KPI_COLUMN = /^(?:kpis?|metrics?|key performance indicators?|indicators?|measures?|name)\b/i;
const TARGET_COLUMN = /^(?:targets?|goals?|thresholds?|objectives?)\b/i;
const DESCRIPTION_COLUMN = /^(?:descriptions?|definitions?|details|how (?:it is )?measured|notes?)\b/i;

/** Parses Markdown text (already normalised) into a draft; `file` is only used in messages. */
export function parseMarkdown(text: string, file: string): DraftDocument {
  const draft = emptyDraft();
  const lines = text.split('\n');
  const events: Event[] = [];
  for (const chunk of chunks(lines)) {
    const tree = processor.parse(chunk.text) as Root;
    for (const ev of flatten(tree.children, [])) events.push(shift(ev, chunk.offset));
  }

  const account = (from: number, to: number, kind: LineKind, ref: DraftRef) => {
    for (let l = from; l <= to; l++) if (lines[l - 1]?.trim()) draft.accounts.push({ line: l, kind, ref });
  };

  // Build the heading tree; content before the first heading hangs on the root.
  const root: HeadingNode = { ev: { type: 'heading', depth: 0, text: '', line: 0, endLine: 0, column: 0 }, children: [], content: [] };
  const stack: HeadingNode[] = [root];
  for (const ev of events) {
    if (ev.type === 'heading') {
      while (stack.length > 1 && stack.at(-1)!.ev.depth >= ev.depth) stack.pop();
      const node: HeadingNode = { ev, children: [], content: [] };
      stack.at(-1)!.children.push(node);
      stack.push(node);
    } else {
      stack.at(-1)!.content.push(ev);
    }
  }

  const hasKpiContent = (n: HeadingNode) => n.content.some((e) => e.type === 'item' || e.type === 'table');
  const isDefinitions = (n: HeadingNode) => DEFINITIONS_RE.test(n.ev.text);
  const isRoleLike = (n: HeadingNode): boolean =>
    !isDefinitions(n) &&
    (hasKpiContent(n) || (n.children.length > 0 && n.children.every((c) => SECTION_RE.test(c.ev.text) && !isDefinitions(c))));
  const holdsRoles = (n: HeadingNode): boolean => n.children.some((c) => isRoleLike(c) || holdsRoles(c));

  /** Everything under a heading that is neither a role nor a group reads as introduction. */
  const introduction = (n: HeadingNode, withHeading: boolean) => {
    if (withHeading) {
      draft.introduction.push(n.ev.text);
      account(n.ev.line, n.ev.endLine, 'introduction', null);
    }
    for (const ev of n.content) {
      if (ev.type === 'separator') account(ev.line, ev.endLine, 'separator', null);
      else if (ev.type === 'comment') account(ev.line, ev.endLine, 'chrome', null);
      else {
        if (ev.type === 'item' || ev.type === 'block') draft.introduction.push(ev.text);
        if (ev.type === 'table') draft.introduction.push(...ev.rows.map((r) => r.map((c) => c.text).join(' | ')));
        account(ev.line, ev.endLine, 'introduction', null);
      }
    }
    for (const c of n.children) visit(c, null);
  };

  const addKpi = (roleIndex: number, role: DraftRole, kpi: DraftKpi, more: Span[] = []) => {
    role.kpis.push(kpi);
    const ref = { role: roleIndex, kpi: role.kpis.length - 1 };
    account(kpi.line, kpi.line, 'kpi', ref);
    account(kpi.line + 1, kpi.endLine, 'continuation', ref);
    for (const m of more) account(m.line, m.endLine, 'continuation', ref);
  };

  const kpiTable = (roleIndex: number, role: DraftRole, ev: Extract<Event, { type: 'table' }>, section: string | null) => {
    const [header = [], ...body] = ev.rows;
    const col = (re: RegExp) => header.findIndex((c) => re.test(c.text));
    const kpiCol = col(KPI_COLUMN);
    const targetCol = col(TARGET_COLUMN);
    const descCol = col(DESCRIPTION_COLUMN);
    account(ev.line, ev.line, 'section', { role: roleIndex });
    account(ev.line + 1, ev.line + 1, 'section', { role: roleIndex });
    if (kpiCol < 0) {
      draft.diagnostics.push(
        diagnostic(
          'table-without-kpi-column',
          file,
          ev.line,
          ev.column,
          `Table under ${quote(role.name)} has no KPI or Metric column; its first column is read as the KPI. Name a column "KPI" and one "Target".`,
        ),
      );
    }
    for (const row of body) {
      const nameCell = row[Math.max(kpiCol, 0)];
      if (!nameCell?.text) {
        draft.diagnostics.push(
          diagnostic(
            'table-row-without-kpi',
            file,
            row[0]?.line ?? ev.line,
            1,
            'Table row has an empty KPI cell; it is kept in the role notes.',
          ),
        );
        role.notes.push(row.map((c) => c.text).join(' | '));
        account(row[0]?.line ?? ev.line, row[0]?.line ?? ev.line, 'role', { role: roleIndex });
        continue;
      }
      const description = descCol >= 0 ? row[descCol]?.text || null : null;
      const target = targetCol >= 0 ? row[targetCol] : undefined;
      const kpi: DraftKpi = {
        text: description ? `${nameCell.text}: ${description}` : nameCell.text,
        name: nameCell.text,
        description,
        section,
        line: nameCell.line,
        endLine: nameCell.line,
        column: nameCell.column,
      };
      if (target) kpi.targetCell = { text: target.text, line: target.line, column: target.column };
      addKpi(roleIndex, role, kpi);
    }
  };

  const roleContent = (roleIndex: number, role: DraftRole, n: HeadingNode, section: string | null) => {
    for (const ev of n.content) {
      if (ev.type === 'item') {
        addKpi(
          roleIndex,
          role,
          {
            text: ev.text,
            name: ev.label?.name ?? ev.text,
            description: ev.label?.description ?? null,
            section,
            line: ev.line,
            endLine: ev.endLine,
            column: ev.column,
          },
          ev.more,
        );
      } else if (ev.type === 'table') kpiTable(roleIndex, role, ev, section);
      else if (ev.type === 'block') {
        role.notes.push(ev.text);
        account(ev.line, ev.endLine, 'role', { role: roleIndex });
      } else if (ev.type === 'separator') account(ev.line, ev.endLine, 'separator', null);
      else if (ev.type === 'comment') account(ev.line, ev.endLine, 'chrome', null);
    }
    for (const child of n.children) {
      if (isDefinitions(child)) {
        definitions(child);
        continue;
      }
      // Only a heading named like a section ("Team KPIs") is one; any other deeper heading is a
      // role of its own, as with "- ## Alpha" followed by "- ##### Beta" in one list.
      if (section === null && !SECTION_RE.test(child.ev.text)) {
        visit(child, role.group);
        continue;
      }
      role.sections.push(child.ev.text);
      account(child.ev.line, child.ev.endLine, 'section', { role: roleIndex });
      roleContent(roleIndex, role, child, child.ev.text);
    }
  };

  const definitions = (n: HeadingNode) => {
    account(n.ev.line, n.ev.endLine, 'section', null);
    const add = (term: string, text: string, s: Span) => {
      draft.definitions.push({ term, text, line: s.line, endLine: s.endLine, column: s.column });
      account(s.line, s.endLine, 'definition', { definition: draft.definitions.length - 1 });
    };
    for (const ev of n.content) {
      if (ev.type === 'item' || ev.type === 'block') {
        const label = ev.type === 'item' ? ev.label : splitLabel(ev.text);
        if (label) add(label.name, label.description, ev);
        else if (draft.definitions.length > 0 && ev.type === 'block') {
          const last = draft.definitions.at(-1)!;
          last.text = `${last.text}\n\n${ev.text}`;
          account(ev.line, ev.endLine, 'definition', { definition: draft.definitions.length - 1 });
        } else {
          draft.diagnostics.push(
            diagnostic(
              'definition-without-term',
              file,
              ev.line,
              ev.column,
              `Definition ${quote(ev.text)} has no "Term: text" form; it is kept with the whole text as its term.`,
            ),
          );
          add(ev.text, '', ev);
        }
        if (ev.type === 'item')
          for (const m of ev.more) account(m.line, m.endLine, 'definition', { definition: draft.definitions.length - 1 });
      } else if (ev.type === 'table') {
        for (const [i, row] of ev.rows.entries()) {
          if (i === 0) {
            account(ev.line, ev.line + 1, 'section', null);
            continue;
          }
          add(
            row[0]?.text ?? '',
            row
              .slice(1)
              .map((c) => c.text)
              .join(' '),
            { line: row[0]!.line, endLine: row[0]!.line, column: row[0]!.column },
          );
        }
      } else if (ev.type === 'separator') account(ev.line, ev.endLine, 'separator', null);
      else account(ev.line, ev.endLine, 'chrome', null);
    }
    // A sub-heading names a term and the text under it defines it.
    const termHeading = (h: HeadingNode) => {
      const body = h.content.map((e) => ('text' in e ? e.text : '')).filter(Boolean);
      draft.definitions.push({ term: h.ev.text, text: body.join('\n\n'), line: h.ev.line, endLine: h.ev.endLine, column: h.ev.column });
      const ref = { definition: draft.definitions.length - 1 };
      account(h.ev.line, h.ev.endLine, 'definition', ref);
      for (const e of h.content) account(e.line, e.endLine, e.type === 'separator' ? 'separator' : 'definition', ref);
      h.children.forEach(termHeading);
    };
    n.children.forEach(termHeading);
  };

  function visit(n: HeadingNode, group: RoleGroup | null): void {
    if (isDefinitions(n)) {
      definitions(n);
      return;
    }
    if (isRoleLike(n) || (group && !holdsRoles(n))) {
      const role: DraftRole = { name: n.ev.text, line: n.ev.line, column: n.ev.column, group, notes: [], sections: [], kpis: [] };
      draft.roles.push(role);
      const index = draft.roles.length - 1;
      account(n.ev.line, n.ev.endLine, 'role', { role: index });
      roleContent(index, role, n, null);
      return;
    }
    if (holdsRoles(n)) {
      const g: RoleGroup = {
        name: n.ev.text,
        status: NOT_AVAILABLE_RE.test(n.ev.text) ? 'not-available' : 'active',
        source: { file, line: n.ev.line },
      };
      account(n.ev.line, n.ev.endLine, 'group', null);
      for (const ev of n.content) {
        if (ev.type === 'separator') account(ev.line, ev.endLine, 'separator', null);
        else if (ev.type === 'comment') account(ev.line, ev.endLine, 'chrome', null);
        else {
          if ('text' in ev) draft.introduction.push(ev.text);
          account(ev.line, ev.endLine, 'group', null);
        }
      }
      for (const c of n.children) visit(c, g);
      return;
    }
    introduction(n, true);
  }

  // The first heading, when it is a level-1 heading, is the title and its text the introduction.
  const [first] = root.children;
  introduction({ ...root, children: [] }, false);
  for (const n of root.children) {
    if (n === first && n.ev.depth === 1 && !isRoleLike(n) && !isDefinitions(n)) {
      draft.title = { text: n.ev.text, line: n.ev.line };
      account(n.ev.line, n.ev.endLine, 'title', null);
      introduction({ ...n, children: [] }, false);
      for (const c of n.children) visit(c, null);
    } else {
      visit(n, null);
    }
  }
  return draft;
}
