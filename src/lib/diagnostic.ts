/** Builds and formats diagnostics as `file:line:col  severity  message`. */
import type { Diagnostic, Severity } from './schema.ts';

/** Creates a diagnostic; `line` and `column` are 1-based, 0 when the whole file is meant. */
export function diagnostic(severity: Severity, code: string, file: string, line: number, column: number, message: string): Diagnostic {
  return { severity, code, file, line, column, message };
}

/** Formats a diagnostic the way editors and terminals link it: `seeds/a.txt:12:3  message`. */
export function formatDiagnostic(d: Diagnostic, prefix = ''): string {
  const where = d.line > 0 ? `${prefix}${d.file}:${d.line}:${Math.max(d.column, 1)}` : `${prefix}${d.file}`;
  return `${where}  ${d.severity}  ${d.code}  ${d.message}`;
}

/** Quotes source text in a message, shortened so one line stays readable. */
export function quote(text: string, max = 80): string {
  const t = text.trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}
