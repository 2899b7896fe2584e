/**
 * What the search dialog shows: results, the status line and the facets, and the check that
 * leaves out Pagefind's prefix fallbacks; and the search itself, of the query and its variants
 * (typos corrected, compounds joined or split). Loaded with the dialog, on first open, so that
 * reading a page costs nothing for search.
 */
import { queryVariants, type Vocabulary, vocabulary } from '../lib/handbook/query-variants.ts';
import { routes } from '../lib/handbook/routes.ts';
import { stripSynonyms } from '../lib/handbook/synonyms.ts';
import { plural } from '../lib/plural.ts';
import { quote } from '../lib/quote.ts';
import { el, markedText } from './dom.ts';

/** What Pagefind returns for one result (its excerpts are HTML with <mark> around matches). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text, index-only words included. */
  content: string;
  meta: Record<string, string>;
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
}
/** Facet → value → number of pages. */
export type Counts = Record<string, Record<string, number>>;
export type Selected = Record<string, { any: string[] }>;
/** The part of Pagefind's JS API that search uses. */
export interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
  search(
    term: string | null,
    o: { filters: Selected },
  ): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }>; filters: Counts } | null>;
}

/** Lower case, letters and digits only: "Stand-ups" → "standups". */
const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a page holds every word of the query, or a word that starts like it. Pagefind falls back
 * to the longest indexed prefix of a word it does not know, so "salary" would find a page for its
 * "SA" alone; a page must hold the first three fifths of each word (at least three letters, or the
 * whole of a shorter word), which still lets a half-typed word or another ending of it match.
 */
export function holdsQuery(content: string, query: string): boolean {
  const words = new Set(
    content
      .split(/[\s/]+/)
      .map(bare)
      .filter(Boolean),
  );
  return query
    .split(/\s+/)
    .map(bare)
    .filter(Boolean)
    .every((term) => {
      const stem = term.slice(0, Math.max(3, Math.ceil(term.length * 0.6)));
      for (const w of words) if (w.startsWith(stem) || (term.startsWith(w) && w.length >= stem.length)) return true;
      return false;
    });
}

/** What a search found: the pages to show in order, how many there are in all, and the facet counts. */
export interface Found {
  data: PagefindResultData[];
  total: number;
  counts: Counts;
  /** The variants that found the pages, when the query as typed found none ("customer" for "custmer"). */
  readAs: string[];
}

/** Per facet value, the largest count of any search: the union is at least that, and equals it when one search finds the rest. */
export function largestCounts(all: readonly Counts[]): Counts {
  const out: Counts = {};
  for (const counts of all)
    for (const [facet, values] of Object.entries(counts)) {
      const facetOut = out[facet] ?? {};
      out[facet] = facetOut;
      for (const [value, n] of Object.entries(values)) facetOut[value] = Math.max(facetOut[value] ?? 0, n);
    }
  return out;
}

/** The words the index holds, fetched once per Pagefind (with the first search); none when they cannot be read. */
const wordsFor = new WeakMap<Pagefind, Promise<Vocabulary>>();
function indexWords(pf: Pagefind, base: string): Promise<Vocabulary> {
  let words = wordsFor.get(pf);
  if (!words) {
    words = fetch(routes(base).searchWords())
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      .catch(() => [])
      .then(vocabulary);
    wordsFor.set(pf, words);
  }
  return words;
}

/**
 * Searches what was typed (nothing: the facets alone) and its variants (typos corrected,
 * compounds joined or split: query-variants.ts), and merges what they find, the query as typed
 * first, each page once. More are read than are shown, so that pages Pagefind found by a prefix
 * fallback can be left out.
 */
export async function findAll(pf: Pagefind, term: string, filters: Selected, base: string): Promise<Found | null> {
  // The query as typed is searched while the index's words load, its variants after.
  const [words, typed] = await Promise.all([indexWords(pf, base), pf.search(term || null, { filters })]);
  const queries: Array<string | null> = term ? queryVariants(term, words) : [null];
  const searches = [typed, ...(await Promise.all(queries.slice(1).map((q) => pf.search(q, { filters }))))];
  if (searches.every((s) => !s)) return null;
  const kept = await Promise.all(
    searches.map(async (search, i) => {
      const q = queries[i];
      if (!search) return { search, data: [] };
      const data = await Promise.all(search.results.slice(0, LIMIT * 3).map((r) => r.data()));
      return { search, data: data.filter((d) => !q || holdsQuery(d.content, q)) };
    }),
  );
  const seen = new Set<string>();
  const data: PagefindResultData[] = [];
  let total = 0;
  for (const { search, data: found } of kept) {
    if (!search || !found.length) continue;
    if (search.results.length > LIMIT * 3) total = Math.max(total, search.results.length);
    for (const d of found) {
      if (seen.has(d.url)) continue;
      seen.add(d.url);
      data.push(d);
    }
  }
  const finders = kept.flatMap((k, i) => (k.data.length ? [i] : []));
  return {
    data,
    total: Math.max(total, data.length),
    counts: largestCounts(kept.flatMap((k) => (k.search && k.data.length ? [k.search.filters] : []))),
    readAs: finders.length && !finders.includes(0) ? finders.map((i) => queries[i]!) : [],
  };
}

export const FACETS: Array<[string, string]> = [
  ['document', 'Document'],
  ['group', 'Team group'],
  ['target', 'Has a target'],
  ['frequency', 'How often'],
  ['owner', 'KPI owner'],
];
export const LIMIT = 8;

/** One result: the page, its document, its excerpt and up to three deep links into it. */
export function resultItem(d: PagefindResultData): HTMLLIElement {
  const subs = d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3);
  return el(
    'li',
    {},
    el('a', { href: d.url }, d.meta.title ?? d.url),
    ' ',
    ...(d.meta.document ? [el('span', { class: 'where' }, d.meta.document)] : []),
    el('p', {}, ...markedText(stripSynonyms(d.excerpt))),
    ...(subs.length
      ? [
          el(
            'ul',
            {},
            ...subs.map((s) => el('li', {}, el('a', { href: s.url }, s.title), el('p', {}, ...markedText(stripSynonyms(s.excerpt))))),
          ),
        ]
      : []),
  );
}

/** The status line after a search: how many results (and what the query was read as), or a way on when there are none. */
export function statusNodes(n: number, term: string, base: string, readAs: readonly string[] = []): Array<Node | string> {
  const quoted = term ? ` for ${quote(term)}` : '';
  const read = readAs.length ? `, read as ${readAs.map((q) => quote(q)).join(' or ')}` : '';
  return n
    ? [`${plural(n, 'result')}${quoted}${read}${n > LIMIT ? `, showing the first ${LIMIT}` : ''}.`]
    : [
        `No results${quoted}. Try a role name, a word from a KPI such as “stand-ups”, or a unit such as “hours”; or `,
        el('a', { href: routes(base).kpis() }, 'browse all KPIs'),
        '.',
      ];
}

/**
 * The facets with their counts, values in order, keeping what is ticked. A facet is left out when
 * it cannot narrow anything: no value with results, or a single one that nobody ticked.
 */
export function facetNodes(counts: Counts, selected: Selected): HTMLFieldSetElement[] {
  const useful = ([name]: [string, string]) => {
    const values = Object.entries(counts[name] ?? {}).filter(([value, n]) => n > 0 || selected[name]?.any.includes(value));
    return values.length > 1 || !!selected[name]?.any.length;
  };
  return FACETS.filter(useful).map(([name, label]) =>
    el(
      'fieldset',
      {},
      el('legend', {}, label),
      ...Object.entries(counts[name]!)
        .filter(([value, n]) => n > 0 || selected[name]?.any.includes(value))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([value, count]) =>
          el(
            'label',
            {},
            el('input', { type: 'checkbox', name, value, checked: selected[name]?.any.includes(value) }),
            ` ${value} `,
            el('span', { class: 'where' }, `(${count})`),
          ),
        ),
    ),
  );
}
