/**
 * Tables that plain text lays out in columns of spaces, as PDF text exports, terminals and Word's
 * "save as text" write them:
 *
 *        Measure                          Standard              Data source
 *        --------------------------------------------------------------------
 *        Jobs completed at first visit    at least 85%          WMS close codes
 *        Unplanned supply interruptions   within 6 hours of     Telemetry / WMS
 *        restored                         customer notification
 *
 * A table starts at a line whose cells, separated by two or more spaces, name a measure and a
 * target column (table-columns.ts), so prose never becomes one. Its rows are the lines up to the
 * next blank line; a row that starts in lower case goes on with the row above (a wrapped cell).
 * Each cell goes to the column whose header starts at or before it.
 */
import { LOWER_START_RE } from './classify-lines.ts';
import type { Cell, TableBlock } from './markdown-blocks.ts';
import { tableColumns } from './table-columns.ts';

/** Runs of text separated by two or more spaces (or a tab), with their 1-based columns. */
function pieces(raw: string, line: number): Cell[] {
  return [...raw.matchAll(/\S(?:\S| (?! ))*/g)].map((m) => ({ text: m[0], line, endLine: line, column: m.index! + 1 }));
}

const RULE = /^\s*[-=_─]{5,}\s*$/;

/** Places a row's pieces under the header's columns: each under the last header cell that starts at or before it. */
function placed(row: readonly Cell[], header: readonly Cell[]): Cell[] {
  const cells: Cell[] = header.map((h) => ({ text: '', line: row[0]?.line ?? h.line, endLine: row[0]?.line ?? h.line, column: h.column }));
  for (const p of row) {
    let i = 0;
    for (let k = 0; k < header.length; k++) if (header[k]!.column <= p.column + 2) i = k;
    const cell = cells[i]!;
    if (!cell.text) cell.column = p.column;
    cell.text = cell.text ? `${cell.text} ${p.text}` : p.text;
  }
  return cells;
}

/** A header line: two or more cells that name a measure column and a target column. */
function isKpiHeader(cells: readonly Cell[]): boolean {
  if (cells.length < 2) return false;
  const columns = tableColumns(cells);
  return columns.measure >= 0 && columns.target >= 0;
}

/** Whether a row's cells start where header cells start (within two characters): the layout of a table. */
const aligned = (row: readonly Cell[], header: readonly Cell[]): boolean =>
  row.length >= 2 && row.every((p) => header.some((h) => Math.abs(h.column - p.column) <= 2));

/** Every table laid out in columns of spaces, by its first line; lines are 1-based. */
export function alignedTables(lines: readonly string[]): Map<number, TableBlock> {
  const found = new Map<number, TableBlock>();
  for (let i = 0; i < lines.length; i++) {
    if (!/\S {2,}\S/.test(lines[i]!)) continue;
    const header = pieces(lines[i]!, i + 1);
    // Any other table ("Issue   Date   Author   Summary of change") needs three columns and its
    // next line laid out under them, so that two phrases on one line never make a table.
    const kpi = isKpiHeader(header);
    const next = lines[i + 1] !== undefined && RULE.test(lines[i + 1]!) ? lines[i + 2] : lines[i + 1];
    if (!kpi && !(header.length >= 3 && next !== undefined && aligned(pieces(next, 0), header))) continue;
    const indent = header[0]!.column;
    let k = i + 1;
    const delimiter = k < lines.length && RULE.test(lines[k]!) ? k + 1 : null;
    if (delimiter !== null) k++;
    const rows: Cell[][] = [];
    for (; k < lines.length && lines[k]!.trim() && !RULE.test(lines[k]!); k++) {
      const row = pieces(lines[k]!, k + 1);
      if (row[0]!.column < indent - 2) break;
      const last = rows.at(-1);
      // A row that starts in lower case is the rest of wrapped cells in the row above.
      if (last && LOWER_START_RE.test(row[0]!.text)) {
        placed(row, header).forEach((c, n) => {
          if (!c.text) return;
          last[n]!.text = last[n]!.text ? `${last[n]!.text} ${c.text}` : c.text;
          last[n]!.endLine = k + 1;
        });
        continue;
      }
      if (row.length < 2) break;
      rows.push(placed(row, header));
    }
    if (rows.length === 0) continue;
    found.set(i + 1, { type: 'table', rows: [header, ...rows], delimiter, line: i + 1, endLine: k, column: indent });
    i = k - 1;
  }
  return found;
}
