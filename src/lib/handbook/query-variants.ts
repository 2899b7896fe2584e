/**
 * Other ways to read a search query, against the words the index holds (search-vocabulary.ts): a
 * word of five or more letters that no indexed word is or starts with is read as the indexed words
 * one typo away from it ("custmer" → "customer"); two words that the index holds as one are joined
 * ("knowledge base" → "knowledgebase"), and one word that the index holds as two is split. The
 * dialog searches each variant and merges the results, the query as typed first.
 */
import { bareWord, MIN_WORD } from './search-vocabulary.ts';

/** Shorter query words are never corrected: too many short words lie one typo apart. */
export const MIN_TYPO_WORD = 5;
/** The most variants searched for one query, the query as typed included. */
export const MAX_VARIANTS = 6;
/** The most corrections offered for one word. */
const MAX_CORRECTIONS = 3;

/**
 * Whether two words are at most one typo apart: one letter added, dropped or changed, or two
 * neighbours swapped ("custmer" / "customer", "recieve" / "receive").
 */
export function oneTypoApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (a.length === b.length)
    return restA.slice(1) === restB.slice(1) || (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2));
  return a.length > b.length ? restA.slice(1) === restB : restA === restB.slice(1);
}

/** The index's words as the variants need them: the set, and a test for a word the index starts with. */
export interface Vocabulary {
  has(word: string): boolean;
  /** Whether some indexed word starts with `prefix` (the reader may not have finished typing). */
  starts(prefix: string): boolean;
  words: readonly string[];
}

/** A vocabulary over a sorted list of words (as searchVocabulary writes it). */
export function vocabulary(sorted: readonly string[]): Vocabulary {
  const set = new Set(sorted);
  return {
    words: sorted,
    has: (w) => set.has(w),
    starts: (prefix) => {
      // Binary search for the first word not before the prefix.
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      return lo < sorted.length && sorted[lo]!.startsWith(prefix);
    },
  };
}

/** The indexed words one typo from a query word the index does not know, or none. */
export function corrections(word: string, vocab: Vocabulary): string[] {
  if (word.length < MIN_TYPO_WORD || /\d/.test(word) || vocab.starts(word)) return [];
  return vocab.words.filter((w) => w.length >= MIN_TYPO_WORD - 1 && oneTypoApart(word, w)).slice(0, MAX_CORRECTIONS);
}

/** The two indexed words a query word is written together from ("knowledgebase" → knowledge, base), or null. */
export function splitCompound(word: string, vocab: Vocabulary): [string, string] | null {
  let best: [string, string] | null = null;
  for (let i = MIN_WORD; i <= word.length - MIN_WORD; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    // The most even split wins: "knowledgebase" is knowledge + base sooner than a short word and a long rest.
    if (vocab.has(head) && vocab.has(tail) && (!best || Math.min(head.length, tail.length) > Math.min(best[0].length, best[1].length)))
      best = [head, tail];
  }
  return best;
}

/** Each pair of neighbouring words joined where the index holds them as one ("knowledge base" → "knowledgebase"). */
function joinCompounds(words: readonly string[], vocab: Vocabulary): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const joined = i + 1 < words.length ? bareWord(words[i]! + words[i + 1]!) : '';
    if (joined && vocab.has(joined)) {
      out.push(joined);
      i++;
    } else out.push(words[i]!);
  }
  return out;
}

/** Every combination of one choice per position, in order, at most `limit`. */
function combinations(choices: readonly (readonly string[])[], limit: number): string[][] {
  let out: string[][] = [[]];
  for (const options of choices) out = out.flatMap((prefix) => options.map((o) => [...prefix, o])).slice(0, limit);
  return out;
}

/**
 * The queries to search for what the reader typed: the query itself first, then its words with
 * typos corrected, then with compounds joined and split, without repeats, at most MAX_VARIANTS.
 */
export function queryVariants(query: string, vocab: Vocabulary): string[] {
  const typed = query.trim().replace(/\s+/g, ' ');
  if (!typed) return [];
  const words = typed.split(' ');
  const choices = words.map((w) => {
    const fixed = corrections(bareWord(w), vocab);
    return fixed.length ? fixed : [w];
  });
  const variants = [typed];
  for (const corrected of combinations(choices, MAX_VARIANTS)) {
    variants.push(corrected.join(' '));
    variants.push(joinCompounds(corrected, vocab).join(' '));
    variants.push(corrected.flatMap((w) => splitCompound(bareWord(w), vocab) ?? [w]).join(' '));
  }
  const seen = new Set<string>();
  return variants
    .filter((v) => {
      const key = v.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_VARIANTS);
}
