/**
 * What the structure step's builders share while they turn classified headings into a draft: the
 * draft, the claims on source lines (turned into line accounts later), the groups and register
 * roles met so far, and the walker for headings met under a role. Each builder module
 * (build-role, build-tables, build-glossary) takes it as its first argument.
 */
import type { LineKind, OutlineEntry, RoleGroup } from '../schema.ts';
import type { SpanClaim } from './account-lines.ts';
import type { ClassifiedHeading } from './classify-blocks.ts';
import { addKpi, CHROME_RE, type DraftDocument, type DraftKpi, type DraftRef, type DraftRole, emptyDraft } from './draft.ts';
import type { Block, Cell, Span } from './markdown-blocks.ts';
import type { ReadingHints } from './reading-hints.ts';
import { type TableColumns, tableColumns } from './table-columns.ts';

export interface DraftBuilder {
  readonly draft: DraftDocument;
  readonly claims: SpanClaim[];
  /** The file, for messages and group sources. */
  readonly file: string;
  readonly hints: ReadingHints;
  readonly groups: Map<ClassifiedHeading, RoleGroup>;
  /** Register roles by group and name, so that rows of one role anywhere in a register join it. */
  readonly registerRoles: Map<string, DraftRole>;
  /** Walks a heading met under a role that is neither its section nor its aside. */
  heading: (h: ClassifiedHeading) => void;
}

export function newBuilder(file: string, hints: ReadingHints, heading: (h: ClassifiedHeading) => void): DraftBuilder {
  return { draft: emptyDraft(), claims: [], file, hints, groups: new Map(), registerRoles: new Map(), heading };
}

/** Claims lines `from`..`to` as `kind` of the entity `ref`; an empty span claims nothing. */
export function claim(b: DraftBuilder, from: number, to: number, kind: LineKind, ref: DraftRef): void {
  if (to >= from) b.claims.push({ line: from, endLine: to, kind, ref });
}

/** Records a heading in the document's outline, as the editors' page shows it. */
export function outline(b: DraftBuilder, h: ClassifiedHeading, kind: OutlineEntry['kind'], ref: DraftRef = null): void {
  b.draft.outline.push({ line: h.heading.line, text: h.heading.text, depth: h.heading.depth, kind, ref });
}

/** Adds a KPI to `role`, claiming its first line, its continuation lines and any further spans. */
export function kpi(b: DraftBuilder, role: DraftRole, fields: Omit<DraftKpi, 'id'>, more: readonly Span[] = []): DraftKpi {
  const k = addKpi(role, fields);
  claim(b, k.line, k.line, 'kpi', k.id);
  claim(b, k.line + 1, k.endLine, 'continuation', k.id);
  for (const m of more) claim(b, m.line, m.endLine, 'continuation', k.id);
  return k;
}

/** A paragraph of page frame ("Last updated 12 March", "Back to top", a table of contents entry), not content. */
export const isChrome = (b: Block): boolean => b.type === 'block' && (b.chrome === true || CHROME_RE.test(b.text));

/**
 * Claims a block that is no content wherever it stands: a separator, a comment, front matter or
 * page frame. Returns whether it was one.
 */
export function claimFrame(b: DraftBuilder, block: Block): boolean {
  if (block.type === 'separator') claim(b, block.line, block.endLine, 'separator', null);
  else if (block.type === 'comment') claim(b, block.line, block.endLine, 'comment', null);
  else if (block.type === 'frontmatter' || isChrome(block)) claim(b, block.line, block.endLine, 'chrome', null);
  else return false;
  return true;
}

/** The lines a table row's cells are on: one in Markdown, possibly several in HTML. */
export function rowSpan(row: readonly Span[], fallback: number): { line: number; endLine: number } {
  if (row.length === 0) return { line: fallback, endLine: fallback };
  return { line: Math.min(...row.map((c) => c.line)), endLine: Math.max(...row.map((c) => c.endLine)) };
}

/** A table's columns, with the editor's column hints for this document. */
export const columnsOf = (b: DraftBuilder, header: readonly Cell[]): TableColumns => tableColumns(header, b.hints.columns);

/** A table's rows as lines of text, for notes and the introduction. */
export const rowTexts = (rows: readonly (readonly Cell[])[]): string[] => rows.map((r) => r.map((c) => c.text).join(' | '));
