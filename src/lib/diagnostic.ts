/**
 * The one kind of message the handbook gives about its input: parse problems, repairs, content
 * references and document-health findings alike. Every code is listed here once, with the module
 * that emits it and its severity, so a typo in a code (or a suppression naming an unknown code) is
 * caught by the type checker or the schema instead of silently matching nothing.
 */

import { escapeControls } from './control-characters.ts';
import type { Diagnostic, Severity } from './schema.ts';

interface CodeInfo {
  /** The one module that emits the code, under src/lib/. */
  owner: string;
  severity: Severity;
  /** What it finds, for the README and the editors' page. */
  finds: string;
}

export const DIAGNOSTIC_CODES = {
  'skipped-file': { owner: 'read/intake', severity: 'info', finds: 'a hidden file, editor backup or README in the seeds folder, not read' },
  'link-outside-seeds': {
    owner: 'read/intake',
    severity: 'warning',
    finds: 'a symbolic link in the seeds folder that points outside it, not followed',
  },
  'over-limit': {
    owner: 'read/limits',
    severity: 'error',
    finds: 'a file past a reading limit (size, expanded size, text, nesting or blocks), not read',
  },
  'unreadable-file': {
    owner: 'read/intake',
    severity: 'error',
    finds: 'a file the build may not open (permissions) or that failed to read; the message names the cause',
  },
  'read-failed': {
    owner: 'read/parse-document',
    severity: 'error',
    finds: 'a file whose reading stopped with an unexpected error (a bug): the file is named, the build goes on to list the rest',
  },
  'file-vanished': { owner: 'read/intake', severity: 'warning', finds: 'a file deleted between listing the folder and reading it' },
  'file-changed-while-read': {
    owner: 'read/intake',
    severity: 'warning',
    finds: 'a file that kept changing while the build read it, so what was published may be part-written',
  },
  'special-file': { owner: 'read/intake', severity: 'info', finds: 'a pipe, socket or device in the seeds folder, not read' },
  'link-loop': { owner: 'read/intake', severity: 'warning', finds: 'a symbolic link that leads back to itself, not followed' },
  'unclosed-element': {
    owner: 'read/html-tree',
    severity: 'warning',
    finds: 'an unclosed comment, <script>, <style>, <textarea>, <plaintext>, <select> and the like that hides the rest of a page',
  },
  'bidi-control-removed': {
    owner: 'read/normalize-text',
    severity: 'warning',
    finds: 'a right-to-left override or isolate character, which can disguise a name, removed',
  },
  'binary-file': { owner: 'read/parse-document', severity: 'error', finds: 'a file that is binary, not a KPI document' },
  'not-a-text-document': {
    owner: 'read/parse-document',
    severity: 'warning',
    finds: 'a PDF or RTF file, ignored: export it as Markdown, text, HTML or .docx',
  },
  'legacy-word-document': {
    owner: 'read/parse-document',
    severity: 'warning',
    finds: 'an old binary Word (.doc) or Excel file, ignored: save it as .docx',
  },
  'protected-word-document': {
    owner: 'read/parse-document',
    severity: 'warning',
    finds: 'a password-protected Word document, ignored: save a copy without the password',
  },
  'unreadable-word-document': {
    owner: 'read/unpack-document',
    severity: 'error',
    finds: 'a damaged .docx that cannot be opened, whose content would be missing',
  },
  'unreadable-workbook': {
    owner: 'read/unpack-document',
    severity: 'error',
    finds: 'a damaged .xlsx that cannot be opened, whose content would be missing',
  },
  'unreadable-archive': {
    owner: 'read/unpack-document',
    severity: 'warning',
    finds: 'a .zip without exactly one web page, or a presentation or OpenDocument file, ignored',
  },
  'word-note': {
    owner: 'read/parse-document',
    severity: 'info',
    finds: 'a Word style the handbook does not know, or an image, named by paragraph',
  },
  'html-no-content': {
    owner: 'read/parse-html',
    severity: 'warning',
    finds: 'a web page or Word document with no content to read, ignored',
  },
  'html-mostly-chrome': {
    owner: 'read/parse-html',
    severity: 'warning',
    finds: 'a web page whose text is mostly navigation or page frame',
  },
  'unsafe-link-removed': {
    owner: 'read/parse-html',
    severity: 'info',
    finds: 'a javascript: or data: link in a web page, kept as text without the link',
  },
  'empty-document': { owner: 'read/parse-document', severity: 'warning', finds: 'a file with no text' },
  'not-utf-8': { owner: 'read/parse-document', severity: 'warning', finds: 'a file that is not UTF-8, read as Windows-1252' },
  'utf-16-read': {
    owner: 'read/parse-document',
    severity: 'info',
    finds: 'a UTF-16 file (Notepad and Excel "Unicode" text), read as such',
  },
  'bom-stripped': { owner: 'read/parse-document', severity: 'info', finds: 'a byte-order mark, removed' },
  'crlf-normalised': { owner: 'read/parse-document', severity: 'info', finds: 'Windows line endings, read as plain ones' },
  'mojibake-repaired': { owner: 'read/parse-document', severity: 'info', finds: 'mis-decoded characters ("â€™" → "’"), repaired' },
  'nbsp-normalised': { owner: 'read/parse-document', severity: 'info', finds: 'non-breaking spaces, read as ordinary spaces' },
  'no-roles': { owner: 'read/parse-document', severity: 'warning', finds: 'a document in which no role was found' },
  'duplicate-role': { owner: 'read/parse-document', severity: 'warning', finds: 'a role name used twice in one document (both kept)' },
  'unaccounted-line': { owner: 'read/account-lines', severity: 'error', finds: 'a line the parser could not place' },
  'line-accounted-twice': { owner: 'read/account-lines', severity: 'error', finds: 'a line claimed twice (a parser bug)' },
  'table-without-kpi-column': { owner: 'read/parse-markdown', severity: 'warning', finds: 'a table with no KPI or Metric column' },
  'table-row-without-kpi': { owner: 'read/parse-markdown', severity: 'warning', finds: 'a table row with an empty KPI cell' },
  'table-row-without-role': { owner: 'read/parse-markdown', severity: 'warning', finds: 'a register row with an empty Role cell' },
  'definition-without-term': { owner: 'read/parse-markdown', severity: 'warning', finds: 'a definitions entry with no term' },
  'ambiguous-number': {
    owner: 'read/measure-kpis',
    severity: 'warning',
    finds: 'a number such as "1.250" that reads differently with a decimal comma or point, in a document that writes decimal commas',
  },
  'unreadable-target': {
    owner: 'targets/parse-target',
    severity: 'warning',
    finds: 'a number that cannot be read as a target (the KPI is kept without one)',
  },
  'document-id-collision': {
    owner: 'handbook/build-handbook',
    severity: 'warning',
    finds: 'two files whose names give the same document id, or a name that gives none, so one got a "-2" suffix or "untitled"',
  },
  'unknown-role-in-relations': {
    owner: 'handbook/related-roles',
    severity: 'warning',
    finds: 'content/role-relations.json naming a role the documents do not have',
  },
  'unknown-definition-in-glossary': {
    owner: 'handbook/restated-definitions',
    severity: 'warning',
    finds: 'a glossary entry restating a term no document defines',
  },
  'repeated-word': { owner: 'health/checks', severity: 'warning', finds: '"response response"' },
  misspelling: {
    owner: 'health/checks',
    severity: 'warning',
    finds: 'a word in neither the US nor the British dictionary, with suggestions',
  },
  'cross-family-word': {
    owner: 'health/checks',
    severity: 'warning',
    finds: 'a word of another role family in a role: the Backend Team\'s KPI about "mobile code"',
  },
  'number-agreement': { owner: 'health/checks', severity: 'warning', finds: 'a count of one with a plural noun: "1 developer events"' },
  'role-without-kpis': { owner: 'health/checks', severity: 'warning', finds: 'a role with no KPIs' },
  'role-without-targets': { owner: 'health/checks', severity: 'warning', finds: 'a role none of whose KPIs has a numeric target' },
  'kpi-without-target': { owner: 'health/checks', severity: 'info', finds: 'a KPI without a numeric target' },
  'inconsistent-target': { owner: 'health/checks', severity: 'info', finds: 'the same measure with different targets across roles' },
  'undefined-measure': {
    owner: 'health/checks',
    severity: 'info',
    finds: 'a named rate or score that no document or glossary entry defines',
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
export const diagnosticCodes = Object.keys(DIAGNOSTIC_CODES) as [DiagnosticCode, ...DiagnosticCode[]];

/** Creates a diagnostic with its code's severity; `line` and `column` are 1-based, 0 when the whole file is meant. */
export function diagnostic(code: DiagnosticCode, file: string, line: number, column: number, message: string): Diagnostic {
  return { severity: DIAGNOSTIC_CODES[code].severity, code, file, line, column, message };
}

/** Formats a diagnostic the way editors and terminals link it: `seeds/a.txt:12:3  severity  code  message`. */
export function formatDiagnostic(d: Pick<Diagnostic, 'file' | 'line' | 'column' | 'severity' | 'code' | 'message'>, prefix = ''): string {
  const where = d.line > 0 ? `${prefix}${d.file}:${d.line}:${Math.max(d.column, 1)}` : `${prefix}${d.file}`;
  // Names and quoted text come from the documents: no control character may reach the terminal.
  return escapeControls(`${where}  ${d.severity}  ${d.code}  ${d.message}`);
}
