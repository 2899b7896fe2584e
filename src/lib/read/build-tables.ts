/**
 * Tables in the structure step: a table of KPIs under a role (one KPI per row, from its measure,
 * description, target, unit and polarity columns, every other column kept as a note), and a
 * register, whose rows name their own role and department (table-columns.ts says which is which).
 */
import { diagnostic } from '../diagnostic.ts';
import { quote } from '../quote.ts';
import type { RoleGroup } from '../schema.ts';
import { addRole, type DraftRef, type DraftRole, NOT_AVAILABLE_RE } from './draft.ts';
import { claim, columnsOf, type DraftBuilder, kpi, rowSpan, rowTexts } from './draft-builder.ts';
import type { Block, Cell, TableBlock } from './markdown-blocks.ts';
import { attributeColumns, isRegister, polarityOf, settleColumns, type TableColumns } from './table-columns.ts';

/** The first number of a cell, a decimal comma read as a point; NaN when it has none. */
const firstNumber = (text: string): number =>
  Number(/\d+(?:[.,]\d+)?/.exec(text.replace(/(?<=\d)[\s ](?=\d{3}\b)/g, ''))?.[0].replace(',', '.') ?? Number.NaN);

/** The direction a target lies from its row's baseline ("Start value" 260, "Target value" 200: at most). */
function fromBaseline(baseline: string, target: string): 'at-least' | 'at-most' | null {
  const from = firstNumber(baseline);
  const to = firstNumber(target);
  if (!Number.isFinite(from) || !Number.isFinite(to) || from === to) return null;
  return to > from ? 'at-least' : 'at-most';
}

/** The target cell of a row, with the row's Unit and Polarity, for measure-kpis to read. */
function targetCell(row: readonly Cell[], columns: TableColumns) {
  const target = columns.target >= 0 ? row[columns.target] : undefined;
  if (!target?.text) return {};
  const unit = columns.unit >= 0 ? row[columns.unit]?.text : '';
  const polarity =
    columns.polarity >= 0
      ? polarityOf(row[columns.polarity]?.text ?? '')
      : columns.baseline >= 0
        ? fromBaseline(row[columns.baseline]?.text ?? '', target.text)
        : null;
  return {
    targetCell: {
      text: target.text,
      line: target.line,
      column: target.column,
      ...(unit ? { unit } : {}),
      ...(polarity ? { polarity } : {}),
    },
  };
}

/** One table row as a KPI of `role`: its measure, description, target and attributes. */
export function tableKpi(
  b: DraftBuilder,
  role: DraftRole,
  row: readonly Cell[],
  columns: TableColumns,
  section: string | null,
  fallback: number,
): void {
  const nameCell = row[Math.max(columns.measure, 0)];
  const cells = rowSpan(row, fallback);
  if (!nameCell?.text) {
    b.draft.diagnostics.push(
      diagnostic('table-row-without-kpi', b.file, cells.line, 1, 'Table row has an empty KPI cell; it is kept in the role notes.'),
    );
    role.notes.push(...rowTexts([row]));
    claim(b, cells.line, cells.endLine, 'role', role.id);
    return;
  }
  const description = columns.description >= 0 ? row[columns.description]?.text || null : null;
  const notes = attributeColumns(columns)
    .filter((i) => row[i]?.text && columns.header[i]?.text)
    .map((i) => `${columns.header[i]!.text}: ${row[i]!.text}`);
  const fields = {
    text: description ? `${nameCell.text}: ${description}` : nameCell.text,
    name: nameCell.text,
    description,
    section,
    line: nameCell.line,
    endLine: Math.max(nameCell.line, cells.endLine),
    column: nameCell.column,
    ...targetCell(row, columns),
  };
  // An HTML row's cells before the KPI cell may sit on lines of their own.
  const k = kpi(b, role, fields, cells.line < nameCell.line ? [{ line: cells.line, endLine: nameCell.line - 1, column: 1 }] : []);
  if (notes.length > 0) k.notes = [...(k.notes ?? []), ...notes];
}

/** The header row (and a Markdown table's delimiter row) of a table, claimed as a section line of `ref`. */
export function claimHeader(b: DraftBuilder, table: TableBlock, ref: DraftRef): void {
  const headerSpan = rowSpan(table.rows[0] ?? [], table.line);
  claim(b, headerSpan.line, headerSpan.endLine, 'section', ref);
  if (table.delimiter !== null) claim(b, table.delimiter, table.delimiter, 'section', ref);
}

/** A table under a role: one KPI per row, read from the KPI, Description and Target columns. */
export function kpiTable(b: DraftBuilder, role: DraftRole, table: TableBlock, section: string | null): void {
  const [header = [], ...body] = table.rows;
  const columns = settleColumns(columnsOf(b, header), body);
  claimHeader(b, table, role.id);
  if (columns.measure < 0) {
    b.draft.diagnostics.push(
      diagnostic(
        'table-without-kpi-column',
        b.file,
        table.line,
        table.column,
        `Table under ${quote(role.name)} has no KPI or Metric column; its first column is read as the KPI. Name a column "KPI" and one "Target".`,
      ),
    );
  }
  for (const row of body) tableKpi(b, role, row, columns, section, table.line);
}

/** The register role a row belongs to, added the first time its group and name are met. */
function registerRole(b: DraftBuilder, roleCell: Cell, groupCell: Cell | undefined, group: RoleGroup | null): DraftRole {
  const rowGroup: RoleGroup | null = groupCell?.text
    ? {
        name: groupCell.text,
        status: NOT_AVAILABLE_RE.test(groupCell.text) ? 'not-available' : 'active',
        source: { file: b.file, line: groupCell.line },
      }
    : group;
  const key = `${rowGroup?.name ?? ''}\u0000${roleCell.text.toLowerCase()}`;
  let role = b.registerRoles.get(key);
  if (!role) {
    // A database export writes a related page as "Account Executive (https://…)": the name is the role.
    const name = roleCell.text.replace(/\s*\(https?:\/\/[^)\s]*\)\s*$/, '') || roleCell.text;
    role = addRole(b.draft, { name, line: roleCell.line, column: roleCell.column, group: rowGroup });
    // A register's role has no heading: its first row stands for it in the outline.
    b.draft.outline.push({ line: roleCell.line, text: roleCell.text, depth: 0, kind: 'role', ref: role.id });
    b.registerRoles.set(key, role);
  }
  return role;
}

/**
 * A register: each row is one KPI of the role its Role (or Team) column names, in the group its
 * Department column names; `group` is the heading's group it sits under, if any. A register names
 * a role once and leaves the cells under it blank for its further rows, as a spreadsheet shows
 * grouped rows: a blank Role or Department cell takes the one above it.
 */
export function registerTable(b: DraftBuilder, table: TableBlock, group: RoleGroup | null): void {
  const [header = [], ...body] = table.rows;
  const columns = settleColumns(columnsOf(b, header), body);
  claimHeader(b, table, null);
  let above: { role?: Cell | undefined; group?: Cell | undefined } = {};
  for (const row of body) {
    const roleCell = row[columns.role]?.text ? row[columns.role] : above.role;
    const ownGroup = columns.group >= 0 && row[columns.group]?.text ? row[columns.group] : undefined;
    const groupCell = ownGroup ?? (roleCell === above.role ? above.group : undefined);
    above = { role: roleCell, group: groupCell };
    if (roleCell?.text) {
      tableKpi(b, registerRole(b, roleCell, groupCell, group), row, columns, null, table.line);
      continue;
    }
    const span = rowSpan(row, table.line);
    const [text = ''] = rowTexts([row]);
    b.draft.diagnostics.push(
      diagnostic(
        'table-row-without-role',
        b.file,
        span.line,
        1,
        `Register row ${quote(text)} names no role; it is kept in the introduction.`,
      ),
    );
    b.draft.introduction.push(text);
    claim(b, span.line, span.endLine, 'introduction', null);
  }
}

/** A table of KPIs: one with a measure or a target column. */
export function isKpiTable(b: DraftBuilder, table: TableBlock): boolean {
  const columns = columnsOf(b, table.rows[0] ?? []);
  return columns.measure >= 0 || columns.target >= 0;
}

/** A register: a table whose rows name their role. (No type guard: a table that is no register is still a table.) */
export const isRegisterTable = (b: DraftBuilder, block: Block): boolean =>
  block.type === 'table' && isRegister(columnsOf(b, block.rows[0] ?? []));
