import { filterText, matchesAll, queryWords } from '../lib/handbook/reader-words.ts';
import { pluralNoun } from '../lib/plural.ts';
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
 * severity (its `name="severity"` checkboxes), by document (`select[name="document"]`, where the page
 * spans several) and by the words typed in `input[name="q"]`. Hides groups (`[data-filter-group]`)
 * left empty and says in its `[role="status"]` how many items are shown, naming them with
 * `data-noun` and `data-nouns`. Without scripts its controls are hidden and every finding stays listed.
 */
export class HealthFilter extends HTMLElement {
  #connection: AbortController | null = null;
  /** Each item's words, read from its text once: a page may list thousands of places. */
  #texts = new WeakMap<HTMLElement, string>();

  connectedCallback() {
    const controls = this.querySelector('.filter');
    if (!controls) return;
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    controls.addEventListener('input', () => this.apply(), { signal });
    controls.addEventListener('change', () => this.apply(), { signal });
    this.apply();
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
  }

  #text(item: HTMLElement): string {
    let text = this.#texts.get(item);
    if (text === undefined) {
      text = filterText(item.textContent ?? '');
      this.#texts.set(item, text);
    }
    return text;
  }

  /** What the controls ask for now. */
  want(): HealthWant {
    const ticked = [...this.querySelectorAll<HTMLInputElement>('.filter input[name="severity"]')];
    return {
      severities: new Set(ticked.filter((c) => c.checked).map((c) => c.value)),
      document: this.querySelector<HTMLSelectElement>('.filter select[name="document"]')?.value ?? '',
      words: queryWords(this.querySelector<HTMLInputElement>('.filter input[name="q"]')?.value ?? ''),
    };
  }

  /** Shows the items that pass, hides emptied groups and counts what is shown. */
  apply() {
    const want = this.want();
    const items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')];
    let shown = 0;
    for (const item of items) {
      const show = passes({ severity: item.dataset.severity ?? '', documents: item.dataset.documents ?? '', text: this.#text(item) }, want);
      item.hidden = !show;
      if (show) shown++;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    }
    const noun = (n: number) => pluralNoun(n, this.dataset.noun ?? 'finding', this.dataset.nouns ?? `${this.dataset.noun ?? 'finding'}s`);
    const status = this.querySelector('[role="status"]');
    const boxes = this.querySelectorAll('.filter input[name="severity"]').length;
    const narrowed = want.severities.size < boxes || want.document !== '' || want.words.length > 0;
    if (status)
      status.textContent = narrowed ? `${shown} of ${items.length} ${noun(items.length)} shown` : `${items.length} ${noun(items.length)}`;
    const empty = this.querySelector<HTMLElement>('.empty');
    if (empty) empty.hidden = shown > 0;
  }
}

defineElement('health-filter', HealthFilter);
