/**
 * What search derives from the whole handbook at build time, once per build: the acronyms its
 * text pairs with names (indexed beside each other), and the words the index holds (for the
 * dialog's typo and compound variants, served as /search-words.json).
 */
import { getCollection } from 'astro:content';
import { acronymTerms, findAcronyms } from '../lib/handbook/acronyms.ts';
import { handbookTexts } from '../lib/handbook/handbook-texts.ts';
import { kpiSearchTerms, roleSearchTerms } from '../lib/handbook/search-terms.ts';
import { searchVocabulary } from '../lib/handbook/search-vocabulary.ts';
import { handbook } from './handbook.ts';

async function load() {
  const [h, pages] = await Promise.all([handbook(), getCollection('pages')]);
  const texts = handbookTexts(h);
  const acronyms = findAcronyms(texts);
  const vocabulary = searchVocabulary([
    ...texts,
    ...pages.flatMap((p) => [p.data.title, p.body ?? '']),
    ...h.kpis.flatMap((k) => kpiSearchTerms(k, acronyms)),
    ...h.roles.flatMap((r) => roleSearchTerms(r.name, acronyms)),
    ...[...h.definitions.map((d) => d.term), ...h.glossary.map((g) => g.data.term)].flatMap((t) => acronymTerms(t, acronyms)),
  ]);
  return { acronyms, vocabulary };
}

let cached: ReturnType<typeof load> | null = null;

/** The search data for the pages; in dev it is worked out again on each request, as the handbook is. */
export function searchData() {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
