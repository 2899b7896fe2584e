/**
 * Splits delimited text (a spreadsheet saved as CSV or TSV) into records of cells, each with the
 * line and column it starts at. Quoted cells may hold the delimiter, doubled quotes and line
 * breaks, so one record can span several lines. The delimiter is the one the text uses most
 * consistently: Excel writes `;` where the decimal separator is a comma, and `,` elsewhere.
 */
import type { Cell } from './markdown-blocks.ts';

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  line: number;
  endLine: number;
  cells: Cell[];
}

/** How many times each delimiter stands outside quotes on one line. */
function countOutsideQuotes(line: string, delimiter: Delimiter): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) n++;
  }
  return n;
}

/**
 * The delimiter used on most of the first lines with the same count each time: the count of a
 * header and its rows agree, where commas inside prose or decimals ("99,5") do not.
 */
export function sniffDelimiter(lines: readonly string[], file = ''): Delimiter {
  if (/\.tsv$/i.test(file)) return '\t';
  const sample = lines.filter((l) => l.trim()).slice(0, 30);
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of ['\t', ';', ','] as const) {
    const counts = sample.map((l) => countOutsideQuotes(l, delimiter)).filter((n) => n > 0);
    if (counts.length === 0) continue;
    const mode = [...new Set(counts)].map((c) => counts.filter((x) => x === c).length).reduce((a, b) => Math.max(a, b), 0);
    const score = mode * 100 + Math.max(...counts);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Reads every record; a quote left open at the end closes there, so no text is ever dropped. */
export function csvRecords(lines: readonly string[], delimiter: Delimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: Cell[] = [];
  let cell: Cell | null = null;
  let quoted = false;
  let start = 1;
  const open = (line: number, column: number): Cell => ({ text: '', line, endLine: line, column });
  const close = (line: number) => {
    const c = cell ?? open(line, 1);
    c.text = c.text.trim();
    cells.push(c);
    cell = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const line = i + 1;
    if (!quoted) {
      start = cells.length === 0 ? line : start;
    } else if (cell) {
      (cell as Cell).text += '\n';
      (cell as Cell).endLine = line;
    }
    for (let k = 0; k < text.length; k++) {
      const c = text[k]!;
      if (quoted) {
        if (c === '"' && text[k + 1] === '"') {
          cell!.text += '"';
          k++;
        } else if (c === '"') quoted = false;
        else cell!.text += c;
        continue;
      }
      if (c === delimiter) {
        if (!cell) cell = open(line, k + 1);
        close(line);
        continue;
      }
      if (!cell) cell = open(line, k + 1);
      if (c === '"' && cell.text.trim() === '') {
        cell.text = '';
        quoted = true;
      } else cell.text += c;
    }
    if (quoted) continue;
    if (cell || cells.length > 0) close(line);
    records.push({ line: start, endLine: line, cells });
    cells = [];
  }
  if (cell || cells.length > 0) {
    close(lines.length);
    records.push({ line: start, endLine: lines.length, cells });
  }
  return records;
}
