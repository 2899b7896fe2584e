/** How the editors' pages name a document's format and encoding, and what its lines are. */
import type { DocumentFormat, HandbookDocument } from '../schema.ts';

export const FORMAT_NAME: Record<DocumentFormat, string> = {
  markdown: 'Markdown',
  outline: 'plain-text outline',
  html: 'web page (HTML)',
  docx: 'Word document',
  csv: 'spreadsheet register (CSV)',
  xlsx: 'Excel workbook',
};

export const ENCODING_NAME: Record<HandbookDocument['encoding'], string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16 little-endian',
  'utf-16be': 'UTF-16 big-endian',
};

/** What a document's numbered lines are: a Word document's are its paragraphs (a table row is one), a workbook's its rows. */
export const lineNoun = (format: DocumentFormat): 'paragraph' | 'row' | 'line' =>
  format === 'docx' ? 'paragraph' : format === 'xlsx' ? 'row' : 'line';

/**
 * The most lines, and characters of one line, that a document's source view shows: a saved page
 * with inline scripts would otherwise make a page of many megabytes. A real handbook's documents
 * have their roles and KPIs well inside both.
 */
export const SOURCE_VIEW_LINES = 5000;
export const SOURCE_VIEW_LINE_CHARS = 2000;
