/**
 * Index-only words (other spellings of units, role initials) are bracketed in the pages so the
 * search dialog can drop them from excerpts. Kept apart from search-terms.ts, which needs the
 * units table, so that the dialog's script loads only these few lines.
 */

/** Bracket index-only words, so the search interface can drop them from excerpts. */
export const SYNONYM_OPEN = '⁘';
export const SYNONYM_CLOSE = '⁙';

/** The attribute value for index-only words, or undefined when there are none. */
export function synonymAttr(words: readonly string[]): string | undefined {
  return words.length ? `${SYNONYM_OPEN} ${words.join(' ')} ${SYNONYM_CLOSE}` : undefined;
}

/** Removes bracketed index-only words from a Pagefind excerpt, including a run cut off at either end. */
export function stripSynonyms(excerpt: string): string {
  return excerpt
    .replace(/⁘[^⁘⁙]*⁙\s*/g, '')
    .replace(/^[^⁘⁙]*⁙\s*/, '')
    .replace(/\s*⁘[^⁘⁙]*$/, '')
    .trim();
}
