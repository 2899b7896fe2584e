import { routes } from '../lib/handbook/routes.ts';
import { defineElement, el } from './dom.ts';
import type { Counts, Pagefind, Selected } from './search-results.ts';

/** The dialog's rendering, loaded on first open with Pagefind. */
let renderer: Promise<typeof import('./search-results.ts')> | null = null;
const loadRenderer = () => (renderer ??= import('./search-results.ts'));

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
      await this.#facets(counts, filters);
      list.replaceChildren();
      status.textContent = 'Type to search roles, KPIs and definitions.';
      return;
    }
    const { findAll, LIMIT, resultItem, statusNodes } = await loadRenderer();
    const found = await findAll(pf, term, filters, this.#base);
    if (!found || id !== this.#query) return;
    await this.#facets(found.data.length ? found.counts : {}, filters);
    list.replaceChildren(...found.data.slice(0, LIMIT).map(resultItem));
    status.replaceChildren(...statusNodes(found.total, term, this.#base, found.readAs));
  }

  /** Renders the facets; counts change with every search, so keyboard focus stays on the box just ticked. */
  async #facets(counts: Counts, selected: Selected) {
    const { facetNodes } = await loadRenderer();
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
