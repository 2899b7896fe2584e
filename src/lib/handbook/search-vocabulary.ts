/**
 * The words the search index holds, listed at build time so that the search dialog can correct a
 * typo ("custmer") and join or split a compound ("knowledge base", "knowledgebase") against the
 * handbook's own words instead of a dictionary.
 */

/** The shortest word kept: shorter words are neither corrected nor a part of a compound. */
export const MIN_WORD = 3;

/** A word as search compares words: lower case, letters and digits only ("Stand-ups" → "standups"). */
export const bareWord = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The distinct words of the texts, sorted: each space-separated word bare ("stand-ups" →
 * "standups") and its hyphenated or apostrophed parts ("stand", "ups"), as the index holds them;
 * words shorter than MIN_WORD or without a letter are left out.
 */
export function searchVocabulary(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  const keep = (w: string) => {
    if (w.length >= MIN_WORD && /\p{L}/u.test(w)) words.add(w);
  };
  for (const text of texts)
    for (const token of text.split(/[\s/]+/)) {
      keep(bareWord(token));
      for (const part of token.toLowerCase().split(/[^\p{L}\p{N}]+/u)) keep(part);
    }
  return [...words].sort();
}
