import { defineElement } from './dom.ts';

/**
 * `<menu-toggle>`: the header's Menu button on narrow screens. It opens the sidebar named by the
 * button's `aria-controls` as a drawer (marking `<html data-menu>`), moves focus into it, and
 * closes it on Escape, on the button, on a link or outside it, returning focus to the button.
 * Without scripts the button is hidden and the sidebar is a list after the page's content.
 */
export class MenuToggle extends HTMLElement {
  #connection: AbortController | null = null;

  get button(): HTMLButtonElement | null {
    return this.querySelector('button');
  }

  get drawer(): HTMLElement | null {
    const id = this.button?.getAttribute('aria-controls');
    return id ? document.getElementById(id) : null;
  }

  get open(): boolean {
    return this.button?.getAttribute('aria-expanded') === 'true';
  }

  connectedCallback() {
    const button = this.button;
    if (!button) return;
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    button.addEventListener('click', () => this.toggle(!this.open), { signal });
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.open) this.toggle(false, true);
      },
      { signal },
    );
    document.addEventListener(
      'click',
      (e) => {
        const target = e.target as Node;
        if (!this.open || this.contains(target)) return;
        if (!this.drawer?.contains(target) || (target as Element).closest?.('a')) this.toggle(false);
      },
      { signal },
    );
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
    this.toggle(false);
  }

  /** Opens or closes the drawer; `returnFocus` puts focus back on the button. */
  toggle(open: boolean, returnFocus = false) {
    const button = this.button;
    if (!button) return;
    button.setAttribute('aria-expanded', String(open));
    if (open) document.documentElement.dataset.menu = 'open';
    else delete document.documentElement.dataset.menu;
    // The current page's link if the drawer lists it (a selector list would take the first link), else the first.
    if (open) (this.drawer?.querySelector<HTMLElement>('[aria-current="page"]') ?? this.drawer?.querySelector<HTMLElement>('a'))?.focus();
    else if (returnFocus) button.focus();
  }
}

defineElement('menu-toggle', MenuToggle);
