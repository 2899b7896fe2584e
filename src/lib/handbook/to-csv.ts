/** Writes rows as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break. */

/**
 * A text cell a spreadsheet would run as a formula: one that starts with =, +, -, @, a tab or a
 * carriage return (OWASP, "CSV Injection"), or their fullwidth forms (＝＋－＠), which some
 * spreadsheets read as the same, even behind spaces or invisible characters (a zero-width space, a
 * word joiner, a BOM). A plain number such as "-5" or "+1.5" is data.
 */
const FORMULA_LIKE = /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * Quotes one field when it needs it, doubling inner quotes. A text that a spreadsheet would take
 * for a formula is prefixed with an apostrophe, which spreadsheets show as text and do not run.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_LIKE.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Joins a header and rows into CSV text, each record ending in CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
