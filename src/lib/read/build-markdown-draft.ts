/**
 * Markdown stage 3: walks the classified headings in source order and builds the draft — roles
 * with their KPIs (list items, or rows of a table), notes and sections; groups; definitions; the
 * title and introduction. Every block is claimed for what it became, as a span of lines that
 * stage 4 (accountSpans) turns into line accounts.
 */
import { diagnostic } from '../diagnostic.ts';
import { quote } from '../quote.ts';
import type { LineKind, OutlineEntry, RoleGroup } from '../schema.ts';
import type { SpanClaim } from './account-lines.ts';
import type { ClassifiedBlocks, ClassifiedHeading } from './classify-blocks.ts';
import {
  addDefinition,
  addKpi,
  addRole,
  CHROME_RE,
  type DraftDocument,
  type DraftKpi,
  type DraftRef,
  type DraftRole,
  emptyDraft,
  NOT_AVAILABLE_RE,
  SECTION_RE,
  splitDefinition,
} from './draft.ts';
import type { Block, Cell, Span, TableBlock } from './markdown-blocks.ts';
import type { ReadingHints } from './reading-hints.ts';
import { attributeColumns, isRegister, polarityOf, type TableColumns, tableColumns } from './table-columns.ts';

/** A line that names the list after it ("Team-level metrics:"): a section name, or a short label ending in a colon. */
const SECTION_LINE_RE = /^[^.!?]{2,60}:$/;
const sectionName = (text: string): string => text.replace(/\s*:$/, '').trim();
/** A paragraph of page frame ("Last updated 12 March", "Back to top"), not content. */
const isChrome = (b: Block): boolean => b.type === 'block' && (b.chrome === true || CHROME_RE.test(b.text));

/** The lines a table row's cells are on: one in Markdown, possibly several in HTML. */
function rowSpan(row: readonly Span[], fallback: number): { line: number; endLine: number } {
  if (row.length === 0) return { line: fallback, endLine: fallback };
  return { line: Math.min(...row.map((c) => c.line)), endLine: Math.max(...row.map((c) => c.endLine)) };
}

export interface MarkdownDraft {
  /** The draft, with no line accounts yet. */
  draft: DraftDocument;
  /** What each block became, in the order it was read. */
  claims: SpanClaim[];
}

/** Builds the draft from classified blocks; `file` is only used in messages and group sources. */
export function buildMarkdownDraft(doc: ClassifiedBlocks, file: string, hints: ReadingHints = {}): MarkdownDraft {
  const columnsOf = (header: readonly Cell[]) => tableColumns(header, hints.columns);
  const draft = emptyDraft();
  const claims: SpanClaim[] = [];
  const claim = (from: number, to: number, kind: LineKind, ref: DraftRef) => {
    if (to >= from) claims.push({ line: from, endLine: to, kind, ref });
  };
  const groups = new Map<ClassifiedHeading, RoleGroup>();
  /** Records a heading in the document's outline, as the editors' page shows it. */
  const outline = (h: ClassifiedHeading, kind: OutlineEntry['kind'], ref: DraftRef = null) =>
    draft.outline.push({ line: h.heading.line, text: h.heading.text, depth: h.heading.depth, kind, ref });

  /** Front matter: its title line is the title when the document has no title heading. */
  const frontMatter = (b: Extract<Block, { type: 'frontmatter' }>, titled: boolean) => {
    const title = !titled && b.title ? b.title : null;
    if (title) draft.title = { text: title.text, line: title.line };
    for (let l = b.line; l <= b.endLine; l++) claim(l, l, l === title?.line ? 'title' : 'chrome', null);
  };

  /** Content read as introduction: everything but separators, comments and page frame adds to it. */
  const introduction = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'separator') claim(b.line, b.endLine, 'separator', null);
      else if (b.type === 'comment') claim(b.line, b.endLine, 'comment', null);
      else if (b.type === 'frontmatter') frontMatter(b, doc.headings[0]?.kind === 'title');
      else if (isChrome(b)) claim(b.line, b.endLine, 'chrome', null);
      else if (isRegisterTable(b)) registerTable(b as TableBlock, null);
      else {
        if (b.type === 'item' || b.type === 'block') draft.introduction.push(b.text);
        if (b.type === 'table') draft.introduction.push(...b.rows.map((r) => r.map((c) => c.text).join(' | ')));
        claim(b.line, b.endLine, 'introduction', null);
      }
    }
  };

  const kpi = (role: DraftRole, fields: Omit<DraftKpi, 'id'>, more: readonly Span[] = []): DraftKpi => {
    const k = addKpi(role, fields);
    claim(k.line, k.line, 'kpi', k.id);
    claim(k.line + 1, k.endLine, 'continuation', k.id);
    for (const m of more) claim(m.line, m.endLine, 'continuation', k.id);
    return k;
  };

  /** One table row as a KPI of `role`: its measure, description, target (with unit and polarity) and attributes. */
  const tableKpi = (role: DraftRole, row: readonly Cell[], columns: TableColumns, section: string | null, fallback: number) => {
    const nameCell = row[Math.max(columns.measure, 0)];
    const cells = rowSpan(row, fallback);
    if (!nameCell?.text) {
      draft.diagnostics.push(
        diagnostic('table-row-without-kpi', file, cells.line, 1, 'Table row has an empty KPI cell; it is kept in the role notes.'),
      );
      role.notes.push(row.map((c) => c.text).join(' | '));
      claim(cells.line, cells.endLine, 'role', role.id);
      return;
    }
    const description = columns.description >= 0 ? row[columns.description]?.text || null : null;
    const target = columns.target >= 0 ? row[columns.target] : undefined;
    const unit = columns.unit >= 0 ? row[columns.unit]?.text : '';
    const polarity = columns.polarity >= 0 ? polarityOf(row[columns.polarity]?.text ?? '') : null;
    const notes = attributeColumns(columns)
      .filter((i) => row[i]?.text && columns.header[i]?.text)
      .map((i) => `${columns.header[i]!.text}: ${row[i]!.text}`);
    const k = kpi(
      role,
      {
        text: description ? `${nameCell.text}: ${description}` : nameCell.text,
        name: nameCell.text,
        description,
        section,
        line: nameCell.line,
        endLine: Math.max(nameCell.line, cells.endLine),
        column: nameCell.column,
        ...(target?.text
          ? {
              targetCell: {
                text: target.text,
                line: target.line,
                column: target.column,
                ...(unit ? { unit } : {}),
                ...(polarity ? { polarity } : {}),
              },
            }
          : {}),
      },
      // An HTML row's cells before the KPI cell may sit on lines of their own.
      cells.line < nameCell.line ? [{ line: cells.line, endLine: nameCell.line - 1, column: 1 }] : [],
    );
    if (notes.length > 0) k.notes = [...(k.notes ?? []), ...notes];
  };

  /** The header row (and a Markdown table's delimiter row) of a table, claimed as a section line of `ref`. */
  const claimHeader = (table: TableBlock, ref: DraftRef) => {
    const headerSpan = rowSpan(table.rows[0] ?? [], table.line);
    claim(headerSpan.line, headerSpan.endLine, 'section', ref);
    if (table.delimiter !== null) claim(table.delimiter, table.delimiter, 'section', ref);
  };

  /** A table under a role: one KPI per row, read from the KPI, Description and Target columns. */
  const kpiTable = (role: DraftRole, table: TableBlock, section: string | null) => {
    const [header = [], ...body] = table.rows;
    const columns = columnsOf(header);
    claimHeader(table, role.id);
    if (columns.measure < 0) {
      draft.diagnostics.push(
        diagnostic(
          'table-without-kpi-column',
          file,
          table.line,
          table.column,
          `Table under ${quote(role.name)} has no KPI or Metric column; its first column is read as the KPI. Name a column "KPI" and one "Target".`,
        ),
      );
    }
    for (const row of body) tableKpi(role, row, columns, section, table.line);
  };

  /** Register roles by group and name, so that rows of one role anywhere in the register join it. */
  const registerRoles = new Map<string, DraftRole>();
  /**
   * A register: each row is one KPI of the role its Role (or Team) column names, in the group its
   * Department column names; `group` is the heading's group it sits under, if any.
   */
  const registerTable = (table: TableBlock, group: RoleGroup | null) => {
    const [header = [], ...body] = table.rows;
    const columns = columnsOf(header);
    claimHeader(table, null);
    // A register names a role once and leaves the cells under it blank for its further rows, as
    // a spreadsheet shows grouped rows: a blank Role or Department cell takes the one above it.
    let above: { role?: Cell | undefined; group?: Cell | undefined } = {};
    for (const row of body) {
      const roleCell = row[columns.role]?.text ? row[columns.role] : above.role;
      const ownGroup = columns.group >= 0 && row[columns.group]?.text ? row[columns.group] : undefined;
      const groupCell = ownGroup ?? (roleCell === above.role ? above.group : undefined);
      above = { role: roleCell, group: groupCell };
      const span = rowSpan(row, table.line);
      if (!roleCell?.text) {
        draft.diagnostics.push(
          diagnostic(
            'table-row-without-role',
            file,
            span.line,
            1,
            `Register row ${quote(row.map((c) => c.text).join(' | '))} names no role; it is kept in the introduction.`,
          ),
        );
        draft.introduction.push(row.map((c) => c.text).join(' | '));
        claim(span.line, span.endLine, 'introduction', null);
        continue;
      }
      const rowGroup: RoleGroup | null = groupCell?.text
        ? {
            name: groupCell.text,
            status: NOT_AVAILABLE_RE.test(groupCell.text) ? 'not-available' : 'active',
            source: { file, line: groupCell.line },
          }
        : group;
      const key = `${rowGroup?.name ?? ''}\u0000${roleCell.text.toLowerCase()}`;
      let role = registerRoles.get(key);
      if (!role) {
        role = addRole(draft, { name: roleCell.text, line: roleCell.line, column: roleCell.column, group: rowGroup });
        // A register's role has no heading: its first row stands for it in the outline.
        draft.outline.push({ line: roleCell.line, text: roleCell.text, depth: 0, kind: 'role', ref: role.id });
        registerRoles.set(key, role);
      }
      tableKpi(role, row, columns, null, table.line);
    }
  };
  const isKpiTable = (b: TableBlock): boolean => {
    const columns = columnsOf(b.rows[0] ?? []);
    return columns.measure >= 0 || columns.target >= 0;
  };
  // Not a type guard: a table that is no register is still a table.
  const isRegisterTable = (b: Block): boolean => b.type === 'table' && isRegister(columnsOf(b.rows[0] ?? []));

  /**
   * Content under a role or one of its sections: KPIs, tables of KPIs and notes. A line naming
   * the list after it ("Team-level metrics:"), or an item doing so for the items nested under it,
   * is a section; items nested under a KPI explain it and are its notes, not KPIs.
   */
  const roleContent = (role: DraftRole, blocks: readonly Block[], headingSection: string | null) => {
    let section = headingSection;
    /** Items by first line: the KPI they are or explain, or the section they name. */
    const items = new Map<number, { kpi: DraftKpi } | { section: string }>();
    const addSection = (name: string, b: Block) => {
      role.sections.push(name);
      claim(b.line, b.endLine, 'section', role.id);
    };
    blocks.forEach((b, i) => {
      const next = blocks[i + 1];
      if (b.type === 'item') {
        const parent = b.within === undefined ? undefined : items.get(b.within);
        if (parent && 'kpi' in parent) {
          parent.kpi.notes = [...(parent.kpi.notes ?? []), b.text];
          items.set(b.line, parent);
          for (const s of [b, ...b.more]) claim(s.line, s.endLine, 'continuation', parent.kpi.id);
          return;
        }
        const nests = next?.type === 'item' && next.within === b.line;
        if (nests && !b.label && (SECTION_LINE_RE.test(b.text) || SECTION_RE.test(b.text))) {
          const name = sectionName(b.text);
          items.set(b.line, { section: name });
          addSection(name, b);
          for (const m of b.more) claim(m.line, m.endLine, 'section', role.id);
          return;
        }
        const k = kpi(
          role,
          {
            text: b.text,
            name: b.label?.name ?? b.text,
            description: b.label?.description ?? null,
            section: parent && 'section' in parent ? parent.section : section,
            line: b.line,
            endLine: b.endLine,
            column: b.column,
          },
          b.more,
        );
        items.set(b.line, { kpi: k });
      } else if (isRegisterTable(b)) registerTable(b as TableBlock, role.group);
      else if (b.type === 'table' && isKpiTable(b)) kpiTable(role, b, section);
      else if (b.type === 'table') {
        // A table with neither a measure nor a target column (document control, a person
        // specification) describes the role: its rows are notes.
        role.notes.push(...b.rows.map((r) => r.map((c) => c.text).join(' | ')));
        claim(b.line, b.endLine, 'role', role.id);
      } else if (isChrome(b)) claim(b.line, b.endLine, 'chrome', null);
      else if (b.type === 'block' && next?.type === 'item' && (SECTION_LINE_RE.test(b.text) || SECTION_RE.test(b.text))) {
        section = sectionName(b.text);
        addSection(section, b);
      } else if (b.type === 'block') {
        role.notes.push(b.text);
        claim(b.line, b.endLine, 'role', role.id);
      } else if (b.type === 'separator') claim(b.line, b.endLine, 'separator', null);
      else if (b.type === 'comment') claim(b.line, b.endLine, 'comment', null);
      else if (b.type === 'frontmatter') claim(b.line, b.endLine, 'chrome', null);
    });
  };

  /** A sub-heading of a glossary names a term and the text under it defines it. */
  const term = (h: ClassifiedHeading) => {
    const body = h.content.map((b) => ('text' in b ? b.text : '')).filter(Boolean);
    const def = addDefinition(draft, {
      term: h.heading.text,
      text: body.join('\n\n'),
      line: h.heading.line,
      endLine: h.heading.endLine,
      column: h.heading.column,
    });
    claim(h.heading.line, h.heading.endLine, 'definition', def.id);
    for (const b of h.content) {
      if (b.type === 'comment') claim(b.line, b.endLine, 'comment', null);
      else if (isChrome(b)) claim(b.line, b.endLine, 'chrome', null);
      else claim(b.line, b.endLine, b.type === 'separator' ? 'separator' : 'definition', def.id);
    }
    h.children.forEach(term);
  };

  /** The glossary: "Term: text" items and paragraphs, a table of terms, or term sub-headings. */
  const definitions = (h: ClassifiedHeading) => {
    claim(h.heading.line, h.heading.endLine, 'section', null);
    const add = (termText: string, text: string, s: Span) => {
      const def = addDefinition(draft, { term: termText, text, line: s.line, endLine: s.endLine, column: s.column });
      claim(s.line, s.endLine, 'definition', def.id);
    };
    for (const b of h.content) {
      if (isChrome(b)) claim(b.line, b.endLine, 'chrome', null);
      else if (b.type === 'item' && b.within !== undefined && draft.definitions.length > 0) {
        // A bullet nested under a definition explains it further.
        const last = draft.definitions.at(-1)!;
        last.text = `${last.text}\n\n${b.text}`;
        for (const s of [b, ...b.more]) claim(s.line, s.endLine, 'definition', last.id);
      } else if (b.type === 'item' || b.type === 'block') {
        const label = b.type === 'item' ? (b.label ?? splitDefinition(b.text)) : splitDefinition(b.text);
        if (label) add(label.name, label.description, b);
        else if (draft.definitions.length > 0 && b.type === 'block') {
          const last = draft.definitions.at(-1)!;
          last.text = `${last.text}\n\n${b.text}`;
          claim(b.line, b.endLine, 'definition', last.id);
        } else {
          draft.diagnostics.push(
            diagnostic(
              'definition-without-term',
              file,
              b.line,
              b.column,
              `Definition ${quote(b.text)} has no "Term: text" form; it is kept with the whole text as its term.`,
            ),
          );
          add(b.text, '', b);
        }
        if (b.type === 'item') for (const m of b.more) claim(m.line, m.endLine, 'definition', draft.definitions.at(-1)!.id);
      } else if (b.type === 'table') {
        for (const [i, row] of b.rows.entries()) {
          if (i === 0) {
            claimHeader(b, null);
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
      } else if (b.type === 'separator') claim(b.line, b.endLine, 'separator', null);
      else if (b.type === 'comment') claim(b.line, b.endLine, 'comment', null);
      else claim(b.line, b.endLine, 'chrome', null);
    }
    h.children.forEach(term);
  };

  /**
   * A part of a role that holds no KPIs ("Key Responsibilities", "Person Specification"): its
   * heading and everything under it are the role's notes, so a duty is never read as a KPI.
   */
  const aside = (role: DraftRole, h: ClassifiedHeading) => {
    outline(h, 'notes', role.id);
    role.notes.push(h.heading.text);
    claim(h.heading.line, h.heading.endLine, 'role', role.id);
    for (const b of h.content) {
      if (b.type === 'separator') claim(b.line, b.endLine, 'separator', null);
      else if (b.type === 'comment') claim(b.line, b.endLine, 'comment', null);
      else if (b.type === 'frontmatter' || isChrome(b)) claim(b.line, b.endLine, 'chrome', null);
      else {
        if (b.type === 'table') role.notes.push(...b.rows.map((r) => r.map((c) => c.text).join(' | ')));
        else if ('text' in b) role.notes.push(b.text);
        claim(b.line, b.endLine, 'role', role.id);
      }
    }
    for (const c of h.children) subheading(role, c);
  };

  /** A heading under a role: a section, an aside, or a heading classified on its own. */
  const subheading = (role: DraftRole, c: ClassifiedHeading) => {
    if (c.kind === 'section') section(role, c);
    else if (c.kind === 'aside') aside(role, c);
    else heading(c);
  };

  /** A section of a role: its name, its KPIs and its own sections (or a glossary inside it). */
  const section = (role: DraftRole, h: ClassifiedHeading) => {
    outline(h, 'section', role.id);
    role.sections.push(h.heading.text);
    claim(h.heading.line, h.heading.endLine, 'section', role.id);
    roleContent(role, h.content, h.heading.text);
    for (const c of h.children) subheading(role, c);
  };

  function heading(h: ClassifiedHeading): void {
    const { heading: hb } = h;
    switch (h.kind) {
      case 'title':
        outline(h, 'title');
        draft.title = { text: hb.text, line: hb.line };
        claim(hb.line, hb.endLine, 'title', null);
        introduction(h.content);
        break;
      case 'introduction':
        outline(h, 'introduction');
        draft.introduction.push(hb.text);
        claim(hb.line, hb.endLine, 'introduction', null);
        introduction(h.content);
        break;
      case 'group': {
        outline(h, 'group');
        groups.set(h, {
          name: hb.text,
          status: NOT_AVAILABLE_RE.test(hb.text) ? 'not-available' : 'active',
          source: { file, line: hb.line },
        });
        claim(hb.line, hb.endLine, 'group', null);
        for (const b of h.content) {
          if (b.type === 'separator') claim(b.line, b.endLine, 'separator', null);
          else if (b.type === 'comment') claim(b.line, b.endLine, 'comment', null);
          else if (isChrome(b)) claim(b.line, b.endLine, 'chrome', null);
          else if (isRegisterTable(b)) registerTable(b as TableBlock, groups.get(h)!);
          else {
            if ('text' in b) draft.introduction.push(b.text);
            claim(b.line, b.endLine, 'group', null);
          }
        }
        break;
      }
      case 'role': {
        const role = addRole(draft, { name: hb.text, line: hb.line, column: hb.column, group: h.group ? groups.get(h.group)! : null });
        outline(h, 'role', role.id);
        claim(hb.line, hb.endLine, 'role', role.id);
        roleContent(role, h.content, null);
        for (const c of h.children) subheading(role, c);
        return;
      }
      case 'definitions':
        outline(h, 'glossary');
        definitions(h);
        return;
      case 'navigation': {
        outline(h, 'frame');
        // A table of contents or other page frame: read, accounted, not published.
        const frame = (n: ClassifiedHeading): void => {
          claim(n.heading.line, n.heading.endLine, 'chrome', null);
          for (const b of n.content) claim(b.line, b.endLine, b.type === 'comment' ? 'comment' : 'chrome', null);
          n.children.forEach(frame);
        };
        frame(h);
        return;
      }
      case 'section':
      case 'aside':
      case 'term':
        throw new Error(`A ${h.kind} heading outside a role or glossary at line ${hb.line}: classifyBlocks never makes one.`);
    }
    h.children.forEach(heading);
  }

  introduction(doc.preamble);
  doc.headings.forEach(heading);
  return { draft, claims };
}
