import { defineElement } from './dom.ts';
import { THEME_KEY } from './ids.ts';

export type Theme = 'light' | 'dark';

/** The theme in effect: the reader's choice on <html data-theme>, else the system's. */
export function currentTheme(root: HTMLElement, systemDark: boolean): Theme {
  const chosen = root.dataset.theme;
  const dark = chosen ? chosen === 'dark' : systemDark;
  return dark ? 'dark' : 'light';
}

/**
 * `<theme-toggle>`: a button that switches between light and dark and remembers the choice;
 * without scripts the button is hidden and the system's preference decides. The remembered theme
 * is applied before first paint by the inline script in base-layout.astro.
 */
export class ThemeToggle extends HTMLElement {
  #connection: AbortController | null = null;
  #media = matchMedia('(prefers-color-scheme: dark)');

  get theme(): Theme {
    return currentTheme(document.documentElement, this.#media.matches);
  }

  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    button.addEventListener('click', () => this.toggle(), { signal });
    this.#media.addEventListener('change', () => this.#render(), { signal });
    this.#render();
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
  }

  /** Flips the theme and keeps the choice for the next page. */
  toggle() {
    const theme: Theme = this.theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
    this.#render();
  }

  #render() {
    this.querySelector('button')?.setAttribute('aria-pressed', String(this.theme === 'dark'));
  }
}

defineElement('theme-toggle', ThemeToggle);
