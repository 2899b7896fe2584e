/**
 * Spreadsheet registers (CSV, TSV, or a workbook's sheet written out as tab-separated rows) as
 * blocks of the one document model: the title rows above the header as a title heading and
 * paragraphs, the header and its data rows as one table, and blank, total and note rows below it
 * as paragraphs. The structure step then reads the table like any other KPI table.
 */
import { type CsvRecord, csvRecords, type Delimiter, sniffDelimiter } from './csv-records.ts';
import type { Block, Cell } from './markdown-blocks.ts';
import { type ColumnHints, nameKey } from './reading-hints.ts';
import { jobTitleField } from './structure-rules.ts';
import { type TableColumns, tableColumns } from './table-columns.ts';

/** How many records from the top the header may be preceded by (title, "Exported by", blank rows). */
const HEADER_SEARCH = 25;
/** A row that sums or counts the rows above it rather than stating a KPI. */
const TOTAL_ROW = /^(?:grand\s+)?(?:totals?|sum|count|average|overall)(?:\s+(?:weighting|weightings|weights?|score|points|%))?\s*:?$/i;
/** A row whose first cell is a label ("Tier meaning:", "Last updated:"): a note under the register. */
const NOTE_LABEL = /^[^:]{1,40}:$/;
/** A measure names something: a cell of digits alone ("19" under "KPI") is a count of the rows above. */
const NAMES_SOMETHING = /\p{L}/u;

const filled = (cells: readonly Cell[]): Cell[] => cells.filter((c) => c.text.trim() !== '');
/** A row's filled cells as one comparable key, to know a repeated header row. */
const rowKey = (cells: readonly Cell[]): string =>
  filled(cells)
    .map((c) => nameKey(c.text))
    .join('\u0000');
/** A lone cell naming whom the table under it is for: "Team: Checkout", "Ramp Services — Role: Ramp Supervisor". */
const LABELLED =
  /(?:^|[—–|-]\s*)(?:team|role|position|post|job|department|dept\.?|unit|area|function|section|group|division|(?:kpi\s+)?owner|bereich|abteilung|rolle|équipe)\s*[:–—-]\s*(\S.*)$/iu;
/** A row of empty cells (";;;;") is a blank row, but its line is not blank. */
const separator = (r: CsvRecord): Block => ({ type: 'separator', line: r.line, endLine: r.endLine, column: 1 });
const oneLine = (c: Cell): Cell => ({ ...c, text: c.text.replace(/\s*\n\s*/g, ' ').trim() });

/**
 * The header row: the first of the top rows with a measure column and at least one other named
 * column; failing that, the first row with the most filled cells.
 */
function headerIndex(records: ReadonlyArray<{ cells: Cell[] }>, hints: ColumnHints): number {
  const top = records.slice(0, HEADER_SEARCH);
  const named = top.findIndex((r) => filled(r.cells).length >= 2 && tableColumns(r.cells.map(oneLine), hints).measure >= 0);
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

/** A register being read: its records, its header row and what its columns are. */
interface Sheet {
  records: CsvRecord[];
  at: number;
  header: CsvRecord;
  headerKey: string;
  columns: TableColumns;
  /** Whether the first title row may name the document (a workbook's second sheet does not). */
  titled: boolean;
}

const isHeader = (s: Sheet, k: number): boolean => s.records[k] !== undefined && rowKey(s.records[k]!.cells) === s.headerKey;

/** The next record after `k` with a filled cell. */
function nextFilled(s: Sheet, k: number): number {
  let n = k + 1;
  while (n < s.records.length && filled(s.records[n]!.cells).length === 0) n++;
  return n;
}

/** A lone cell right above a header row names the table under it ("Team: Checkout"): a heading. */
const namesTable = (s: Sheet, k: number): boolean => filled(s.records[k]!.cells).length === 1 && isHeader(s, nextFilled(s, k));

/** A lone cell numbered as the next part of the sheet after a numbered part above the header ("2." after "1."). */
function endsRegister(s: Sheet, text: string): boolean {
  const n = /^(\d{1,2})[.)]\s+\S/.exec(text);
  if (!n) return false;
  return s.records.slice(0, s.at).some((r) => {
    const cells = filled(r.cells);
    return cells.length === 1 && new RegExp(`^${Number(n[1]) - 1}[.)]\\s+\\S`).test(cells[0]!.text.trim());
  });
}

/**
 * A lone cell that can name the rows under it: "Role: X", or a short name that is no sentence,
 * note ("Note: …") or total row.
 */
const namesRows = (text: string): boolean =>
  LABELLED.test(text) || (text.length <= 80 && !/[.;,!?]$/.test(text) && !/:\s/.test(text) && !TOTAL_ROW.test(text));

function isKpiRow(s: Sheet, k: number): boolean {
  const cells = s.records[k]?.cells.map(oneLine) ?? [];
  return filled(cells).length >= 2 && NAMES_SOMETHING.test(cells[s.columns.measure]?.text ?? '');
}

/** A row naming what follows it, as a heading: "Team: Checkout" names "Checkout". */
function heading(r: CsvRecord, depth: number): Block {
  const cell = filled(r.cells)[0]!;
  const text = oneLine(cell).text;
  return { type: 'heading', depth, text: LABELLED.exec(text)?.[1] ?? text, line: r.line, endLine: r.endLine, column: cell.column };
}

/**
 * A row of fields naming the post the table under it is for, as a scorecard sheet heads each
 * block: "Position: | Wind Turbine Technician | Business unit: | Wind". A heading of the post.
 */
function postHeading(r: CsvRecord, depth: number): Block | null {
  const cells = filled(r.cells).map(oneLine);
  if (cells.length < 2) return null;
  const name = jobTitleField([cells.map((c) => c.text)], []);
  const cell = name ? cells.find((c) => c.text === name) : undefined;
  return cell ? { type: 'heading', depth, text: name!, line: r.line, endLine: r.endLine, column: cell.column } : null;
}

/** The rows above the header: the register's title, notes, and a row naming the first table. */
function aboveHeader(s: Sheet): Block[] {
  const blocks: Block[] = [];
  for (let k = 0; k < s.at; k++) {
    const r = s.records[k]!;
    const cells = filled(r.cells);
    const post = postHeading(r, s.titled ? 2 : 3);
    if (cells.length === 0) blocks.push(separator(r));
    else if (post) blocks.push(post);
    // The register's name, alone in its row above the header, is the document's title.
    else if (s.titled && cells.length === 1 && !blocks.some((b) => b.type === 'heading') && !namesTable(s, k)) blocks.push(heading(r, 1));
    else if (namesTable(s, k) && LABELLED.test(oneLine(cells[0]!).text)) blocks.push(heading(r, s.titled ? 2 : 3));
    else blocks.push(rowParagraph(r.cells, r.line, r.endLine)!);
  }
  return blocks;
}

/**
 * The header and the rows under it, as one table per header row (a register may repeat its header
 * for each team, under a row naming it); blank, total and note rows become paragraphs after it.
 */
function tables(s: Sheet, blocks: Block[]): void {
  let table: { rows: Cell[][]; line: number; end: number } | null = {
    rows: [s.header.cells.map(oneLine)],
    line: s.header.line,
    end: s.header.endLine,
  };
  let after: Block[] = [];
  /** The sheet's next numbered part has begun: no row is the register's until its header repeats. */
  let ended = false;
  const flush = () => {
    if (table) blocks.push({ type: 'table', rows: table.rows, delimiter: null, line: table.line, endLine: table.end, column: 1 });
    blocks.push(...after);
    table = null;
    after = [];
  };
  for (let k = s.at + 1; k < s.records.length; k++) {
    const r = s.records[k]!;
    const cells = r.cells.map(oneLine);
    const lone = filled(cells).length === 1 && filled(s.header.cells).length >= 3;
    const post = isHeader(s, k) ? null : postHeading(r, s.titled ? 2 : 3);
    if (filled(cells).length === 0) after.push(separator(r));
    else if (post) {
      // The next block of a scorecard sheet: its post's fields, then its header again.
      ended = false;
      flush();
      blocks.push(post);
    } else if (lone && (ended || endsRegister(s, filled(cells)[0]!.text))) {
      // "2. SAFETY / NEAR MISSES" after "1. TARGETS BY ROLE" above the header: the sheet's next
      // part, whose rows are not the register's, so they are read as paragraphs.
      flush();
      ended = true;
      blocks.push(rowParagraph(r.cells, r.line, r.endLine)!);
    } else if (isHeader(s, k) || namesTable(s, k)) {
      ended = false;
      flush();
      if (namesTable(s, k)) blocks.push(heading(r, s.titled ? 2 : 3));
      else table = { rows: [cells], line: r.line, end: r.endLine };
    } else if (lone && namesRows(filled(cells)[0]!.text) && isKpiRow(s, nextFilled(s, k))) {
      // A lone cell above KPI rows naming whom they are for, as a merged row across a register
      // does ("Role: Ramp Supervisor", "RESOURCER"), is a heading; the rows under it are a table
      // under the same header (not claimed again: line 0).
      flush();
      blocks.push(heading(r, s.titled ? 2 : 3));
      table = {
        rows: [s.header.cells.map((c) => ({ ...oneLine(c), line: 0, endLine: 0 }))],
        line: s.records[nextFilled(s, k)]!.line,
        end: r.endLine,
      };
    } else if (
      !table ||
      !NAMES_SOMETHING.test(cells[s.columns.measure]?.text ?? '') ||
      lone ||
      TOTAL_ROW.test(filled(cells)[0]!.text) ||
      NOTE_LABEL.test(filled(cells)[0]!.text)
    ) {
      // Rows without a measure, a lone cell under a wide header, total rows and labelled notes
      // ("Last updated: | 02/04/2025") are notes about the register, not KPIs.
      after.push(rowParagraph(r.cells, r.line, r.endLine)!);
    } else {
      if (after.length > 0) {
        // Notes or blank rows stood between this row and the rows above: the table above ends
        // there, so no line is in two blocks, and this row starts the next under the same header.
        flush();
        table = { rows: [s.header.cells.map((c) => ({ ...oneLine(c), line: 0, endLine: 0 }))], line: r.line, end: r.endLine };
      }
      table!.rows.push(cells);
      table!.end = r.endLine;
    }
  }
  flush();
}

/**
 * Reads delimited lines into blocks. `titled` says whether the first title row may name the
 * document (a workbook's second sheet does not); `hints` name columns the rules do not know.
 */
export function registerBlocks(
  lines: readonly string[],
  file = '',
  delimiter: Delimiter = sniffDelimiter(lines, file),
  titled = true,
  hints: ColumnHints = {},
): Block[] {
  const records = csvRecords(lines, delimiter);
  const at = headerIndex(records, hints);
  if (at < 0) return [];
  const header = records[at]!;
  const s: Sheet = {
    records,
    at,
    header,
    headerKey: rowKey(header.cells),
    columns: tableColumns(header.cells.map(oneLine), hints),
    titled,
  };
  const blocks = aboveHeader(s);
  // A sheet without a measure column (a cover sheet, a version history) holds no KPIs: its rows are paragraphs.
  if (s.columns.measure < 0) {
    for (const r of records.slice(at)) blocks.push(rowParagraph(r.cells, r.line, r.endLine) ?? separator(r));
    return blocks;
  }
  tables(s, blocks);
  return blocks;
}
