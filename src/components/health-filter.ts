import { filterText, matchesAll, queryWords } from '../lib/handbook/reader-words.ts';
import { defineElement } from './dom.ts';

/** What the controls ask for: the severities ticked, one document or "" for all, the typed words. */
export interface HealthWant {
  severities: ReadonlySet<string>;
  document: string;
  words: readonly string[];
}

/**
 * Whether an item passes: one of its severities (`data-severity`, space-separated) is ticked, the
 * chosen document is among its documents (`data-documents`), and each typed word starts a word of
 * its text.
 */
export function passes(item: { severity: string; documents: string; text: string }, want: HealthWant): boolean {
  return (
    item.severity.split(' ').some((s) => want.severities.has(s)) &&
    (!want.document || item.documents.split(' ').includes(want.document)) &&
    matchesAll(item.text, want.words)
  );
}

/**
 * `<health-filter>`: narrows the findings (`[data-filter-item]`) of a document-health page by
 * severity (its checkboxes, each valued with one), by document (`select[name="document"]`, where the page
 * spans several) and by the words typed in `input[name="q"]`. Hides groups (`[data-filter-group]`)
 * left empty and says in its `[role="status"]` how many items are shown, naming them with
 * `data-noun` and `data-nouns`. Without scripts its controls are hidden and every finding stays listed.
 */
export class HealthFilter extends HTMLElement {
  #connection: AbortController | null = null;
  /** The items with their words, read from their text once: a page may list thousands of places. */
  #items: Array<[HTMLElement, string]> = [];

  connectedCallback() {
    const controls = this.querySelector('.filter');
    if (!controls) return;
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    this.#items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')].map((item) => [item, filterText(item.textContent ?? '')]);
    controls.addEventListener('input', () => this.apply(), { signal });
    controls.addEventListener('change', () => this.apply(), { signal });
    this.apply();
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
    this.#items = [];
  }

  /** What the controls ask for now. */
  want(): HealthWant {
    const ticked = [...this.querySelectorAll<HTMLInputElement>('.filter input[type="checkbox"]')];
    return {
      severities: new Set(ticked.filter((c) => c.checked).map((c) => c.value)),
      document: this.querySelector<HTMLSelectElement>('.filter select[name="document"]')?.value ?? '',
      words: queryWords(this.querySelector<HTMLInputElement>('.filter input[name="q"]')?.value ?? ''),
    };
  }

  /** Shows the items that pass, hides emptied groups and counts what is shown. */
  apply() {
    const want = this.want();
    const items = this.#items;
    let shown = 0;
    for (const [item, text] of items) {
      const { severity = '', documents = '' } = item.dataset;
      item.hidden = !passes({ severity, documents, text }, want);
      if (!item.hidden) shown++;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    }
    // The page names its items in both numbers (data-noun, data-nouns); English needs no plural rules here.
    const noun = items.length === 1 ? this.dataset.noun : this.dataset.nouns;
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = shown < items.length ? `${shown} of ${items.length} ${noun} shown` : `${items.length} ${noun}`;
    const empty = this.querySelector<HTMLElement>('.empty');
    if (empty) empty.hidden = shown > 0;
  }
}

defineElement('health-filter', HealthFilter);
