/**
 * The one asynchronous step of reading: a ZIP container (a Word .docx, or a .zip such as Google
 * Docs' "Web page (.html, zipped)") is opened here, before the synchronous parser reads what is in
 * it. Everything else needs no unpacking.
 */
import JSZip from 'jszip';
import readExcelFile from 'read-excel-file/universal';
import { diagnostic } from '../diagnostic.ts';
import type { Diagnostic } from '../schema.ts';
import { type DocxHtml, docxToHtml } from './docx-to-html.ts';
import { DEFAULT_LIMITS, megabytes, overLimit, type ReadingLimits } from './limits.ts';
import { formattedCells, shownText } from './workbook-number-formats.ts';

export type Unpacked =
  /** A Word document, converted to HTML. */
  | ({ kind: 'docx' } & DocxHtml)
  /** The one web page inside a .zip, read as an HTML document; `inner` is its name in the archive. */
  | { kind: 'page'; inner: string; bytes: Uint8Array }
  /** An Excel workbook: each sheet's rows of cells, as text. */
  | { kind: 'workbook'; sheets: WorkbookSheet[] }
  /** A container that could not be read; the diagnostic says why and what to do. */
  | { kind: 'failed'; diagnostic: Diagnostic };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export interface WorkbookSheet {
  name: string;
  rows: string[][];
}

/** A cell's value as the sheet shows it in text: numbers in JavaScript's shortest form, dates as ISO days. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * Reads every sheet of an Excel workbook with read-excel-file (see the README for why that
 * library), showing formatted cells as the sheet does ("90%", "£4500000", not the stored 0.9 or 4500000).
 */
async function readWorkbook(zip: JSZip, bytes: Uint8Array): Promise<WorkbookSheet[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const [sheets, formats] = await Promise.all([readExcelFile(buffer), formattedCells(zip)]);
  return sheets.map((s) => {
    const formatted = formats.get(s.sheet);
    const shown = (value: unknown, row: number, column: number): string => {
      const cell = formatted?.get(`${row},${column}`);
      return typeof value === 'number' && cell?.stored === value ? shownText(cell) : cellText(value);
    };
    return { name: s.sheet, rows: s.data.map((r, i) => r.map((v, j) => shown(v, i, j))) };
  });
}

/** Whether the bytes are a ZIP container (a .docx, .xlsx, .odt or .zip), which needs unpackDocument. */
export function needsUnpacking(bytes: Uint8Array): boolean {
  return ZIP.every((b, i) => bytes[i] === b);
}

/** A container not read, for the reason the diagnostic gives. */
const refused = (d: Diagnostic): Unpacked => ({ kind: 'failed', diagnostic: d });

const failed = (file: string, code: 'unreadable-word-document' | 'unreadable-workbook' | 'unreadable-archive', message: string): Unpacked =>
  refused(diagnostic(code, file, 0, 0, message));

/** What an archive holds once inflated: its size, and its paragraphs and rows (Word's `<w:p>`, a sheet's `<row>`). */
interface Expanded {
  bytes: number;
  blocks: number;
  /** Each part's size once inflated. */
  sizes: Map<string, number>;
  /** The part that passed the size limit, when one did. */
  over: string | null;
}

const BLOCK_TAG = /<w:p[ >]|<row[ >]/g;

/**
 * Inflates every part of the archive as a stream, counting, before anything keeps the bytes: an
 * expansion bomb (a small file that inflates to gigabytes) stops at the limit, whatever sizes
 * its headers claim.
 */
async function measureExpansion(zip: JSZip, limits: ReadingLimits): Promise<Expanded> {
  const most = limits.maxExpandedMB * 1e6;
  const expanded: Expanded = { bytes: 0, blocks: 0, sizes: new Map(), over: null };
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const counts = /^word\/document\.xml$|^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      let tail = '';
      stream.on('data', (chunk: Buffer) => {
        if (expanded.over) return;
        expanded.bytes += chunk.length;
        expanded.sizes.set(entry.name, (expanded.sizes.get(entry.name) ?? 0) + chunk.length);
        if (counts) {
          // A tag may straddle two chunks: the last few characters are read again with the next.
          const text = tail + chunk.toString('latin1');
          expanded.blocks += text.match(BLOCK_TAG)?.length ?? 0;
          tail = text.slice(-5).replace(/^.*>/s, '');
        }
        if (expanded.bytes > most) {
          expanded.over = entry.name;
          stream.pause();
          resolve();
        }
      });
      stream.on('end', () => resolve());
      stream.on('error', reject);
    });
    if (expanded.over) break;
  }
  return expanded;
}

/** Opens a ZIP container; returns null for bytes that are not one. Never throws. */
export async function unpackDocument(file: string, bytes: Uint8Array, limits: ReadingLimits = DEFAULT_LIMITS): Promise<Unpacked | null> {
  if (!needsUnpacking(bytes)) return null;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    const what = /\.docx$/i.test(file) ? 'Word document' : 'ZIP archive';
    return failed(
      file,
      /\.docx$/i.test(file) ? 'unreadable-word-document' : 'unreadable-archive',
      `This ${what} is damaged and cannot be opened (${(error as Error).message}). Open it in Word or your archive tool, save it again, and replace this file.`,
    );
  }
  const expanded = await measureExpansion(zip, limits).catch((error: Error) => ({ error }));
  if ('error' in expanded)
    return failed(
      file,
      'unreadable-archive',
      `This archive is damaged and cannot be inflated (${expanded.error.message}). Save it again and replace this file.`,
    );
  if (expanded.over)
    return refused(overLimit(file, 'maxExpandedMB', limits, `inflating it passed ${megabytes(expanded.bytes)} in ${expanded.over}`));
  if (expanded.blocks > limits.maxBlocks)
    return refused(overLimit(file, 'maxBlocks', limits, `it holds ${expanded.blocks.toLocaleString('en')} paragraphs and rows`));
  if (zip.file('word/document.xml')) {
    try {
      return { kind: 'docx', ...(await docxToHtml(bytes)) };
    } catch (error) {
      return failed(
        file,
        'unreadable-word-document',
        `This Word document cannot be read (${(error as Error).message}). Open it in Word, save it again as .docx, and replace this file.`,
      );
    }
  }
  if (zip.file('xl/workbook.xml')) {
    try {
      return { kind: 'workbook', sheets: await readWorkbook(zip, bytes) };
    } catch (error) {
      return failed(
        file,
        'unreadable-workbook',
        `This Excel workbook cannot be read (${(error as Error).message}). Open it in Excel, save it again as .xlsx (or as CSV), and replace this file.`,
      );
    }
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir && !n.startsWith('__MACOSX/'));
  if (names.some((n) => /^ppt\/|^content\.xml$/.test(n))) {
    return failed(
      file,
      'unreadable-archive',
      'This is a presentation or OpenDocument file, not a KPI document. Save it as .docx, .xlsx, Markdown or text and add that file instead.',
    );
  }
  const pages = names.filter((n) => /\.html?$/i.test(n));
  if (pages.length !== 1) {
    const found = pages.length === 0 ? 'no web page (.html)' : `${pages.length} web pages (${pages.slice(0, 3).join(', ')})`;
    return failed(
      file,
      'unreadable-archive',
      `This ZIP archive holds ${found}; only an archive with exactly one .html page (Google Docs' "Web page (.html, zipped)") is read. Unzip it and add the page itself.`,
    );
  }
  // The page is a file of its own: one past the file limit is not taken out of the archive at all.
  const size = expanded.sizes.get(pages[0]!) ?? 0;
  if (size > limits.maxFileMB * 1e6)
    return refused(overLimit(file, 'maxFileMB', limits, `the page ${pages[0]} inside it is ${megabytes(size)}`));
  return { kind: 'page', inner: pages[0]!, bytes: await zip.file(pages[0]!)!.async('uint8array') };
}
