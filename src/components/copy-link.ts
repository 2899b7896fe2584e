import { defineElement } from './dom.ts';

/** How long "Copied" stays before the button reads "Copy link" again. */
export const RESET_MS = 2000;

/**
 * `<copy-link data-fragment="kpi-…">`: a button that copies the absolute URL of its KPI's anchor
 * and says so to screen readers. It owns a `<button>` and a `[role="status"]`; without scripts the
 * button is hidden (data-needs-js) and the heading's id still makes the anchor linkable.
 */
export class CopyLink extends HTMLElement {
  #connection: AbortController | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** The page's address with this element's fragment. */
  get url(): string {
    const url = new URL(location.href);
    url.hash = this.dataset.fragment ?? '';
    return url.href;
  }

  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    this.#connection = new AbortController();
    button.addEventListener('click', () => void this.copy(), { signal: this.#connection.signal });
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
    clearTimeout(this.#timer);
  }

  /** Copies the link; without clipboard permission, moves to the anchor so the address bar holds it. */
  async copy(): Promise<void> {
    const url = this.url;
    let message = 'Link copied';
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      history.replaceState(null, '', new URL(url).hash);
      message = 'Copy the address from the address bar';
    }
    this.#say(message, 'Copied');
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#say('', 'Copy link'), RESET_MS);
  }

  /** The button's first text node is its visible label; the hidden " to this KPI" after it stays. */
  #say(status: string, label: string) {
    const statusEl = this.querySelector('[role="status"]');
    if (statusEl) statusEl.textContent = status;
    const text = this.querySelector('button')?.firstChild;
    if (text) text.textContent = label;
  }
}

defineElement('copy-link', CopyLink);
