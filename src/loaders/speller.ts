/** A spell checker over the US and British English Hunspell dictionaries: the documents use both spellings. */
import dictionaryEn from 'dictionary-en';
import dictionaryEnGb from 'dictionary-en-gb';
import nspell from 'nspell';
import type { Speller } from '../lib/health/checks.ts';

let speller: Speller | null = null;

/** Loads both dictionaries once per process; a word is correct when either accepts it. */
export function createSpeller(): Speller {
  if (speller) return speller;
  // The dictionaries ship Uint8Arrays; nspell's types want Buffers, which read the same bytes.
  const load = (d: { aff: Uint8Array; dic: Uint8Array }) => nspell(Buffer.from(d.aff), Buffer.from(d.dic));
  const us = load(dictionaryEn);
  const gb = load(dictionaryEnGb);
  // Suggestions are slow (milliseconds each) and the same words recur in every copied role.
  const suggestions = new Map<string, string[]>();
  speller = {
    correct: (word) => us.correct(word) || gb.correct(word),
    suggest: (word) => {
      if (!suggestions.has(word)) suggestions.set(word, [...new Set([...us.suggest(word), ...gb.suggest(word)])]);
      return suggestions.get(word)!;
    },
  };
  return speller;
}
