/**
 * Line accounting: what each non-blank line of a document became. Parsers claim lines (the
 * Markdown parser claims whole spans of blocks); accountLines then proves that every non-blank
 * line was claimed exactly once and reports each line that was not, or was claimed twice.
 */
import { diagnostic } from '../diagnostic.ts';
import { quote } from '../quote.ts';
import type { Coverage, Diagnostic, LineKind } from '../schema.ts';
import { lineKindSchema } from '../schema.ts';
import type { DraftAccount, DraftRef } from './draft.ts';

/** A claim on lines `line`..`endLine` (1-based, inclusive) as one kind of line of one entity. */
export interface SpanClaim {
  line: number;
  endLine: number;
  kind: LineKind;
  ref: DraftRef;
}

/** Expands span claims into one account per non-blank line, in claim order; blank lines are never claimed. */
export function accountSpans(claims: readonly SpanClaim[], lines: readonly string[]): DraftAccount[] {
  const accounts: DraftAccount[] = [];
  for (const c of claims) {
    for (let l = c.line; l <= c.endLine; l++) if (lines[l - 1]?.trim()) accounts.push({ line: l, kind: c.kind, ref: c.ref });
  }
  return accounts;
}

export type LineCoverage = Omit<Coverage, 'document'>;

/**
 * Checks that every non-blank line is accounted for exactly once: a line accounted twice is a
 * `line-accounted-twice` error (the first account stands; a `shared` line may have several), a non-blank line without an account
 * is an `unaccounted-line` error. Returns the coverage counts and those diagnostics.
 */
export function accountLines(
  file: string,
  lines: readonly string[],
  accounts: readonly DraftAccount[],
  /** HTML and Word: several blocks may share a line, so a line may have several accounts (counted once, by its first). */
  shared = false,
): { coverage: LineCoverage; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const claims = new Map<number, LineKind>();
  for (const a of accounts) {
    if (claims.has(a.line) && shared) continue;
    if (claims.has(a.line)) {
      diagnostics.push(
        diagnostic(
          'line-accounted-twice',
          file,
          a.line,
          1,
          `Line was read twice (as ${claims.get(a.line)} and as ${a.kind}): ${quote(lines[a.line - 1] ?? '')}. This is a parser bug; please report it with the document.`,
        ),
      );
      continue;
    }
    claims.set(a.line, a.kind);
  }
  const byKind = Object.fromEntries(lineKindSchema.options.map((k) => [k, 0])) as Record<LineKind, number>;
  for (const kind of claims.values()) byKind[kind]++;
  const unaccounted: Coverage['unaccounted'] = [];
  let nonBlank = 0;
  lines.forEach((text, i) => {
    if (!text.trim()) return;
    nonBlank++;
    if (!claims.has(i + 1)) {
      unaccounted.push({ line: i + 1, text });
      diagnostics.push(
        diagnostic(
          'unaccounted-line',
          file,
          i + 1,
          1,
          `Line was not read into any role, KPI or definition: ${quote(text)}. Rewrite it as a heading, a bullet or a "Term: text" line.`,
        ),
      );
    }
  });
  return { coverage: { file, lines: lines.length, nonBlank, accounted: claims.size, byKind, unaccounted }, diagnostics };
}
