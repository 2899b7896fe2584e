import { matchesAll, queryWords } from '../lib/handbook/reader-words.ts';
import { fromAddress, toAddress } from './address-filters.ts';
import { defineElement, el } from './dom.ts';

export type SortDirection = 'ascending' | 'descending';

/** The filters of the table, by row data attribute (an empty value lets every row through), and the typed words. */
export type TableFilter = Record<'document' | 'kind' | 'target' | 'period', string> & { words: readonly string[] };

/**
 * Whether a row's data attributes pass every filter that is set; the typed words must each start
 * a word of the row's KPI, role or target (`data-text`), as in the role filter.
 */
export const passes = (row: DOMStringMap, want: TableFilter): boolean =>
  (['document', 'kind', 'target', 'period'] as const).every((k) => !want[k] || row[k] === want[k]) &&
  matchesAll(row.text ?? '', want.words);

/** The dataset name of a column's sort key: "role" → "keyRole" (data-key-role). */
export const sortAttr = (key: string): string => `key${key.charAt(0).toUpperCase()}${key.slice(1)}`;

/** Orders rows by a column's key; ties keep source order (data-order), so a role's KPIs stay as the document lists them. */
export const compareRows =
  (attr: string, dir: SortDirection) =>
  (a: DOMStringMap, b: DOMStringMap): number =>
    (dir === 'ascending' ? 1 : -1) * (a[attr] ?? '').localeCompare(b[attr] ?? '') || Number(a.order) - Number(b.order);

/**
 * `<kpi-table>`: filters the table's rows with the selects in its `.filter` and sorts them by the
 * column headings it turns into buttons. The filters are kept in the address by their names
 * (`?q=stand-ups&kind=duration`), so a reload, Back and a shared link show the same rows. Each
 * role's rows are a `<tbody>` under a heading row; CSS hides a group left empty by the filters. The complete table is in the HTML without scripts.
 */
export class KpiTable extends HTMLElement {
  #connection: AbortController | null = null;

  /** The KPI rows, without the role heading rows. */
  #rows(): HTMLTableRowElement[] {
    return [...this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-order]')];
  }

  connectedCallback() {
    const form = this.querySelector('.filter');
    if (!form) return;
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      if (!th.querySelector('button')) th.replaceChildren(el('button', { type: 'button' }, th.textContent ?? ''));
    }
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    const controls = form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]');
    fromAddress(controls);
    const changed = () => {
      this.filter();
      toAddress(controls);
    };
    form.addEventListener('change', changed, { signal });
    form.addEventListener('input', changed, { signal });
    this.addEventListener(
      'click',
      (event) => {
        const th = (event.target as Element).closest('th button')?.closest('th');
        if (th) this.sort(th);
      },
      { signal },
    );
    this.filter();
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
  }

  /** Shows the rows that pass the selects and counts them. */
  filter() {
    const pick = (name: string) => this.querySelector<HTMLSelectElement | HTMLInputElement>(`.filter [name="${name}"]`)?.value ?? '';
    const want: TableFilter = {
      document: pick('document'),
      kind: pick('kind'),
      target: pick('target'),
      period: pick('period'),
      words: queryWords(pick('q')),
    };
    const rows = this.#rows();
    let shown = 0;
    for (const row of rows) {
      row.hidden = !passes(row.dataset, want);
      if (!row.hidden) shown++;
    }
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = `${shown} of ${rows.length} KPIs shown`;
  }

  /**
   * Sorts by a column, ascending first and flipping on each further click. The rows leave their
   * roles' groups for one list (CSS then shows each card's role again, from the aria-sort heading).
   */
  sort(th: HTMLTableCellElement) {
    const dir: SortDirection = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (const other of this.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir);
    const order = compareRows(sortAttr(th.dataset.sort ?? ''), dir);
    this.querySelector('tbody')?.append(...this.#rows().sort((a, b) => order(a.dataset, b.dataset)));
  }
}

defineElement('kpi-table', KpiTable);
