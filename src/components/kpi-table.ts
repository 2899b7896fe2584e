import { filtersFrom, searchWith } from '../lib/handbook/filter-address.ts';
import { matchesAll, queryWords } from '../lib/handbook/reader-words.ts';
import { defineElement, el, keepInAddress } from './dom.ts';

export type SortDirection = 'ascending' | 'descending';

/** The filters of the table, by row data attribute (an empty value lets every row through), and the typed words. */
export type TableFilter = Record<'document' | 'kind' | 'target', string> & { words: readonly string[] };

/** The filters' controls by name, each also the address's parameter: `/kpis/?q=stand-ups&kind=duration`. */
export const TABLE_FILTERS = ['q', 'document', 'kind', 'target'] as const;

/**
 * Whether a row's data attributes pass every filter that is set; the typed words must each start
 * a word of the row's KPI, role or target (`data-text`), as in the role filter.
 */
export const passes = (row: DOMStringMap, want: TableFilter): boolean =>
  (['document', 'kind', 'target'] as const).every((k) => !want[k] || row[k] === want[k]) && matchesAll(row.text ?? '', want.words);

/** The dataset name of a column's sort key: "role" → "keyRole" (data-key-role). */
export const sortAttr = (key: string): string => `key${key.charAt(0).toUpperCase()}${key.slice(1)}`;

/** Orders rows by a column's key; ties keep source order (data-order), so a role's KPIs stay as the document lists them. */
export const compareRows =
  (attr: string, dir: SortDirection) =>
  (a: DOMStringMap, b: DOMStringMap): number =>
    (dir === 'ascending' ? 1 : -1) * (a[attr] ?? '').localeCompare(b[attr] ?? '') || Number(a.order) - Number(b.order);

/**
 * `<kpi-table>`: filters the table's rows with the selects in its `.filter` and sorts them by the
 * column headings it turns into buttons. The filters are kept in the address, so a reload, Back and
 * a shared link show the same rows. The complete table is in the HTML without scripts.
 */
export class KpiTable extends HTMLElement {
  #connection: AbortController | null = null;

  /** The KPI rows, without the role heading rows. */
  #rows(): HTMLTableRowElement[] {
    return [...this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-order]')];
  }

  /** Hides each role's group, heading included, when none of its rows is shown. */
  #groups() {
    for (const group of this.querySelectorAll<HTMLTableSectionElement>('tbody'))
      group.hidden = !group.querySelector('tr[data-order]:not([hidden])');
  }

  connectedCallback() {
    const form = this.querySelector('.filter');
    if (!form) return;
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      if (!th.querySelector('button')) th.replaceChildren(el('button', { type: 'button' }, th.textContent ?? ''));
    }
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    const fromAddress = filtersFrom(location.search, TABLE_FILTERS);
    for (const name of TABLE_FILTERS) {
      const control = this.#control(name);
      if (control && fromAddress[name]) control.value = fromAddress[name];
    }
    const changed = () => {
      this.filter();
      keepInAddress(searchWith(location.search, Object.fromEntries(TABLE_FILTERS.map((n) => [n, this.#control(n)?.value ?? '']))));
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

  #control(name: string): HTMLSelectElement | HTMLInputElement | null {
    return this.querySelector<HTMLSelectElement | HTMLInputElement>(`.filter [name="${name}"]`);
  }

  /** Shows the rows that pass the selects and counts them. */
  filter() {
    const pick = (name: (typeof TABLE_FILTERS)[number]) => this.#control(name)?.value ?? '';
    const want: TableFilter = { document: pick('document'), kind: pick('kind'), target: pick('target'), words: queryWords(pick('q')) };
    const rows = this.#rows();
    let shown = 0;
    for (const row of rows) {
      row.hidden = !passes(row.dataset, want);
      if (!row.hidden) shown++;
    }
    this.#groups();
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = `${shown} of ${rows.length} KPIs shown`;
  }

  /**
   * Sorts by a column, ascending first and flipping on each further click. The rows leave their
   * roles' groups for one list (marked data-sorted, so a phone shows each card's role again).
   */
  sort(th: HTMLTableCellElement) {
    const dir: SortDirection = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (const other of this.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir);
    const order = compareRows(sortAttr(th.dataset.sort ?? ''), dir);
    this.querySelector('table')?.setAttribute('data-sorted', '');
    this.querySelector('tbody')?.append(...this.#rows().sort((a, b) => order(a.dataset, b.dataset)));
    this.#groups();
  }
}

defineElement('kpi-table', KpiTable);
