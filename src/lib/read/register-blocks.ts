/**
 * Spreadsheet registers (CSV, TSV, or a workbook's sheet written out as tab-separated rows) as
 * blocks of the one document model: the title rows above the header as a title heading and
 * paragraphs, the header and its data rows as one table, and blank, total and note rows below it
 * as paragraphs. The structure step then reads the table like any other KPI table.
 */
import { type CsvRecord, csvRecords, type Delimiter, sniffDelimiter } from './csv-records.ts';
import type { Block, Cell } from './markdown-blocks.ts';
import { tableColumns } from './table-columns.ts';

/** How many records from the top the header may be preceded by (title, "Exported by", blank rows). */
const HEADER_SEARCH = 25;
/** A row that sums or counts the rows above it rather than stating a KPI. */
const TOTAL_ROW = /^(?:grand\s+)?(?:totals?|sum|count|average|overall)\s*:?$/i;
/** A measure names something: a cell of digits alone ("19" under "KPI") is a count of the rows above. */
const NAMES_SOMETHING = /\p{L}/u;

const filled = (cells: readonly Cell[]): Cell[] => cells.filter((c) => c.text.trim() !== '');
const oneLine = (c: Cell): Cell => ({ ...c, text: c.text.replace(/\s*\n\s*/g, ' ').trim() });

/**
 * The header row: the first of the top rows with a measure column and at least one other named
 * column; failing that, the first row with the most filled cells.
 */
function headerIndex(records: ReadonlyArray<{ cells: Cell[] }>): number {
  const top = records.slice(0, HEADER_SEARCH);
  const named = top.findIndex((r) => filled(r.cells).length >= 2 && tableColumns(r.cells.map(oneLine)).measure >= 0);
  if (named >= 0) return named;
  const most = Math.max(0, ...top.map((r) => filled(r.cells).length));
  return top.findIndex((r) => filled(r.cells).length === most);
}

/** A paragraph of a row's filled cells, or null for a blank row. */
function rowParagraph(cells: readonly Cell[], line: number, endLine: number): Block | null {
  const text = filled(cells)
    .map((c) => oneLine(c).text)
    .join(' | ');
  return text ? { type: 'block', text, line, endLine, column: filled(cells)[0]!.column } : null;
}

/**
 * Reads delimited lines into blocks. `titled` says whether the first title row may name the
 * document (a workbook's second sheet does not).
 */
export function registerBlocks(
  lines: readonly string[],
  file = '',
  delimiter: Delimiter = sniffDelimiter(lines, file),
  titled = true,
): Block[] {
  const records = csvRecords(lines, delimiter);
  const at = headerIndex(records);
  if (at < 0) return [];
  const blocks: Block[] = [];
  // A row of empty cells (";;;;") is a blank row, but its line is not blank.
  const separator = (r: CsvRecord): Block => ({ type: 'separator', line: r.line, endLine: r.endLine, column: 1 });
  for (const r of records.slice(0, at)) {
    const cells = filled(r.cells);
    if (cells.length === 0) {
      blocks.push(separator(r));
      continue;
    }
    // The register's name, alone in its row above the header, is the document's title.
    if (titled && cells.length === 1 && !blocks.some((b) => b.type === 'heading')) {
      blocks.push({ type: 'heading', depth: 1, text: oneLine(cells[0]!).text, line: r.line, endLine: r.endLine, column: cells[0]!.column });
    } else blocks.push(rowParagraph(r.cells, r.line, r.endLine)!);
  }
  const header = records[at]!;
  const columns = tableColumns(header.cells.map(oneLine));
  // A sheet without a measure column (a cover sheet, a version history) holds no KPIs: its rows are paragraphs.
  if (columns.measure < 0) {
    for (const r of records.slice(at)) blocks.push(rowParagraph(r.cells, r.line, r.endLine) ?? separator(r));
    return blocks;
  }
  const rows: Cell[][] = [header.cells.map(oneLine)];
  const after: Block[] = [];
  let end = header.endLine;
  for (const r of records.slice(at + 1)) {
    const cells = r.cells.map(oneLine);
    if (filled(cells).length === 0) {
      after.push(separator(r));
      continue;
    }
    const measure = cells[columns.measure]?.text;
    // Rows without a measure, a lone cell under a wide header, and total rows are notes about the register, not KPIs.
    const lone = filled(cells).length === 1 && filled(rows[0]!).length >= 3;
    if (!measure || !NAMES_SOMETHING.test(measure) || lone || TOTAL_ROW.test(filled(cells)[0]!.text)) {
      after.push(rowParagraph(r.cells, r.line, r.endLine)!);
      continue;
    }
    rows.push(cells);
    end = r.endLine;
  }
  blocks.push({ type: 'table', rows, delimiter: null, line: header.line, endLine: end, column: 1 }, ...after);
  return blocks;
}
