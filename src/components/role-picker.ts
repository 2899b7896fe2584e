import { routes } from '../lib/handbook/routes.ts';
import { defineElement } from './dom.ts';
import { CHECK_YOURSELF } from './ids.ts';

/** The calculator on a role's page. */
export const scorecardUrl = (base: string, roleId: string): string => routes(base).role(roleId, CHECK_YOURSELF);

/**
 * `<role-picker data-base="/">`: a role menu whose form opens the chosen role's scorecard.
 * Without scripts the form is hidden and the list of links beside it does the same job.
 */
export class RolePicker extends HTMLElement {
  #connection: AbortController | null = null;

  connectedCallback() {
    this.#connection = new AbortController();
    this.querySelector('form')?.addEventListener(
      'submit',
      (e) => {
        e.preventDefault();
        const role = new FormData(e.target as HTMLFormElement).get('role');
        if (typeof role === 'string' && role) this.navigate(scorecardUrl(this.dataset.base ?? '/', role));
      },
      { signal: this.#connection.signal },
    );
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
  }

  /** Goes to a URL; a seam for tests, where there is nowhere to go. */
  navigate(url: string) {
    location.href = url;
  }
}

defineElement('role-picker', RolePicker);
