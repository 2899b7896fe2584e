/**
 * Reads one document from its bytes: sniffs, decodes, normalises, detects the format, parses,
 * reads every KPI's target, and proves that every non-blank line was accounted for exactly once.
 */
import { baseName } from '../base-name.ts';
import { DIRECTION_CONTROL_RE } from '../control-characters.ts';
import { diagnostic } from '../diagnostic.ts';
import { groupBy } from '../group-by.ts';
import { plural } from '../plural.ts';
import { quote } from '../quote.ts';
import type { Diagnostic, DocumentFormat, HandbookDocument, Normalisation } from '../schema.ts';
import { accountLines, type LineCoverage } from './account-lines.ts';
import { decodeText } from './decode-text.ts';
import { detectFormat, type FormatDecision } from './detect-format.ts';
import { docxParagraphs } from './docx-paragraphs.ts';
import type { DraftDocument, MeasuredKpi } from './draft.ts';
import { htmlTree } from './html-tree.ts';
import { DEFAULT_LIMITS, overLimit, type ReadingLimits } from './limits.ts';
import { type Block, shiftBlock } from './markdown-blocks.ts';
import { measureKpis } from './measure-kpis.ts';
import { normalizeText, normalizeTree } from './normalize-text.ts';
import { parseHtmlTree } from './parse-html.ts';
import { draftFromBlocks, parseMarkdown } from './parse-markdown.ts';
import { parseOutline } from './parse-outline.ts';
import { documentIdSchema, type ReadingHints } from './reading-hints.ts';
import { registerBlocks } from './register-blocks.ts';
import { sniffBytes } from './sniff-bytes.ts';
import { type Unpacked, unpackDocument, type WorkbookSheet } from './unpack-document.ts';
import { decodeWindows1252 } from './windows-1252.ts';

export interface ParsedDocument {
  file: string;
  /** The id an editor pinned (front matter `id:` or a reading hint), which the file name then does not decide. */
  pinnedId?: string;
  format: DocumentFormat;
  title: string;
  titleLine: number | null;
  introduction: string | null;
  lines: string[];
  originalLines: string[];
  encoding: HandbookDocument['encoding'];
  bytes: number;
  normalisations: Normalisation[];
  /** The parser's draft, each KPI with its target read and its measure inferred. */
  draft: DraftDocument<MeasuredKpi>;
  coverage: LineCoverage;
}

export interface ParseResult {
  document: ParsedDocument | null;
  diagnostics: Diagnostic[];
}

/**
 * A readable title from a file name when the document has none ("kpis_2024-q1.txt" → "kpis
 * 2024-q1"); control and direction characters, which a name may carry, are left out.
 */
const titleFromFile = (file: string): string =>
  baseName(file)
    .replace(/\.[^.]+$/, '')
    .replace(/\p{Cc}/gu, '')
    .replace(DIRECTION_CONTROL_RE, '')
    .replace(/[_]+/g, ' ')
    .trim() || file;

/**
 * Reads one document, opening it first when it is a Word document or a .zip (unpackDocument is
 * the only asynchronous step); `file` is its path as shown in messages, e.g. "seeds/000.txt".
 */
export async function readDocument(
  file: string,
  bytes: Uint8Array,
  hints: ReadingHints = {},
  limits = DEFAULT_LIMITS,
): Promise<ParseResult> {
  return parseDocument(file, bytes, await unpackDocument(file, bytes, limits), hints, limits);
}

/** An old binary Office file: a password-protected .docx is one too, holding an "EncryptedPackage" stream. */
function legacyOffice(file: string, bytes: Uint8Array): Diagnostic {
  const text = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  if (text.includes('EncryptedPackage'))
    return diagnostic(
      'protected-word-document',
      file,
      0,
      0,
      'Ignored: this Word document is password-protected, so it cannot be read. Save a copy without the password (File → Info → Protect Document) and add that instead.',
    );
  return diagnostic(
    'legacy-word-document',
    file,
    0,
    0,
    'Ignored: this is an old binary Word (.doc) or Excel (.xls) file. Open it in Word and save it as .docx (Word Document), then add that file instead.',
  );
}

/**
 * Parses one document; `unpacked` is what unpackDocument made of a ZIP container (a Word
 * document or a zipped web page), which must be opened before this synchronous step.
 */
export function parseDocument(
  file: string,
  bytes: Uint8Array,
  unpacked: Unpacked | null = null,
  hints: ReadingHints = {},
  limits: ReadingLimits = DEFAULT_LIMITS,
): ParseResult {
  try {
    const result = dispatch(file, bytes, unpacked, hints, limits);
    const pinned = hints.id ?? (result.document && frontMatterId(result.document.lines));
    if (result.document && pinned) result.document.pinnedId = pinned;
    return result;
  } catch (error) {
    // The limits keep known hazards out; anything else must still name the file and let the
    // build list every other message, not end in a bare stack trace.
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      document: null,
      diagnostics: [
        diagnostic(
          'read-failed',
          file,
          0,
          0,
          `Not read: reading stopped with ${quote(cause.slice(0, 200))}. Move the file out of the seeds folder and report the problem with the file attached.`,
        ),
      ],
    };
  }
}

function dispatch(file: string, bytes: Uint8Array, unpacked: Unpacked | null, hints: ReadingHints, limits: ReadingLimits): ParseResult {
  if (unpacked?.kind === 'failed') return { document: null, diagnostics: [unpacked.diagnostic] };
  if (unpacked?.kind === 'docx') return parseDocx(file, bytes, unpacked, hints, limits);
  if (unpacked?.kind === 'page') return parseText(file, unpacked.bytes, 'html', hints, limits);
  if (unpacked?.kind === 'workbook') return parseWorkbook(file, bytes, unpacked.sheets, hints);
  return parseText(file, bytes, null, hints, limits);
}

/** An `id:` in a document's front matter (between "---" lines at its top), when it is a valid document id. */
function frontMatterId(lines: readonly string[]): string | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  for (let i = 1; i < Math.min(lines.length, 50) && lines[i]!.trim() !== '---'; i++) {
    const id = /^id:\s*(["']?)([^"'\s]+)\1\s*$/.exec(lines[i]!)?.[2];
    if (id && documentIdSchema.safeParse(id).success) return id;
  }
  return undefined;
}

/** The error for text past the text or block limit, or for Markdown nested past the depth limit; null when within them. */
function textOverLimit(file: string, lines: readonly string[], markdown: boolean, limits: ReadingLimits): Diagnostic | null {
  const chars = lines.reduce((n, l) => n + l.length + 1, 0);
  if (chars > limits.maxTextMB * 1e6)
    return overLimit(file, 'maxTextMB', limits, `it holds ${(chars / 1e6).toFixed(1)} million characters`);
  let blocks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() && ++blocks > limits.maxBlocks)
      return overLimit(file, 'maxBlocks', limits, `it holds more than ${limits.maxBlocks.toLocaleString('en')} non-blank lines`, i + 1, 1);
    if (markdown && line.length > limits.maxDepth) {
      const depth = markdownDepth(line);
      if (depth > limits.maxDepth) return overLimit(file, 'maxDepth', limits, `quotes and lists here are nested ${depth} deep`, i + 1, 1);
    }
  }
  return null;
}

/**
 * How deeply a Markdown line's prefix nests: one level per quote marker or list marker, and one
 * per two columns of indentation before the first (a nested list item sits two or more columns
 * in). Only lines longer than the limit can pass it, so ordinary lines are never measured.
 */
function markdownDepth(line: string): number {
  const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
  const prefix = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))*/.exec(line)![0];
  const markers = prefix.match(/>|[-*+][ \t]|\d[.)][ \t]/g)?.length ?? 0;
  return markers + Math.floor(indent / 2);
}

/** Parses a text document: Markdown, an outline or an HTML page (`format` forces one). */
/** Why bytes that are no text document are not read: an Office or PDF file, a binary or an empty file; null for text. */
function refusal(file: string, bytes: Uint8Array, sniff: ReturnType<typeof sniffBytes>): Diagnostic | null {
  if (sniff.kind === 'document') {
    if (sniff.format.startsWith('legacy Office')) return legacyOffice(file, bytes);
    // The loader opens every ZIP container first (readDocument); only a caller that did not reaches this.
    const packed = sniff.format.startsWith('ZIP');
    return diagnostic(
      'not-a-text-document',
      file,
      0,
      0,
      packed
        ? `Ignored: this ${sniff.format} file was not opened before reading; read it with readDocument.`
        : `Ignored: this is a ${sniff.format} file, which the handbook does not read. Export it as Markdown, text, a web page (.html) or a Word document (.docx) and add that file instead.`,
    );
  }
  if (sniff.kind === 'binary') {
    return diagnostic(
      'binary-file',
      file,
      0,
      0,
      `This file is binary (byte ${sniff.offset} is a control character), not a KPI document. Remove it from seeds/ or replace it with a Markdown or text export.`,
    );
  }
  if (sniff.kind === 'empty') return diagnostic('empty-document', file, 0, 0, 'Skipped: the document is empty or holds only white space.');
  return null;
}

function parseText(file: string, bytes: Uint8Array, format: 'html' | null, hints: ReadingHints, limits: ReadingLimits): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const sniff = sniffBytes(bytes);
  const refused = refusal(file, bytes, sniff);
  if (refused || sniff.kind !== 'text') return { document: null, diagnostics: refused ? [refused] : [] };
  // Counted before decoding, so that a page unpacked from a .zip is not decoded whole to find out.
  const chars = sniff.utf16 ? bytes.length / 2 : utf8Characters(bytes);
  if (chars > limits.maxTextMB * 1e6) {
    return {
      document: null,
      diagnostics: [overLimit(file, 'maxTextMB', limits, `it holds ${(chars / 1e6).toFixed(1)} million characters`)],
    };
  }

  const decoded = decodeText(bytes, sniff.utf16);
  if (sniff.utf16) {
    const order = sniff.utf16 === 'utf-16le' ? 'little-endian' : 'big-endian';
    diagnostics.push(
      diagnostic(
        'utf-16-read',
        file,
        0,
        0,
        `Read as UTF-16 (${order}), as Notepad and Excel save "Unicode" text; saving it as UTF-8 is smaller and safer.`,
      ),
    );
  }
  const { lines, originalLines, normalisations } = normalizeText(decoded.text);
  if (decoded.encoding === 'windows-1252') {
    const before = decodeWindows1252(bytes.subarray(0, decoded.invalidAt ?? 0));
    const line = before.split(/\r\n|\n|\r/).length;
    const column = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    diagnostics.push(
      diagnostic(
        'not-utf-8',
        file,
        line,
        column,
        `Not valid UTF-8 (first bad byte at offset ${decoded.invalidAt}); read as Windows-1252. Save the file as UTF-8 to be sure every character is right.`,
      ),
    );
    normalisations.push({ kind: 'windows-1252', line, column, from: 'windows-1252', to: 'utf-8' });
  }
  diagnostics.push(...normalisationDiagnostics(file, normalisations));

  const decision: FormatDecision = format ? { format, line: 0, reason: 'a web page in a .zip' } : detectFormat(lines, file);
  // Past a limit, the document is not read: what reading found so far is said, then why.
  const notRead = (why: Diagnostic): ParseResult => ({ document: null, diagnostics: [...diagnostics, why] });
  const over = textOverLimit(file, lines, decision.format === 'markdown', limits);
  if (over) return notRead(over);
  let draft: DraftDocument;
  if (decision.format === 'html') {
    const read = htmlTree(lines.join('\n'), limits.maxDepth);
    if ('tooDeep' in read) {
      const { depth, line, column } = read.tooDeep;
      return notRead(overLimit(file, 'maxDepth', limits, `elements here are nested ${depth} deep`, line, column));
    }
    if (read.blocks > limits.maxBlocks)
      return notRead(overLimit(file, 'maxBlocks', limits, `it holds ${read.blocks.toLocaleString('en')} paragraphs, items and rows`));
    const page = parseHtmlTree(read.tree, lines, file, 'page', hints, read.swallowed);
    if (!page.hasContent) return { document: null, diagnostics: [...diagnostics, ...page.draft.diagnostics] };
    draft = page.draft;
  } else if (decision.format === 'csv')
    draft = draftFromBlocks(registerBlocks(lines, file, undefined, true, hints.columns), lines, file, hints);
  else draft = decision.format === 'markdown' ? parseMarkdown(lines.join('\n'), file, hints) : parseOutline(lines, file, hints);
  return finish(
    { file, format: decision.format, reason: decision.reason, lines, originalLines, encoding: decoded.encoding, bytes, normalisations },
    draft,
    diagnostics,
  );
}

/** Says what normalisation changed: a BOM, line ends, each mojibake repair, and how many non-breaking spaces. */
function normalisationDiagnostics(file: string, normalisations: readonly Normalisation[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const n of normalisations) {
    if (n.kind === 'bom') diagnostics.push(diagnostic('bom-stripped', file, 1, 1, 'Removed a byte-order mark at the start of the file.'));
    if (n.kind === 'crlf')
      diagnostics.push(diagnostic('crlf-normalised', file, n.line, n.column, 'Read Windows (CRLF) line endings as plain line breaks.'));
    if (n.kind === 'mojibake') {
      diagnostics.push(
        diagnostic(
          'mojibake-repaired',
          file,
          n.line,
          n.column,
          `Repaired mis-decoded text "${n.from}" → "${n.to}". Save the document as UTF-8 to fix it at the source.`,
        ),
      );
    }
  }
  const bidi = groupBy(
    normalisations.filter((n) => n.kind === 'bidi'),
    (n) => n.line,
  );
  for (const [line, found] of bidi) {
    const codes = [...new Set(found.map((n) => `U+${n.from.codePointAt(0)!.toString(16).toUpperCase()}`))].join(', ');
    diagnostics.push(
      diagnostic(
        'bidi-control-removed',
        file,
        line,
        found[0]!.column,
        `Removed ${plural(found.length, 'invisible text-direction control')} (${codes}), which can make a name display as something else. Check the line in the document's source; type it again without them if it was copied from elsewhere.`,
      ),
    );
  }
  const nbsp = normalisations.filter((n) => n.kind === 'nbsp');
  if (nbsp.length > 0) {
    diagnostics.push(
      diagnostic(
        'nbsp-normalised',
        file,
        nbsp[0]!.line,
        nbsp[0]!.column,
        `Read ${nbsp.length} non-breaking space${nbsp.length === 1 ? '' : 's'} as ordinary space${nbsp.length === 1 ? '' : 's'}.`,
      ),
    );
  }
  return diagnostics;
}

/**
 * An Excel workbook: its lines are its rows, cells separated by tabs (a line break inside a cell
 * read as a space), and each sheet is read as a register. With several sheets, each starts with a
 * line naming it, read as a heading over that sheet.
 */
function parseWorkbook(file: string, bytes: Uint8Array, sheets: readonly WorkbookSheet[], hints: ReadingHints): ParseResult {
  const used = sheets.filter((s) => s.rows.some((r) => r.some((c) => c.trim())));
  const lines: string[] = [];
  const asWritten: string[] = [];
  const blocks: Block[] = [];
  for (const sheet of used) {
    if (used.length > 1) {
      const name = sheet.name.replace(DIRECTION_CONTROL_RE, '');
      asWritten.push(sheet.name);
      lines.push(name);
      blocks.push({ type: 'heading', depth: 2, text: name, line: lines.length, endLine: lines.length, column: 1 });
    }
    const offset = lines.length;
    const written = sheet.rows.map((r) =>
      r
        .map((c) => c.replace(/[\t\r\n]+/g, ' '))
        .join('\t')
        .replace(/\t+$/, ''),
    );
    // Normalised below for the record of what changed; read without direction controls.
    const rows = written.map((row) => row.replace(DIRECTION_CONTROL_RE, ''));
    asWritten.push(...written);
    lines.push(...rows);
    for (const b of registerBlocks(rows, file, '\t', used.length === 1, hints.columns)) blocks.push(shiftBlock(b, offset));
  }
  if (blocks.length === 0)
    return { document: null, diagnostics: [diagnostic('empty-document', file, 0, 0, 'Skipped: the workbook has no filled cells.')] };
  const { originalLines, normalisations } = normalizeText(asWritten.join('\n'));
  const diagnostics = normalisationDiagnostics(file, normalisations);
  return finish(
    { file, format: 'xlsx', reason: 'an Excel workbook', lines, originalLines, encoding: 'utf-8', bytes, normalisations },
    draftFromBlocks(blocks, lines, file, hints),
    diagnostics,
  );
}

/** A Word document, converted to HTML by unpackDocument: its lines are its paragraphs. */
function parseDocx(
  file: string,
  bytes: Uint8Array,
  docx: Extract<Unpacked, { kind: 'docx' }>,
  hints: ReadingHints,
  limits: ReadingLimits,
): ParseResult {
  if (docx.html.length > limits.maxTextMB * 1e6) {
    const what = `its text converts to ${(docx.html.length / 1e6).toFixed(1)} million characters`;
    return { document: null, diagnostics: [overLimit(file, 'maxTextMB', limits, what)] };
  }
  const diagnostics = docx.notes.map((n) => diagnostic('word-note', file, n.paragraph, n.paragraph > 0 ? 1 : 0, n.message));
  const paragraphs = docxParagraphs(docx.html);
  const { lines, originalLines, normalisations } = normalizeText(paragraphs.lines.join('\n'));
  diagnostics.push(...normalisationDiagnostics(file, normalisations));
  const tree = normalizeTree(paragraphs.tree);
  const page = parseHtmlTree(tree, lines, file, 'Word document', hints);
  if (!page.hasContent) return { document: null, diagnostics: [...diagnostics, ...page.draft.diagnostics] };
  return finish(
    { file, format: 'docx', reason: 'a Word document', lines, originalLines, encoding: 'utf-8', bytes, normalisations },
    page.draft,
    diagnostics,
  );
}

interface ReadText {
  file: string;
  format: DocumentFormat;
  /** Why the format was chosen, for the no-roles message. */
  reason: string;
  lines: string[];
  originalLines: string[];
  encoding: HandbookDocument['encoding'];
  bytes: Uint8Array;
  normalisations: Normalisation[];
}

/** What every format shares once parsed: duplicate roles, targets, and the proof that no line was lost. */
function finish(text: ReadText, draft: DraftDocument, diagnostics: Diagnostic[]): ParseResult {
  const { file, lines } = text;
  diagnostics.push(...draft.diagnostics);

  const seen = new Map<string, number>();
  for (const role of draft.roles) {
    const key = role.name.toLowerCase();
    if (seen.has(key)) {
      diagnostics.push(
        diagnostic(
          'duplicate-role',
          file,
          role.line,
          role.column,
          `Role ${quote(role.name)} already appears at line ${seen.get(key)}; both are kept with distinct ids. Rename one if they are different roles.`,
        ),
      );
    } else seen.set(key, role.line);
  }
  if (draft.roles.length === 0) {
    diagnostics.push(
      diagnostic(
        'no-roles',
        file,
        0,
        0,
        `No roles found (read as ${text.format}: ${text.reason}). Roles are headings (Markdown, HTML, Word) or short lines followed by bullets (outline).`,
      ),
    );
  }

  const measured = measureKpis(file, lines, draft, diagnostics);

  const accounting = accountLines(file, lines, draft.accounts, text.format === 'html' || text.format === 'docx');
  diagnostics.push(...accounting.diagnostics);
  return {
    document: {
      file,
      format: text.format,
      title: draft.title?.text ?? titleFromFile(file),
      titleLine: draft.title?.line ?? null,
      introduction: draft.introduction.length > 0 ? draft.introduction.join('\n\n') : null,
      lines,
      originalLines: text.originalLines,
      encoding: text.encoding,
      bytes: text.bytes.length,
      normalisations: text.normalisations,
      draft: measured,
      coverage: accounting.coverage,
    },
    diagnostics,
  };
}

/** How many characters UTF-8 bytes hold: every byte but continuation bytes starts one. */
function utf8Characters(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if ((bytes[i]! & 0xc0) !== 0x80) n++;
  return n;
}
