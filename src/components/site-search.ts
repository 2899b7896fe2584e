import { routes } from '../lib/handbook/routes.ts';
import { stripSynonyms } from '../lib/handbook/synonyms.ts';
import { plural } from '../lib/plural.ts';
import { quote } from '../lib/quote.ts';
import { defineElement, el, markedText } from './dom.ts';

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

export const FACETS: Array<[string, string]> = [
  ['document', 'Document'],
  ['group', 'Team group'],
  ['target', 'Has a target'],
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

/** The status line after a search: how many results, or a way on when there are none. */
export function statusNodes(n: number, term: string, base: string): Array<Node | string> {
  const quoted = term ? ` for ${quote(term)}` : '';
  return n
    ? [`${plural(n, 'result')}${quoted}${n > LIMIT ? `, showing the first ${LIMIT}` : ''}.`]
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

/**
 * `<site-search data-base="/">`: site search on Pagefind's JS API. The header link to the KPI
 * index becomes a button that opens the dialog in the element's `<template>`; Pagefind's code and
 * index load on first open, so reading a page costs nothing for search. Without scripts the link
 * leads to the full KPI table.
 */
export class SiteSearch extends HTMLElement {
  #dialog: HTMLDialogElement | null = null;
  #input: HTMLInputElement | null = null;
  #pagefind: Promise<Pagefind> | null = null;
  #query = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connection: AbortController | null = null;

  get #base(): string {
    return this.dataset.base ?? '/';
  }

  connectedCallback() {
    const link = this.querySelector('a.search-open');
    link?.replaceWith(
      el(
        'button',
        { type: 'button', class: 'search-open', 'aria-haspopup': 'dialog', 'aria-keyshortcuts': '/ Control+K Meta+K' },
        'Search ',
        el('kbd', { 'aria-hidden': 'true' }, '/'),
      ),
    );
    const button = this.querySelector('button.search-open');
    if (!button) return;
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    button.addEventListener('click', () => void this.open(), { signal });
    document.addEventListener('keydown', (e) => this.#onKey(e), { signal });
    // The dialog's controls, wherever they come from, report here.
    this.addEventListener('input', (e) => (e.target === this.#input ? this.#schedule() : undefined), { signal });
    this.addEventListener('change', (e) => ((e.target as Element).closest('.search-facets') ? this.#schedule(0) : undefined), { signal });
    this.addEventListener('keydown', (e) => this.#arrows(e), { signal });
    this.addEventListener(
      'click',
      (e) => {
        // A click on the backdrop (outside the dialog's box) closes it, as people expect of a modal.
        if (e.target === this.#dialog || (e.target as Element).closest('.search-close')) this.#dialog?.close();
      },
      { signal },
    );
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
    clearTimeout(this.#timer);
  }

  /** Loads Pagefind's own module from the site; tests replace this with a stand-in. */
  async loadPagefind(base: string): Promise<Pagefind> {
    return (await import(/* @vite-ignore */ routes(base).asset('pagefind/pagefind.js'))) as Pagefind;
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pf = await this.loadPagefind(this.#base);
      await pf.options({ baseUrl: this.#base });
      await pf.init();
      // Pagefind loads filter data lazily; a search that runs first returns no facet counts.
      await pf.filters();
      return pf;
    })();
    return this.#pagefind;
  }

  /** "/" (outside a text field) and Ctrl/Cmd+K open search from anywhere on the page. */
  #onKey(e: KeyboardEvent) {
    const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
    if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)) {
      e.preventDefault();
      void this.open();
    }
  }

  /** Opens the dialog and starts loading the index; resolves when the first results are shown. */
  async open(): Promise<void> {
    if (!this.#dialog) {
      const template = this.querySelector('template');
      if (template) this.append(template.content.cloneNode(true));
      this.#dialog = this.querySelector('dialog');
      this.#input = this.#dialog?.querySelector('input[type="search"]') ?? null;
    }
    if (!this.#dialog || !this.#input) return;
    if (!this.#dialog.open) this.#dialog.showModal();
    this.#input.focus();
    this.#input.select();
    await this.#load();
    await this.#run();
  }

  #schedule(delay = 80) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), delay);
  }

  #selected(): Selected {
    const out: Selected = {};
    for (const box of this.querySelectorAll<HTMLInputElement>('.search-facets input:checked')) {
      const facet = out[box.name] ?? { any: [] };
      facet.any.push(box.value);
      out[box.name] = facet;
    }
    return out;
  }

  async #run() {
    const id = ++this.#query;
    const pf = await this.#load();
    const term = this.#input!.value.trim();
    const filters = this.#selected();
    const status = this.querySelector('.search-dialog [role="status"]')!;
    const list = this.querySelector('.search-results')!;
    if (!term && !Object.keys(filters).length) {
      const counts = await pf.filters();
      // A query typed meanwhile has started a newer run; this one must not overwrite its results.
      if (id !== this.#query) return;
      this.#facets(counts, filters);
      list.replaceChildren();
      status.textContent = 'Type to search roles, KPIs and definitions.';
      return;
    }
    const search = await pf.search(term || null, { filters });
    if (!search || id !== this.#query) return;
    // More than are shown are read, so that pages Pagefind found by a prefix fallback can be left out.
    const checked = search.results.slice(0, LIMIT * 3);
    const data = (await Promise.all(checked.map((r) => r.data()))).filter((d) => !term || holdsQuery(d.content, term));
    if (id !== this.#query) return;
    const total = search.results.length > checked.length ? search.results.length : data.length;
    this.#facets(data.length ? search.filters : {}, filters);
    list.replaceChildren(...data.slice(0, LIMIT).map(resultItem));
    status.replaceChildren(...statusNodes(total, term, this.#base));
  }

  /** Renders the facets; counts change with every search, so keyboard focus stays on the box just ticked. */
  #facets(counts: Counts, selected: Selected) {
    const form = this.querySelector('.search-facets')!;
    const active =
      document.activeElement instanceof HTMLInputElement && form.contains(document.activeElement) ? document.activeElement : null;
    form.replaceChildren(...facetNodes(counts, selected));
    if (active) [...form.querySelectorAll('input')].find((i) => i.name === active.name && i.value === active.value)?.focus();
  }

  /** Arrow keys move between the input and the result links; Enter in the box opens the first result. */
  #arrows(e: KeyboardEvent) {
    if (!this.#dialog) return;
    const links = [...this.#dialog.querySelectorAll<HTMLAnchorElement>('.search-results a')];
    if (e.key === 'Enter' && document.activeElement === this.#input && links.length) {
      e.preventDefault();
      links[0]!.click();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0 && document.activeElement !== this.#input) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) this.#input?.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  }
}

defineElement('site-search', SiteSearch);
