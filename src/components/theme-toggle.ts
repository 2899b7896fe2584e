import { defineElement } from './dom.ts';
import { THEME_KEY } from './ids.ts';

export type Theme = 'light' | 'dark';

/** The theme in effect: the reader's choice on <html data-theme>, else the system's. */
export function currentTheme(root: HTMLElement, systemDark: boolean): Theme {
  const chosen = root.dataset.theme;
  const dark = chosen ? chosen === 'dark' : systemDark;
  return dark ? 'dark' : 'light';
}

/** What the button will do next, as its visible text and its accessible name (which contains the text). */
export function nextAction(chosen: Theme | undefined, systemDark: boolean): { text: string; label: string; next: Theme | null } {
  if (chosen) return { text: 'System theme', label: 'Match the system theme', next: null };
  return systemDark
    ? { text: 'Light theme', label: 'Switch to light theme', next: 'light' }
    : { text: 'Dark theme', label: 'Switch to dark theme', next: 'dark' };
}

/**
 * `<theme-toggle>`: a button that says what it will do. With no choice made it switches to the
 * theme the system does not use; once a theme is chosen it offers to match the system again. The
 * choice is remembered; without scripts the button is hidden and the system's preference decides.
 * A remembered theme is applied before first paint by the inline script in base-layout.astro.
 */
export class ThemeToggle extends HTMLElement {
  #connection: AbortController | null = null;
  #media = matchMedia('(prefers-color-scheme: dark)');

  get theme(): Theme {
    return currentTheme(document.documentElement, this.#media.matches);
  }

  get #chosen(): Theme | undefined {
    const t = document.documentElement.dataset.theme;
    return t === 'dark' || t === 'light' ? t : undefined;
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

  /** Does what the button says: picks the other theme, or goes back to the system's. */
  toggle() {
    const { next } = nextAction(this.#chosen, this.#media.matches);
    if (next) document.documentElement.dataset.theme = next;
    else delete document.documentElement.dataset.theme;
    try {
      if (next) localStorage.setItem(THEME_KEY, next);
      else localStorage.removeItem(THEME_KEY);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
    this.#render();
  }

  #render() {
    const button = this.querySelector('button');
    if (!button) return;
    const action = nextAction(this.#chosen, this.#media.matches);
    button.setAttribute('aria-label', action.label);
    button.dataset.next = action.next ?? 'system';
    const text = button.querySelector('.label') ?? button;
    text.textContent = action.text;
  }
}

defineElement('theme-toggle', ThemeToggle);
