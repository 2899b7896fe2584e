import { matchesAll, queryWords } from '../lib/handbook/reader-words.ts';
import { fromAddress, toAddress } from './address-filters.ts';
import { defineElement } from './dom.ts';

/**
 * `<role-filter>`: narrows the cards (`[data-filter-text]`) to those matching what is typed into
 * its input, hides headings left without cards and says how many are shown in its
 * `[role="status"]`. What is typed is kept in the address (the input's name: `?q=`), so a reload, Back and a shared
 * link show the same roles. Without scripts the input is hidden and every card stays listed.
 */
export class RoleFilter extends HTMLElement {
  #connection: AbortController | null = null;

  connectedCallback() {
    this.#connection = new AbortController();
    const input = this.querySelector('input');
    if (input) fromAddress([input]);
    input?.addEventListener(
      'input',
      () => {
        this.apply();
        toAddress([input]);
      },
      { signal: this.#connection.signal },
    );
    // Enter opens the one role left, as a search box would.
    input?.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Enter') return;
        const shown = [...this.querySelectorAll<HTMLElement>('[data-filter-text]:not([hidden])')];
        const link = shown.length === 1 ? shown[0]!.querySelector('a') : null;
        if (link) {
          e.preventDefault();
          link.click();
        }
      },
      { signal: this.#connection.signal },
    );
    this.apply();
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
  }

  /** Shows the cards that match the input's words. */
  apply() {
    const words = queryWords(this.querySelector('input')?.value ?? '');
    const cards = [...this.querySelectorAll<HTMLElement>('[data-filter-text]')];
    let shown = 0;
    for (const card of cards) {
      const match = matchesAll(card.dataset.filterText ?? '', words);
      card.hidden = !match;
      if (match) shown++;
    }
    // Hide headings whose cards are all hidden, so the outline matches what is shown.
    for (const block of this.querySelectorAll<HTMLElement>('.directory-group, .directory-document')) {
      block.hidden = !block.querySelector('[data-filter-text]:not([hidden])');
    }
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = words.length ? `${shown} of ${cards.length} roles shown` : `${cards.length} roles`;
    const empty = this.querySelector<HTMLElement>('.empty');
    if (empty) empty.hidden = shown > 0;
  }
}

defineElement('role-filter', RoleFilter);
