/**
 * Registers made from a parsed document, for the parse benchmark: one row per KPI (Department,
 * Role, KPI, Target), written as CSV and as a minimal Excel workbook (.xlsx built with JSZip, one
 * sheet of inline strings), so the register readers can be timed on the same KPIs as the others.
 */
import JSZip from 'jszip';
import { readDocument } from '../../src/lib/read/parse-document.ts';

export type Row = readonly string[];

/** The rows of a document's KPIs, with its roles' groups; copies past the first number their roles so they stay distinct. */
export async function registerRows(file: string, bytes: Uint8Array, copies: number): Promise<Row[]> {
  const { document } = await readDocument(file, bytes);
  if (!document) throw new Error(`${file} could not be read`);
  const one = document.draft.roles.flatMap((r) =>
    r.kpis.map((k) => [r.group?.name ?? '', r.name, k.name, k.targetCell?.text ?? k.target?.raw ?? '']),
  );
  const rows: Row[] = [['Department', 'Role', 'KPI', 'Target']];
  for (let c = 0; c < copies; c++) rows.push(...one.map(([g, r, k, t]) => [g!, c === 0 ? r! : `${r} ${c + 1}`, k!, t!]));
  return rows;
}

const quoteCell = (cell: string): string => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
export const toCsv = (rows: readonly Row[]): string => `${rows.map((r) => r.map(quoteCell).join(',')).join('\r\n')}\r\n`;

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));

/** A one-sheet workbook of inline strings, as small as Excel still opens. */
export async function toXlsx(rows: readonly Row[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="KPIs" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  const body = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((c, j) => `<c r="${column(j)}${i + 1}" t="inlineStr"><is><t>${xml(c)}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
