/**
 * Decides whether a document is an HTML page (by its name or its first tag), Markdown or a
 * plain-text outline; Markdown and outlines are told apart by their content, not their name.
 */
import type { DocumentFormat } from '../schema.ts';

export interface FormatDecision {
  format: DocumentFormat;
  /** The first line that decided it (1-based), or 0 when nothing did and the default was taken. */
  line: number;
  reason: string;
}

/** An ATX heading, also inside list items; "# of deals closed" uses "#" as a number sign, not a heading. */
const ATX_HEADING = /^\s{0,3}(?:[-*+]\s+|\d+[.)]\s+)*#{1,6}(?:\s(?![ \t]*of\b)|$)/i;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-{2,})\s*$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
const OUTLINE_BULLET = /^\s*[•·▪◦‣]\s+\S/;

/** A page's first tag: a doctype, `<html>`, `<head>` or `<body>`, possibly after an XML declaration or a comment. */
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** A line laid out for a fixed-width page: a dot leader ("Answer time ...... 5 s") or columns of spaces. */
const LAID_OUT = /\S(?:\s*\.{4,}\s*| {3,})\S/;

/**
 * Whether the text is laid out as plain text is, in lines Markdown would run together into one
 * paragraph: then an "====" underline is plain text's own way to underline a heading, not
 * Markdown's. Indented lines (Markdown's code) and table rows do not count.
 */
function plainLayout(lines: readonly string[]): boolean {
  let laidOut = 0;
  for (const l of lines) if (!/^ {4}|^\t|\|/.test(l) && LAID_OUT.test(l.trim()) && ++laidOut >= 3) return true;
  return false;
}

/**
 * An .html or .htm file, or text that starts as a page does, is HTML. Markdown needs structure
 * only Markdown has: an ATX or setext heading, or a GFM table. A text with bullets but no
 * headings has no way to name roles in Markdown, so it is read as an outline.
 */
export function detectFormat(lines: readonly string[], file = ''): FormatDecision {
  if (/\.x?html?$/i.test(file)) return { format: 'html', line: 0, reason: 'an .html file' };
  if (/\.(?:csv|tsv)$/i.test(file)) return { format: 'csv', line: 0, reason: 'a spreadsheet saved as .csv or .tsv' };
  if (HTML_START.test(lines.slice(0, 50).join('\n'))) return { format: 'html', line: 1, reason: 'an HTML page' };
  const laidOut = plainLayout(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ATX_HEADING.test(line)) return { format: 'markdown', line: i + 1, reason: 'a Markdown heading' };
    if (TABLE_DELIMITER.test(line)) return { format: 'markdown', line: i + 1, reason: 'a Markdown table' };
    if (i > 0 && SETEXT_UNDERLINE.test(line) && /\S/.test(lines[i - 1]!) && !/^\s*[-*+•]\s/.test(lines[i - 1]!)) {
      // A rule of "=" above the text too boxes a title, as plain-text boards and reports draw it.
      const boxed = lines.slice(Math.max(0, i - 4), i - 1).some((l) => /^\s*={3,}\s*$/.test(l));
      if (/=/.test(line) && !boxed && !laidOut) return { format: 'markdown', line: i + 1, reason: 'a Markdown heading underline' };
    }
  }
  const bullet = lines.findIndex((l) => OUTLINE_BULLET.test(l));
  if (bullet >= 0) return { format: 'outline', line: bullet + 1, reason: 'an outline bullet' };
  return { format: 'outline', line: 0, reason: 'no Markdown headings or tables' };
}
